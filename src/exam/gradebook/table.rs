//! The board's table: one row per bundle, headers and values in the examiner's language,
//! every number in a column of its own (points and maximum apart, never "12/16") so that a
//! spreadsheet can add them up. Per exercise: points, maximum, each marker's decision (in the
//! order they graded; the examiners are named in their column), the decision that counts
//! (agreed in moderation, or the markers' when they agree) and the reason of a decision
//! taken against the case's rule; per bloc: points, maximum and outcome; then the
//! totals and the certification. A bundle failing verification never obtains anything; one
//! changed since it was graded is pending, whatever its old grades said.

use super::{finish, write_row, writer, Entry, Options, State};
use crate::exam::gradebook::text::{self as words, Column};
use crate::exam::grading::{Grades, Outcome, BLOCS};

/// The exercise columns: the exercises of every case met, blocs in order, then the rest.
pub fn exercise_ids(entries: &[Entry]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for case in entries.iter().filter_map(|e| e.case.as_deref()) {
        let mut order: Vec<&crate::case::Exercise> = case.exercises.iter().collect();
        order.sort_by_key(|e| e.bloc.unwrap_or(u8::MAX));
        for exercise in order {
            if !ids.contains(&exercise.id) {
                ids.push(exercise.id.clone());
            }
        }
    }
    ids
}

pub fn write(entries: &[Entry], options: Options) -> std::io::Result<Vec<u8>> {
    let lang = options.lang;
    let ids = exercise_ids(entries);
    let mut out = writer(options);
    let mut header: Vec<String> = [
        Column::File,
        Column::Candidate,
        Column::Code,
        Column::Group,
        Column::Case,
        Column::Integrity,
        Column::IntegrityError,
        Column::State,
        Column::Examiner,
        Column::GradedAt,
        Column::Decided,
        Column::Exercises,
    ]
    .iter()
    .map(|c| c.get(lang).to_string())
    .collect();
    let markers = entries
        .iter()
        .filter_map(|e| e.markers.as_ref())
        .map(|m| m.markers.len())
        .max()
        .unwrap_or(0)
        .max(1);
    for id in &ids {
        header.push(words::exercise_column(lang, id, "points"));
        header.push(words::exercise_column(lang, id, "max"));
        for k in 1..=markers {
            header.push(words::marker_column(lang, id, k));
        }
        header.push(words::exercise_column(lang, id, "decision"));
        header.push(words::exercise_column(lang, id, "reason"));
    }
    for bloc in BLOCS {
        header.push(words::bloc_column(lang, bloc, Some("points")));
        header.push(words::bloc_column(lang, bloc, Some("max")));
        header.push(words::bloc_column(lang, bloc, None));
    }
    header.push(Column::TotalPoints.get(lang).into());
    header.push(Column::TotalMax.get(lang).into());
    header.push(Column::Certification.get(lang).into());
    write_row(&mut out, &header)?;
    for entry in entries {
        write_row(&mut out, &row(entry, &ids, markers, options))?;
    }
    finish(out)
}

/// Points and maximum of some exercises; points blank while nothing is scored.
fn points(grades: &Grades, exercises: &[&crate::case::Exercise]) -> (String, String) {
    let mut points = 0;
    let mut max = 0;
    let mut scored = 0;
    for exercise in exercises {
        let score = grades.score(exercise);
        points += score.points;
        max += score.max;
        scored += score.scored;
    }
    let points = if scored > 0 {
        points.to_string()
    } else {
        String::new()
    };
    (points, max.to_string())
}

fn row(entry: &Entry, ids: &[String], markers: usize, options: Options) -> Vec<String> {
    let lang = options.lang;
    let empty = Grades::default();
    let grades = entry.grades.as_ref().unwrap_or(&empty);
    let case = entry.case.as_deref();
    let mut row = vec![
        entry.file.clone(),
        entry.candidate.clone(),
        entry.code.clone(),
        entry.group.join(" ; "),
        entry.case_id.clone(),
        words::integrity(lang, entry.integrity_error.is_none()).into(),
        entry
            .integrity_error
            .as_deref()
            .map(crate::i18n::printable)
            .unwrap_or_default(),
        words::state(lang, entry.state).into(),
        entry
            .grades
            .as_ref()
            .map(|g| g.examiner.clone())
            .unwrap_or_default(),
        entry
            .grades
            .as_ref()
            .map(|g| g.updated.clone())
            .unwrap_or_default(),
    ];
    match case {
        Some(c) => {
            row.push(grades.progress(c).0.to_string());
            row.push(c.exercises.len().to_string());
        }
        None => row.extend([String::new(), String::new()]),
    }
    for id in ids {
        match case.and_then(|c| c.exercise(id)) {
            Some(exercise) => {
                let (p, m) = points(grades, &[exercise]);
                row.extend([p, m]);
                for k in 0..markers {
                    let decision = entry
                        .markers
                        .as_ref()
                        .and_then(|f| f.markers.get(k))
                        .and_then(|g| g.decision(id));
                    row.push(words::decision(lang, decision).into());
                }
                row.push(words::decision(lang, grades.decision(id)).into());
                row.push(grades.reason(id).unwrap_or_default().to_string());
            }
            None => row.extend(std::iter::repeat_n(String::new(), 4 + markers)),
        }
    }
    let settle = |outcome: Outcome| match entry.state {
        State::VerificationFailed => Outcome::NotObtained,
        State::ToGradeAgain => Outcome::Pending,
        _ => outcome,
    };
    for bloc in BLOCS {
        match case {
            Some(c) => {
                let exercises: Vec<&crate::case::Exercise> = c
                    .exercises
                    .iter()
                    .filter(|e| e.bloc == Some(bloc))
                    .collect();
                let (p, m) = points(grades, &exercises);
                row.extend([
                    p,
                    m,
                    words::outcome(lang, settle(grades.bloc(c, bloc))).into(),
                ]);
            }
            None => row.extend([
                String::new(),
                String::new(),
                words::outcome(lang, settle(Outcome::NotObtained)).into(),
            ]),
        }
    }
    match case {
        Some(c) => {
            let all: Vec<&crate::case::Exercise> = c.exercises.iter().collect();
            let (p, m) = points(grades, &all);
            row.extend([p, m]);
            row.push(words::certification(lang, settle(grades.certification(c))).into());
        }
        None => row.extend([
            String::new(),
            String::new(),
            words::certification(lang, settle(Outcome::NotObtained)).into(),
        ]),
    }
    row
}
