//! Where the board screen's cursor is: the zone, the item in it, and the selected strategy,
//! priority and KPI of the side panels.

/// The board's selections.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ui {
    pub zone: usize,
    /// Selected item, as an index within the selected zone.
    pub item: usize,
    pub strategy: usize,
    pub priority: usize,
    pub kpi: usize,
}
