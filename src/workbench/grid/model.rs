//! The grid kind's answer (the candidate's rows of each table, an imported corpus of posts)
//! and the pure computations the screens, checks, exports and report share: effective rows
//! (the case's seeded rows merged with the candidate's cells), typed values, computed
//! columns, totals and the data behind each chart.

use crate::workbench::grid::config::{
    Aggregate, ChartSpec, ColumnKind, ColumnSpec, Formula, GridSpec,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything a candidate enters in a grid exercise.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GridAnswer {
    /// One table per grid id of the case.
    #[serde(default)]
    pub tables: BTreeMap<String, Table>,
    /// A corpus imported for social listening (`atelier import`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Table {
    #[serde(default)]
    pub rows: Vec<Row>,
}

pub type RowId = u32;

/// A row: the candidate's cells, by column id. A row completing one of the case's seeded
/// rows names it by its index in the case.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Row {
    pub id: RowId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<usize>,
    #[serde(default)]
    pub cells: BTreeMap<String, String>,
}

/// A post or review of a social-listening corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Post {
    pub date: String,
    pub source: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

impl GridAnswer {
    pub fn is_empty(&self) -> bool {
        self.posts.is_empty()
            && self.tables.values().all(|t| {
                t.rows
                    .iter()
                    .all(|r| r.cells.values().all(|v| v.trim().is_empty()))
            })
    }

    pub fn table(&self, grid: &str) -> Option<&Table> {
        self.tables.get(grid)
    }
}

/// Where a row of the screen comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKey {
    /// The case's seeded row with this index (the candidate may have completed it).
    Seed(usize),
    /// A row the candidate added.
    Own(RowId),
}

/// A row as shown: each column's text (computed ones calculated) and number.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewRow {
    pub key: RowKey,
    pub texts: Vec<String>,
    pub numbers: Vec<Option<f64>>,
    /// The candidate filled at least one cell of it.
    pub filled: bool,
}

impl ViewRow {
    pub fn text(&self, column: usize) -> &str {
        self.texts.get(column).map_or("", String::as_str)
    }
}

/// The table as shown: seeded rows first (in the case's order), then the candidate's.
pub fn view_rows(spec: &GridSpec, table: Option<&Table>) -> Vec<ViewRow> {
    let empty = Table::default();
    let table = table.unwrap_or(&empty);
    let mut rows: Vec<ViewRow> = Vec::with_capacity(spec.rows.len() + table.rows.len());
    for (index, seed) in spec.rows.iter().enumerate() {
        let own = table.rows.iter().find(|r| r.seed == Some(index));
        rows.push(make_row(spec, RowKey::Seed(index), Some(seed), own));
    }
    for row in table.rows.iter().filter(|r| r.seed.is_none()) {
        rows.push(make_row(spec, RowKey::Own(row.id), None, Some(row)));
    }
    compute_shares(spec, &mut rows);
    rows
}

fn make_row(
    spec: &GridSpec,
    key: RowKey,
    seed: Option<&BTreeMap<String, String>>,
    own: Option<&Row>,
) -> ViewRow {
    let n = spec.columns.len();
    let mut texts = Vec::with_capacity(n);
    let mut numbers: Vec<Option<f64>> = Vec::with_capacity(n);
    let mut filled = false;
    for column in &spec.columns {
        let seeded = seed.and_then(|s| s.get(&column.id));
        let mine = own
            .and_then(|r| r.cells.get(&column.id))
            .filter(|_| !(column.locked && seed.is_some()));
        if mine.is_some_and(|v| !v.trim().is_empty()) {
            filled = true;
        }
        let text = mine.or(seeded).cloned().unwrap_or_default();
        let number = match column.kind {
            ColumnKind::Number | ColumnKind::Level => parse_number(&text),
            ColumnKind::Computed => {
                compute(column.formula.as_ref(), spec, &numbers).filter(|x| x.is_finite())
            }
            _ => None,
        };
        let text = if column.kind == ColumnKind::Computed {
            number.map(format_number).unwrap_or_default()
        } else {
            text
        };
        texts.push(text);
        numbers.push(number);
    }
    ViewRow {
        key,
        texts,
        numbers,
        filled,
    }
}

