//! The world map (A3) as SVG and CSV: written with the map model (see `model::map`).
