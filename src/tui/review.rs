//! The examiner's review, inside the same `App` as the candidate's screens: every exercise
//! screen (and so every workbench kind, present and future) is shown as the candidate saw
//! it, read-only, with the grading panel in place of the brief.
//!
//! Read-only is enforced twice: actions are sorted into navigation (let through), grading
//! (handled here) and anything else (refused with a message, before it reaches the
//! workbench); and after every action the answer data is compared with the bundle's, and put
//! back if anything changed it. Neither the bundle nor any file but the grades file is ever
//! written: the review loop performs no `SaveNow`, only `SaveGrades`.

use crate::case::Exercise;
use crate::exam::examiner::ExaminerFile;
use crate::exam::grading::{Decision, GradeError, Grades};
use crate::exam::markers::{Change, GradesFile};
use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::tui::app::{App, EditTarget, Effect, Overlay, Screen};
use crate::tui::keymap::{Action, Mode};
use crate::workbench::sociogram::ui::SociogramEffect;
use crate::workspace::Workspace;
use crossterm::event::{KeyCode, KeyEvent};
use std::collections::BTreeMap;

/// Everything the review adds to the app.
pub struct ReviewState {
    /// The bundle's file name, shown in the title.
    pub bundle_name: String,
    /// `Err(reason)` when the bundle failed verification: every screen warns.
    pub integrity: Result<(), String>,
    /// The grades on disk were entered on another version of this bundle.
    pub stale: bool,
    pub grades: Grades,
    pub examiner: String,
    pub examiner_file: Option<ExaminerFile>,
    /// Why there is no examiner file, or why it could not be read.
    pub examiner_problem: Option<String>,
    /// The bundle's files, in memory (for the workbenches that read files, such as A1's).
    pub files: BTreeMap<String, Vec<u8>>,
    /// The candidate's work as the bundle holds it: the app's workspace is kept equal to it.
    pub original: Workspace,
    /// The grading panel has the keyboard.
    pub grading: bool,
    /// Selected criterion of the current exercise's rubric.
    pub criterion: usize,
    /// The comment as it was when its editor opened (Esc puts it back).
    pub comment_before: String,
    /// Grades changed since they were last written.
    pub dirty: bool,
    /// The time function, replaceable in tests for stable snapshots.
    pub clock: fn() -> String,
    /// A1's hidden tests as run when the review opened (`examiner::run_hidden_tests`).
    pub hidden_run: Option<Result<crate::exam::examiner::HiddenRun, String>>,
    /// "Validate with unscored criteria?" was asked: the same key again validates.
    pub confirm: Option<Decision>,
    /// The whole grades file as read: the other markers' records, the agreed grade, the
    /// history (appended to at every change). `grades` is this examiner's own record (the
    /// agreed one in moderation), merged back by `to_save`.
    pub file: GradesFile,
    /// `--moderate`: the markers' grades side by side, the examiner's keys enter the agreed
    /// grade.
    pub moderate: bool,
    /// The history of the criterion under the cursor is shown (`h`).
    pub show_history: bool,
    /// The bundle's SHA-256 as opened: grading a changed bundle again records it.
    pub bundle_sha256: String,
    /// `--anonymous`: the code shown (and written) in place of the candidate's name.
    pub anonymous: Option<String>,
}

impl ReviewState {
    /// The grades file to write: the file as read, with this examiner's record in place.
    pub fn to_save(&self) -> GradesFile {
        let mut out = self.file.clone();
        if let Some(code) = &self.anonymous {
            out.candidate = code.clone();
        }
        if self.moderate {
            out.agreed = Some(self.grades.clone());
        } else {
            out.put_marker(self.grades.clone());
        }
        out
    }

    /// Whether the other markers' marks on an exercise may be shown: in moderation, or once
    /// every marker decided it (a second marker is blind to the first until then).
    pub fn sees_others(&self, exercise: &str) -> bool {
        if self.moderate {
            return true;
        }
        let mut others = self.file.others(&self.examiner).peekable();
        others.peek().is_some()
            && self.grades.decision(exercise).is_some()
            && others.all(|m| m.decision(exercise).is_some())
    }

