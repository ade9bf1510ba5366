//! A bundle's grades file (`FILE.grades.json`, format 2): one record per examiner (first
//! marker, second marker, more if needed), the agreed grade a moderation records, and the
//! history of every change (who, when, what), appended, never rewritten. Pure data and rules;
//! `crate::exam::review` reads and writes the file.
//!
//! A file of format 1 (one examiner's grades) is migrated by `migrate`: it becomes the first
//! marker's record, its history starts with the migration; the reader keeps the original
//! beside it (`FILE.grades.json.v1`). As the store's rules say (`workspace::store`), fields
//! this version does not know are kept on every save, and a file of a newer format is read
//! but never written.
//!
//! The decision that counts (the "agreed" decision, the one the gradebook and the jury use):
//! the agreed record's when moderation gave one; else the markers' when they all decided the
//! same; else the only marker's; else none (two markers who differ, until moderated).

use crate::case::{Case, Exercise};
use crate::exam::grading::{Decision, Grades};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Current format of `FILE.grades.json`.
pub const GRADES_FORMAT: u32 = 2;

/// Two markers' scores further apart than this many levels are flagged in moderation.
pub const MODERATION_GAP: u8 = 1;

/// One change, as the history keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// RFC 3339.
    pub at: String,
    pub examiner: String,
    /// Whose record changed: the examiner's own, or the agreed grade (`agreed`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub agreed: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exercise: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub criterion: String,
    /// `score`, `comment`, `decision`, `reason`, `migrated`, `regraded`.
    pub what: String,
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub value: serde_json::Value,
}

