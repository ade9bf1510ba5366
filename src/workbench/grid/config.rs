//! The configuration of a `grid` exercise (A8, A10, A12, A13, A14): one or more typed tables
//! the case describes (columns, seeded rows, computed columns, charts), the rules checked
//! against them, reference lists shown beside them, and, for social listening, a corpus of
//! posts with a sentiment lexicon and complaint themes. Every exercise of the kind reads the
//! same structure: there is no exercise-specific code.

use crate::case::validate::CaseError;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// An exercise's `config` for the grid kind.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct GridExercise {
    /// The tables, in the order of the screen's tabs.
    pub grids: Vec<GridSpec>,
    /// Facts shown beside the grids (assumptions, regulations, the challenge...).
    #[serde(default)]
    pub reference: Vec<ReferenceList>,
    /// Rules across rows or grids, checked and shown as hints.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// A social-listening corpus: its tab, its sample posts and its lexicon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listening: Option<ListeningConfig>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReferenceList {
    pub title: String,
    pub items: Vec<String>,
}

/// One table.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GridSpec {
    /// Short id, used in exports' file names (letters, digits, '-').
    pub id: String,
    pub title: String,
    /// One line telling what the table is for.
    #[serde(default)]
    pub hint: String,
    pub columns: Vec<ColumnSpec>,
    /// Rows the case provides (values by column id); their `locked` columns cannot change.
    #[serde(default)]
    pub rows: Vec<BTreeMap<String, String>>,
    /// The candidate can neither add nor delete rows (a questionnaire).
    #[serde(default)]
    pub fixed_rows: bool,
    /// Rows the candidate must fill in.
    #[serde(default)]
    pub min_rows: u32,
    /// A totals line under the table, summing its number and computed columns.
    #[serde(default)]
    pub totals: bool,
    /// Charts drawn under the table (and as SVG in the report).
    #[serde(default)]
    pub charts: Vec<ChartSpec>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ColumnSpec {
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: ColumnKind,
    #[serde(default)]
    pub unit: String,
    /// The values of a `choice` column.
    #[serde(default)]
    pub options: Vec<String>,
    /// Every filled row needs this cell.
    #[serde(default)]
    pub required: bool,
    /// In the case's seeded rows, the case's value stays: the candidate cannot edit it
    /// (the candidate's own rows can).
    #[serde(default)]
    pub locked: bool,
    /// Width on screen, in characters (default by type).
    #[serde(default)]
    pub width: Option<u16>,
    /// How a `computed` column is calculated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<Formula>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    Text,
    /// A decimal number (a comma is accepted as the decimal mark).
    Number,
    /// A level from 1 to 5.
    Level,
    /// One of the column's `options`.
    Choice,
    /// YYYY-MM-DD.
    Date,
    /// A quarter: 2026-T1 (or 2026-Q1).
    Quarter,
    /// A colour #RRGGBB, shown in its colour.
    Colour,
    /// Calculated from other columns by `formula`.
    Computed,
}

/// A computed column's calculation over the same row's numbers (an empty cell counts as 0,
/// except that a formula whose inputs are all empty stays empty).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, tag = "op", rename_all = "snake_case")]
pub enum Formula {
    /// args[0] - args[1] (a gap: target - current).
    Sub { args: Vec<String> },
    /// The product of the args (a factor times a quantity).
    Mul { args: Vec<String> },
    /// The sum of the args.
    Sum { args: Vec<String> },
    /// The row's value of `of` as a percentage of the column's total.
    Share { of: String },
}

impl Formula {
    pub fn inputs(&self) -> Vec<&str> {
        match self {
            Formula::Sub { args } | Formula::Mul { args } | Formula::Sum { args } => {
                args.iter().map(String::as_str).collect()
            }
            Formula::Share { of } => vec![of.as_str()],
        }
    }
}

/// How rows are aggregated in a chart.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    #[default]
    Sum,
    Mean,
    Count,
}

/// Only the rows whose `column` equals `equals`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RowFilter {
    pub column: String,
    pub equals: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "snake_case")]