    /// Appends a change to the history; grading a bundle that changed since it was graded
    /// records the bundle as it is now (it is no longer "to grade again").
    pub fn log(&mut self, exercise: &str, criterion: &str, what: &str, value: serde_json::Value) {
        let now = (self.clock)();
        if self.stale {
            self.file.bundle_sha256 = self.bundle_sha256.clone();
            self.stale = false;
            self.file.log(Change {
                at: now.clone(),
                examiner: self.examiner.clone(),
                agreed: self.moderate,
                exercise: String::new(),
                criterion: String::new(),
                what: "regraded".into(),
                value: serde_json::Value::String(self.bundle_sha256.clone()),
            });
        }
        self.file.log(Change {
            at: now,
            examiner: self.examiner.clone(),
            agreed: self.moderate,
            exercise: exercise.to_string(),
            criterion: criterion.to_string(),
            what: what.to_string(),
            value,
        });
    }
}

impl ReviewState {
    /// The review of `examiner` (their own record of `file`, or the agreed one when
    /// `moderate`).
    pub fn new(
        original: Workspace,
        file: GradesFile,
        examiner: &str,
        moderate: bool,
    ) -> ReviewState {
        let own = if moderate {
            file.agreed.clone()
        } else {
            file.marker(examiner).cloned()
        };
        let grades = own.unwrap_or_else(|| Grades {
            examiner: examiner.to_string(),
            ..Grades::default()
        });
        ReviewState {
            file,
            moderate,
            show_history: false,
            bundle_sha256: String::new(),
            anonymous: None,
            bundle_name: String::new(),
            integrity: Ok(()),
            stale: false,
            grades,
            examiner: examiner.to_string(),
            examiner_file: None,
            examiner_problem: None,
            files: BTreeMap::new(),
            original,
            grading: false,
            criterion: 0,
            comment_before: String::new(),
            dirty: false,
            clock: crate::workspace::store::now_rfc3339,
            hidden_run: None,
            confirm: None,
        }
    }
}

/// What an action is, in a review.
enum Class {
    /// Moves around without changing anything.
    Navigation,
    /// Grading, handled by the review.
    Grading,
    /// Would change the candidate's work.
    Edit,
}

fn classify(action: Action) -> Class {
    use Action::*;
    match action {
        Quit | QuitAnyway | ToggleFacts | ShowDetail | ToggleHelp | Back | SelectPrev
        | SelectNext | OpenExercise | ToggleLanguage | NextPanel | PrevPanel | NextZone
        | PrevZone | ToggleBrief | ScrollBriefUp | ScrollBriefDown | Confirm | Cancel
        | ToggleKeyDisplay => Class::Navigation,
        // A1 in a review: the other file (the code panel is read-only there).
        SwitchCodeFile => Class::Navigation,
        // The deck's presenter shows the slides as the candidate presents them; leaving it
        // would record a rehearsal, which the read-only check then puts back.
        StartPresenter | StartPresenterHere | NextSlide | PrevSlide | PauseTimer | RestartTimer
        | LeavePresenter => Class::Navigation,
        // The A7 sheet's form steps from record to record; grids move between columns and
        // sort (a sort the grid would keep in the answer is put back by the read-only check).
        NextRecord | PrevRecord | NextColumn | PrevColumn | SortByColumn => Class::Navigation,
        // The sociogram's views: sorting and filtering its tables, selecting a relation,
        // running its layout again (positions are view state).
        SortNext | SortReverse | FilterType | FilterDepartment | NextRelation | Relayout => {
            Class::Navigation
        }
        // The mind map's folds, moves and search; the world map's cursor, zoom and actors.
        ToggleFold | FoldAll | UnfoldAll | FoldLevel | UnfoldLevel | CollapseOrParent
        | ExpandOrChild | GoFirst | GoLast | Search | SearchNext => Class::Navigation,
        CursorLeft | CursorRight | CursorUp | CursorDown | ZoomIn | ZoomOut | ResetView
        | NextActor | PrevActor => Class::Navigation,
        FocusGrading | NextExercise | PrevExercise | SetScoreDigit | ScoreUp | ScoreDown
        | ClearScore | EditComment | MarkValidated | MarkNotValidated | ClearDecision
        | ToggleHistory => Class::Grading,
        _ => Class::Edit,
    }
}

