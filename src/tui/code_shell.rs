//! The shell's part of the A1 workbench: it carries out the code effects. Runs go to a
//! background thread (the worker process is started from there), so the event loop keeps
//! drawing and reading keys; a cancel flag stops a run. Edited files are written half a
//! second after the last keystroke (atomically), and files changed by another editor are
//! read back every second.

use crate::runner::sketch::SketchRun;
use crate::runner::Limits;
use crate::tui::app::{App, Effect};
use crate::workbench::code::config::CodeConfig;
use crate::workbench::code::effect::CodeEffect;
use crate::workbench::code::files;
use crate::workbench::code::model::RunReport;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WRITE_AFTER: Duration = Duration::from_millis(500);
const WATCH_EVERY: Duration = Duration::from_secs(1);

enum Done {
    Program(String, RunReport),
    Sketch(String, SketchRun),
}

pub struct CodeShell {
    running: Option<(Arc<AtomicBool>, Receiver<Done>)>,
    /// Exercise whose files wait to be written, and since when.
    pending: Option<(String, Instant)>,
    last_watch: Instant,
    /// Why the last write of a code file failed, until taken.
    write_error: Option<String>,
}

impl CodeShell {
    pub fn new() -> CodeShell {
        CodeShell {
            running: None,
            pending: None,
            last_watch: Instant::now(),
            write_error: None,
        }
    }

    fn config(app: &App, exercise: &str) -> CodeConfig {
        files::code_exercises(&app.session.case)
            .into_iter()
            .find(|(e, _)| e.id == exercise)
            .map(|(_, c)| c)
            .unwrap_or_default()
    }

    pub fn perform(&mut self, effects: &[Effect], app: &mut App, dir: &Path) {
        for effect in effects {
            match effect {
                Effect::Code(CodeEffect::WriteCodeFiles { exercise }) => {
                    if self.pending.as_ref().is_none_or(|(e, _)| e != exercise) {
                        self.flush(app, dir);
                    }
                    self.pending = Some((exercise.clone(), Instant::now()));
                }
                Effect::Code(CodeEffect::RunProgram { exercise })
                | Effect::Code(CodeEffect::RunSketch { exercise }) => {
                    self.flush(app, dir);
                    let config = Self::config(app, exercise);
                    let limits = Limits::from_config(&config);
                    let code = app
                        .workspace
                        .answer(exercise)
                        .and_then(|a| a.code.clone())
                        .unwrap_or_default();
                    let cancel = Arc::new(AtomicBool::new(false));
                    let (tx, rx) = mpsc::channel();
                    let flag = cancel.clone();
                    let id = exercise.clone();
                    let is_program = matches!(effect, Effect::Code(CodeEffect::RunProgram { .. }));
                    std::thread::spawn(move || {
                        let done = if is_program {
                            let tests = config.test_cases();
                            Done::Program(
                                id,
                                crate::runner::run_tests_cancellable(
                                    &code.program,
                                    &tests,
                                    &limits,
                                    &flag,
                                ),
                            )
                        } else {
                            Done::Sketch(
                                id,
                                crate::runner::sketch::run_sketch(&code.sketch, &limits, &flag),
                            )
                        };
                        let _ = tx.send(done);
                    });
                    self.running = Some((cancel, rx));
                }
                Effect::Code(CodeEffect::CancelRun) => self.cancel(),
                _ => {}
            }
        }
    }

    pub fn cancel(&self) {
        if let Some((flag, _)) = &self.running {
            flag.store(true, Ordering::Relaxed);
        }
    }

    /// Finished runs, due writes, files changed elsewhere.
    pub fn poll(&mut self, app: &mut App, dir: &Path, flush_now: bool) {
        if let Some((_, rx)) = &self.running {
            match rx.try_recv() {
                Ok(Done::Program(id, report)) => {
                    app.finish_program_run(&id, report);
                    self.running = None;
                }
                Ok(Done::Sketch(id, run)) => {
                    app.finish_sketch_run(&id, run);
                    self.running = None;
                }
                Err(TryRecvError::Disconnected) => self.running = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        let due = self
            .pending
            .as_ref()
            .is_some_and(|(_, since)| since.elapsed() >= WRITE_AFTER);
        if flush_now || due {
            self.flush(app, dir);
        }
        if self.pending.is_none() && self.last_watch.elapsed() >= WATCH_EVERY {
            self.last_watch = Instant::now();
            let ids: Vec<String> = files::code_exercises(&app.session.case)
                .into_iter()
                .map(|(e, _)| e.id.clone())
                .collect();
            for id in ids {
                let program = files::read_text(&files::program_path(dir, &id));
                let sketch = files::read_text(&files::sketch_path(dir, &id));
                let known = app
                    .session
                    .workspace
                    .answer(&id)
                    .and_then(|a| a.code.as_ref());
                let changed = match known {
                    Some(c) => c.program != program || c.sketch != sketch,
                    None => !files::is_starter(&Self::config(app, &id), &program, &sketch),
                };
                if changed {
                    app.reload_code_files(&id, program, sketch);
                }
            }
        }
    }

    /// Why the last write of a code file failed, if it did (cleared by the call).
    pub fn take_write_error(&mut self) -> Option<String> {
        self.write_error.take()
    }

    /// Writes the pending exercise's files from the answer's mirror.
    fn flush(&mut self, app: &mut App, dir: &Path) {
        let Some((exercise, _)) = self.pending.take() else {
            return;
        };
        let Some(code) = app
            .session
            .workspace
            .answer(&exercise)
            .and_then(|a| a.code.clone())
        else {
            return;
        };
        let _ = std::fs::create_dir_all(dir.join(&exercise));
        for (path, text) in [
            (files::program_path(dir, &exercise), &code.program),
            (files::sketch_path(dir, &exercise), &code.sketch),
        ] {
            if files::read_text(&path) != *text {
                if let Err(err) = crate::workspace::store::write_atomic(&path, text.as_bytes()) {
                    let reason = format!("{}: {err}", path.display());
                    app.error(reason.clone());
                    self.write_error = Some(reason);
                    // Written again at the next flush (quit tries once more).
                    self.pending = Some((exercise.clone(), Instant::now()));
                }
            }
        }
        self.last_watch = Instant::now();
    }
}
