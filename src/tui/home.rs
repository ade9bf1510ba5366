//! The home screen: the exercises by bloc, chosen with the arrows and opened with Enter.

use crate::case::Case;
use crate::tui::app::*;
use crate::tui::keymap::Action;
use crate::workbench::sociogram::ui::SociogramEffect;

impl App {
    pub(crate) fn update_home(&mut self, action: Action) -> Vec<Effect> {
        let count = self.session.case.exercises.len();
        let Screen::Home(home) = &mut self.session.screen else {
            return Vec::new();
        };
        match action {
            Action::SelectPrev => home.selected = home.selected.saturating_sub(1),
            Action::SelectNext => home.selected = (home.selected + 1).min(count.saturating_sub(1)),
            Action::OpenExercise => {
                let order = home_order(&self.session.case);
                if let Some(&index) = order.get(home.selected) {
                    let id = self.session.case.exercises[index].id.clone();
                    self.open_exercise(&id);
                    if self.graph_view().is_some() {
                        return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
                    }
                }
            }
            Action::EditGroup => {
                let text = self.session.workspace.group.join(" ; ");
                self.open_field(EditTarget::GroupMembers, &text, false);
            }
            _ => {}
        }
        Vec::new()
    }

    pub(crate) fn go_home(&mut self) {
        let current = match &self.session.screen {
            Screen::Exercise(state) => state.exercise.clone(),
            Screen::Home(_) => return,
        };
        let order = home_order(&self.session.case);
        let selected = order
            .iter()
            .position(|&i| self.session.case.exercises[i].id == current)
            .unwrap_or(0);
        self.session.screen = Screen::Home(HomeState { selected });
    }
}

/// A row of the home list: a bloc heading or an exercise (index in the case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeRow {
    Heading(Option<u8>),
    /// Position in `home_order`.
    Exercise(usize),
}

pub fn home_order(case: &Case) -> Vec<usize> {
    let mut order: Vec<usize> = (0..case.exercises.len()).collect();
    // Blocs 1-4 first, then the assessments outside the blocs; stable within a bloc.
    order.sort_by_key(|&i| case.exercises[i].bloc.unwrap_or(u8::MAX));
    order
}

pub fn home_rows(case: &Case) -> Vec<HomeRow> {
    let order = home_order(case);
    let mut rows = Vec::new();
    let mut last: Option<Option<u8>> = None;
    for (position, &index) in order.iter().enumerate() {
        let bloc = case.exercises[index].bloc;
        if last != Some(bloc) {
            rows.push(HomeRow::Heading(bloc));
            last = Some(bloc);
        }
        rows.push(HomeRow::Exercise(position));
    }
    rows
}