/// A refused grade, in the examiner's language.
fn i18n_grade_error(lang: crate::i18n::Lang, err: &GradeError, scale: u8) -> String {
    match err {
        GradeError::AboveScale {
            criterion,
            score,
            scale,
        } => crate::i18n::review::above_scale(lang, criterion, *score, *scale),
        GradeError::ReasonNeeded => ReviewText::ReasonRefused.get(lang).to_string(),
        GradeError::NoCriterion => crate::i18n::review::above_scale(lang, "", 0, scale),
    }
}

impl App {
    pub fn is_review(&self) -> bool {
        self.review.is_some()
    }

    /// Review's part of `update`: `Some(effects)` when the action was handled (or refused)
    /// here, `None` when it is navigation the screens may carry out.
    pub(crate) fn review_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        self.review.as_ref()?;
        if self.facts.is_some() {
            // The organisation screen only reads the case.
            return None;
        }
        if matches!(self.session.overlay, Some(Overlay::Edit { .. })) {
            // Only the comment editor can be open in a review.
            return None;
        }
        let grading = self.review.as_ref().is_some_and(|r| r.grading)
            && matches!(self.session.screen, Screen::Exercise(_));
        // The A7 sheet opens a processing's or a finding's form to read it with the key that
        // edits elsewhere: let it through there (anything it would change is put back below).
        let opens_form = action == Action::EditEntry
            && matches!(self.base_mode(), Mode::SheetRegister | Mode::SheetFindings);
        if opens_form {
            return None;
        }
        // A question asked ("validate with unscored criteria?") is answered by the same key;
        // any other declines it.
        if let Some(review) = self.review.as_mut() {
            let asked = review.confirm.take();
            if asked == Some(Decision::Validated) && action == Action::MarkValidated {
                review.confirm = asked;
            } else if asked.is_some() {
                self.session.status = None;
            }
        }
        if grading && matches!(action, Action::SelectPrev | Action::SelectNext) {
            // In the grading panel, up and down choose the criterion.
            return Some(self.update_grading(action));
        }
        match classify(action) {
            Class::Navigation => {
                // Leaving the grading panel on the home screen makes no sense: drop focus.
                if matches!(self.session.screen, Screen::Home(_)) {
                    if let Some(review) = self.review.as_mut() {
                        review.grading = false;
                    }
                }
                None
            }
            Class::Edit => {
                self.error(self.t(Text::Review(ReviewText::ReadOnlyRefused)));
                Some(Vec::new())
            }
            Class::Grading => Some(self.update_grading(action)),
        }
    }

    /// After every action in a review: the candidate's work must be what the bundle holds.
    pub(crate) fn enforce_read_only(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        let Some(review) = &self.review else {
            return effects;
        };
        if self.session.workspace != review.original {
            self.session.workspace = review.original.clone();
            self.refresh_reports();
            self.error(self.t(Text::Review(ReviewText::ReadOnlyRefused)));
        }
        self.session.dirty = false;
        effects
            .into_iter()
            .filter(|e| *e != Effect::SaveNow)
            .collect()
    }

    fn review_exercise(&self) -> Option<Exercise> {
        match &self.session.screen {
            Screen::Exercise(state) => self.session.case.exercise(&state.exercise).cloned(),
            Screen::Home(home) => {
                let order = self.home_order();
                order
                    .get(home.selected)
                    .map(|&i| self.session.case.exercises[i].clone())
            }
        }
    }

    fn update_grading(&mut self, action: Action) -> Vec<Effect> {
        let exercise = self.review_exercise();
        match action {
            Action::FocusGrading => {
                let from_home = matches!(self.session.screen, Screen::Home(_));
                let mut effects = Vec::new();
                if from_home {
                    effects = self.update(Action::OpenExercise);
                }
                if let Some(review) = self.review.as_mut() {
                    review.grading = from_home || !review.grading;
                    if from_home {
                        review.criterion = 0;
                    }
                }
                return effects;
            }
            Action::NextExercise | Action::PrevExercise => {
                self.step_exercise(action == Action::NextExercise);
                // The sociogram lays itself out and computes its metrics when its screen opens.
                let mut effects = Vec::new();
                if self.graph_view().is_some() {
                    effects.push(Effect::Sociogram(SociogramEffect::StartLayout));
                }
                self.want_metrics(&mut effects);
                return effects;
            }
            _ => {}
        }
        let Some(exercise) = exercise else {
            return Vec::new();
        };
        let Some(review) = self.review.as_mut() else {
            return Vec::new();
        };
        let count = exercise.rubric.len();
        let now = (review.clock)();
        let examiner = review.examiner.clone();
        let criterion = review.criterion.min(count.saturating_sub(1));
        let current = review
            .grades
            .criterion(&exercise, criterion)
            .and_then(|c| c.score);
        let scale = exercise.rubric.get(criterion).map_or(0, |c| c.scale);
        match action {
            Action::SelectPrev => review.criterion = criterion.saturating_sub(1),
            Action::SelectNext => review.criterion = (criterion + 1).min(count.saturating_sub(1)),
            Action::ScoreUp | Action::ScoreDown | Action::ClearScore => {
                let next = match action {
                    Action::ScoreUp => Some(current.map_or(0, |s| s.saturating_add(1))),
                    Action::ScoreDown => Some(current.map_or(0, |s| s.saturating_sub(1))),
                    _ => None,
                };
                if next == current && current.is_some() {
                    return Vec::new();
                }
                match review
                    .grades
                    .set_score(&exercise, criterion, next, &examiner, &now)
                {
                    Ok(()) => {
                        review.dirty = true;
                        let id = exercise.rubric[criterion].id.clone();
                        review.log(&exercise.id, &id, "score", serde_json::json!(next));
                    }
                    Err(err) => {
                        let message = i18n_grade_error(self.session.lang, &err, scale);
                        self.error(message);
                        return Vec::new();
                    }
                }
            }
            Action::MarkValidated | Action::MarkNotValidated => {
                let decision = if action == Action::MarkValidated {
                    Decision::Validated
                } else {
                    Decision::NotValidated
                };
                let score = review.grades.score(&exercise);
                let unscored = score.criteria - score.scored;
                if decision == Decision::Validated && unscored > 0 && review.confirm.is_none() {
                    review.confirm = Some(Decision::Validated);
                    let question = crate::i18n::review::unscored_ask(self.session.lang, unscored);
                    self.info(question);
                    return Vec::new();
                }
                review.confirm = None;
                if review.grades.against_rule(&exercise, decision) {
                    // The reason typed earlier for this decision (a draft) comes back.
                    let before = review.grades.reason_to_edit(&exercise.id, decision);
                    self.info(self.t(Text::Review(ReviewText::ReasonNeeded)).to_string());
                    self.open_field(EditTarget::DecisionReason(decision), &before, false);
                    return Vec::new();
                }
                self.session.status = None;
                let _ = review
                    .grades
                    .decide(&exercise, Some(decision), "", &examiner, &now);
                review.dirty = true;
                review.log(&exercise.id, "", "decision", serde_json::json!(decision));
            }
            Action::ClearDecision => {
                let _ = review.grades.decide(&exercise, None, "", &examiner, &now);
                review.dirty = true;
                review.log(&exercise.id, "", "decision", serde_json::Value::Null);
            }
            Action::ToggleHistory => review.show_history = !review.show_history,
            Action::EditComment => {
                if count == 0 {
                    return Vec::new();
                }
                let text = review
                    .grades
                    .criterion(&exercise, criterion)
                    .map(|c| c.comment.clone())
                    .unwrap_or_default();
                review.comment_before = text.clone();
                self.open_field(EditTarget::GradeComment(criterion), &text, false);
                return Vec::new();
            }
            _ => return Vec::new(),
        }
        if self.review.as_ref().is_some_and(|r| r.dirty) {
            vec![Effect::SaveGrades]
        } else {
            Vec::new()
        }
    }

    /// A digit typed in the grading panel: that score, if the scale allows it.
    pub(crate) fn set_score_digit(&mut self, key: &KeyEvent) -> Vec<Effect> {
        let KeyCode::Char(c) = key.code else {
            return Vec::new();
        };
        let Some(digit) = c.to_digit(10) else {
            return Vec::new();
        };
        let Some(exercise) = self.review_exercise() else {
            return Vec::new();
        };
        let Some(review) = self.review.as_mut() else {
            return Vec::new();
        };
        let Some(criterion) = exercise.rubric.get(review.criterion) else {
            return Vec::new();
        };
        let scale = criterion.scale;
        let now = (review.clock)();
        let examiner = review.examiner.clone();
        let score = u8::try_from(digit).unwrap_or(u8::MAX);
        match review
            .grades
            .set_score(&exercise, review.criterion, Some(score), &examiner, &now)
        {
            Ok(()) => {
                review.dirty = true;
                let id = criterion.id.clone();
                review.log(&exercise.id, &id, "score", serde_json::json!(score));
                vec![Effect::SaveGrades]
            }
            Err(err) => {
                let message = i18n_grade_error(self.session.lang, &err, scale);
                self.error(message);
                Vec::new()
            }
        }
    }

    /// Enter in the reason field of a decision against the rule: decided, with the reason;
    /// an empty reason is refused and the field stays open.
    pub(crate) fn confirm_reason(&mut self, decision: Decision, reason: &str) -> bool {
        let Some(exercise) = self.review_exercise() else {
            return true;
        };
        let Some(review) = self.review.as_mut() else {
            return true;
        };
        let now = (review.clock)();
        let examiner = review.examiner.clone();
        match review
            .grades
            .decide(&exercise, Some(decision), reason, &examiner, &now)
        {
            Ok(()) => {
                review.dirty = true;
                review.log(&exercise.id, "", "decision", serde_json::json!(decision));
                review.log(&exercise.id, "", "reason", serde_json::json!(reason.trim()));
                self.session.status = None;
                true
            }
            Err(err) => {
                let message = i18n_grade_error(self.session.lang, &err, 0);
                self.error(message);
                false
            }
        }
    }

    /// The reason field, as typed: kept as a draft in the grades (saved within half a
    /// second), so that neither a kill nor `Esc` loses it; it decides nothing until Enter.
    /// Whether a draft is kept (not when the field is empty or holds the recorded reason).
    pub(crate) fn apply_reason_draft(&mut self, decision: Decision, text: &str) -> bool {
        let Some(exercise) = self.review_exercise() else {
            return false;
        };
        let Some(review) = self.review.as_mut() else {
            return false;
        };
        let before = review.grades.reason_draft(&exercise.id).cloned();
        review.grades.set_reason_draft(&exercise.id, decision, text);
        let after = review.grades.reason_draft(&exercise.id);
        if after != before.as_ref() {
            review.dirty = true;
        }
        after.is_some()
    }

    /// The comment field, as typed: into the grades at once.
    pub(crate) fn apply_comment(&mut self, criterion: usize, text: &str) {
        let Some(exercise) = self.review_exercise() else {
            return;
        };
        if let Some(review) = self.review.as_mut() {
            let now = (review.clock)();
            let examiner = review.examiner.clone();
            review
                .grades
                .set_comment(&exercise, criterion, text, &examiner, &now);
            review.dirty = true;
        }
    }

    /// Esc in the comment field: the comment as it was.
    pub(crate) fn cancel_comment(&mut self, criterion: usize) {
        let before = self
            .review
            .as_ref()
            .map(|r| r.comment_before.clone())
            .unwrap_or_default();
        self.apply_comment(criterion, &before);
    }

    /// The comment field closed: its text goes into the history once, if it changed.
    pub(crate) fn log_comment(&mut self, criterion: usize) {
        let Some(exercise) = self.review_exercise() else {
            return;
        };
        let Some(review) = self.review.as_mut() else {
            return;
        };
        let now = review
            .grades
            .criterion(&exercise, criterion)
            .map(|c| c.comment.clone())
            .unwrap_or_default();
        if now != review.comment_before {
            let id = exercise.rubric[criterion].id.clone();
            review.log(&exercise.id, &id, "comment", serde_json::json!(now));
        }
    }

    fn step_exercise(&mut self, forward: bool) {
        let order = self.home_order();
        let current = match &self.session.screen {
            Screen::Exercise(state) => order
                .iter()
                .position(|&i| self.session.case.exercises[i].id == state.exercise),
            Screen::Home(home) => Some(home.selected),
        };
        let n = order.len();
        if n == 0 {
            return;
        }
        let next = match current {
            Some(at) if forward => (at + 1) % n,
            Some(at) => (at + n - 1) % n,
            None => 0,
        };
        let id = self.session.case.exercises[order[next]].id.clone();
        let grading = self.review.as_ref().is_some_and(|r| r.grading);
        self.open_exercise(&id);
        if let Some(review) = self.review.as_mut() {
            review.grading = grading;
            review.criterion = 0;
        }
    }
}
