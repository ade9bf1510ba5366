//! Sentences about a run, in French and English, for people who are not programmers. (The
//! fixed labels of the A1 screen are in `i18n.rs`; these are built from a run's data.)

use crate::i18n::Lang;
use crate::runner::{process::signal_name, Outcome, RunReport, RunStatus, TestResult};

/// One sentence saying how the run ended.
pub fn status_message(lang: Lang, report: &RunReport, time_limit_s: f64) -> String {
    let total = report.tests.len();
    let passed = report.passed_count();
    let line = report
        .error
        .as_ref()
        .and_then(|e| e.line)
        .map(|l| match lang {
            Lang::Fr => format!(" (ligne {l})"),
            Lang::En => format!(" (line {l})"),
        })
        .unwrap_or_default();
    let error = report
        .error
        .as_ref()
        .map(|e| format!("{}: {}", e.kind, e.message))
        .unwrap_or_default();
    match (lang, report.status) {
        (Lang::Fr, RunStatus::Passed) => format!("Tous les tests passent ({passed}/{total})."),
        (Lang::En, RunStatus::Passed) => format!("Every test passes ({passed}/{total})."),
        (Lang::Fr, RunStatus::Failed) => format!(
            "{} sur {total}.",
            crate::i18n::plural::count(lang, passed, "test réussi", "tests réussis")
        ),
        (Lang::En, RunStatus::Failed) => format!("{passed} of {total} tests pass."),
        (Lang::Fr, RunStatus::SyntaxError) => {
            format!("Erreur de syntaxe{line} : le programme ne peut pas démarrer. {error}")
        }
        (Lang::En, RunStatus::SyntaxError) => {
            format!("Syntax error{line}: the program cannot start. {error}")
        }
        (Lang::Fr, RunStatus::RuntimeError) if is_output_flood(report) => {
            "Le programme affiche trop de texte : il a été arrêté (64 Kio au plus).".into()
        }
        (Lang::En, RunStatus::RuntimeError) if is_output_flood(report) => {
            "The program prints too much: it was stopped (64 KiB at most).".into()
        }
        (Lang::Fr, RunStatus::RuntimeError) => {
            format!("Le programme s'est arrêté sur une erreur{line}. {error}")
        }
        (Lang::En, RunStatus::RuntimeError) => {
            format!("The program stopped on an error{line}. {error}")
        }
        (Lang::Fr, RunStatus::Timeout) if report.cancelled => "Exécution annulée.".into(),
        (Lang::En, RunStatus::Timeout) if report.cancelled => "Run cancelled.".into(),
        (Lang::Fr, RunStatus::Timeout) => format!(
            "Temps dépassé : le programme a été arrêté après {} s (une boucle sans fin ?).",
            crate::i18n::numbers::decimal(lang, time_limit_s, 1)
        ),
        (Lang::En, RunStatus::Timeout) => format!(
            "Time limit: the program was stopped after {} s (an endless loop?).",
            crate::i18n::numbers::decimal(lang, time_limit_s, 1)
        ),
        (Lang::Fr, RunStatus::MemoryExceeded) => {
            "Mémoire dépassée : le programme demande trop de mémoire et a été arrêté.".into()
        }
        (Lang::En, RunStatus::MemoryExceeded) => {
            "Memory limit: the program asked for too much memory and was stopped.".into()
        }
        (Lang::Fr, RunStatus::Crashed) => format!(
            "Python s'est arrêté brutalement ({}) ; votre code est intact.",
            crash_detail(report)
        ),
        (Lang::En, RunStatus::Crashed) => format!(
            "Python stopped abruptly ({}); your code is intact.",
            crash_detail(report)
        ),
    }
}

fn is_output_flood(report: &RunReport) -> bool {
    report
        .error
        .as_ref()
        .is_some_and(|e| e.kind == "OutputLimitExceeded")
}

fn crash_detail(report: &RunReport) -> String {
    match &report.error {
        Some(e) => e.message.clone(),
        None => signal_name(0).to_string(),
    }
}

/// A run's status in a word or two, for reports ("réussi", "échec"; "passed", "failed").
pub fn status_label(lang: Lang, status: RunStatus) -> &'static str {
    match (lang, status) {
        (Lang::Fr, RunStatus::Passed) => "réussi",
        (Lang::Fr, RunStatus::Failed) => "échec",
        (Lang::Fr, RunStatus::SyntaxError) => "erreur de syntaxe",
        (Lang::Fr, RunStatus::RuntimeError) => "erreur à l'exécution",
        (Lang::Fr, RunStatus::Timeout) => "temps dépassé",
        (Lang::Fr, RunStatus::MemoryExceeded) => "mémoire dépassée",
        (Lang::Fr, RunStatus::Crashed) => "arrêt brutal",
        (Lang::En, RunStatus::Passed) => "passed",
        (Lang::En, RunStatus::Failed) => "failed",
        (Lang::En, RunStatus::SyntaxError) => "syntax error",
        (Lang::En, RunStatus::RuntimeError) => "runtime error",
        (Lang::En, RunStatus::Timeout) => "timeout",
        (Lang::En, RunStatus::MemoryExceeded) => "memory exceeded",
        (Lang::En, RunStatus::Crashed) => "crashed",
    }
}