/// The whole grades file of a bundle.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GradesFile {
    pub format: u32,
    pub bundle: String,
    /// The bundle's SHA-256 when graded: a bundle changed since is to be graded again.
    pub bundle_sha256: String,
    pub candidate: String,
    pub case_id: String,
    /// One record per examiner, in the order they first graded.
    #[serde(default)]
    pub markers: Vec<Grades>,
    /// The grade moderation agreed on, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Grades>,
    /// Every change, oldest first; only ever appended to.
    #[serde(default)]
    pub history: Vec<Change>,
    /// Fields this version does not know (written by a newer atelier), kept on every save.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl GradesFile {
    pub fn new(bundle: &str, bundle_sha256: &str, candidate: &str, case_id: &str) -> GradesFile {
        GradesFile {
            format: GRADES_FORMAT,
            bundle: bundle.to_string(),
            bundle_sha256: bundle_sha256.to_string(),
            candidate: candidate.to_string(),
            case_id: case_id.to_string(),
            ..GradesFile::default()
        }
    }

    /// A file of format 1 as a file of this format: its grades become the first marker's.
    pub fn migrate(old: Grades, now: &str) -> GradesFile {
        let mut file = GradesFile::new(
            &old.bundle,
            &old.bundle_sha256,
            &old.candidate,
            &old.case_id,
        );
        let examiner = old.examiner.clone();
        let mut record = old;
        record.format = 0;
        record.bundle.clear();
        record.bundle_sha256.clear();
        record.candidate.clear();
        record.case_id.clear();
        // Fields of format 1 this version did not know stay with the file.
        file.extra = std::mem::take(&mut record.extra);
        file.markers.push(record);
        file.history.push(Change {
            at: now.to_string(),
            examiner,
            agreed: false,
            exercise: String::new(),
            criterion: String::new(),
            what: "migrated".into(),
            value: serde_json::json!(1),
        });
        file
    }

    /// The record of an examiner, if they graded.
    pub fn marker(&self, examiner: &str) -> Option<&Grades> {
        self.markers.iter().find(|m| m.examiner == examiner)
    }

    /// The records of the other examiners.
    pub fn others<'a>(&'a self, examiner: &'a str) -> impl Iterator<Item = &'a Grades> + 'a {
        self.markers.iter().filter(move |m| m.examiner != examiner)
    }

    /// Puts an examiner's record (new, or in place of their previous one).
    pub fn put_marker(&mut self, record: Grades) {
        match self
            .markers
            .iter_mut()
            .find(|m| m.examiner == record.examiner)
        {
            Some(slot) => *slot = record,
            None => self.markers.push(record),
        }
    }

    /// An examiner's record, made empty when they have none yet.
    pub fn marker_mut(&mut self, examiner: &str) -> &mut Grades {
        let at = match self.markers.iter().position(|m| m.examiner == examiner) {
            Some(at) => at,
            None => {
                self.markers.push(Grades {
                    examiner: examiner.to_string(),
                    ..Grades::default()
                });
                self.markers.len() - 1
            }
        };
        &mut self.markers[at]
    }

    /// Appends one change to the history.
    pub fn log(&mut self, change: Change) {
        self.history.push(change);
    }

    /// The history of one criterion (or of an exercise's decision when `criterion` is empty).
    pub fn criterion_history<'a>(
        &'a self,
        exercise: &'a str,
        criterion: &'a str,
    ) -> impl Iterator<Item = &'a Change> + 'a {
        self.history
            .iter()
            .filter(move |c| c.exercise == exercise && c.criterion == criterion)
    }

    /// Whether every marker (at least two) decided this exercise: the point from which each
    /// sees the others' marks.
    pub fn all_decided(&self, exercise: &str) -> bool {
        self.markers.len() >= 2 && self.markers.iter().all(|m| m.decision(exercise).is_some())
    }

    /// The decision that counts (see the module's doc).
    pub fn agreed_decision(&self, exercise: &str) -> Option<Decision> {
        if let Some(decision) = self.agreed.as_ref().and_then(|a| a.decision(exercise)) {
            return Some(decision);
        }
        let mut decisions = self.markers.iter().map(|m| m.decision(exercise));
        let first = decisions.next()??;
        decisions.all(|d| d == Some(first)).then_some(first)
    }

    /// The reason kept with the decision that counts, when it went against the rule.
    pub fn agreed_reason(&self, exercise: &str) -> Option<&str> {
        let from_agreed = self.agreed.as_ref().and_then(|a| a.reason(exercise));
        from_agreed.or_else(|| self.markers.iter().find_map(|m| m.reason(exercise)))
    }

    /// The grades that count, as one record: per exercise the agreed record's when moderated,
    /// else the first marker's scores with the decision that counts.
    pub fn effective(&self, case: &Case) -> Grades {
        let mut out = Grades::default();
        for exercise in &case.exercises {
            let source = self
                .agreed
                .as_ref()
                .and_then(|a| a.exercise(&exercise.id))
                .or_else(|| self.markers.first().and_then(|m| m.exercise(&exercise.id)));
            let mut grade = source.cloned().unwrap_or_default();
            // A reason still being typed decides nothing and explains nothing yet.
            grade.reason_draft = None;
            grade.decision = self.agreed_decision(&exercise.id);
            grade.reason = self
                .agreed_reason(&exercise.id)
                .unwrap_or_default()
                .to_string();
            if source.is_some() || grade.decision.is_some() {
                out.exercises.insert(exercise.id.clone(), grade);
            }
        }
        out.examiner = self.examiners().join(" ; ");
        out.updated = self
            .history
            .last()
            .map(|c| c.at.clone())
            .or_else(|| self.markers.iter().map(|m| m.updated.clone()).max())
            .unwrap_or_default();
        out
    }

    /// The examiners who graded, in order.
    pub fn examiners(&self) -> Vec<String> {
        self.markers.iter().map(|m| m.examiner.clone()).collect()
    }

    /// The criteria of an exercise where two markers' scores are more than
    /// `MODERATION_GAP` levels apart.
    pub fn gaps(&self, exercise: &Exercise) -> Vec<String> {
        exercise
            .rubric
            .iter()
            .enumerate()
            .filter(|(index, _)| {
                let scores: Vec<u8> = self
                    .markers
                    .iter()
                    .filter_map(|m| m.criterion(exercise, *index).and_then(|c| c.score))
                    .collect();
                match (scores.iter().min(), scores.iter().max()) {
                    (Some(lo), Some(hi)) => hi - lo > MODERATION_GAP,
                    _ => false,
                }
            })
            .map(|(_, c)| c.id.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        Case::embedded_default()
    }

    fn marker(name: &str, a2: [u8; 4], decision: Option<Decision>) -> Grades {
        let case = case();
        let exercise = case.exercise("A2").unwrap();
        let mut grades = Grades {
            examiner: name.into(),
            ..Grades::default()
        };
        for (i, s) in a2.into_iter().enumerate() {
            grades.set_score(exercise, i, Some(s), name, "t").unwrap();
        }
        grades.set_decision("A2", decision, name, "t");
        grades
    }

    #[test]
    fn a_format_1_file_migrates_to_the_first_marker_keeping_unknown_fields() {
        let text = r#"{"format": 1, "bundle": "b.zip", "bundle_sha256": "abc",
            "candidate": "Camille", "case_id": "maison-verdier", "examiner": "Eve",
            "updated": "t0", "future": [1],
            "exercises": {"A2": {"criteria": {"A2-1": {"score": 3, "comment": "bien"}},
                                 "decision": "validated", "examiner": "Eve", "updated": "t0"}}}"#;
        let old: Grades = serde_json::from_str(text).unwrap();
        let file = GradesFile::migrate(old, "t1");
        assert_eq!(file.format, GRADES_FORMAT);
        assert_eq!(file.bundle_sha256, "abc");
        assert_eq!(file.examiners(), ["Eve"]);
        assert_eq!(file.agreed_decision("A2"), Some(Decision::Validated));
        assert_eq!(file.extra["future"], serde_json::json!([1]));
        assert_eq!(file.history[0].what, "migrated");
        let saved = serde_json::to_value(&file).unwrap();
        // The marker's record holds no copy of the bundle's fields.
        assert!(saved["markers"][0].get("bundle").is_none());
        assert_eq!(
            saved["markers"][0]["exercises"]["A2"]["criteria"]["A2-1"]["comment"],
            "bien"
        );
        let back: GradesFile = serde_json::from_value(saved).unwrap();
        assert_eq!(back, file);
    }

    #[test]
    fn the_decision_that_counts_and_the_gaps_between_markers() {
        let case = case();
        let a2 = case.exercise("A2").unwrap();
        let mut file = GradesFile::new("b.zip", "", "c", &case.id);
        file.put_marker(marker("Eve", [4, 3, 3, 2], Some(Decision::Validated)));
        // One marker: theirs.
        assert_eq!(file.agreed_decision("A2"), Some(Decision::Validated));
        assert!(!file.all_decided("A2"));
        // A second who has not decided: none yet; then who differs: none until moderated.
        file.put_marker(marker("Paul", [1, 3, 4, 2], None));
        assert_eq!(file.agreed_decision("A2"), None);
        file.put_marker(marker("Paul", [1, 3, 4, 2], Some(Decision::NotValidated)));
        assert!(file.all_decided("A2"));
        assert_eq!(file.agreed_decision("A2"), None);
        // 4 against 1 is flagged; 3 against 4 is not.
        assert_eq!(file.gaps(a2), ["A2-1"]);
        // Moderation records the agreed grade, which counts.
        let mut agreed = marker("Zoé", [3, 3, 3, 2], Some(Decision::Validated));
        agreed.exercises.get_mut("A2").unwrap().reason = String::new();
        file.agreed = Some(agreed);
        assert_eq!(file.agreed_decision("A2"), Some(Decision::Validated));
        let effective = file.effective(&case);
        assert_eq!(effective.score(a2).points, 11);
        assert_eq!(effective.examiner, "Eve ; Paul");
        // Both agree without moderation: that decision.
        let mut file = GradesFile::new("b.zip", "", "c", &case.id);
        file.put_marker(marker("Eve", [4, 3, 3, 2], Some(Decision::Validated)));
        file.put_marker(marker("Paul", [3, 3, 3, 3], Some(Decision::Validated)));
        assert_eq!(file.agreed_decision("A2"), Some(Decision::Validated));
        assert!(file.gaps(a2).is_empty());
    }

    #[test]
    fn a_reason_still_being_typed_counts_for_nothing() {
        let case = case();
        let mut eve = marker("Eve", [4, 4, 4, 4], None);
        eve.set_reason_draft("A2", Decision::NotValidated, "Copié");
        let mut file = GradesFile::new("b.zip", "", "c", &case.id);
        file.put_marker(eve);
        assert_eq!(file.agreed_decision("A2"), None);
        assert_eq!(file.agreed_reason("A2"), None);
        let effective = file.effective(&case);
        assert_eq!(effective.reason_draft("A2"), None);
        assert_eq!(effective.reason("A2"), None);
        // Kept in the marker's own record, through a save.
        let back: GradesFile =
            serde_json::from_str(&serde_json::to_string(&file).unwrap()).unwrap();
        assert_eq!(
            back.marker("Eve").unwrap().reason_draft("A2").unwrap().text,
            "Copié"
        );
    }

    #[test]
    fn the_history_of_a_criterion_is_appended_in_order() {
        let mut file = GradesFile::new("b.zip", "", "c", "x");
        for (at, who, value) in [("t1", "Eve", 2), ("t2", "Paul", 4), ("t3", "Eve", 3)] {
            file.log(Change {
                at: at.into(),
                examiner: who.into(),
                agreed: false,
                exercise: "A2".into(),
                criterion: "A2-1".into(),
                what: "score".into(),
                value: value.into(),
            });
        }
        let seen: Vec<(&str, &str)> = file
            .criterion_history("A2", "A2-1")
            .map(|c| (c.at.as_str(), c.examiner.as_str()))
            .collect();
        assert_eq!(seen, [("t1", "Eve"), ("t2", "Paul"), ("t3", "Eve")]);
        assert_eq!(file.criterion_history("A2", "A2-2").count(), 0);
    }
}
