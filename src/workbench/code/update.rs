//! The A1 workbench (`code` kind): state and update. Two files, `program.py` and
//! `sketch.py`, each in an editor (ratatui-textarea: its own undo, plus auto-indent here);
//! running is an effect the shell carries out on a background thread, so the interface
//! stays responsive and a run can be cancelled; results come back through
//! [`Session::finish_program_run`] and [`Session::finish_sketch_run`].

use crate::runner::sketch::SketchRun;
use crate::workbench::code::effect::CodeEffect;
use crate::workbench::code::model::{CodeAnswer, RunReport};
use crate::workbench::code::text::CodeText;
use crate::workbench::code::undo::{EditKind, UndoHistory};
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{Effect, Screen, Session};
use crate::workbench::Bench;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

/// Which file the editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeFile {
    Program,
    Sketch,
}

impl CodeFile {
    pub fn name(self) -> &'static str {
        match self {
            CodeFile::Program => crate::workbench::code::model::PROGRAM_FILE,
            CodeFile::Sketch => crate::workbench::code::model::SKETCH_FILE,
        }
    }
}

pub struct CodeState {
    pub file: CodeFile,
    pub program: TextArea<'static>,
    pub sketch: TextArea<'static>,
    /// The editor has the keyboard.
    pub editing: bool,
    /// A run under way, of which file.
    pub running: Option<CodeFile>,
    /// Animation steps since the run started (for the spinner).
    pub ticks: u64,
    /// The last run of the program in this session (or the recorded one).
    pub report: Option<RunReport>,
    pub sketch_run: Option<SketchRun>,
    /// Frame of the sketch on screen.
    pub frame: usize,
    /// The line an error points at, highlighted until the next edit.
    pub error_line: Option<(CodeFile, u32)>,
    /// A review: the files are only read; `top` is the first line shown.
    pub read_only: bool,
    pub top: usize,
    /// Each file's undo, a word at a time.
    pub undo_program: UndoHistory,
    pub undo_sketch: UndoHistory,
    /// A run moved the cursor to an error line: where it was, so that undo puts it back.
    pub jump_back: Option<(CodeFile, (usize, usize))>,
}

pub fn editor(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_string).collect()
    };
    editor_of_lines(lines)
}

/// An editor holding these lines. Its own undo is off: `undo::UndoHistory` groups by word.
pub fn editor_of_lines(lines: Vec<String>) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_tab_length(4);
    area.set_hard_tab_indent(false);
    area.set_max_histories(0);
    area
}

/// The editor's text as a file: lines joined, with a final newline.
pub fn editor_text(area: &TextArea<'_>) -> String {
    let mut text = area.lines().join("\n");
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

impl CodeState {
    /// The editors hold the answer's files, or the case's starters when the exercise has
    /// no answer yet (the files are then the starters).
    pub fn new(
        answer: Option<&CodeAnswer>,
        config: &crate::workbench::code::config::CodeConfig,
    ) -> CodeState {
        CodeState {
            file: CodeFile::Program,
            program: editor(answer.map_or(config.starter_program.as_str(), |a| a.program.as_str())),
            sketch: editor(answer.map_or(config.starter_sketch.as_str(), |a| a.sketch.as_str())),
            editing: false,
            running: None,
            ticks: 0,
            report: answer.and_then(|a| a.last_run.clone()),
            sketch_run: None,
            frame: 0,
            error_line: None,
            read_only: false,
            top: 0,
            undo_program: UndoHistory::default(),
            undo_sketch: UndoHistory::default(),
            jump_back: None,
        }
    }

    /// Makes the state a review's: read-only, the error line marked where the hidden tests'
    /// run (the bundle's program, run now), or else the candidate's recorded run of this very
    /// program, found one.
    pub fn read_only(&mut self, hidden_run: Option<&RunReport>) {
        self.read_only = true;
        self.editing = false;
        let recorded = self.report.as_ref().filter(|r| {
            r.program_sha256
                == crate::case::digest::sha256_hex(editor_text(&self.program).as_bytes())
        });
        self.error_line = hidden_run
            .and_then(RunReport::error_line)
            .or_else(|| recorded.and_then(RunReport::error_line))
            .map(|line| (CodeFile::Program, line));
        if let Some((_, line)) = self.error_line {
            // The error line in view, a few lines of context above it.
            self.top = (line as usize).saturating_sub(4);
        }
    }

    pub fn editor(&self) -> &TextArea<'static> {
        match self.file {
            CodeFile::Program => &self.program,
            CodeFile::Sketch => &self.sketch,
        }
    }

    fn editor_mut(&mut self) -> &mut TextArea<'static> {
        match self.file {
            CodeFile::Program => &mut self.program,
            CodeFile::Sketch => &mut self.sketch,
        }
    }

    /// The file on screen's editor and its undo.
    fn editor_and_undo(&mut self) -> (&mut TextArea<'static>, &mut UndoHistory) {
        match self.file {
            CodeFile::Program => (&mut self.program, &mut self.undo_program),
            CodeFile::Sketch => (&mut self.sketch, &mut self.undo_sketch),
        }
    }
}