/// A row formula over the columns already computed (shares come in a second pass).
fn compute(formula: Option<&Formula>, spec: &GridSpec, numbers: &[Option<f64>]) -> Option<f64> {
    let value = |id: &str| {
        spec.column_index(id)
            .and_then(|i| numbers.get(i).copied().flatten())
    };
    match formula? {
        Formula::Sub { args } => {
            let a = value(args.first()?);
            let b = value(args.get(1)?);
            if a.is_none() && b.is_none() {
                return None;
            }
            // A gap needs both ends.
            Some(a? - b?)
        }
        Formula::Mul { args } => {
            let values: Vec<Option<f64>> = args.iter().map(|a| value(a)).collect();
            if values.iter().any(Option::is_none) {
                return None;
            }
            Some(values.into_iter().flatten().product())
        }
        Formula::Sum { args } => {
            let values: Vec<f64> = args.iter().filter_map(|a| value(a)).collect();
            if values.is_empty() {
                None
            } else {
                Some(values.iter().sum())
            }
        }
        Formula::Share { .. } => None,
    }
}

fn compute_shares(spec: &GridSpec, rows: &mut [ViewRow]) {
    for (c, column) in spec.columns.iter().enumerate() {
        let Some(Formula::Share { of }) = &column.formula else {
            continue;
        };
        let Some(source) = spec.column_index(of) else {
            continue;
        };
        let total: f64 = rows.iter().filter_map(|r| r.numbers[source]).sum();
        for row in rows.iter_mut() {
            let share = row.numbers[source]
                .filter(|_| total != 0.0)
                .map(|v| v / total * 100.0);
            row.numbers[c] = share;
            row.texts[c] = share.map(|s| format!("{:.0} %", s)).unwrap_or_default();
        }
    }
}

/// The totals line: the sum of each number and computed column (shares add to 100 %).
pub fn totals(spec: &GridSpec, rows: &[ViewRow]) -> Vec<Option<f64>> {
    spec.columns
        .iter()
        .enumerate()
        .map(|(c, column)| match column.kind {
            ColumnKind::Number | ColumnKind::Computed => {
                let values: Vec<f64> = rows.iter().filter_map(|r| r.numbers[c]).collect();
                (!values.is_empty()).then(|| values.iter().sum())
            }
            _ => None,
        })
        .collect()
}

/// Reads a number as people type it: spaces as thousands separators, comma or point.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Up to three decimals, trailing zeros removed: 1540, 0.052, 12.5.
pub fn format_number(value: f64) -> String {
    if value.abs() >= 100.0 || value.fract() == 0.0 {
        return format!("{value:.0}");
    }
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.get(..2)?.parse().ok()?;
    ((1900..=2200).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day))
    .then_some((year, month, day))
}