pub enum ChartSpec {
    /// One bar per value of `label`, its length `value` aggregated. Summed bars show each
    /// one's share of the total; with `hotspot` the largest is highlighted; with `max` bars
    /// are drawn against that scale (a 1-5 profile) instead of the largest bar.
    Bars {
        title: String,
        label: String,
        value: String,
        #[serde(default)]
        aggregate: Aggregate,
        #[serde(default)]
        filter: Option<RowFilter>,
        #[serde(default)]
        hotspot: bool,
        #[serde(default)]
        max: Option<f64>,
    },
    /// A matrix: `rows` x `columns` values, each cell coloured by its value; with `shares`
    /// each row's share of the column total is shown and the column's hotspot marked.
    Heatmap {
        title: String,
        rows: String,
        columns: String,
        value: String,
        #[serde(default)]
        aggregate: Aggregate,
        #[serde(default)]
        shares: bool,
    },
    /// A Gantt-like drawing: one bar per row from `start` to `end` (quarters or dates),
    /// labelled by `label`, grouped by `group`.
    Timeline {
        title: String,
        label: String,
        start: String,
        end: String,
        #[serde(default)]
        group: Option<String>,
    },
    /// Colour swatches from a colour column, labelled by `label`.
    Swatches {
        title: String,
        colour: String,
        label: String,
    },
}

/// How a bar chart is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct BarStyle {
    pub shares: bool,
    pub hotspot: bool,
    pub max: Option<f64>,
}

impl ChartSpec {
    pub fn bar_style(&self) -> BarStyle {
        match self {
            ChartSpec::Bars {
                aggregate,
                hotspot,
                max,
                ..
            } => BarStyle {
                shares: *aggregate == Aggregate::Sum && max.is_none(),
                hotspot: *hotspot,
                max: *max,
            },
            _ => BarStyle::default(),
        }
    }

    pub fn title(&self) -> &str {
        match self {
            ChartSpec::Bars { title, .. }
            | ChartSpec::Heatmap { title, .. }
            | ChartSpec::Timeline { title, .. }
            | ChartSpec::Swatches { title, .. } => title,
        }
    }

    fn columns(&self) -> Vec<&str> {
        match self {
            ChartSpec::Bars {
                label,
                value,
                filter,
                ..
            } => {
                let mut v = vec![label.as_str(), value.as_str()];
                if let Some(f) = filter {
                    v.push(f.column.as_str());
                }
                v
            }
            ChartSpec::Heatmap {
                rows,
                columns,
                value,
                ..
            } => vec![rows.as_str(), columns.as_str(), value.as_str()],
            ChartSpec::Timeline {
                label,
                start,
                end,
                group,
                ..
            } => {
                let mut v = vec![label.as_str(), start.as_str(), end.as_str()];
                if let Some(g) = group {
                    v.push(g.as_str());
                }
                v
            }
            ChartSpec::Swatches { colour, label, .. } => vec![colour.as_str(), label.as_str()],
        }
    }
}

/// A rule over one grid or between two.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "snake_case")]
pub enum Rule {
    /// At least `min` different values in a column (roadmap phases, test users).
    MinDistinct {
        grid: String,
        column: String,
        min: u32,
    },
    /// At least `min` rows whose `column` equals `equals` (three ideas retained).
    MinMatching {
        grid: String,
        column: String,
        equals: String,
        min: u32,
    },
    /// At least `min` rows for each option of a choice column (each empathy-map zone).
    MinPerOption {
        grid: String,
        column: String,
        min: u32,
    },
    /// Every row of `grid` whose `column` is at least `at_least` needs a row of `by_grid`
    /// with the same values on each pair of `matching` columns (a large skills gap needs
    /// a training action for that department and skill).
    Coverage {
        grid: String,
        column: String,
        at_least: f64,
        by_grid: String,
        /// Pairs [column of grid, column of by_grid].
        matching: Vec<[String; 2]>,
    },
    /// The column's total stays within `max` (a training plan within the case's budget).
    MaxTotal {
        grid: String,
        column: String,
        max: f64,
    },
    /// At least `min` of `columns` hold something in some row (A12: at least three of the
    /// companies compared).
    MinFilledColumns {
        grid: String,
        columns: Vec<String>,
        min: u32,
    },
    /// Every filled row's `column` names something the social-listening analysis found: a
    /// word of a complaint theme it counted, or one of its most frequent terms.
    CitesListening { grid: String, column: String },
}

