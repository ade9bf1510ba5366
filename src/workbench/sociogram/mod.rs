//! The sociogram workbench's services (A6): its case configuration, its checks, its file
//! formats (GEXF, GraphML, DOT, CSV edge list and CSV import), its SVG drawing for the report
//! and its ForceAtlas2 layout, run in the background for the interface. The data itself is
//! `crate::workbench::sociogram::model`; the metrics `crate::workbench::sociogram::metrics`.

pub mod barnes_hut;
pub mod communities;
pub mod fields;
pub mod forceatlas2;
pub mod formats;
pub mod import_csv;
pub mod keys;
pub mod layout;
pub mod metrics;
pub mod metrics_worker;
pub mod model;
pub mod panels;
pub mod paths;
pub mod svg;
pub mod text;
pub mod ui;
pub mod update;
pub mod view;

use crate::case::{Case, Exercise, Kind};
use crate::i18n::Lang;
use crate::workbench::sociogram::model::{Mentions, Sociogram};
use crate::workbench::sociogram::text::SociogramText;
use crate::workspace::Answer;
use serde::Deserialize;

/// A6's `config` in the case.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GraphConfig {
    /// Actors the sociogram needs.
    #[serde(default)]
    pub min_actors: u32,
    /// The SIC zones, as the brief presents them (the grid itself is the exercise's board).
    #[serde(default)]
    pub sic_zones: Vec<SicZone>,
    /// The diagnosis steps, in the order they are to be done.
    #[serde(default)]
    pub steps: Vec<String>,
    /// How relations are drawn (who points to whom), shown with the sociogram.
    #[serde(default)]
    pub relation_convention: String,
    /// Recommendations the SIC grid needs (its board's strategies, all kinds together).
    #[serde(default)]
    pub min_recommendations: u32,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SicZone {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub hint: String,
}

/// The configuration of a graph exercise (empty for another kind or a bad config, which
/// case validation refuses at load anyway).
pub fn config(exercise: &Exercise) -> GraphConfig {
    crate::case::parse_config(&format!("$.exercises.{}", exercise.id), &exercise.config)
        .unwrap_or_default()
}

/// The sociogram the candidate works on: the answer's, or the case's starter graph.
pub fn sociogram_of(case_org: &crate::case::Organisation, answer: Option<&Answer>) -> Sociogram {
    answer
        .and_then(|a| a.graph.clone())
        .unwrap_or_else(|| Sociogram::from_case(case_org))
}

/// The graph exercise of a case, if any, and its sociogram in a workspace.
pub fn graph_exercises(case: &Case) -> impl Iterator<Item = &Exercise> {
    case.exercises.iter().filter(|e| e.kind == Kind::Graph)
}

/// The sociogram in one of its file formats, or `None` for a format it does not have (the
/// caller then falls back to the exercise's other exports: Markdown).
pub fn export(
    case: &Case,
    exercise: &Exercise,
    answer: &Answer,
    format: crate::workbench::export::ExportFormat,
) -> Option<Vec<u8>> {
    use crate::workbench::export::ExportFormat;
    let graph = sociogram_of(&case.organisation, Some(answer));
    let departments: Vec<String> = case
        .organisation
        .departments
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let text = match format {
        ExportFormat::Csv => formats::edges_csv(&graph),
        ExportFormat::Gexf => formats::gexf(
            &graph,
            &formats::Drawing::new(&graph, &departments),
            &format!("{} — {}", exercise.id, exercise.title),
        ),
        ExportFormat::Graphml => {
            formats::graphml(&graph, &formats::Drawing::new(&graph, &departments))
        }
        ExportFormat::Dot => formats::dot(&graph, &formats::Drawing::new(&graph, &departments)),
        ExportFormat::Svg => {
            let named: Vec<(String, String)> = case
                .organisation
                .departments
                .iter()
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect();
            let names =
                |kind| crate::i18n::relation_type_name(crate::i18n::Lang::Fr, kind).to_string();
            svg::sociogram_svg(
                &graph,
                &formats::Drawing::new(&graph, &departments),
                &named,
                &names,
            )
        }
        _ => return None,
    };
    Some(text.into_bytes())
}