/// The number of days of a month of the Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// 2026-T1, 2026-Q1, T1 2026 or Q1-2026.
pub fn parse_quarter(text: &str) -> Option<(i32, u32)> {
    let upper = text.trim().to_uppercase();
    let parts: Vec<&str> = upper
        .split(['-', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 2 {
        return None;
    }
    let (mut year, mut quarter) = (None, None);
    for part in parts {
        if let Some(q) = part.strip_prefix('T').or_else(|| part.strip_prefix('Q')) {
            quarter = q.parse::<u32>().ok();
        } else if part.len() == 4 {
            year = part.parse::<i32>().ok();
        }
    }
    let (year, quarter) = (year?, quarter?);
    ((1900..=2200).contains(&year) && (1..=4).contains(&quarter)).then_some((year, quarter))
}

pub fn parse_colour(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let at = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((at(0)?, at(2)?, at(4)?))
}

/// Months since year 0 of a quarter's or date's first and last month.
pub fn month_span(text: &str) -> Option<(i32, i32)> {
    if let Some((year, quarter)) = parse_quarter(text) {
        let first = year * 12 + (quarter as i32 - 1) * 3;
        return Some((first, first + 2));
    }
    let (year, month, _) = parse_date(text)?;
    let at = year * 12 + month as i32 - 1;
    Some((at, at))
}

/// What a cell should hold, when its text does not fit its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    Level,
    Option,
    Date,
    Quarter,
    Colour,
}

/// Checks a cell's text against its column; an empty cell is valid (required is separate).
pub fn check_value(column: &ColumnSpec, text: &str) -> Result<(), Expected> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    let ok = match column.kind {
        ColumnKind::Text | ColumnKind::Computed => true,
        ColumnKind::Number => return parse_number(text).map(|_| ()).ok_or(Expected::Number),
        ColumnKind::Level => {
            parse_number(text).is_some_and(|x| x.fract() == 0.0 && (1.0..=5.0).contains(&x))
        }
        ColumnKind::Choice => column.options.iter().any(|o| o == text),
        ColumnKind::Date => parse_date(text).is_some(),
        ColumnKind::Quarter => month_span(text).is_some(),
        ColumnKind::Colour => parse_colour(text).is_some(),
    };
    if ok {
        return Ok(());
    }
    Err(match column.kind {
        ColumnKind::Level => Expected::Level,
        ColumnKind::Choice => Expected::Option,
        ColumnKind::Date => Expected::Date,
        ColumnKind::Quarter => Expected::Quarter,
        ColumnKind::Colour => Expected::Colour,
        _ => Expected::Number,
    })
}

/// A bar of a chart: its label, value and share of the chart's total (percent).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub share: f64,
}

/// The bar to highlight, when the chart asks for its hotspot.
pub fn bar_hotspot(bars: &[Bar], style: crate::workbench::grid::config::BarStyle) -> Option<usize> {
    if !style.hotspot || bars.len() < 2 {
        return None;
    }
    bars.iter()
        .enumerate()
        .max_by(|a, b| a.1.value.total_cmp(&b.1.value))
        .map(|(i, _)| i)
}

/// A matrix of values: rows x columns, with each column's total.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Heat {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub cells: Vec<Vec<Option<f64>>>,
}

impl Heat {
    pub fn column_total(&self, c: usize) -> f64 {
        self.cells.iter().filter_map(|r| r[c]).sum()
    }
    /// The row holding the largest value of a column.
    pub fn hotspot(&self, c: usize) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (r, row) in self.cells.iter().enumerate() {
            if let Some(v) = row[c] {
                if best.is_none_or(|(_, b)| v > b) {
                    best = Some((r, v));
                }
            }
        }
        best.map(|(r, _)| r)
    }
    pub fn max(&self) -> f64 {
        self.cells
            .iter()
            .flatten()
            .flatten()
            .fold(0.0_f64, |m, v| m.max(v.abs()))
    }
}

/// A bar of a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub label: String,
    pub group: String,
    pub start: i32,
    pub end: i32,
}

/// The data a chart draws.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartData {
    Bars(Vec<Bar>),
    Heat(Heat),
    Timeline(Vec<Span>),
    Swatches(Vec<(String, (u8, u8, u8))>),
}

/// Labels in the column's order: a choice column's options first, then first appearance.
fn ordered_labels(spec: &GridSpec, column: usize, rows: &[&ViewRow]) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    let col = &spec.columns[column];
    if col.kind == ColumnKind::Choice {
        for option in &col.options {
            if rows.iter().any(|r| r.text(column) == option) {
                labels.push(option.clone());
            }
        }
    }
    for row in rows {
        let text = row.text(column).trim();
        if !text.is_empty() && !labels.iter().any(|l| l == text) {
            labels.push(text.to_string());
        }
    }
    labels
}

