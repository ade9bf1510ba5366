//! Checks of a grid exercise: each grid's rows against its thresholds and column types, the
//! case's rules across rows and grids, and the social-listening corpus. Pure functions.

use crate::case::{Case, Kind};
use crate::workbench::check::Finding;
use crate::workbench::grid::config::{GridExercise, GridSpec, Rule};
use crate::workbench::grid::listening::{Analysis, AnalysisMemo};
use crate::workbench::grid::model::{check_value, view_rows, GridAnswer, ViewRow};
use crate::workspace::Workspace;
use std::collections::{BTreeSet, HashMap};

/// How many of the most frequent terms a recommendation may cite.
const TOP_TERMS_CITED: usize = 30;

/// The rows a check looks at: all of a questionnaire's, the filled ones elsewhere.
fn checked_rows(spec: &GridSpec, rows: Vec<ViewRow>) -> Vec<ViewRow> {
    if spec.fixed_rows {
        rows
    } else {
        rows.into_iter().filter(|r| r.filled).collect()
    }
}

/// What the grid exercises' checks and screens reuse from one change to the next: each
/// exercise's configuration, parsed once, and each listening corpus's analysis, computed
/// again only when its posts change. Plain data, kept by its user (the interface's `App`
/// builds it with the workspace and refreshes it in `update`); the checks only read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GridCache {
    configs: HashMap<String, GridExercise>,
    listening: HashMap<String, AnalysisMemo>,
}

fn grid_answer<'a>(workspace: &'a Workspace, exercise: &str) -> Option<&'a GridAnswer> {
    workspace.answer(exercise).and_then(|a| a.grid.as_ref())
}

impl GridCache {
    /// Parses the configuration of every grid exercise of the case (validated when the case
    /// was loaded) and analyses the listening corpora of the workspace.
    pub fn new(case: &Case, workspace: &Workspace) -> GridCache {
        let mut cache = GridCache::default();
        for exercise in case.exercises.iter().filter(|e| e.kind == Kind::Grid) {
            let config: GridExercise =
                crate::case::parse_config("$", &exercise.config).unwrap_or_default();
            let answer = grid_answer(workspace, &exercise.id);
            if let Some(memo) = AnalysisMemo::new(&config, answer) {
                cache.listening.insert(exercise.id.clone(), memo);
            }
            cache.configs.insert(exercise.id.clone(), config);
        }
        cache
    }

    /// Analyses again the corpora whose posts changed; cheap when none did.
    pub fn refresh(&mut self, workspace: &Workspace) {
        for (id, memo) in &mut self.listening {
            if let Some(config) = self.configs.get(id) {
                memo.refresh(config, grid_answer(workspace, id));
            }
        }
    }

    /// A grid exercise's configuration.
    pub fn config(&self, exercise: &str) -> Option<&GridExercise> {
        self.configs.get(exercise)
    }

    /// The listening analysis of an exercise's corpus and whether its posts were imported,
    /// if the cache holds that of this answer (`None` if the posts changed since).
    pub fn listening(
        &self,
        exercise: &str,
        answer: Option<&GridAnswer>,
    ) -> Option<(&Analysis, bool)> {
        self.listening.get(exercise)?.get(answer)
    }
}

pub fn check_grids(config: &GridExercise, answer: Option<&GridAnswer>) -> Vec<Finding> {
    check_grids_with(config, answer, None)
}