impl Session {
    pub(crate) fn code_state(&self) -> Option<&CodeState> {
        match &self.screen {
            Screen::Exercise(state) => state.bench.code(),
            Screen::Home(_) => None,
        }
    }

    fn code_state_mut(&mut self) -> Option<&mut CodeState> {
        match &mut self.screen {
            Screen::Exercise(state) => state.bench.code_mut(),
            Screen::Home(_) => None,
        }
    }

    /// A key typed into the editor: auto-indent after Enter, four spaces for Tab.
    pub(crate) fn input_code(&mut self, key: &KeyEvent) -> Vec<Effect> {
        let exercise = self.exercise_id();
        let now = self.clock.now();
        let Some(code) = self.code_state_mut() else {
            return Vec::new();
        };
        let edit = crate::workbench::code::undo::edit_kind(key);
        let (editor, undo) = code.editor_and_undo();
        match edit {
            Some(kind) => undo.before_edit(editor, kind, now),
            // The cursor moved: the next edit is a step of its own.
            None => undo.break_step(),
        }
        code.jump_back = None;
        let editor = code.editor_mut();
        match (key.code, key.modifiers) {
            (KeyCode::Enter, KeyModifiers::NONE) => {
                let cursor = editor.cursor();
                let (row, col) = (cursor.0, cursor.1);
                let line = editor.lines()[row].clone();
                let before: String = line.chars().take(col).collect();
                let mut indent: String = line.chars().take_while(|c| *c == ' ').collect();
                if before.trim_end().ends_with(':') {
                    indent.push_str("    ");
                }
                editor.insert_newline();
                editor.insert_str(indent);
            }
            (KeyCode::Tab, _) => {
                editor.insert_str("    ");
            }
            _ => {
                editor.input(*key);
            }
        }
        code.error_line = None;
        self.sync_code_from_editor();
        vec![Effect::Code(CodeEffect::WriteCodeFiles { exercise })]
    }

    pub(crate) fn paste_code(&mut self, text: &str) -> Vec<Effect> {
        let exercise = self.exercise_id();
        let now = self.clock.now();
        if let Some(code) = self.code_state_mut() {
            let (editor, undo) = code.editor_and_undo();
            undo.before_edit(editor, EditKind::Other, now);
            code.jump_back = None;
            code.editor_mut().insert_str(text.replace('\r', ""));
        }
        self.sync_code_from_editor();
        vec![Effect::Code(CodeEffect::WriteCodeFiles { exercise })]
    }

    /// Copies the editors into the answer's mirror of the files.
    fn sync_code_from_editor(&mut self) {
        let Some((Bench::Code(code), mut cx)) = self.split_bench() else {
            return;
        };
        sync(code, &mut cx);
    }

    /// The files changed on disk (another editor): the new text replaces the editors'.
    pub fn reload_code_files(&mut self, exercise: &str, program: String, sketch: String) {
        let answer = self.workspace.answer_mut(exercise);
        let mirror = answer.code.get_or_insert_with(CodeAnswer::default);
        if mirror.program == program && mirror.sketch == sketch {
            return;
        }
        mirror.program = program.clone();
        mirror.sketch = sketch.clone();
        if self.exercise_id() == exercise {
            let now = self.clock.now();
            if let Some(code) = self.code_state_mut() {
                // The reload is a step of undo of its own.
                code.undo_program
                    .before_edit(&code.program, EditKind::Other, now);
                code.undo_sketch
                    .before_edit(&code.sketch, EditKind::Other, now);
                code.undo_program.break_step();
                code.undo_sketch.break_step();
                code.program = editor(&program);
                code.sketch = editor(&sketch);
                code.error_line = None;
                code.jump_back = None;
            }
            self.info(self.t(crate::i18n::Text::Code(CodeText::CodeReloaded)));
        }
        self.refresh_reports();
    }