fn aggregate(values: &[f64], how: Aggregate) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(match how {
        Aggregate::Sum => values.iter().sum(),
        Aggregate::Mean => values.iter().sum::<f64>() / values.len() as f64,
        Aggregate::Count => values.len() as f64,
    })
}

pub fn chart_data(spec: &GridSpec, chart: &ChartSpec, rows: &[ViewRow]) -> ChartData {
    let index = |id: &str| spec.column_index(id).unwrap_or(0);
    match chart {
        ChartSpec::Bars {
            label,
            value,
            aggregate: how,
            filter,
            ..
        } => {
            let (l, v) = (index(label), index(value));
            let kept: Vec<&ViewRow> = rows
                .iter()
                .filter(|r| {
                    filter
                        .as_ref()
                        .is_none_or(|f| r.text(index(&f.column)) == f.equals)
                })
                .filter(|r| r.numbers[v].is_some() || *how == Aggregate::Count)
                .collect();
            let labels = ordered_labels(spec, l, &kept);
            let mut bars: Vec<Bar> = labels
                .into_iter()
                .filter_map(|name| {
                    let values: Vec<f64> = kept
                        .iter()
                        .filter(|r| r.text(l).trim() == name)
                        .map(|r| r.numbers[v].unwrap_or(0.0))
                        .collect();
                    aggregate(&values, *how).map(|value| Bar {
                        label: name,
                        value,
                        share: 0.0,
                    })
                })
                .collect();
            let total: f64 = bars.iter().map(|b| b.value).sum();
            for bar in &mut bars {
                bar.share = if total != 0.0 {
                    bar.value / total * 100.0
                } else {
                    0.0
                };
            }
            ChartData::Bars(bars)
        }
        ChartSpec::Heatmap {
            rows: by_row,
            columns: by_column,
            value,
            aggregate: how,
            ..
        } => {
            let (r, c, v) = (index(by_row), index(by_column), index(value));
            let kept: Vec<&ViewRow> = rows.iter().filter(|x| x.numbers[v].is_some()).collect();
            let row_labels = ordered_labels(spec, r, &kept);
            let column_labels = ordered_labels(spec, c, &kept);
            let cells = row_labels
                .iter()
                .map(|rl| {
                    column_labels
                        .iter()
                        .map(|cl| {
                            let values: Vec<f64> = kept
                                .iter()
                                .filter(|x| x.text(r).trim() == rl && x.text(c).trim() == cl)
                                .filter_map(|x| x.numbers[v])
                                .collect();
                            aggregate(&values, *how)
                        })
                        .collect()
                })
                .collect();
            ChartData::Heat(Heat {
                rows: row_labels,
                columns: column_labels,
                cells,
            })
        }
        ChartSpec::Timeline {
            label,
            start,
            end,
            group,
            ..
        } => {
            let (l, s, e) = (index(label), index(start), index(end));
            let g = group.as_deref().map(index);
            let spans = rows
                .iter()
                .filter_map(|row| {
                    let (first, _) = month_span(row.text(s))?;
                    let (_, last) = month_span(row.text(e)).unwrap_or((first, first));
                    Some(Span {
                        label: row.text(l).to_string(),
                        group: g.map(|g| row.text(g).to_string()).unwrap_or_default(),
                        start: first,
                        end: last.max(first),
                    })
                })
                .collect();
            ChartData::Timeline(spans)
        }
        ChartSpec::Swatches { colour, label, .. } => {
            let (c, l) = (index(colour), index(label));
            ChartData::Swatches(
                rows.iter()
                    .filter_map(|r| Some((r.text(l).to_string(), parse_colour(r.text(c))?)))
                    .collect(),
            )
        }
    }
}

/// "2026-T1" style label of a month index (months since year 0).
pub fn quarter_label(month: i32) -> String {
    format!("{}-T{}", month.div_euclid(12), month.rem_euclid(12) / 3 + 1)
}