/// `check_grids`, reading the listening analysis of the answer's corpus from `listening`
/// when the caller has it (it is computed here when a rule needs it otherwise).
pub fn check_grids_with(
    config: &GridExercise,
    answer: Option<&GridAnswer>,
    listening: Option<&Analysis>,
) -> Vec<Finding> {
    let empty = GridAnswer::default();
    let answer = answer.unwrap_or(&empty);
    let rows_of = |spec: &GridSpec| checked_rows(spec, view_rows(spec, answer.table(&spec.id)));
    let mut findings = Vec::new();
    for spec in &config.grids {
        let all = view_rows(spec, answer.table(&spec.id));
        let numbered: Vec<(usize, &ViewRow)> = all
            .iter()
            .enumerate()
            .filter(|(_, r)| spec.fixed_rows || r.filled)
            .map(|(i, r)| (i + 1, r))
            .collect();
        if !spec.fixed_rows && numbered.len() < spec.min_rows as usize {
            findings.push(Finding::GridTooFewRows {
                grid: spec.title.clone(),
                count: numbered.len(),
                min: spec.min_rows,
            });
        }
        // A timeline's rows run forwards: a row that ends before it starts is refused.
        for chart in &spec.charts {
            let crate::workbench::grid::config::ChartSpec::Timeline { start, end, .. } = chart
            else {
                continue;
            };
            let (Some(s), Some(e)) = (spec.column_index(start), spec.column_index(end)) else {
                continue;
            };
            for (n, row) in &numbered {
                let span = crate::workbench::grid::model::month_span;
                if let (Some((first, _)), Some((_, last))) = (span(row.text(s)), span(row.text(e)))
                {
                    if last < first {
                        findings.push(Finding::GridEndsBeforeStart {
                            grid: spec.title.clone(),
                            row: *n,
                            start: row.text(s).trim().to_string(),
                            end: row.text(e).trim().to_string(),
                        });
                    }
                }
            }
        }
        for (c, column) in spec.columns.iter().enumerate() {
            if column.required {
                let missing: Vec<usize> = numbered
                    .iter()
                    .filter(|(_, r)| r.text(c).trim().is_empty())
                    .map(|(n, _)| *n)
                    .collect();
                if !missing.is_empty() {
                    findings.push(Finding::GridCellsMissing {
                        grid: spec.title.clone(),
                        column: column.title.clone(),
                        rows: missing,
                    });
                }
            }
            for (n, row) in &numbered {
                if let Err(expected) = check_value(column, row.text(c)) {
                    findings.push(Finding::GridCellInvalid {
                        grid: spec.title.clone(),
                        row: *n,
                        column: column.title.clone(),
                        value: row.text(c).to_string(),
                        expected,
                    });
                }
            }
        }
    }
    for rule in &config.rules {
        match rule {
            Rule::MinDistinct { grid, column, min } => {
                let Some((spec, c)) = locate(config, grid, column) else {
                    continue;
                };
                let distinct: BTreeSet<String> = rows_of(spec)
                    .iter()
                    .map(|r| r.text(c).trim().to_lowercase())
                    .filter(|t| !t.is_empty())
                    .collect();
                if distinct.len() < *min as usize {
                    findings.push(Finding::GridTooFewDistinct {
                        grid: spec.title.clone(),
                        column: spec.columns[c].title.clone(),
                        count: distinct.len(),
                        min: *min,
                    });
                }
            }
            Rule::MinMatching {
                grid,
                column,
                equals,
                min,
            } => {
                let Some((spec, c)) = locate(config, grid, column) else {
                    continue;
                };
                let count = rows_of(spec)
                    .iter()
                    .filter(|r| r.text(c).trim() == equals)
                    .count();
                if count < *min as usize {
                    findings.push(Finding::GridTooFewMatching {
                        grid: spec.title.clone(),
                        column: spec.columns[c].title.clone(),
                        value: equals.clone(),
                        count,
                        min: *min,
                    });
                }
            }
            Rule::MinPerOption { grid, column, min } => {
                let Some((spec, c)) = locate(config, grid, column) else {
                    continue;
                };
                let rows = rows_of(spec);
                for option in &spec.columns[c].options {
                    let count = rows.iter().filter(|r| r.text(c).trim() == option).count();
                    if count < *min as usize {
                        findings.push(Finding::GridTooFewPerOption {
                            grid: spec.title.clone(),
                            option: option.clone(),
                            count,
                            min: *min,
                        });
                    }
                }
            }
            Rule::Coverage {
                grid,
                column,
                at_least,
                by_grid,
                matching,
            } => {
                let (Some((spec, c)), Some(by)) =
                    (locate(config, grid, column), config.grid(by_grid))
                else {
                    continue;
                };
                let pairs: Vec<(usize, usize)> = matching
                    .iter()
                    .filter_map(|[a, b]| Some((spec.column_index(a)?, by.column_index(b)?)))
                    .collect();
                let actions = rows_of(by);
                for row in rows_of(spec) {
                    let Some(value) = row.numbers[c] else {
                        continue;
                    };
                    if value < *at_least {
                        continue;
                    }
                    let covered = actions.iter().any(|action| {
                        pairs
                            .iter()
                            .all(|(a, b)| row.text(*a).trim() == action.text(*b).trim())
                    });
                    if !covered {
                        let label = pairs
                            .iter()
                            .map(|(a, _)| row.text(*a).trim().to_string())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        findings.push(Finding::GridGapWithoutAction {
                            grid: by.title.clone(),
                            row: label,
                            value,
                        });
                    }
                }
            }
            Rule::MaxTotal { grid, column, max } => {
                let Some((spec, c)) = locate(config, grid, column) else {
                    continue;
                };
                let total: f64 = rows_of(spec).iter().filter_map(|r| r.numbers[c]).sum();
                if total > *max {
                    findings.push(Finding::GridTotalTooHigh {
                        grid: spec.title.clone(),
                        column: spec.columns[c].title.clone(),
                        total,
                        max: *max,
                    });
                }
            }
            Rule::MinFilledColumns { grid, columns, min } => {
                let Some(spec) = config.grid(grid) else {
                    continue;
                };
                let rows = rows_of(spec);
                let filled = columns
                    .iter()
                    .filter_map(|id| spec.column_index(id))
                    .filter(|&c| rows.iter().any(|r| !r.text(c).trim().is_empty()))
                    .count();
                if filled < *min as usize {
                    findings.push(Finding::GridTooFewColumnsFilled {
                        grid: spec.title.clone(),
                        columns: columns
                            .iter()
                            .filter_map(|id| spec.column(id))
                            .map(|c| c.title.clone())
                            .collect(),
                        count: filled,
                        min: *min,
                    });
                }
            }
            Rule::CitesListening { grid, column } => {
                let Some((spec, c)) = locate(config, grid, column) else {
                    continue;
                };
                let computed;
                let analysis = match listening {
                    Some(analysis) => analysis,
                    None => {
                        computed = crate::workbench::grid::listening::analyse_exercise(
                            config,
                            Some(answer),
                        );
                        match &computed {
                            Some((analysis, _)) => analysis,
                            None => continue,
                        }
                    }
                };
                let found = analysis.found_words(config.listening.as_ref(), TOP_TERMS_CITED);
                for (n, row) in view_rows(spec, answer.table(&spec.id))
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.filled)
                {
                    let text = row.text(c);
                    if text.trim().is_empty() {
                        continue;
                    }
                    let cited = crate::workbench::grid::listening::words(text).any(|w| {
                        found.iter().any(|f| {
                            w.starts_with(f.as_str())
                                || (f.starts_with(w.as_str()) && w.chars().count() > 3)
                        })
                    });
                    if !cited {
                        findings.push(Finding::GridRowNotTiedToListening {
                            grid: spec.title.clone(),
                            row: n + 1,
                            column: spec.columns[c].title.clone(),
                        });
                    }
                }
            }
        }
    }
    if let Some(listening) = &config.listening {
        let count = if answer.posts.is_empty() {
            listening.sample_posts.len()
        } else {
            answer.posts.len()
        };
        if count < listening.min_posts as usize {
            findings.push(Finding::TooFewPosts {
                count,
                min: listening.min_posts,
            });
        }
    }
    findings
}