    /// The wall-clock limit of a code exercise's runs, in seconds.
    pub(crate) fn code_time_limit(&self, exercise: &str) -> f64 {
        time_limit_of(&self.case, exercise)
    }

    /// A program run finished: keep the record, point at the error line.
    pub fn finish_program_run(&mut self, exercise: &str, report: RunReport) {
        let answer = self.workspace.answer_mut(exercise);
        answer.code.get_or_insert_with(CodeAnswer::default).last_run = Some(report.clone());
        self.dirty = true;
        let time_limit = self.code_time_limit(exercise);
        let mut message =
            crate::workbench::code::text::status_message(self.lang, &report, time_limit);
        let ok = report.status == crate::workbench::code::model::RunStatus::Passed;
        let lang = self.lang;
        if self.exercise_id() == exercise {
            if let Some(code) = self.code_state_mut() {
                code.running = None;
                code.error_line = report.error_line().map(|l| (CodeFile::Program, l));
                if let Some(line) = report.error_line() {
                    // Said first: the error itself is also in the tests' panel.
                    message = format!("{} {message}", jump_to(code, CodeFile::Program, line, lang));
                }
                code.report = Some(report);
            }
        }
        if ok {
            self.info(message);
        } else {
            self.error(message);
        }
        self.refresh_reports();
    }

    /// A sketch run finished: play its frames.
    pub fn finish_sketch_run(&mut self, exercise: &str, run: SketchRun) {
        if self.exercise_id() != exercise {
            return;
        }
        let line = run.error.as_ref().and_then(|e| e.line);
        let mut message = run
            .error
            .as_ref()
            .map(|e| format!("{}: {}", e.kind, e.message));
        let lang = self.lang;
        if let Some(code) = self.code_state_mut() {
            code.running = None;
            code.frame = 0;
            code.error_line = line.map(|l| (CodeFile::Sketch, l));
            if let (Some(line), Some(message)) = (line, message.as_mut()) {
                *message = format!("{} {message}", jump_to(code, CodeFile::Sketch, line, lang));
            }
            code.sketch_run = Some(run);
        }
        match message {
            Some(text) => self.error(text),
            None => self.info(self.t(crate::i18n::Text::Code(CodeText::SketchRan))),
        }
    }

    /// One animation step: the spinner of a run, the next frame of a sketch.
    pub fn tick(&mut self) {
        if let Some(code) = self.code_state_mut() {
            code.ticks = code.ticks.wrapping_add(1);
            if let Some(run) = &code.sketch_run {
                if code.frame + 1 < run.frames.len() {
                    code.frame += 1;
                }
            }
        }
    }

    /// Something on screen moves (a run under way, a sketch still playing).
    pub fn animating(&self) -> bool {
        self.code_state().is_some_and(|code| {
            code.running.is_some()
                || code
                    .sketch_run
                    .as_ref()
                    .is_some_and(|run| code.frame + 1 < run.frames.len())
        })
    }
}

/// Moves the cursor of `file` to the start of `line` (1-based), remembering where it was so
/// that undo takes it back, and returns the sentence that says so.
fn jump_to(code: &mut CodeState, file: CodeFile, line: u32, lang: crate::i18n::Lang) -> String {
    let area = match file {
        CodeFile::Program => &mut code.program,
        CodeFile::Sketch => &mut code.sketch,
    };
    let before = (area.cursor().0, area.cursor().1);
    area.move_cursor(CursorMove::Jump(line.saturating_sub(1) as u16, 0));
    if area.cursor() != before {
        code.jump_back = Some((file, before));
        match file {
            CodeFile::Program => code.undo_program.break_step(),
            CodeFile::Sketch => code.undo_sketch.break_step(),
        }
    }
    crate::workbench::code::text::cursor_moved(lang, line)
}

