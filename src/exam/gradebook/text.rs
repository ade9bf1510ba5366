//! The gradebook's and the jury's words, in French and English: column headers and the
//! values of the states, decisions and outcomes, matched exhaustively.

use crate::exam::gradebook::State;
use crate::exam::grading::{Decision, Outcome};
use crate::i18n::Lang;

/// A fixed column header of the board's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    File,
    Candidate,
    Code,
    Group,
    Case,
    Integrity,
    IntegrityError,
    State,
    Examiner,
    GradedAt,
    Decided,
    Exercises,
    TotalPoints,
    TotalMax,
    Certification,
}

impl Column {
    pub fn get(self, lang: Lang) -> &'static str {
        use Column::*;
        match (lang, self) {
            (Lang::Fr, File) => "fichier",
            (Lang::Fr, Candidate) => "candidat",
            (Lang::Fr, Code) => "code anonyme",
            (Lang::Fr, Group) => "groupe",
            (Lang::Fr, Case) => "cas",
            (Lang::Fr, Integrity) => "intégrité",
            (Lang::Fr, IntegrityError) => "erreur d'intégrité",
            (Lang::Fr, State) => "état",
            (Lang::Fr, Examiner) => "examinateur",
            (Lang::Fr, GradedAt) => "noté le",
            (Lang::Fr, Decided) => "exercices décidés",
            (Lang::Fr, Exercises) => "exercices",
            (Lang::Fr, TotalPoints) => "total points",
            (Lang::Fr, TotalMax) => "total max",
            (Lang::Fr, Certification) => "certification",
            (Lang::En, File) => "file",
            (Lang::En, Candidate) => "candidate",
            (Lang::En, Code) => "anonymous code",
            (Lang::En, Group) => "group",
            (Lang::En, Case) => "case",
            (Lang::En, Integrity) => "integrity",
            (Lang::En, IntegrityError) => "integrity error",
            (Lang::En, State) => "state",
            (Lang::En, Examiner) => "examiner",
            (Lang::En, GradedAt) => "graded at",
            (Lang::En, Decided) => "exercises decided",
            (Lang::En, Exercises) => "exercises",
            (Lang::En, TotalPoints) => "total points",
            (Lang::En, TotalMax) => "total max",
            (Lang::En, Certification) => "certification",
        }
    }
}

/// The per-exercise and per-bloc headers: "A2 points", "bloc 1 max"...
pub fn exercise_column(lang: Lang, id: &str, what: &str) -> String {
    let what = match (lang, what) {
        (Lang::Fr, "decision") => "décision retenue",
        (Lang::En, "decision") => "agreed decision",
        (Lang::Fr, "reason") => "motif",
        (Lang::En, "reason") => "reason",
        (_, other) => other,
    };
    format!("{id} {what}")
}

/// The column of one marker's decision on an exercise ("A2 correcteur 1").
pub fn marker_column(lang: Lang, id: &str, marker: usize) -> String {
    match lang {
        Lang::Fr => format!("{id} correcteur {marker}"),
        Lang::En => format!("{id} marker {marker}"),
    }
}

pub fn bloc_column(lang: Lang, bloc: u8, what: Option<&str>) -> String {
    match what {
        Some(what) => format!("bloc {bloc} {what}"),
        None => match lang {
            Lang::Fr => format!("bloc {bloc}"),
            Lang::En => format!("bloc {bloc}"),
        },
    }
}

pub fn state(lang: Lang, state: State) -> &'static str {
    match (lang, state) {
        (Lang::Fr, State::ToGrade) => "à noter",
        (Lang::Fr, State::InProgress) => "en cours",
        (Lang::Fr, State::Graded) => "noté",
        (Lang::Fr, State::ToGradeAgain) => "à noter de nouveau",
        (Lang::Fr, State::VerificationFailed) => "vérification échouée",
        (Lang::Fr, State::GradesUnreadable) => "notation illisible",
        (Lang::En, State::ToGrade) => "to grade",
        (Lang::En, State::InProgress) => "in progress",
        (Lang::En, State::Graded) => "graded",
        (Lang::En, State::ToGradeAgain) => "to grade again",
        (Lang::En, State::VerificationFailed) => "failed verification",
        (Lang::En, State::GradesUnreadable) => "grades unreadable",
    }
}