/// One sentence about one test.
pub fn test_message(lang: Lang, test: &TestResult) -> String {
    match (&test.outcome, lang) {
        (Outcome::Passed, Lang::Fr) => "réussi".into(),
        (Outcome::Passed, Lang::En) => "passed".into(),
        (Outcome::Mismatch, Lang::Fr) => {
            format!(
                "attendu {}, obtenu {}",
                one_line(&test.expected),
                one_line(&test.got)
            )
        }
        (Outcome::Mismatch, Lang::En) => {
            format!(
                "expected {}, got {}",
                one_line(&test.expected),
                one_line(&test.got)
            )
        }
        (Outcome::Error { error }, Lang::Fr) => match error.line {
            Some(l) => format!("erreur ligne {l} : {}: {}", error.kind, error.message),
            None => format!("erreur : {}: {}", error.kind, error.message),
        },
        (Outcome::Error { error }, Lang::En) => match error.line {
            Some(l) => format!("error at line {l}: {}: {}", error.kind, error.message),
            None => format!("error: {}: {}", error.kind, error.message),
        },
        (Outcome::MissingFunction { function }, Lang::Fr) => {
            format!("la fonction {function} n'est pas définie")
        }
        (Outcome::MissingFunction { function }, Lang::En) => {
            format!("the function {function} is not defined")
        }
        (Outcome::NotRun, Lang::Fr) => "non exécuté (l'exécution s'est arrêtée avant)".into(),
        (Outcome::NotRun, Lang::En) => "not run (the run stopped before it)".into(),
    }
}

/// Output shown on one line: newlines as ⏎, cut at 80 characters.
pub fn one_line(text: &str) -> String {
    let joined = text.trim_end_matches('\n').replace('\n', "⏎");
    if joined.chars().count() > 80 {
        let cut: String = joined.chars().take(79).collect();
        format!("{cut}…")
    } else {
        joined
    }
}

/// One line on stderr when the program ran behind fewer walls than asked.
pub fn weak_sandbox_warning(lang: Lang, layers: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "atelier : attention, le programme a tourné avec une protection partielle ({layers}) ; `atelier sandbox` dit ce qui manque sur cette machine."
        ),
        Lang::En => format!(
            "atelier: warning, the program ran with partial protection ({layers}); `atelier sandbox` says what this machine lacks."
        ),
    }
}

/// The A1 workbench's fixed strings (keys of `Text::Code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeText {
    KeyRunCode,
    KeyCancelRun,
    KeyEditCode,
    KeyStopEditing,
    KeySwitchCodeFile,
    CodeReloaded,
    SketchRan,
    CodeRunning,
    CodeTests,
    CodeOutput,
    CodeNotRun,
    CodeStale,
    SketchNotRun,
    CodeTask,
    CodeEditingHint,
    CodeViewHint,
    CodeCancelHint,
    SketchFrame,
    KeyScrollCode,
    CodeReviewHint,
    CodeNotRunReview,
    CodeStaleReview,
    SketchNotRunReview,
}

impl CodeText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use CodeText::*;
        match self {
            KeyRunCode => "exécuter",
            KeyCancelRun => "annuler l'exécution",
            KeyEditCode => "modifier le code",
            KeyStopEditing => "quitter l'éditeur",
            KeySwitchCodeFile => "programme / esquisse",
            CodeReloaded => "Le fichier a changé sur le disque : nouvelle version chargée.",
            SketchRan => "Esquisse exécutée.",
            CodeRunning => "Exécution en cours",
            CodeTests => "Tests",
            CodeOutput => "Sortie du programme",
            CodeNotRun => "Pas encore exécuté : F5 lance le programme et ses tests.",
            CodeStale => "Le programme a changé depuis la dernière exécution (F5).",
            SketchNotRun => "F5 exécute l'esquisse et l'anime ici.",
            CodeTask => "L'énoncé",
            CodeEditingHint => "Échap pour sortir de l'éditeur · F5 exécuter",
            CodeViewHint => "Entrée pour écrire · F5 exécuter · s programme/esquisse",
            CodeCancelHint => "F6 ou c pour annuler",
            SketchFrame => "image",
            KeyScrollCode => "faire défiler le code",
            CodeReviewHint => "lecture seule · ↑↓ défiler · s programme/esquisse",
            CodeNotRunReview => "Le paquet ne contient aucune exécution de ce programme.",
            CodeStaleReview => {
                "Le programme a changé depuis la dernière exécution enregistrée par le candidat."
            }
            SketchNotRunReview => "L'esquisse ne s'exécute pas pendant la revue.",
        }
    }

    fn en(self) -> &'static str {
        use CodeText::*;
        match self {
            KeyRunCode => "run",
            KeyCancelRun => "cancel the run",
            KeyEditCode => "edit the code",
            KeyStopEditing => "leave the editor",
            KeySwitchCodeFile => "program / sketch",
            CodeReloaded => "The file changed on disk: the new version is loaded.",
            SketchRan => "Sketch run.",
            CodeRunning => "Running",
            CodeTests => "Tests",
            CodeOutput => "Program output",
            CodeNotRun => "Not run yet: F5 runs the program and its tests.",
            CodeStale => "The program changed since the last run (F5).",
            SketchNotRun => "F5 runs the sketch and animates it here.",
            CodeTask => "The task",
            CodeEditingHint => "Esc leaves the editor · F5 run",
            CodeViewHint => "Enter to write · F5 run · s program/sketch",
            CodeCancelHint => "F6 or c to cancel",
            SketchFrame => "frame",
            KeyScrollCode => "scroll the code",
            CodeReviewHint => "read-only · ↑↓ scroll · s program/sketch",
            CodeNotRunReview => "The bundle holds no run of this program.",
            CodeStaleReview => "The program changed since the candidate's last recorded run.",
            SketchNotRunReview => "The sketch is not run during a review.",
        }
    }
}