impl Table {
    fn next_id(&self) -> RowId {
        self.rows.iter().map(|r| r.id).max().map_or(1, |m| m + 1)
    }

    /// Adds an empty row of the candidate's after `after` (or at the end); returns its id.
    pub fn insert_row_after(&mut self, after: Option<RowId>) -> RowId {
        let id = self.next_id();
        let row = Row {
            id,
            seed: None,
            cells: BTreeMap::new(),
        };
        match after.and_then(|a| self.rows.iter().position(|r| r.id == a)) {
            Some(at) => self.rows.insert(at + 1, row),
            None => self.rows.push(row),
        }
        id
    }

    /// The candidate's row for a key, created for a seeded row on first use.
    pub fn row_for(&mut self, key: RowKey) -> Option<&mut Row> {
        match key {
            RowKey::Own(id) => self.rows.iter_mut().find(|r| r.id == id),
            RowKey::Seed(index) => {
                if let Some(at) = self.rows.iter().position(|r| r.seed == Some(index)) {
                    return self.rows.get_mut(at);
                }
                let id = self.next_id();
                self.rows.push(Row {
                    id,
                    seed: Some(index),
                    cells: BTreeMap::new(),
                });
                self.rows.last_mut()
            }
        }
    }

    pub fn set_cell(&mut self, key: RowKey, column: &str, text: &str) {
        if let Some(row) = self.row_for(key) {
            if text.trim().is_empty() {
                row.cells.remove(column);
            } else {
                row.cells.insert(column.to_string(), text.to_string());
            }
        }
    }

    /// Deletes a candidate's row; seeded rows only lose the candidate's cells.
    pub fn delete_row(&mut self, key: RowKey) {
        match key {
            RowKey::Own(id) => self.rows.retain(|r| r.id != id),
            RowKey::Seed(index) => self.rows.retain(|r| r.seed != Some(index)),
        }
    }