/// The sociogram in Markdown: positions and the metrics table, for `report.md` and the
/// Markdown export.
pub fn markdown(exercise: &Exercise, graph: &Sociogram, lang: Lang) -> String {
    use crate::i18n::Text;
    let config = config(exercise);
    let m = metrics::compute_ranked(graph.actors.len(), &graph.arcs(), &graph.rank());
    let mut md = format!(
        "### {}\n\n{} · {} {}\n\n",
        Text::Sociogram(SociogramText::Sociogram).get(lang),
        crate::i18n::messages::actors_and_relations(
            lang,
            graph.actors.len(),
            graph.relations.len()
        ),
        Text::Sociogram(SociogramText::GraphReciprocity).get(lang),
        m.graph_reciprocity
            .map_or("—".into(), |r| crate::i18n::numbers::fixed(lang, r, 3)),
    );
    md.push_str(&format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|---|---|\n",
        Text::Sociogram(SociogramText::Actor).get(lang),
        Text::Sociogram(SociogramText::Department).get(lang),
        Text::Sociogram(SociogramText::InDegree).get(lang),
        Text::Sociogram(SociogramText::OutDegree).get(lang),
        Text::Sociogram(SociogramText::Betweenness).get(lang),
        Text::Sociogram(SociogramText::Closeness).get(lang),
        Text::Sociogram(SociogramText::Community).get(lang),
        Text::Sociogram(SociogramText::Position).get(lang),
    ));
    for (i, actor) in graph.actors.iter().enumerate() {
        md.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            actor.label.replace('|', "\\|"),
            actor.department.replace('|', "\\|"),
            m.in_degree[i],
            m.out_degree[i],
            crate::i18n::numbers::fixed(lang, m.betweenness[i], 3),
            crate::i18n::numbers::fixed(lang, m.closeness[i], 3),
            m.community[i],
            position_labels(&m, i, lang).join(", "),
        ));
    }
    md.push('\n');
    if !config.steps.is_empty() {
        md.push_str(&format!(
            "### {}\n\n",
            Text::Sociogram(SociogramText::DiagnosisSteps).get(lang)
        ));
        for (i, step) in config.steps.iter().enumerate() {
            let mark = if graph.steps_done.contains(&i) {
                "x"
            } else {
                " "
            };
            md.push_str(&format!("- [{mark}] {}. {step}\n", i + 1));
        }
        md.push('\n');
    }
    md
}

/// The sociogram's files in a bundle: `exports/ID.gexf`, `exports/ID.graphml` (for Gephi)
/// and `exports/ID-edges.csv` (the edge list `atelier import` reads back).
pub fn bundle_files(case: &Case, exercise: &Exercise, graph: &Sociogram) -> Vec<(String, Vec<u8>)> {
    let departments: Vec<String> = case
        .organisation
        .departments
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let drawing = formats::Drawing::new(graph, &departments);
    let id = &exercise.id;
    vec![
        (
            format!("exports/{id}.gexf"),
            formats::gexf(graph, &drawing, &format!("{id} — {}", exercise.title)).into_bytes(),
        ),
        (
            format!("exports/{id}.graphml"),
            formats::graphml(graph, &drawing).into_bytes(),
        ),
        (
            format!("exports/{id}-edges.csv"),
            formats::edges_csv(graph).into_bytes(),
        ),
    ]
}

/// The sociogram in `report.html`: the drawing as inline SVG, the metrics table and the
/// diagnosis steps. Every text is escaped.
pub fn report_html(case: &Case, exercise: &Exercise, graph: &Sociogram, lang: Lang) -> String {
    use crate::i18n::Text;
    use crate::workbench::html::escape;
    let t = |text: Text| escape(text.get(lang));
    let departments: Vec<(String, String)> = case
        .organisation
        .departments
        .iter()
        .map(|d| (d.id.clone(), d.name.clone()))
        .collect();
    let ids: Vec<String> = departments.iter().map(|(id, _)| id.clone()).collect();
    let drawing = formats::Drawing::new(graph, &ids);
    let names = |kind| crate::i18n::relation_type_name(lang, kind).to_string();
    let mut out = format!(
        "<h3>{}</h3>\n<figure class=\"sociogram\">\n{}</figure>\n",
        t(Text::Sociogram(SociogramText::Sociogram)),
        svg::sociogram_svg(graph, &drawing, &departments, &names)
    );
    let m = &drawing.metrics;
    out.push_str(&format!(
        "<p>{} {} · {} {}</p>\n",
        t(Text::Sociogram(SociogramText::GraphReciprocity)),
        m.graph_reciprocity
            .map_or("—".into(), |r| crate::i18n::numbers::fixed(lang, r, 3)),
        t(Text::Sociogram(SociogramText::Modularity)),
        crate::i18n::numbers::fixed(lang, m.modularity, 3)
    ));
    out.push_str(&format!(
        "<table class=\"metrics\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t(Text::Sociogram(SociogramText::Actor)),
        t(Text::Sociogram(SociogramText::Department)),
        t(Text::Sociogram(SociogramText::InDegree)),
        t(Text::Sociogram(SociogramText::OutDegree)),
        t(Text::Sociogram(SociogramText::Betweenness)),
        t(Text::Sociogram(SociogramText::Closeness)),
        t(Text::Sociogram(SociogramText::Community)),
        t(Text::Sociogram(SociogramText::Position))
    ));
    for (i, actor) in graph.actors.iter().enumerate() {
        let department = departments
            .iter()
            .find(|(id, _)| *id == actor.department)
            .map_or(actor.department.as_str(), |(_, name)| name.as_str());
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&actor.label),
            escape(department),
            m.in_degree[i],
            m.out_degree[i],
            crate::i18n::numbers::fixed(lang, m.betweenness[i], 3),
            crate::i18n::numbers::fixed(lang, m.closeness[i], 3),
            m.community[i],
            escape(&position_labels(m, i, lang).join(", "))
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    let config = config(exercise);
    if !config.steps.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n<ol class=\"steps\">\n",
            t(Text::Sociogram(SociogramText::DiagnosisSteps))
        ));
        for (i, step) in config.steps.iter().enumerate() {
            let mark = if graph.steps_done.contains(&i) {
                "☑"
            } else {
                "☐"
            };
            out.push_str(&format!("<li>{mark} {}</li>\n", escape(step)));
        }
        out.push_str("</ol>\n");
    }
    out
}