impl From<CodeText> for crate::i18n::Text {
    fn from(text: CodeText) -> Self {
        crate::i18n::Text::Code(text)
    }
}

/// A run put the cursor on its error line (issue 15: the jump is said and undoable).
pub fn cursor_moved(lang: Lang, line: u32) -> String {
    match lang {
        Lang::Fr => format!("Curseur mis ligne {line} (Ctrl+Z le remet)."),
        Lang::En => format!("Cursor put on line {line} (Ctrl+Z puts it back)."),
    }
}

/// Undo took the cursor back from the error line.
pub fn cursor_back(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Fr => format!("Curseur remis ligne {line}."),
        Lang::En => format!("Cursor back on line {line}."),
    }
}

/// Why an A1 configuration is refused (`atelier case validate`, loading a case).
pub fn config_reason(lang: Lang, reason: &crate::workbench::code::config::CodeReason) -> String {
    use crate::workbench::code::config::CodeReason::*;
    match lang {
        Lang::En => match reason {
            FunctionTakesNoStdin => "a function test takes \"args\", not \"stdin\"".into(),
            NotAFunctionName { name } => format!("\"{name}\" is not a Python function name"),
            NeedsExpected => "a function test needs its \"expected\" value".into(),
            Tolerance => "expected a tolerance of 0 or more".into(),
            IoTestField { field } => format!(
                "an input/output test takes \"stdin\" and \"stdout\", not \"{field}\""
            ),
            BothShapes => "a test is either a function call (\"function\") or a run (\"stdin\"/\"stdout\"), not both".into(),
            NoShape => "a test needs \"function\" (with \"args\" and \"expected\") or \"stdout\" (with \"stdin\")".into(),
            TimeLimit => "expected a time limit above 0 and at most 120 seconds".into(),
            MemoryLimit => "expected a memory limit from 64 to 8192 MiB".into(),
            NameTwice { name } => format!("the test name \"{name}\" is used twice"),
        },
        Lang::Fr => match reason {
            FunctionTakesNoStdin => {
                "un test de fonction prend «\u{a0}args\u{a0}», pas «\u{a0}stdin\u{a0}»".into()
            }
            NotAFunctionName { name } => {
                format!("«\u{a0}{name}\u{a0}» n'est pas un nom de fonction Python")
            }
            NeedsExpected => "un test de fonction demande sa valeur «\u{a0}expected\u{a0}»".into(),
            Tolerance => "la tolérance doit être de 0 ou plus".into(),
            IoTestField { field } => format!(
                "un test d'entrée-sortie prend «\u{a0}stdin\u{a0}» et «\u{a0}stdout\u{a0}», pas «\u{a0}{field}\u{a0}»"
            ),
            BothShapes => "un test est soit un appel de fonction («\u{a0}function\u{a0}»), soit une exécution («\u{a0}stdin\u{a0}»/«\u{a0}stdout\u{a0}»), pas les deux".into(),
            NoShape => "un test demande «\u{a0}function\u{a0}» (avec «\u{a0}args\u{a0}» et «\u{a0}expected\u{a0}») ou «\u{a0}stdout\u{a0}» (avec «\u{a0}stdin\u{a0}»)".into(),
            TimeLimit => "la limite de temps doit être de plus de 0 et d'au plus 120 secondes".into(),
            MemoryLimit => "la limite de mémoire va de 64 à 8\u{202f}192 Mio".into(),
            NameTwice { name } => format!("le nom de test «\u{a0}{name}\u{a0}» apparaît deux fois"),
        },
    }
}