fn locate<'a>(config: &'a GridExercise, grid: &str, column: &str) -> Option<(&'a GridSpec, usize)> {
    let spec = config.grid(grid)?;
    Some((spec, spec.column_index(column)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::grid::model::{RowKey, Table};

    fn config() -> GridExercise {
        serde_json::from_value(serde_json::json!({
            "grids": [
                {"id": "besoins", "title": "Besoins", "min_rows": 2, "columns": [
                    {"id": "service", "title": "Service", "type": "choice", "options": ["DSI", "RH"], "required": true},
                    {"id": "actuel", "title": "Actuel", "type": "level", "required": true},
                    {"id": "cible", "title": "Cible", "type": "level", "required": true},
                    {"id": "ecart", "title": "Écart", "type": "computed", "formula": {"op": "sub", "args": ["cible", "actuel"]}}
                ]},
                {"id": "plan", "title": "Plan", "columns": [
                    {"id": "public", "title": "Public", "type": "choice", "options": ["DSI", "RH"]}
                ]}
            ],
            "rules": [
                {"type": "coverage", "grid": "besoins", "column": "ecart", "at_least": 2, "by_grid": "plan", "matching": [["service", "public"]]},
                {"type": "max_total", "grid": "besoins", "column": "cible", "max": 6},
                {"type": "min_per_option", "grid": "plan", "column": "public", "min": 1}
            ]
        }))
        .unwrap()
    }

    fn row(table: &mut Table, cells: &[(&str, &str)]) {
        let id = table.insert_row_after(None);
        for (k, v) in cells {
            table.set_cell(RowKey::Own(id), k, v);
        }
    }

    #[test]
    fn large_gap_without_action_is_flagged() {
        let config = config();
        let mut besoins = Table::default();
        row(
            &mut besoins,
            &[("service", "DSI"), ("actuel", "1"), ("cible", "4")],
        );
        row(
            &mut besoins,
            &[("service", "RH"), ("actuel", "2"), ("cible", "3")],
        );
        let mut answer = GridAnswer::default();
        answer.tables.insert("besoins".into(), besoins);
        let findings = check_grids(&config, Some(&answer));
        assert!(findings.contains(&Finding::GridGapWithoutAction {
            grid: "Plan".into(),
            row: "DSI".into(),
            value: 3.0
        }));
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.code() == "grid-gap-without-action")
                .count(),
            1,
            "a gap of 1 needs no action"
        );
        let mut plan = Table::default();
        row(&mut plan, &[("public", "DSI")]);
        answer.tables.insert("plan".into(), plan);
        let findings = check_grids(&config, Some(&answer));
        assert!(!findings
            .iter()
            .any(|f| f.code() == "grid-gap-without-action"));
        assert!(findings.contains(&Finding::GridTooFewPerOption {
            grid: "Plan".into(),
            option: "RH".into(),
            count: 0,
            min: 1
        }));
    }

    #[test]
    fn worked_examples_of_the_grid_exercises_are_complete() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        for id in ["A8", "A10", "A12", "A13", "A14"] {
            let exercise = loaded.case.exercise(id).unwrap();
            let report = crate::workbench::check::check_exercise(exercise, example.answers.get(id));
            assert_eq!(
                report.status,
                crate::workbench::check::Status::Complete,
                "{id}: {:?}",
                report.findings
            );
        }
        // An empty answer lists what is missing.
        let a13 = loaded.case.exercise("A13").unwrap();
        let report = crate::workbench::check::check_exercise(a13, None);
        assert_eq!(report.status, crate::workbench::check::Status::NotStarted);
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code()).collect();
        assert!(codes.contains(&"grid-cells-missing"), "{codes:?}");
        assert!(codes.contains(&"grid-too-few-distinct"), "{codes:?}");
        assert!(codes.contains(&"grid-too-few-per-option"), "{codes:?}");
    }

    #[test]
    fn the_cache_gives_the_findings_of_a_fresh_check() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let mut ws = Workspace {
            format: 1,
            app_version: String::new(),
            candidate: String::new(),
            case_id: loaded.case.id.clone(),
            case_digest: String::new(),
            created: String::new(),
            updated: String::new(),
            exercises: example.answers,
            group: Vec::new(),
            extra: Default::default(),
        };
        let same = |cache: &GridCache, ws: &Workspace| {
            let fresh = crate::workbench::check::check_workspace(&loaded.case, ws);
            let cached = crate::workbench::check::check_workspace_with(&loaded.case, ws, cache);
            assert_eq!(fresh.len(), cached.len());
            for (a, b) in fresh.iter().zip(&cached) {
                assert_eq!(
                    (&a.id, a.status, &a.findings),
                    (&b.id, b.status, &b.findings)
                );
            }
        };
        let mut cache = GridCache::new(&loaded.case, &ws);
        same(&cache, &ws);
        // Posts that mention none of the recommendations' findings: the citation check
        // flags them, from a cache refreshed since, and from a stale one (computed afresh).
        let posts = &mut ws.answer_mut("A12").grid.get_or_insert_default().posts;
        posts.clear();
        for day in 1..=28 {
            posts.push(crate::workbench::grid::model::Post {
                date: format!("2025-02-{day:02}"),
                source: "X".into(),
                text: "Tarifs trop élevés".into(),
                rating: None,
            });
        }
        let a12 = ws.answer("A12").and_then(|a| a.grid.as_ref());
        assert!(cache.listening("A12", a12).is_none(), "stale");
        same(&cache, &ws);
        cache.refresh(&ws);
        assert!(cache
            .listening("A12", a12)
            .is_some_and(|(a, imported)| imported && a.posts == 28));
        same(&cache, &ws);
        let report = crate::workbench::check::check_workspace_with(&loaded.case, &ws, &cache);
        let a12 = report.iter().find(|r| r.id == "A12").unwrap();
        assert!(
            a12.findings
                .iter()
                .any(|f| f.code() == "grid-row-not-tied-to-listening"),
            "{:?}",
            a12.findings
        );
        assert_eq!(cache, {
            let mut rebuilt = GridCache::new(&loaded.case, &ws);
            rebuilt.refresh(&ws);
            rebuilt
        });
    }

    #[test]
    fn recommendations_must_cite_what_the_listening_found() {
        let config: GridExercise = serde_json::from_value(serde_json::json!({
            "grids": [{"id": "reco", "title": "Reco", "columns": [
                {"id": "constat", "title": "Constat", "type": "text"}
            ]}],
            "rules": [{"type": "cites_listening", "grid": "reco", "column": "constat"}],
            "listening": {
                "title": "Écoute",
                "sample_posts": [
                    {"date": "2025-01-02", "source": "X", "text": "Livraison en retard, colis perdu"},
                    {"date": "2025-01-03", "source": "X", "text": "Accueil parfait"}
                ],
                "themes": [{"id": "livraison", "label": "Livraison", "words": ["livr", "colis"]}]
            }
        }))
        .unwrap();
        let mut reco = Table::default();
        row(&mut reco, &[("constat", "Les livraisons tardives agacent")]);
        row(&mut reco, &[("constat", "Le prix des barbecues")]);
        row(&mut reco, &[("constat", "Un accueil apprécié")]);
        let mut answer = GridAnswer::default();
        answer.tables.insert("reco".into(), reco);
        let findings = check_grids(&config, Some(&answer));
        // Row 1 names a complaint theme (livr-), row 3 a frequent term (accueil).
        assert_eq!(
            findings,
            vec![Finding::GridRowNotTiedToListening {
                grid: "Reco".into(),
                row: 2,
                column: "Constat".into()
            }]
        );
    }

    #[test]
    fn rows_missing_cells_and_bad_values() {
        let config = config();
        let mut besoins = Table::default();
        row(&mut besoins, &[("service", "DSI"), ("actuel", "7")]);
        let mut answer = GridAnswer::default();
        answer.tables.insert("besoins".into(), besoins);
        let findings = check_grids(&config, Some(&answer));
        assert!(findings.contains(&Finding::GridTooFewRows {
            grid: "Besoins".into(),
            count: 1,
            min: 2
        }));
        assert!(findings.contains(&Finding::GridCellsMissing {
            grid: "Besoins".into(),
            column: "Cible".into(),
            rows: vec![1]
        }));
        assert!(findings
            .iter()
            .any(|f| matches!(f, Finding::GridCellInvalid { row: 1, value, .. } if value == "7")));
        assert!(!findings.iter().any(|f| f.code() == "grid-total-too-high"));
        let table = answer.tables.get_mut("besoins").unwrap();
        row(table, &[("service", "RH"), ("actuel", "1"), ("cible", "4")]);
        row(table, &[("service", "RH"), ("actuel", "1"), ("cible", "3")]);
        let findings = check_grids(&config, Some(&answer));
        assert!(findings.contains(&Finding::GridTotalTooHigh {
            grid: "Besoins".into(),
            column: "Cible".into(),
            total: 7.0,
            max: 6.0
        }));
    }
}