/// Social listening: where the corpus tab sits, the case's sample posts (analysed until the
/// candidate imports a corpus), a sentiment lexicon added to the built-in one, and the
/// complaint themes the analysis counts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ListeningConfig {
    pub title: String,
    #[serde(default)]
    pub sample_posts: Vec<crate::workbench::grid::model::Post>,
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Words left out of the term counts besides the French and English stop words (the
    /// brand's own name, say).
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Posts the analysis needs (imported or the samples).
    #[serde(default)]
    pub min_posts: u32,
}

/// A complaint theme: a post mentions it when one of its words starts one of the post's terms.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub label: String,
    pub words: Vec<String>,
}

impl GridExercise {
    pub fn grid(&self, id: &str) -> Option<&GridSpec> {
        self.grids.iter().find(|g| g.id == id)
    }
}

impl GridSpec {
    pub fn column(&self, id: &str) -> Option<&ColumnSpec> {
        self.columns.iter().find(|c| c.id == id)
    }
    pub fn column_index(&self, id: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.id == id)
    }
}

fn invalid(path: String, reason: GridReason) -> CaseError {
    CaseError::Invalid {
        path,
        reason: reason.into(),
    }
}

/// Why a grid configuration is refused (its words are in `text.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum GridReason {
    /// No grid at all.
    NoGrid,
    /// A grid id with characters a file name cannot take.
    GridIdCharacters,
    /// Two grids share an id.
    GridIdTwice { id: String },
    /// A grid without columns.
    NoColumn,
    /// A column id empty or with other characters than letters, digits, '-' and '_'.
    ColumnId,
    /// Two columns of a grid share an id.
    ColumnIdTwice { id: String },
    /// A computed column without its formula.
    ComputedNeedsFormula,
    /// A formula on a column that is not computed.
    FormulaNotComputed,
    /// A choice column without options.
    ChoiceNeedsOptions,
    /// A formula's input that is no number column of the grid.
    NotANumberColumn { input: String },
    /// A computed input placed after the column that uses it.
    InputAfter,
    /// A key of a row, or a column of a chart, that the grid does not have.
    UnknownColumn { column: String },
    /// Fixed rows without rows.
    FixedRowsEmpty,
    /// A rule naming a grid the exercise does not have.
    UnknownGrid { grid: String },
    /// A rule naming a column its grid does not have.
    UnknownColumnIn { column: String, grid: String },
    /// A rule asking more filled columns than it names.
    MinAboveColumns { min: u32, columns: usize },
    /// `cites_listening` without a listening section.
    ListeningMissing,
    /// `min_per_option` on a column that is no choice.
    ChoiceColumnNeeded,
    /// A sample post's date not written YYYY-MM-DD.
    Date,
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The rules the types cannot say: ids, references between columns, formulas and charts.
pub fn validate(path: &str, config: &GridExercise) -> Result<(), CaseError> {
    let at = format!("{path}.config");
    if config.grids.is_empty() {
        return Err(invalid(format!("{at}.grids"), GridReason::NoGrid));
    }
    let mut grid_ids = HashSet::new();
    for (g, grid) in config.grids.iter().enumerate() {
        let gat = format!("{at}.grids[{g}]");
        if !is_id(&grid.id) {
            return Err(invalid(format!("{gat}.id"), GridReason::GridIdCharacters));
        }
        if !grid_ids.insert(grid.id.as_str()) {
            return Err(invalid(
                format!("{gat}.id"),
                GridReason::GridIdTwice {
                    id: grid.id.clone(),
                },
            ));
        }
        if grid.columns.is_empty() {
            return Err(invalid(format!("{gat}.columns"), GridReason::NoColumn));
        }
        let mut cols = HashSet::new();
        for (c, column) in grid.columns.iter().enumerate() {
            let cat = format!("{gat}.columns[{c}]");
            if !is_id(&column.id) {
                return Err(invalid(format!("{cat}.id"), GridReason::ColumnId));
            }
            if !cols.insert(column.id.as_str()) {
                return Err(invalid(
                    format!("{cat}.id"),
                    GridReason::ColumnIdTwice {
                        id: column.id.clone(),
                    },
                ));
            }
            match (column.kind, &column.formula) {
                (ColumnKind::Computed, None) => {
                    return Err(invalid(
                        format!("{cat}.formula"),
                        GridReason::ComputedNeedsFormula,
                    ))
                }
                (ColumnKind::Computed, Some(_)) => {}
                (_, Some(_)) => {
                    return Err(invalid(
                        format!("{cat}.formula"),
                        GridReason::FormulaNotComputed,
                    ))
                }
                _ => {}
            }
            if column.kind == ColumnKind::Choice && column.options.is_empty() {
                return Err(invalid(
                    format!("{cat}.options"),
                    GridReason::ChoiceNeedsOptions,
                ));
            }
        }
        for (c, column) in grid.columns.iter().enumerate() {
            if let Some(formula) = &column.formula {
                for input in formula.inputs() {
                    let numeric = grid.column(input).is_some_and(|i| {
                        matches!(
                            i.kind,
                            ColumnKind::Number | ColumnKind::Level | ColumnKind::Computed
                        ) && i.id != column.id
                    });
                    if !numeric {
                        return Err(invalid(
                            format!("{gat}.columns[{c}].formula"),
                            GridReason::NotANumberColumn {
                                input: input.to_string(),
                            },
                        ));
                    }
                }
                // Computed inputs must come earlier, so there is no cycle.
                if formula.inputs().iter().any(|i| {
                    grid.column_index(i).unwrap_or(0) > c
                        && grid.column(i).map(|x| x.kind) == Some(ColumnKind::Computed)
                }) {
                    return Err(invalid(
                        format!("{gat}.columns[{c}].formula"),
                        GridReason::InputAfter,
                    ));
                }
            }
        }
        for (r, row) in grid.rows.iter().enumerate() {
            for key in row.keys() {
                if grid.column(key).is_none() {
                    return Err(invalid(
                        format!("{gat}.rows[{r}].{key}"),
                        GridReason::UnknownColumn {
                            column: key.to_string(),
                        },
                    ));
                }
            }
        }
        if grid.fixed_rows && grid.rows.is_empty() {
            return Err(invalid(format!("{gat}.rows"), GridReason::FixedRowsEmpty));
        }
        for (k, chart) in grid.charts.iter().enumerate() {
            for column in chart.columns() {
                if grid.column(column).is_none() {
                    return Err(invalid(
                        format!("{gat}.charts[{k}]"),
                        GridReason::UnknownColumn {
                            column: column.to_string(),
                        },
                    ));
                }
            }
        }
    }
    for (r, rule) in config.rules.iter().enumerate() {
        let rat = format!("{at}.rules[{r}]");
        let check = |grid: &str, columns: &[&str]| -> Result<(), CaseError> {
            let Some(spec) = config.grid(grid) else {
                return Err(invalid(
                    rat.clone(),
                    GridReason::UnknownGrid {
                        grid: grid.to_string(),
                    },
                ));
            };
            for column in columns {
                if spec.column(column).is_none() {
                    return Err(invalid(
                        rat.clone(),
                        GridReason::UnknownColumnIn {
                            column: column.to_string(),
                            grid: grid.to_string(),
                        },
                    ));
                }
            }
            Ok(())
        };
        match rule {
            Rule::MinDistinct { grid, column, .. }
            | Rule::MinMatching { grid, column, .. }
            | Rule::MaxTotal { grid, column, .. } => check(grid, &[column])?,
            Rule::MinFilledColumns { grid, columns, min } => {
                let names: Vec<&str> = columns.iter().map(String::as_str).collect();
                check(grid, &names)?;
                if *min as usize > columns.len() {
                    return Err(invalid(
                        rat,
                        GridReason::MinAboveColumns {
                            min: *min,
                            columns: columns.len(),
                        },
                    ));
                }
            }
            Rule::CitesListening { grid, column } => {
                check(grid, &[column])?;
                if config.listening.is_none() {
                    return Err(invalid(rat, GridReason::ListeningMissing));
                }
            }
            Rule::MinPerOption { grid, column, .. } => {
                check(grid, &[column])?;
                if config
                    .grid(grid)
                    .and_then(|g| g.column(column))
                    .map(|c| c.kind)
                    != Some(ColumnKind::Choice)
                {
                    return Err(invalid(rat, GridReason::ChoiceColumnNeeded));
                }
            }
            Rule::Coverage {
                grid,
                column,
                by_grid,
                matching,
                ..
            } => {
                check(grid, &[column])?;
                let left: Vec<&str> = matching.iter().map(|m| m[0].as_str()).collect();
                let right: Vec<&str> = matching.iter().map(|m| m[1].as_str()).collect();
                check(grid, &left)?;
                check(by_grid, &right)?;
            }
        }
    }
    if let Some(listening) = &config.listening {
        for (i, post) in listening.sample_posts.iter().enumerate() {
            if crate::workbench::grid::model::parse_date(&post.date).is_none() {
                return Err(invalid(
                    format!("{at}.listening.sample_posts[{i}].date"),
                    GridReason::Date,
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::case::Case;

    fn case_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../../../cases/maison-verdier.json")).unwrap();
        change(&mut value);
        match Case::from_json(&value.to_string()) {
            Ok(_) => String::new(),
            Err(err) => err.to_string(),
        }
    }

    fn a10(value: &mut serde_json::Value) -> &mut serde_json::Value {
        let exercises = value["exercises"].as_array_mut().unwrap();
        exercises.iter_mut().find(|e| e["id"] == "A10").unwrap()
    }

    #[test]
    fn every_grid_exercise_of_the_default_case_is_valid() {
        assert_eq!(case_with(|_| {}), "");
    }

    #[test]
    fn grid_config_errors_name_the_json_path() {
        let err =
            case_with(|v| a10(v)["config"]["grids"][0]["columns"][2]["type"] = "levels".into());
        assert!(
            err.starts_with(
                "at $.exercises[9].config.grids[0].columns[2].type: unknown variant `levels`"
            ),
            "{err}"
        );
        let err = case_with(|v| {
            a10(v)["config"]["grids"][0]["columns"][6]["formula"]["args"][0] = "nowhere".into()
        });
        assert_eq!(
            err,
            "at $.exercises[9].config.grids[0].columns[6].formula: \"nowhere\" is not a number column of this grid"
        );
        let err = case_with(|v| a10(v)["config"]["rules"][0]["by_grid"] = "plan".into());
        assert_eq!(
            err,
            "at $.exercises[9].config.rules[0]: unknown grid \"plan\""
        );
        let err = case_with(|v| {
            a10(v)["config"]["grids"][0]["charts"][0]["columns"] = "departement".into()
        });
        assert_eq!(
            err,
            "at $.exercises[9].config.grids[0].charts[0]: unknown column \"departement\""
        );
        let err = case_with(|v| a10(v)["config"]["grids"][1]["id"] = "besoins".into());
        assert!(
            err.contains("the grid id \"besoins\" is used twice"),
            "{err}"
        );
        let err = case_with(|v| {
            a10(v)["config"]["grids"][0]["columns"][0]["options"] = serde_json::json!([])
        });
        assert_eq!(
            err,
            "at $.exercises[9].config.grids[0].columns[0].options: a choice column needs options"
        );
    }
}
