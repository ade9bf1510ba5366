//! Which workbench and which panels an exercise opens with, by its kind.

use crate::case::{Exercise, Kind};
use crate::workbench::screen::session::{Panel, Session};
use crate::workbench::Bench;

impl Session {
    /// The workbench state of an exercise being opened, by its kind.
    pub(crate) fn open_bench(&mut self, exercise: &Exercise) -> Bench {
        match exercise.kind {
            Kind::Board => Bench::Board(Default::default()),
            Kind::Code => {
                let config = crate::case::parse_config("$", &exercise.config).unwrap_or_default();
                let state = crate::workbench::code::update::CodeState::new(
                    self.workspace
                        .answer(&exercise.id)
                        .and_then(|a| a.code.as_ref()),
                    &config,
                );
                Bench::Code(Box::new(state))
            }
            Kind::Tree => Bench::Mindmap(Default::default()),
            Kind::Map => Bench::Worldmap(Default::default()),
            Kind::Graph => Bench::Sociogram {
                graph: self.open_graph(exercise).map(Box::new),
                board: Default::default(),
            },
            Kind::Grid => Bench::Grid(Default::default()),
            Kind::Sheet => Bench::Gdpr(Default::default()),
            Kind::Note => Bench::Notes(Default::default()),
            Kind::Deck => Bench::Deck(Default::default()),
        }
    }

    /// Panels this exercise offers, in Tab order.
    pub fn panels(exercise: &Exercise) -> Vec<Panel> {
        let mut panels = Vec::new();
        if exercise.kind == Kind::Code {
            panels.push(Panel::Code);
        }
        // -- tree / map (issue 4): the workbench comes first --
        if matches!(exercise.kind, Kind::Tree) {
            panels.push(Panel::Zones);
        }
        if matches!(exercise.kind, Kind::Map) {
            panels.extend([
                Panel::Zones,
                Panel::MapLegend,
                Panel::MapLinks,
                Panel::MapRecommendations,
            ]);
        }
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        if exercise.kind == Kind::Graph {
            panels.push(Panel::Sociogram);
        }
        if let Some(config) = &exercise.board {
            panels.push(Panel::Zones);
            if !config.strategy_kinds.is_empty() {
                panels.push(Panel::Strategies);
            }
            if config.min_priorities.is_some() {
                panels.push(Panel::Priorities);
            }
            if config.min_kpis.is_some() {
                panels.push(Panel::Kpis);
            }
        }
        if exercise.kind == Kind::Graph {
            panels.push(Panel::Steps);
        }
        if exercise.kind == Kind::Grid {
            panels.push(Panel::Grid);
        }
        if exercise.kind == Kind::Sheet {
            panels.extend([
                Panel::SheetRegister,
                Panel::SheetChecklist,
                Panel::SheetFindings,
                Panel::SheetOpinion,
            ]);
        }
        // -- note_deck: the note's and the deck's panels come first (issue 8) --
        panels.extend(crate::workbench::notes::ui::panels(exercise));
        panels.push(Panel::Notes);
        panels
    }
}
