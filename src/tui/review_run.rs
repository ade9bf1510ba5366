//! The review's shell: builds the read-only `App` from a bundle and runs its event loop,
//! whose only write is the grades file, saved atomically as soon as a grade is entered (and
//! within half a second while a comment or a reason is typed), so that a kill loses nothing
//! entered.

use crate::exam::examiner::ExaminerFile;
use crate::exam::markers::GradesFile;
use crate::exam::review::{self as store, ReviewBundle};
use crate::i18n::review::ReviewText;
use crate::i18n::{Lang, Text};
use crate::tui::app::{App, Effect};
use crate::tui::review::ReviewState;
use crate::tui::{setup_terminal, theme_for, view};
use crate::workbench::sociogram::ui::SociogramEffect;
use crossterm::event;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Typed comments and reasons are written at most this long after the first key not yet
/// written.
const SAVE_AFTER: Duration = Duration::from_millis(500);

/// The examiner material as found: the file, or why there is none.
pub type Material = Result<ExaminerFile, String>;

/// The app of a review: the bundle's case and workspace, read-only, with its grades.
pub fn review_app(
    bundle: &ReviewBundle,
    grades: GradesFile,
    examiner: &str,
    material: Material,
    lang: Lang,
    theme: crate::tui::theme::Theme,
) -> App {
    review_app_with(
        bundle,
        grades,
        examiner,
        material,
        lang,
        theme,
        ReviewMode::default(),
    )
}

/// How a review is run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReviewMode {
    /// `--moderate`: the markers side by side, the keys enter the agreed grade.
    pub moderate: bool,
    /// `--anonymous`: the candidate's name is never shown nor written; a code stands for it.
    pub anonymous: bool,
}

/// `review_app`, in moderation or blind, or both.
pub fn review_app_with(
    bundle: &ReviewBundle,
    grades: GradesFile,
    examiner: &str,
    material: Material,
    lang: Lang,
    theme: crate::tui::theme::Theme,
    mode: ReviewMode,
) -> App {
    let mut workspace = bundle.workspace.clone();
    let code = crate::exam::review::candidate_code(&bundle.sha256);
    if mode.anonymous {
        // The name goes from the work the screens show, and the file name (which often
        // holds it) from the title: the code stands for both.
        workspace.candidate = code.clone();
        // The group's members are names too.
        workspace.group.clear();
    }
    let mut app = App::new(bundle.case.clone(), workspace.clone(), lang, theme);
    let mut review = ReviewState::new(workspace, grades, examiner, mode.moderate);
    review.anonymous = mode.anonymous.then_some(code.clone());
    review.bundle_name = if mode.anonymous {
        code
    } else {
        bundle.file_name()
    };
    review.bundle_sha256 = bundle.sha256.clone();
    review.integrity = bundle.integrity.as_ref().map(|_| ()).map_err(Clone::clone);
    review.stale =
        !review.file.bundle_sha256.is_empty() && review.file.bundle_sha256 != bundle.sha256;
    review.files = bundle.files.clone();
    match material {
        Ok(file) => review.examiner_file = Some(file),
        Err(problem) => review.examiner_problem = Some(problem),
    }
    app.session.reviewing = true;
    app.review = Some(Box::new(review));
    app
}

pub fn run_review(mut app: App, grades_path: PathBuf) -> std::io::Result<()> {
    let (mut terminal, _guard) = setup_terminal()?;
    let size = terminal.size()?;
    app.session.size = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    let mut last_change = Instant::now();
    // The sociogram's layout thread, as in the candidate's shell (positions are view state).
    let mut layout_worker: Option<crate::workbench::sociogram::layout::LayoutWorker> = None;
    // Its metrics thread, started at the first request.
    let mut metrics_worker: Option<crate::workbench::sociogram::metrics_worker::MetricsWorker> =
        None;
    loop {
        if let Some(result) = metrics_worker.as_mut().and_then(|w| w.latest()) {
            app.apply_metrics(result);
        }
        if let Some(worker) = &mut layout_worker {
            if let Some(snapshot) = worker.latest() {
                app.apply_layout(snapshot);
            }
            if worker.is_finished() {
                layout_worker = None;
            }
        }
        terminal.draw(|frame| view::render(&app, frame))?;
        let mut effects = Vec::new();
        let wait = if layout_worker.is_some() || app.metrics_pending() {
            40
        } else {
            200
        };
        if event::poll(Duration::from_millis(wait))? {
            let was_dirty = app.review.as_ref().is_some_and(|r| r.dirty);
            effects = app.handle_event(&event::read()?);
            // Timed from the first change not yet written (as the workspace's autosave), so
            // that typing on without a pause still saves every half second.
            if !was_dirty && app.review.as_ref().is_some_and(|r| r.dirty) {
                last_change = Instant::now();
            }
        }
        if effects.contains(&Effect::Sociogram(SociogramEffect::StartLayout)) {
            layout_worker = app.layout_input().map(|input| {
                app.layout_started();
                crate::workbench::sociogram::layout::LayoutWorker::spawn(input)
            });
        }
        if effects.contains(&Effect::Sociogram(SociogramEffect::ComputeMetrics)) {
            if let Some(input) = app.metrics_input() {
                metrics_worker
                    .get_or_insert_with(
                        crate::workbench::sociogram::metrics_worker::MetricsWorker::spawn,
                    )
                    .request(input);
                app.metrics_started();
            }
        }
        let quit = effects.contains(&Effect::Quit);
        let dirty = app.review.as_ref().is_some_and(|r| r.dirty);
        let now =
            quit || effects.contains(&Effect::SaveGrades) || last_change.elapsed() >= SAVE_AFTER;
        if dirty && now {
            save(&mut app, &grades_path);
        }
        if quit {
            return Ok(());
        }
    }
}

fn save(app: &mut App, path: &std::path::Path) {
    let Some(review) = app.review.as_mut() else {
        return;
    };
    match store::save_grades(path, &review.to_save()) {
        Ok(()) => review.dirty = false,
        Err(err) => {
            let message = format!(
                "{} : {err}",
                Text::Review(ReviewText::GradesUnsaved).get(app.session.lang)
            );
            app.error(message);
        }
    }
}

/// `theme_for`, for the CLI.
pub fn theme(name: crate::tui::theme::ThemeName) -> crate::tui::theme::Theme {
    theme_for(name)
}