pub fn integrity(lang: Lang, ok: bool) -> &'static str {
    match (lang, ok) {
        (_, true) => "ok",
        (Lang::Fr, false) => "échec",
        (Lang::En, false) => "failed",
    }
}

pub fn decision(lang: Lang, decision: Option<Decision>) -> &'static str {
    match (lang, decision) {
        (Lang::Fr, Some(Decision::Validated)) => "validé",
        (Lang::Fr, Some(Decision::NotValidated)) => "non validé",
        (Lang::En, Some(Decision::Validated)) => "validated",
        (Lang::En, Some(Decision::NotValidated)) => "not validated",
        (_, None) => "",
    }
}

pub fn outcome(lang: Lang, outcome: Outcome) -> &'static str {
    match (lang, outcome) {
        (Lang::Fr, Outcome::Obtained) => "obtenu",
        (Lang::Fr, Outcome::NotObtained) => "non obtenu",
        (Lang::Fr, Outcome::Pending) => "en attente",
        (Lang::En, Outcome::Obtained) => "obtained",
        (Lang::En, Outcome::NotObtained) => "not obtained",
        (Lang::En, Outcome::Pending) => "pending",
    }
}

/// The certification's outcome (feminine in French).
pub fn certification(lang: Lang, outcome: Outcome) -> &'static str {
    match (lang, outcome) {
        (Lang::Fr, Outcome::Obtained) => "obtenue",
        (Lang::Fr, Outcome::NotObtained) => "non obtenue",
        (Lang::Fr, Outcome::Pending) => "en attente",
        (Lang::En, o) => outcome_en(o),
    }
}

fn outcome_en(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Obtained => "obtained",
        Outcome::NotObtained => "not obtained",
        Outcome::Pending => "pending",
    }
}

/// `atelier gradebook`'s report on stdout.
pub fn written(lang: Lang, file: &str, rows: usize) -> String {
    match lang {
        Lang::Fr if rows <= 1 => format!("{file} ({rows} paquet)"),
        Lang::Fr => format!("{file} ({rows} paquets)"),
        Lang::En if rows == 1 => format!("{file} (1 bundle)"),
        Lang::En => format!("{file} ({rows} bundles)"),
    }
}

/// A result in the jury's record.
pub fn jury_result(lang: Lang, result: crate::exam::jury::Standing) -> &'static str {
    use crate::exam::jury::Standing as R;
    match (lang, result) {
        (Lang::Fr, R::Validated) => "validé",
        (Lang::Fr, R::NotValidated) => "non validé",
        (Lang::Fr, R::Earlier) => "acquis antérieurement",
        (Lang::Fr, R::Vae) => "acquis par VAE",
        (Lang::Fr, R::Pending) => "en attente",
        (Lang::En, R::Validated) => "validated",
        (Lang::En, R::NotValidated) => "not validated",
        (Lang::En, R::Earlier) => "obtained earlier",
        (Lang::En, R::Vae) => "obtained by VAE",
        (Lang::En, R::Pending) => "pending",
    }
}

/// The jury record's fixed words.
pub fn jury_word(lang: Lang, key: &str) -> &'static str {
    match (lang, key) {
        (Lang::Fr, "title") => "Procès-verbal du jury de certification",
        (Lang::Fr, "session") => "Session",
        (Lang::Fr, "jury") => "Membres du jury",
        (Lang::Fr, "reasons") => "Décisions contraires à la règle et leurs motifs",
        (Lang::Fr, "signatures") => "Signatures des membres du jury",
        (Lang::En, "title") => "Certification jury's record",
        (Lang::En, "session") => "Session",
        (Lang::En, "jury") => "Jury members",
        (Lang::En, "reasons") => "Decisions against the rule and their reasons",
        (Lang::En, "signatures") => "Signatures of the jury members",
        _ => "",
    }
}
