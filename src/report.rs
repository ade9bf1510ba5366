//! Reports: `report.html` (self-contained, every exercise rendered, candidate text escaped)
//! and `report.md`. (Being written.)
