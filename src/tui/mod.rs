//! The terminal shell: it sets the terminal up (and restores it on exit, error or panic),
//! runs the event loop, performs the effects that `App::update` returns, and autosaves.

pub mod app;
mod code_shell;
pub mod facts;
mod home;
pub mod key_display;
mod mouse;
mod overlay;
pub mod panes;
pub mod review;
pub mod review_marks;
pub mod review_run;
pub mod review_view;
pub mod save_elsewhere;
pub(crate) mod signals;
pub mod view;

// The shell's vocabulary that the workbench kinds share, under its old names.
pub use crate::workbench::screen::{keymap, layout, review_keys, theme};

use crate::i18n::Lang;
use crate::workbench::sociogram::ui::SociogramEffect;
use crate::workspace::store::{OpenWorkspace, WORKSPACE_FILE};
use app::{App, Effect};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use std::time::{Duration, Instant};

/// Unsaved changes are written at most this long after they were made.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(500);

/// Restores the terminal when dropped, whatever way the loop ends.
pub(crate) struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Gives the terminal back (mouse, paste, raw mode, alternate screen), each step whatever
/// the others did. Nothing is printed: on a closed terminal (SIGHUP) a message would panic,
/// and a panic while restoring would abort before the demo's folder is removed.
pub(crate) fn restore_terminal() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = execute!(std::io::stdout(), crossterm::terminal::LeaveAlternateScreen);
}

/// The theme asked for, monochrome when `NO_COLOR` is set.
pub fn theme_for(name: theme::ThemeName) -> theme::Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    theme::Theme::new(name, no_color)
}

/// Installs the panic hook that restores the terminal, enters the alternate screen, and
/// returns the terminal with the guard that restores it when dropped.
pub(crate) fn setup_terminal() -> std::io::Result<(ratatui::DefaultTerminal, TerminalGuard)> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous_hook(info);
    }));
    let terminal = ratatui::try_init()?;
    let guard = TerminalGuard;
    execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    Ok((terminal, guard))
}

/// How the interface ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// Everything was saved.
    Saved,
    /// The person quit although the last save failed: the reason, in their language, for the
    /// command line to print (it then exits 1).
    Unsaved(String),
}

pub fn run(store: OpenWorkspace, lang: Lang, theme: theme::ThemeName) -> std::io::Result<Ending> {
    run_with_notice(store, lang, theme, None)
}

/// `run`, with a first message in the status line (the demo says what it is).
pub fn run_with_notice(
    mut store: OpenWorkspace,
    lang: Lang,
    theme: theme::ThemeName,
    notice: Option<crate::i18n::Text>,
) -> std::io::Result<Ending> {
    let mut app = App::new(
        store.case.case.clone(),
        store.workspace.clone(),
        lang,
        theme_for(theme),
    );
    if let Some(notice) = notice {
        app.info(app.t(notice));
    }
    if let Some(backup) = &store.recovered_from {
        app.error(format!(
            "{}.",
            crate::workspace::text::restored_from_backup(lang, backup)
        ));
    }
    for warning in &store.warnings {
        app.error(format!(
            "{}.",
            crate::workspace::text::store_warning(lang, warning)
        ));
    }
    if let Some(format) = store.newer_format {
        app.error(format!(
            "{}.",
            crate::workspace::text::newer_format(lang, WORKSPACE_FILE, format)
        ));
    }
    let (mut terminal, _guard) = setup_terminal()?;
    let end_signals = signals::EndSignals::install()?;
    let size = terminal.size()?;
    app.session.size = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    let mut last_change = Instant::now();
    let mut code = code_shell::CodeShell::new();
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    // The sociogram's layout thread, if one runs; dropping it stops it.
    let mut layout_worker: Option<crate::workbench::sociogram::layout::LayoutWorker> = None;
    // The sociogram's metrics thread, started at the first request.
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
        // Redraw often while a layout moves the nodes, metrics are on their way, or a run
        // or a sketch animates; otherwise wake up for autosave only.
        let wait = if layout_worker.is_some() || app.metrics_pending() {
            40
        } else if app.animating() {
            80
        } else {
            200
        };
        if event::poll(Duration::from_millis(wait))? {
            let was_dirty = app.session.dirty;
            effects = app.handle_event(&event::read()?);
            if app.session.dirty && !was_dirty {
                last_change = Instant::now();
            }
        } else if app.animating() {
            app.tick();
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
        // SIGHUP or SIGTERM end the session as a quit does (saved, terminal restored).
        let quit = effects.contains(&Effect::Quit) || end_signals.raised();
        let save_now = quit || effects.contains(&Effect::SaveNow);
        // -- code: A1 runs and files (issue 3) --
        code.perform(&effects, &mut app, &store.dir);
        // Quitting waits for the code files still to be written (`flush_now`).
        code.poll(&mut app, &store.dir, save_now);
        let mut failure = code.take_write_error();
        if autosave_due(app.session.dirty, save_now, last_change.elapsed()) {
            if let Err(error) = save(&mut store, &mut app) {
                failure = Some(error);
            }
        }
        for effect in &effects {
            if let Effect::SaveElsewhere(path) = effect {
                let result = save_elsewhere(&mut store, &app, path);
                app.saved_elsewhere(result);
            }
        }
        if effects.contains(&Effect::QuitUnsaved) {
            code.cancel();
            let error = failure
                .or_else(|| app.last_save_error.clone())
                .unwrap_or_default();
            let lang = app.session.lang;
            let message = match app.save_elsewhere.as_ref().and_then(|s| s.saved.as_ref()) {
                Some(path) => crate::i18n::shell::quit_saved_elsewhere(lang, path, &error),
                None => crate::i18n::messages::save_failed(lang, &error),
            };
            return Ok(Ending::Unsaved(message));
        }
        if quit {
            match failure {
                None => {
                    code.cancel();
                    return Ok(Ending::Saved);
                }
                // Nothing typed is lost silently: stay open with the reason and a choice.
                Some(error) => {
                    app.last_save_error = Some(error.clone());
                    app.session.overlay = Some(app::Overlay::QuitFailed { error });
                }
            }
        }
    }
}