/// The positions of an actor in words: star, unchosen, isolate, broker.
pub fn position_labels(m: &metrics::Metrics, i: usize, lang: Lang) -> Vec<&'static str> {
    use crate::i18n::Text;
    let mut out = Vec::new();
    if m.star[i] {
        out.push(Text::Sociogram(SociogramText::Star).get(lang));
    }
    if m.isolate[i] {
        out.push(Text::Sociogram(SociogramText::IsolateNx).get(lang));
    } else if m.unchosen[i] {
        out.push(Text::Sociogram(SociogramText::Unchosen).get(lang));
    }
    if m.broker[i] {
        out.push(Text::Sociogram(SociogramText::Broker).get(lang));
    }
    out
}

/// A position of Moreno's vocabulary (and networkx's isolate), as the checks name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Chosen by nobody (in-degree 0): an isolate in Moreno's sense.
    Unchosen,
    /// No relation at all (networkx's `isolates`).
    Isolate,
    /// Articulation point of the undirected view.
    Broker,
}

/// What the A6 checks find.
#[derive(Debug, Clone, PartialEq)]
pub enum GraphFinding {
    /// The answer has no sociogram yet (the case's starter list is only shown).
    SociogramNotStarted,
    TooFewActors {
        count: usize,
        min: u32,
    },
    /// A step was marked done while an earlier one was not.
    StepOutOfOrder {
        step: usize,
        earlier: usize,
    },
    StepsIncomplete {
        done: usize,
        total: usize,
    },
    TooFewRecommendations {
        count: usize,
        min: u32,
    },
    /// An isolate or broker of the sociogram that no observation, recommendation or note names.
    PositionNotDiscussed {
        actor: String,
        position: Position,
    },
}

impl GraphFinding {
    pub fn code(&self) -> &'static str {
        match self {
            GraphFinding::SociogramNotStarted => "sociogram-not-started",
            GraphFinding::TooFewActors { .. } => "too-few-actors",
            GraphFinding::StepOutOfOrder { .. } => "step-out-of-order",
            GraphFinding::StepsIncomplete { .. } => "steps-incomplete",
            GraphFinding::TooFewRecommendations { .. } => "too-few-recommendations",
            GraphFinding::PositionNotDiscussed { .. } => "position-not-discussed",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::graph_finding_message(lang, self)
    }
}

/// The A6 checks: enough actors, the steps done in order, enough recommendations (each
/// grounded in an observation: the board's `any_zone` strategy kinds check that), and the
/// sociogram's unchosen actors, isolates and brokers discussed by name.
pub fn check(exercise: &Exercise, answer: &Answer) -> Vec<GraphFinding> {
    let config = config(exercise);
    let mut findings = Vec::new();
    let empty = Sociogram::default();
    let graph = answer.graph.as_ref().unwrap_or(&empty);
    if answer.graph.is_none() {
        findings.push(GraphFinding::SociogramNotStarted);
    } else if (graph.actors.len() as u32) < config.min_actors {
        findings.push(GraphFinding::TooFewActors {
            count: graph.actors.len(),
            min: config.min_actors,
        });
    }
    findings.extend(check_steps(&graph.steps_done, config.steps.len()));
    let board = answer.board.clone().unwrap_or_default();
    if (board.strategies.len() as u32) < config.min_recommendations {
        findings.push(GraphFinding::TooFewRecommendations {
            count: board.strategies.len(),
            min: config.min_recommendations,
        });
    }
    // What the candidate wrote about the organisation: observations, recommendations, notes.
    let mut written: Vec<&str> = vec![answer.notes.as_str()];
    for item in &board.items {
        written.push(&item.text);
        written.push(&item.evidence);
    }
    for strategy in &board.strategies {
        written.push(&strategy.text);
    }
    let mut named = vec![false; graph.actors.len()];
    let mentions = Mentions::new(graph);
    for text in written {
        for i in mentions.in_text(text) {
            named[i] = true;
        }
    }
    let metrics = positions(graph);
    for (i, actor) in graph.actors.iter().enumerate() {
        if named[i] {
            continue;
        }
        let position = if metrics.isolate[i] {
            Some(Position::Isolate)
        } else if metrics.unchosen[i] {
            Some(Position::Unchosen)
        } else if metrics.broker[i] {
            Some(Position::Broker)
        } else {
            None
        };
        if let Some(position) = position {
            findings.push(GraphFinding::PositionNotDiscussed {
                actor: actor.label.clone(),
                position,
            });
        }
    }
    findings
}