/// Actions of the A1 workbench, on its code panel (where it takes every key but the
/// shell's moves between panels and of the brief: `App::update_exercise`).
pub fn update(code: &mut CodeState, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let exercise = cx.exercise.id.clone();
    if code.read_only {
        // A review: switching files and scrolling, nothing else.
        let lines = code.editor().lines().len();
        match action {
            Action::SwitchCodeFile => {
                code.file = match code.file {
                    CodeFile::Program => CodeFile::Sketch,
                    CodeFile::Sketch => CodeFile::Program,
                };
                code.top = 0;
            }
            Action::SelectPrev => code.top = code.top.saturating_sub(1),
            Action::SelectNext => code.top = (code.top + 1).min(lines.saturating_sub(1)),
            _ => {}
        }
        return Vec::new();
    }
    match action {
        Action::RunCode => {
            if code.running.is_some() {
                return Vec::new();
            }
            code.running = Some(code.file);
            code.ticks = 0;
            let file = code.file;
            // What is on screen is what runs (the starter too, before any edit).
            sync(code, cx);
            let mut effects = vec![Effect::Code(CodeEffect::WriteCodeFiles {
                exercise: exercise.clone(),
            })];
            effects.push(match file {
                CodeFile::Program => Effect::Code(CodeEffect::RunProgram { exercise }),
                CodeFile::Sketch => Effect::Code(CodeEffect::RunSketch { exercise }),
            });
            return effects;
        }
        Action::CancelRun if code.running.is_some() => {
            return vec![Effect::Code(CodeEffect::CancelRun)]
        }
        Action::SwitchCodeFile => {
            code.file = match code.file {
                CodeFile::Program => CodeFile::Sketch,
                CodeFile::Sketch => CodeFile::Program,
            };
        }
        Action::EditEntry => code.editing = true,
        Action::Confirm => {
            code.editing = false;
            cx.refresh_reports();
            return vec![
                Effect::Code(CodeEffect::WriteCodeFiles { exercise }),
                Effect::SaveNow,
            ];
        }
        Action::Undo if code.jump_back.is_some_and(|(file, _)| file == code.file) => {
            // The run's jump to the error line is undone first: the cursor goes back.
            if let Some((_, (row, col))) = code.jump_back.take() {
                code.editor_mut().move_cursor(CursorMove::Jump(
                    u16::try_from(row).unwrap_or(u16::MAX),
                    u16::try_from(col).unwrap_or(u16::MAX),
                ));
                cx.info(crate::workbench::code::text::cursor_back(cx.lang, row + 1));
            }
        }
        Action::Undo | Action::Redo => {
            let (editor, undo) = code.editor_and_undo();
            let moved = if action == Action::Undo {
                undo.undo(editor)
            } else {
                undo.redo(editor)
            };
            code.jump_back = None;
            if moved {
                sync(code, cx);
                return vec![Effect::Code(CodeEffect::WriteCodeFiles { exercise })];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Copies the editors into the open exercise's answer's mirror of the files.
fn sync(code: &CodeState, cx: &mut BenchCx) {
    let (program, sketch) = (editor_text(&code.program), editor_text(&code.sketch));
    let mirror = cx.answer_mut().code.get_or_insert_with(CodeAnswer::default);
    mirror.program = program;
    mirror.sketch = sketch;
    *cx.dirty = true;
}

/// The time limit of code exercise `exercise`'s runs, in seconds (the default if it has none).
pub(crate) fn time_limit_of(case: &crate::case::Case, exercise: &str) -> f64 {
    crate::workbench::code::files::code_exercises(case)
        .into_iter()
        .find(|(e, _)| e.id == exercise)
        .map_or(
            crate::workbench::code::config::DEFAULT_TIME_LIMIT_S,
            |(_, c)| c.time_limit_s(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::i18n::Lang;
    use crate::workbench::screen::theme::{Theme, ThemeName};
    use crate::workspace::Workspace;

    fn app() -> Session {
        let case = Case::embedded_default();
        let workspace = Workspace {
            format: 1,
            app_version: String::new(),
            candidate: String::new(),
            case_id: case.id.clone(),
            case_digest: String::new(),
            created: String::new(),
            updated: String::new(),
            exercises: Default::default(),
            group: Vec::new(),
            extra: Default::default(),
        };
        let mut app = Session::new(
            case,
            workspace,
            Lang::En,
            Theme::new(ThemeName::Default, true),
        );
        app.workspace.answer_mut("A1").code = Some(CodeAnswer {
            program: "def f():\n    return 1\n".into(),
            sketch: String::new(),
            last_run: None,
            sketch_svg: None,
        });
        app.open_exercise("A1");
        app
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn enter_after_a_colon_indents_and_undo_restores() {
        let mut app = app();
        app.update_bench(Action::EditEntry);
        if let Some(code) = app.code_state_mut() {
            code.program.move_cursor(CursorMove::Jump(0, 8));
        }
        let effects = app.input_code(&key(KeyCode::Enter));
        assert_eq!(
            effects,
            vec![Effect::Code(CodeEffect::WriteCodeFiles {
                exercise: "A1".into()
            })]
        );
        let program = &app
            .workspace
            .answer("A1")
            .unwrap()
            .code
            .as_ref()
            .unwrap()
            .program;
        assert_eq!(program, "def f():\n    \n    return 1\n");
        app.update_bench(Action::Confirm);
        app.update_bench(Action::Undo);
        let program = &app
            .workspace
            .answer("A1")
            .unwrap()
            .code
            .as_ref()
            .unwrap()
            .program;
        assert!(program.starts_with("def f():\n"), "{program}");
    }

    fn program(app: &Session) -> String {
        app.workspace
            .answer("A1")
            .unwrap()
            .code
            .as_ref()
            .unwrap()
            .program
            .clone()
    }

    #[test]
    fn f5_runs_what_is_on_screen_even_the_untouched_starter() {
        let mut app = app();
        app.workspace.answer_mut("A1").code = None;
        app.open_exercise("A1");
        let on_screen = editor_text(app.code_state().unwrap().editor());
        assert!(!on_screen.trim().is_empty());
        app.update_bench(Action::RunCode);
        assert_eq!(program(&app), on_screen);
    }

    #[test]
    fn the_jump_to_an_error_line_is_said_and_undone_first() {
        let mut app = app();
        app.update_bench(Action::EditEntry);
        if let Some(code) = app.code_state_mut() {
            code.program.move_cursor(CursorMove::Jump(0, 3));
        }
        let report = RunReport {
            status: crate::workbench::code::model::RunStatus::RuntimeError,
            tests: Vec::new(),
            stdout: String::new(),
            stderr: String::new(),
            duration_ms: 1,
            error: Some(crate::workbench::code::model::PyError {
                kind: "ZeroDivisionError".into(),
                message: "division by zero".into(),
                line: Some(2),
                traceback: String::new(),
            }),
            docs: Vec::new(),
            program_sha256: String::new(),
            cancelled: false,
            sandbox: None,
        };
        app.finish_program_run("A1", report);
        let status = app.status.clone().unwrap().text;
        assert!(status.starts_with("Cursor put on line 2"), "{status}");
        assert_eq!(app.code_state().unwrap().program.cursor(), (1, 0));
        // Undo puts the cursor back and changes no text; the next undo undoes text.
        let before = program(&app);
        app.update_bench(Action::Undo);
        assert_eq!(app.code_state().unwrap().program.cursor(), (0, 3));
        assert_eq!(program(&app), before);
    }

    #[test]
    fn undo_in_the_editor_takes_back_whole_words() {
        let mut app = app();
        app.update_bench(Action::EditEntry);
        if let Some(code) = app.code_state_mut() {
            code.program.move_cursor(CursorMove::Jump(1, 12));
        }
        for c in " + deux".chars() {
            app.input_code(&key(KeyCode::Char(c)));
        }
        assert_eq!(program(&app), "def f():\n    return 1 + deux\n");
        app.update_bench(Action::Undo);
        assert_eq!(program(&app), "def f():\n    return 1 + \n");
        app.update_bench(Action::Undo);
        assert_eq!(program(&app), "def f():\n    return 1 \n");
    }

    #[test]
    fn run_is_an_effect_and_a_second_run_waits() {
        let mut app = app();
        let effects = app.update_bench(Action::RunCode);
        assert!(effects.contains(&Effect::Code(CodeEffect::RunProgram {
            exercise: "A1".into()
        })));
        assert!(app.update_bench(Action::RunCode).is_empty());
        assert_eq!(
            app.update_bench(Action::CancelRun),
            vec![Effect::Code(CodeEffect::CancelRun)]
        );
    }

    #[test]
    fn outside_changes_replace_the_editor_text() {
        let mut app = app();
        app.reload_code_files("A1", "print('autre')\n".into(), "size(10, 10)\n".into());
        let code = app.code_state().unwrap();
        assert_eq!(code.program.lines(), ["print('autre')"]);
        assert_eq!(code.sketch.lines(), ["size(10, 10)"]);
    }
}