    /// Moves a candidate's row up or down among the candidate's rows.
    pub fn move_row(&mut self, id: RowId, up: bool) -> bool {
        let own: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].seed.is_none())
            .collect();
        let Some(at) = own.iter().position(|&i| self.rows[i].id == id) else {
            return false;
        };
        let other = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|&o| o < own.len())
        };
        match other {
            Some(o) => {
                self.rows.swap(own[at], own[o]);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::grid::config::GridSpec;

    fn spec() -> GridSpec {
        serde_json::from_value(serde_json::json!({
            "id": "t", "title": "T", "totals": true,
            "columns": [
                {"id": "name", "title": "Nom", "type": "text", "locked": true},
                {"id": "current", "title": "Actuel", "type": "level"},
                {"id": "target", "title": "Cible", "type": "level"},
                {"id": "gap", "title": "Écart", "type": "computed", "formula": {"op": "sub", "args": ["target", "current"]}},
                {"id": "factor", "title": "Facteur", "type": "number"},
                {"id": "qty", "title": "Quantité", "type": "number"},
                {"id": "impact", "title": "Impact", "type": "computed", "formula": {"op": "mul", "args": ["factor", "qty"]}},
                {"id": "share", "title": "Part", "type": "computed", "formula": {"op": "share", "of": "impact"}}
            ],
            "rows": [{"name": "fabrication", "factor": "70"}, {"name": "usage", "factor": "0,052"}]
        }))
        .unwrap()
    }

    #[test]
    fn computed_columns_gap_product_share_and_totals() {
        let spec = spec();
        let mut table = Table::default();
        table.set_cell(RowKey::Seed(0), "qty", "120");
        table.set_cell(RowKey::Seed(0), "current", "2");
        table.set_cell(RowKey::Seed(0), "target", "4");
        table.set_cell(RowKey::Seed(1), "qty", "2 640");
        // A locked column keeps the case's value.
        table.set_cell(RowKey::Seed(1), "name", "autre");
        let rows = view_rows(&spec, Some(&table));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].text(0), "usage");
        assert_eq!(rows[0].numbers[3], Some(2.0));
        assert_eq!(rows[1].numbers[3], None, "no gap without both levels");
        assert_eq!(rows[0].numbers[6], Some(8400.0));
        let usage = rows[1].numbers[6].unwrap();
        assert!((usage - 137.28).abs() < 1e-9, "{usage}");
        assert_eq!(rows[1].text(6), "137");
        let share = rows[0].numbers[7].unwrap();
        assert!((share - 8400.0 / 8537.28 * 100.0).abs() < 1e-9);
        assert_eq!(rows[0].text(7), "98 %");
        let totals = totals(&spec, &rows);
        assert_eq!(totals[4], Some(70.052));
        assert!((totals[6].unwrap() - 8537.28).abs() < 1e-9);
        assert!((totals[7].unwrap() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn values_are_checked_by_type() {
        let spec = spec();
        assert_eq!(check_value(&spec.columns[1], "6"), Err(Expected::Level));
        assert_eq!(check_value(&spec.columns[1], "3"), Ok(()));
        assert_eq!(
            check_value(&spec.columns[4], "douze"),
            Err(Expected::Number)
        );
        assert_eq!(parse_number("1 234,5"), Some(1234.5));
        assert_eq!(parse_quarter("2026-T3"), Some((2026, 3)));
        assert_eq!(parse_quarter("Q2 2027"), Some((2027, 2)));
        assert_eq!(parse_quarter("2026-T5"), None);
        assert_eq!(parse_colour("#2E7D32"), Some((0x2e, 0x7d, 0x32)));
        assert_eq!(month_span("2026-T2"), Some((2026 * 12 + 3, 2026 * 12 + 5)));
        assert_eq!(quarter_label(2026 * 12 + 4), "2026-T2");
        assert_eq!(format_number(0.0520), "0.052");
        assert_eq!(format_number(1540.4), "1540");
    }

    #[test]
    fn rows_add_move_delete_and_emptiness() {
        let mut table = Table::default();
        let a = table.insert_row_after(None);
        let b = table.insert_row_after(Some(a));
        table.set_cell(RowKey::Own(b), "name", "B");
        assert!(table.move_row(b, true));
        assert_eq!(table.rows[0].id, b);
        assert!(!table.move_row(b, true));
        let mut answer = GridAnswer::default();
        answer.tables.insert("t".into(), table.clone());
        assert!(!answer.is_empty());
        table.delete_row(RowKey::Own(b));
        answer.tables.insert("t".into(), table);
        assert!(answer.is_empty());
    }

    #[test]
    fn bars_follow_option_order_and_share() {
        let spec: GridSpec = serde_json::from_value(serde_json::json!({
            "id": "t", "title": "T",
            "columns": [
                {"id": "phase", "title": "Phase", "type": "choice", "options": ["a", "b", "c"]},
                {"id": "v", "title": "V", "type": "number"}
            ],
            "charts": [{"type": "bars", "title": "x", "label": "phase", "value": "v"}]
        }))
        .unwrap();
        let mut table = Table::default();
        for (p, v) in [("b", "1"), ("a", "2"), ("b", "1")] {
            let id = table.insert_row_after(None);
            table.set_cell(RowKey::Own(id), "phase", p);
            table.set_cell(RowKey::Own(id), "v", v);
        }
        let rows = view_rows(&spec, Some(&table));
        let ChartData::Bars(bars) = chart_data(&spec, &spec.charts[0], &rows) else {
            panic!("bars expected");
        };
        let labels: Vec<_> = bars
            .iter()
            .map(|b| (b.label.as_str(), b.value, b.share))
            .collect();
        assert_eq!(labels, vec![("a", 2.0, 50.0), ("b", 2.0, 50.0)]);
    }
}