/// Isolates and brokers only (cheap enough to run at every keystroke on 2,000 actors).
pub struct Positions {
    pub unchosen: Vec<bool>,
    pub isolate: Vec<bool>,
    pub broker: Vec<bool>,
}

pub fn positions(graph: &Sociogram) -> Positions {
    let n = graph.actors.len();
    let arcs = graph.arcs();
    let mut in_degree = vec![0; n];
    let mut degree = vec![0; n];
    for &(s, t) in &arcs {
        in_degree[t] += 1;
        degree[s] += 1;
        degree[t] += 1;
    }
    let neighbours = metrics::undirected_neighbours(n, &arcs);
    Positions {
        unchosen: in_degree.iter().map(|d| *d == 0).collect(),
        isolate: degree.iter().map(|d| *d == 0).collect(),
        broker: metrics::articulation_points(n, &neighbours),
    }
}

/// Steps must be marked done in the case's order, and all of them.
pub fn check_steps(done: &[usize], total: usize) -> Vec<GraphFinding> {
    let mut findings = Vec::new();
    for (at, &step) in done.iter().enumerate() {
        if let Some(earlier) = (0..step).find(|j| !done[..at].contains(j)) {
            findings.push(GraphFinding::StepOutOfOrder {
                step: step + 1,
                earlier: earlier + 1,
            });
        }
    }
    let count = done.iter().filter(|s| **s < total).count();
    if count < total {
        findings.push(GraphFinding::StepsIncomplete { done: count, total });
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::check::{check_exercise, Status};

    #[test]
    fn steps_in_order() {
        assert!(check_steps(&[0, 1, 2], 3).is_empty());
        assert_eq!(
            check_steps(&[0, 2, 1], 3),
            vec![GraphFinding::StepOutOfOrder {
                step: 3,
                earlier: 2
            }]
        );
        assert_eq!(
            check_steps(&[0], 3),
            vec![GraphFinding::StepsIncomplete { done: 1, total: 3 }]
        );
    }

    #[test]
    fn unchosen_and_brokers_must_be_named() {
        let case = Case::embedded_default();
        let a6 = case.exercise("A6").unwrap();
        let mut answer = Answer {
            graph: Some(Sociogram::from_case(&case.organisation)),
            ..Answer::default()
        };
        let findings = check(a6, &answer);
        let undiscussed: Vec<_> = findings
            .iter()
            .filter_map(|f| match f {
                GraphFinding::PositionNotDiscussed { actor, .. } => Some(actor.clone()),
                _ => None,
            })
            .collect();
        assert!(!undiscussed.is_empty());
        answer.notes = undiscussed.join(", ");
        let findings = check(a6, &answer);
        assert!(findings
            .iter()
            .all(|f| f.code() != "position-not-discussed"));
        assert!(findings.iter().any(|f| f.code() == "steps-incomplete"));
    }

    #[test]
    fn a_bad_graph_config_is_refused_with_its_path() {
        let text = include_str!("../../../cases/maison-verdier.json");
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        let exercises = value["exercises"].as_array_mut().unwrap();
        let at = exercises.iter().position(|e| e["id"] == "A6").unwrap();
        exercises[at]["config"]["min_actor"] = serde_json::json!(3);
        let err = Case::from_json(&value.to_string()).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("at $.exercises[{at}].config")) && err.contains("min_actor"),
            "{err}"
        );
    }

    #[test]
    fn worked_example_of_a6_is_complete() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let a6 = loaded.case.exercise("A6").unwrap();
        let report = check_exercise(a6, example.answers.get("A6"));
        assert_eq!(report.status, Status::Complete, "{:?}", report.findings);
    }
}