/// Whether to save now: unsaved changes, and a save asked for (quit, a finished form) or
/// `AUTOSAVE_AFTER` gone by since the first of them.
fn autosave_due(dirty: bool, save_now: bool, since_change: Duration) -> bool {
    dirty && (save_now || since_change >= AUTOSAVE_AFTER)
}

/// Writes the workspace to the file `typed` names ("save elsewhere"), never over an existing
/// file: where (absolute), or why not, in the person's language.
fn save_elsewhere(store: &mut OpenWorkspace, app: &App, typed: &str) -> Result<String, String> {
    let lang = app.session.lang;
    let path = save_elsewhere::resolve(typed);
    let shown = path.display().to_string();
    if path.exists() {
        let reason =
            crate::i18n::errors::io_reason(lang, &std::io::ErrorKind::AlreadyExists.into());
        return Err(format!("{shown}{}{reason}", lang.colon()));
    }
    store.workspace = app.session.workspace.clone();
    store
        .save_to(&path)
        .map(|()| shown)
        .map_err(|err| match err {
            // "Free this much space" is for a full disk only; a missing folder or a refusal
            // is said plainly.
            crate::workspace::store::StoreError::Write { path, source, .. }
                if source.kind() != std::io::ErrorKind::StorageFull =>
            {
                format!(
                    "{path}{}{}",
                    lang.colon(),
                    crate::i18n::errors::io_reason(lang, &source)
                )
            }
            other => other.message(lang),
        })
}

/// Saves the workspace; the reason when it could not (a newer atelier's workspace is never
/// written, by design: that is no failure).
fn save(store: &mut OpenWorkspace, app: &mut App) -> Result<(), String> {
    if let Some(format) = store.newer_format {
        // A newer atelier's workspace is never written: say so once per change, not per tick.
        app.session.dirty = false;
        app.error(format!(
            "{}.",
            crate::workspace::text::newer_format(app.session.lang, WORKSPACE_FILE, format)
        ));
        return Ok(());
    }
    store.workspace = app.session.workspace.clone();
    match store.save() {
        Ok(()) => {
            app.session.dirty = false;
            app.last_save_error = None;
            Ok(())
        }
        Err(err) => {
            let reason = err.message(app.session.lang);
            app.error(crate::i18n::messages::save_failed(
                app.session.lang,
                &reason,
            ));
            app.last_save_error = Some(reason.clone());
            Err(reason)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsaved_changes_are_saved_half_a_second_after_they_were_made() {
        let ms = Duration::from_millis;
        assert!(!autosave_due(true, false, ms(0)));
        assert!(!autosave_due(true, false, ms(499)));
        assert!(autosave_due(true, false, ms(500)));
        assert!(autosave_due(true, false, ms(60_000)));
        assert!(
            autosave_due(true, true, ms(0)),
            "a save asked for comes at once"
        );
        assert!(!autosave_due(false, true, ms(60_000)), "nothing to save");
    }
}
