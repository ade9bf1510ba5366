//! An examiner's grades for one bundle: a score and a comment per rubric criterion, a
//! decision per exercise, and the rules that turn decisions into bloc validations and the
//! certification (referentiel, "Modalités d'acquisition": the four blocs, plus the rapport
//! d'étonnement RE and the individual and collective memoirs MI and MC). Pure data: the file
//! `FILE.grades.json` beside the bundle is written by `crate::exam::review`.

use crate::case::{Case, Exercise};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format of a grades file holding one examiner's grades (read, and migrated to
/// `crate::exam::markers::GRADES_FORMAT`).
pub const SINGLE_MARKER_FORMAT: u32 = 1;

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// The assessments outside the blocs that the certification also needs.
pub const REQUIRED_OUTSIDE_BLOCS: [&str; 3] = ["RE", "MI", "MC"];

/// The blocs of competences.
pub const BLOCS: [u8; 4] = [1, 2, 3, 4];

pub use crate::case::Decision;

/// One criterion's score (0..=scale) and the examiner's comment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CriterionGrade {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(default)]
    pub comment: String,
}

/// The grading of one exercise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExerciseGrade {
    /// Criterion id -> grade.
    #[serde(default)]
    pub criteria: BTreeMap<String, CriterionGrade>,
    /// Absent until the examiner decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Why the decision goes against the case's rule (required then, kept with the grade).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// A reason being typed and not yet confirmed: kept so that a kill or `Esc` loses
    /// nothing, offered again when the examiner next takes that decision. It decides nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_draft: Option<ReasonDraft>,
    /// Who last changed this exercise's grading, and when (RFC 3339).
    #[serde(default)]
    pub examiner: String,
    #[serde(default)]
    pub updated: String,
    /// Fields this version does not know, kept on every save.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// The reason typed so far for a decision against the rule, before Enter confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonDraft {
    /// The decision it would explain.
    pub decision: Decision,
    pub text: String,
    /// Fields this version does not know, kept on every save.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Everything one examiner entered for one bundle: the whole grades file of format 1, and
/// one marker's record (or the agreed grade) inside a file of format 2
/// (`crate::exam::markers`), where the bundle's fields are left empty and not written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Grades {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub format: u32,
    /// The bundle's file name, and its SHA-256 when graded (a later change shows as stale).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bundle: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bundle_sha256: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub candidate: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub case_id: String,
    /// The examiner who last entered a grade, and when.
    #[serde(default)]
    pub examiner: String,
    #[serde(default)]
    pub updated: String,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseGrade>,
    /// Fields this version does not know (written by a newer atelier), kept on every save.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A grade the rules refuse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    #[error("{criterion} is scored from 0 to {scale}: {score} is above its scale")]
    AboveScale {
        criterion: String,
        score: u8,
        scale: u8,
    },
    #[error("this decision goes against the case's rule: it needs a reason")]
    ReasonNeeded,
    #[error("no such criterion")]
    NoCriterion,
}

/// Points on an exercise: the sum of the scored criteria out of the rubric's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub points: u32,
    pub max: u32,
    /// Criteria scored so far, out of `criteria`.
    pub scored: usize,
    pub criteria: usize,
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.points, self.max)
    }
}

/// A bloc's (or the certification's) state from the decisions entered so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Obtained,
    NotObtained,
    /// Some exercise it needs has no decision yet.
    Pending,
}

impl Outcome {
    fn all(outcomes: impl IntoIterator<Item = Outcome>) -> Outcome {
        let mut result = Outcome::Obtained;
        for outcome in outcomes {
            match outcome {
                Outcome::NotObtained => return Outcome::NotObtained,
                Outcome::Pending => result = Outcome::Pending,
                Outcome::Obtained => {}
            }
        }
        result
    }
}

impl Grades {
    pub fn new(bundle: &str, bundle_sha256: &str, candidate: &str, case_id: &str) -> Grades {
        Grades {
            format: SINGLE_MARKER_FORMAT,
            bundle: bundle.to_string(),
            bundle_sha256: bundle_sha256.to_string(),
            candidate: candidate.to_string(),
            case_id: case_id.to_string(),
            ..Grades::default()
        }
    }

    pub fn exercise(&self, id: &str) -> Option<&ExerciseGrade> {
        self.exercises.get(id)
    }

    fn stamp(&mut self, exercise: &str, examiner: &str, now: &str) -> &mut ExerciseGrade {
        self.examiner = examiner.to_string();
        self.updated = now.to_string();
        let grade = self.exercises.entry(exercise.to_string()).or_default();
        grade.examiner = examiner.to_string();
        grade.updated = now.to_string();
        grade
    }

    /// Sets (or clears) a criterion's score; a score above the criterion's scale is refused
    /// and changes nothing.
    pub fn set_score(
        &mut self,
        exercise: &Exercise,
        criterion: usize,
        score: Option<u8>,
        examiner: &str,
        now: &str,
    ) -> Result<(), GradeError> {
        let rubric = exercise
            .rubric
            .get(criterion)
            .ok_or(GradeError::NoCriterion)?;
        if let Some(score) = score.filter(|s| *s > rubric.scale) {
            return Err(GradeError::AboveScale {
                criterion: rubric.id.clone(),
                score,
                scale: rubric.scale,
            });
        }
        let grade = self.stamp(&exercise.id, examiner, now);
        grade.criteria.entry(rubric.id.clone()).or_default().score = score;
        Ok(())
    }

    /// The decision the case's rule gives from the scores: `None` without a rule or while a
    /// criterion is unscored.
    pub fn proposal(&self, exercise: &Exercise) -> Option<Decision> {
        let rule = exercise.pass?;
        let grade = self.exercises.get(&exercise.id);
        let mut total = 0u32;
        let mut each = true;
        for criterion in &exercise.rubric {
            let score = grade
                .and_then(|g| g.criteria.get(&criterion.id))
                .and_then(|c| c.score)?;
            total += u32::from(score);
            each &= score >= rule.min_each;
        }
        Some(if each && total >= rule.min_total {
            Decision::Validated
        } else {
            Decision::NotValidated
        })
    }

    /// Whether `decision` goes against the rule's proposal.
    pub fn against_rule(&self, exercise: &Exercise, decision: Decision) -> bool {
        self.proposal(exercise).is_some_and(|p| p != decision)
    }

    /// Decides an exercise: a decision against the rule needs a reason, kept with it; one
    /// that follows the rule (or clears the decision) drops any earlier reason.
    pub fn decide(
        &mut self,
        exercise: &Exercise,
        decision: Option<Decision>,
        reason: &str,
        examiner: &str,
        now: &str,
    ) -> Result<(), GradeError> {
        let against = decision.is_some_and(|d| self.against_rule(exercise, d));
        if against && reason.trim().is_empty() {
            return Err(GradeError::ReasonNeeded);
        }
        let grade = self.stamp(&exercise.id, examiner, now);
        grade.decision = decision;
        grade.reason = if against {
            // The draft it was typed in is now the reason.
            grade.reason_draft = None;
            reason.trim().to_string()
        } else {
            String::new()
        };
        Ok(())
    }

    /// Keeps the reason typed so far for `decision` (an empty text, or the reason already
    /// recorded with that decision, drops the draft). Neither the decision nor who last
    /// graded changes: only Enter records a decision.
    pub fn set_reason_draft(&mut self, exercise: &str, decision: Decision, text: &str) {
        let recorded =
            self.decision(exercise) == Some(decision) && self.reason(exercise) == Some(text.trim());
        if text.trim().is_empty() || recorded {
            if let Some(grade) = self.exercises.get_mut(exercise) {
                grade.reason_draft = None;
            }
            return;
        }
        let grade = self.exercises.entry(exercise.to_string()).or_default();
        let extra = grade
            .reason_draft
            .take()
            .map(|d| d.extra)
            .unwrap_or_default();
        grade.reason_draft = Some(ReasonDraft {
            decision,
            text: text.to_string(),
            extra,
        });
    }

    /// The reason typed and not yet confirmed, if any.
    pub fn reason_draft(&self, exercise: &str) -> Option<&ReasonDraft> {
        self.exercises
            .get(exercise)
            .and_then(|g| g.reason_draft.as_ref())
    }

    /// What the reason field opens with when `decision` goes against the rule: the draft
    /// typed for that decision, else the reason already given.
    pub fn reason_to_edit(&self, exercise: &str, decision: Decision) -> String {
        match self.reason_draft(exercise) {
            Some(draft) if draft.decision == decision => draft.text.clone(),
            _ => self.reason(exercise).unwrap_or("").to_string(),
        }
    }

    /// The reason given for a decision against the rule, if any.
    pub fn reason(&self, exercise: &str) -> Option<&str> {
        self.exercises
            .get(exercise)
            .map(|g| g.reason.as_str())
            .filter(|r| !r.is_empty())
    }

    pub fn set_comment(
        &mut self,
        exercise: &Exercise,
        criterion: usize,
        comment: &str,
        examiner: &str,
        now: &str,
    ) {
        let Some(rubric) = exercise.rubric.get(criterion) else {
            return;
        };
        let grade = self.stamp(&exercise.id, examiner, now);
        grade.criteria.entry(rubric.id.clone()).or_default().comment = comment.to_string();
    }

    pub fn set_decision(
        &mut self,
        exercise: &str,
        decision: Option<Decision>,
        examiner: &str,
        now: &str,
    ) {
        self.stamp(exercise, examiner, now).decision = decision;
    }

    pub fn decision(&self, exercise: &str) -> Option<Decision> {
        self.exercises.get(exercise).and_then(|g| g.decision)
    }

    pub fn criterion(&self, exercise: &Exercise, criterion: usize) -> Option<&CriterionGrade> {
        let id = &exercise.rubric.get(criterion)?.id;
        self.exercises.get(&exercise.id)?.criteria.get(id)
    }

    pub fn score(&self, exercise: &Exercise) -> Score {
        let grade = self.exercises.get(&exercise.id);
        let mut score = Score {
            points: 0,
            max: 0,
            scored: 0,
            criteria: exercise.rubric.len(),
        };
        for criterion in &exercise.rubric {
            score.max += u32::from(criterion.scale);
            if let Some(s) = grade
                .and_then(|g| g.criteria.get(&criterion.id))
                .and_then(|c| c.score)
            {
                score.points += u32::from(s.min(criterion.scale));
                score.scored += 1;
            }
        }
        score
    }

    /// Exercises with a decision, out of the case's exercises.
    pub fn progress(&self, case: &Case) -> (usize, usize) {
        let decided = case
            .exercises
            .iter()
            .filter(|e| self.decision(&e.id).is_some())
            .count();
        (decided, case.exercises.len())
    }

    fn outcome(&self, exercise: &str) -> Outcome {
        match self.decision(exercise) {
            Some(Decision::Validated) => Outcome::Obtained,
            Some(Decision::NotValidated) => Outcome::NotObtained,
            None => Outcome::Pending,
        }
    }

    /// A bloc is validated when all its exercises are (a bloc without exercises is not).
    pub fn bloc(&self, case: &Case, bloc: u8) -> Outcome {
        let mut exercises = case
            .exercises
            .iter()
            .filter(|e| e.bloc == Some(bloc))
            .peekable();
        if exercises.peek().is_none() {
            return Outcome::NotObtained;
        }
        Outcome::all(exercises.map(|e| self.outcome(&e.id)))
    }

    /// The certification: the four blocs, plus RE, MI and MC.
    pub fn certification(&self, case: &Case) -> Outcome {
        let blocs = BLOCS.iter().map(|&b| self.bloc(case, b));
        let others = REQUIRED_OUTSIDE_BLOCS.iter().map(|id| {
            if case.exercise(id).is_none() {
                Outcome::NotObtained
            } else {
                self.outcome(id)
            }
        });
        Outcome::all(blocs.chain(others))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_marker_s_record_writes_no_empty_bundle_fields() {
        // Inside a file of format 2 a record leaves the bundle's fields out.
        let text = serde_json::to_string(&Grades::default()).unwrap();
        assert!(!text.contains("\"format\""), "{text}");
        assert!(!text.contains("\"bundle\""), "{text}");
        let single = Grades {
            format: SINGLE_MARKER_FORMAT,
            ..Grades::default()
        };
        assert!(serde_json::to_string(&single)
            .unwrap()
            .contains("\"format\":1"));
    }

    use super::*;

    fn case() -> Case {
        Case::embedded_default()
    }

    fn validate_all(grades: &mut Grades, case: &Case) {
        for e in &case.exercises {
            grades.set_decision(&e.id, Some(Decision::Validated), "x", "t");
        }
    }

    #[test]
    fn scores_are_capped_and_summed() {
        let case = case();
        let a2 = case.exercise("A2").unwrap();
        let mut grades = Grades::new("b.zip", "", "c", &case.id);
        assert_eq!(
            grades.set_score(a2, 0, Some(9), "Eve", "t1"),
            Err(GradeError::AboveScale {
                criterion: "A2-1".into(),
                score: 9,
                scale: 4
            })
        );
        assert!(
            grades.exercise("A2").is_none(),
            "a refused score changes nothing"
        );
        grades.set_score(a2, 0, Some(4), "Eve", "t1").unwrap();
        grades.set_score(a2, 1, Some(2), "Eve", "t2").unwrap();
        let score = grades.score(a2);
        assert_eq!(score.points, 6);
        assert_eq!(score.max, 16);
        assert_eq!((score.scored, score.criteria), (2, 4));
        assert_eq!(score.to_string(), "6/16");
        assert_eq!(grades.exercise("A2").unwrap().examiner, "Eve");
        assert_eq!(grades.exercise("A2").unwrap().updated, "t2");
        grades.set_score(a2, 0, None, "Eve", "t3").unwrap();
        assert_eq!(grades.score(a2).points, 2);
    }

    #[test]
    fn the_rule_proposes_and_a_decision_against_it_needs_a_reason() {
        let case = case();
        // A2: four criteria on 4, at least 2 each and 10 in all.
        let a2 = case.exercise("A2").unwrap();
        assert_eq!(
            a2.pass,
            Some(crate::case::PassRule {
                min_each: 2,
                min_total: 10
            })
        );
        let mut grades = Grades::new("b.zip", "", "c", &case.id);
        for (i, s) in [4, 4, 2].into_iter().enumerate() {
            grades.set_score(a2, i, Some(s), "Eve", "t").unwrap();
        }
        // One criterion unscored: no proposal, and any decision is free.
        assert_eq!(grades.proposal(a2), None);
        assert!(!grades.against_rule(a2, Decision::NotValidated));
        grades.set_score(a2, 3, Some(1), "Eve", "t").unwrap();
        // 11 points but a 1: not validated.
        assert_eq!(grades.proposal(a2), Some(Decision::NotValidated));
        grades.set_score(a2, 3, Some(2), "Eve", "t").unwrap();
        assert_eq!(grades.proposal(a2), Some(Decision::Validated));
        grades.set_score(a2, 0, Some(2), "Eve", "t").unwrap();
        // 2 each but 10 needed, 10 reached: validated; below the total: not.
        assert_eq!(grades.proposal(a2), Some(Decision::Validated));
        grades.set_score(a2, 1, Some(3), "Eve", "t").unwrap();
        assert_eq!(grades.score(a2).points, 9);
        assert_eq!(grades.proposal(a2), Some(Decision::NotValidated));
        // Against the rule: refused without a reason, kept with one.
        assert_eq!(
            grades.decide(a2, Some(Decision::Validated), "  ", "Eve", "t"),
            Err(GradeError::ReasonNeeded)
        );
        assert_eq!(grades.decision("A2"), None);
        grades
            .decide(
                a2,
                Some(Decision::Validated),
                " Oral convaincant ",
                "Eve",
                "t",
            )
            .unwrap();
        assert_eq!(grades.decision("A2"), Some(Decision::Validated));
        assert_eq!(grades.reason("A2"), Some("Oral convaincant"));
        // Following the rule needs none, and drops the old one.
        grades
            .decide(a2, Some(Decision::NotValidated), "", "Eve", "t")
            .unwrap();
        assert_eq!(grades.reason("A2"), None);
        let text = serde_json::to_string(&grades).unwrap();
        assert!(!text.contains("reason"));
    }

    #[test]
    fn a_reason_draft_round_trips_decides_nothing_and_becomes_the_reason() {
        let case = case();
        let a2 = case.exercise("A2").unwrap();
        let mut grades = Grades::new("b.zip", "", "c", &case.id);
        for i in 0..4 {
            grades.set_score(a2, i, Some(4), "Eve", "t1").unwrap();
        }
        // Typing a reason for "not validated" (against the rule): kept, nothing decided.
        grades.set_reason_draft("A2", Decision::NotValidated, "Travail copi");
        assert_eq!(grades.decision("A2"), None);
        assert_eq!(grades.reason("A2"), None);
        assert_eq!(grades.exercise("A2").unwrap().updated, "t1");
        let text = serde_json::to_string(&grades).unwrap();
        assert!(
            text.contains(r#""reason_draft":{"decision":"not_validated","text":"Travail copi"}"#),
            "{text}"
        );
        let back: Grades = serde_json::from_str(&text).unwrap();
        assert_eq!(back, grades);
        // Offered again for that decision only.
        assert_eq!(
            back.reason_to_edit("A2", Decision::NotValidated),
            "Travail copi"
        );
        assert_eq!(back.reason_to_edit("A2", Decision::Validated), "");
        // Confirmed: the reason, and the draft is gone.
        grades
            .decide(
                a2,
                Some(Decision::NotValidated),
                "Travail copié",
                "Eve",
                "t2",
            )
            .unwrap();
        assert_eq!(grades.reason("A2"), Some("Travail copié"));
        assert_eq!(grades.reason_draft("A2"), None);
        assert_eq!(
            grades.reason_to_edit("A2", Decision::NotValidated),
            "Travail copié"
        );
        assert!(!serde_json::to_string(&grades)
            .unwrap()
            .contains("reason_draft"));
        // The reason already recorded, opened again and left as it was: no draft.
        grades.set_reason_draft("A2", Decision::NotValidated, "Travail copié ");
        assert_eq!(grades.reason_draft("A2"), None);
        // The same words for the other decision are a draft of their own.
        grades.set_reason_draft("A2", Decision::Validated, "Travail copié");
        assert_eq!(
            grades
                .reason_draft("A2")
                .map(|d| (d.decision, d.text.as_str())),
            Some((Decision::Validated, "Travail copié"))
        );
        // A field emptied drops the draft; an empty field on an ungraded exercise adds nothing.
        grades.set_reason_draft("A2", Decision::NotValidated, "x");
        grades.set_reason_draft("A2", Decision::NotValidated, "  ");
        assert_eq!(grades.reason_draft("A2"), None);
        grades.set_reason_draft("A3", Decision::Validated, "");
        assert!(grades.exercise("A3").is_none());
    }

    #[test]
    fn a_grades_file_without_drafts_still_reads_and_one_from_a_newer_version_keeps_its_fields() {
        // Written before drafts existed.
        let old = r#"{"format": 1, "bundle": "b.zip", "bundle_sha256": "abc", "candidate": "C",
            "case_id": "x", "examiner": "Eve", "updated": "t",
            "exercises": {"A2": {"criteria": {}, "decision": "validated", "reason": "Oral",
                                 "examiner": "Eve", "updated": "t"}}}"#;
        let grades: Grades = serde_json::from_str(old).unwrap();
        assert_eq!(grades.reason("A2"), Some("Oral"));
        assert_eq!(grades.reason_draft("A2"), None);
        // Fields this version does not know, beside and inside a draft: kept as it is typed on.
        let newer = r#"{"exercises": {"A2": {"criteria": {},
            "reason_draft": {"decision": "validated", "text": "Oral", "lang": "fr"},
            "future": 1}}}"#;
        let mut grades: Grades = serde_json::from_str(newer).unwrap();
        assert_eq!(grades.reason_draft("A2").unwrap().text, "Oral");
        grades.set_reason_draft("A2", Decision::Validated, "Oral convaincant");
        let saved = serde_json::to_value(&grades).unwrap();
        assert_eq!(saved["exercises"]["A2"]["future"], 1);
        assert_eq!(saved["exercises"]["A2"]["reason_draft"]["lang"], "fr");
        assert_eq!(
            saved["exercises"]["A2"]["reason_draft"]["text"],
            "Oral convaincant"
        );
    }

    #[test]
    fn certification_needs_the_four_blocs_and_re_mi_mc() {
        let case = case();
        let mut grades = Grades::new("b.zip", "", "c", &case.id);
        assert_eq!(grades.certification(&case), Outcome::Pending);
        validate_all(&mut grades, &case);
        assert_eq!(grades.certification(&case), Outcome::Obtained);
        for b in BLOCS {
            assert_eq!(grades.bloc(&case, b), Outcome::Obtained);
        }
        // One exercise of bloc 2 not validated: bloc 2 and the certification fall.
        grades.set_decision("A7", Some(Decision::NotValidated), "x", "t");
        assert_eq!(grades.bloc(&case, 2), Outcome::NotObtained);
        assert_eq!(grades.bloc(&case, 1), Outcome::Obtained);
        assert_eq!(grades.certification(&case), Outcome::NotObtained);
        // Every bloc validated but the collective memoir not: no certification.
        validate_all(&mut grades, &case);
        grades.set_decision("MC", Some(Decision::NotValidated), "x", "t");
        assert!(BLOCS
            .iter()
            .all(|&b| grades.bloc(&case, b) == Outcome::Obtained));
        assert_eq!(grades.certification(&case), Outcome::NotObtained);
        // Undecided RE: pending.
        grades.set_decision("MC", Some(Decision::Validated), "x", "t");
        grades.set_decision("RE", None, "x", "t");
        assert_eq!(grades.certification(&case), Outcome::Pending);
        assert_eq!(grades.progress(&case), (17, 18));
    }

    #[test]
    fn grades_round_trip_through_json() {
        let case = case();
        let mut grades = Grades::new("b.zip", "abc", "Camille", &case.id);
        let a1 = case.exercise("A1").unwrap();
        grades.set_score(a1, 0, Some(3), "Eve", "t").unwrap();
        grades.set_comment(a1, 0, "Bien « documenté »", "Eve", "t");
        grades.set_decision("A1", Some(Decision::Validated), "Eve", "t");
        let text = serde_json::to_string(&grades).unwrap();
        assert!(text.contains("\"decision\":\"validated\""));
        assert!(text.contains("Bien « documenté »"), "{text}");
        let back: Grades = serde_json::from_str(&text).unwrap();
        assert_eq!(back, grades);
    }

    #[test]
    fn unknown_fields_of_the_grades_file_survive_a_change_and_a_save() {
        let case = case();
        let text = r#"{"format": 1, "bundle": "b.zip", "bundle_sha256": "abc",
            "candidate": "Camille", "case_id": "x", "examiner": "", "updated": "",
            "future_field": {"kept": [1, 2]},
            "exercises": {"A1": {"criteria": {}, "future_grade_field": "kept"}}}"#;
        let mut grades: Grades = serde_json::from_str(text).unwrap();
        let a1 = case.exercise("A1").unwrap();
        grades.set_score(a1, 0, Some(2), "Eve", "t").unwrap();
        let saved: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&grades).unwrap()).unwrap();
        assert_eq!(saved["future_field"], serde_json::json!({"kept": [1, 2]}));
        assert_eq!(saved["exercises"]["A1"]["future_grade_field"], "kept");
        assert_eq!(saved["exercises"]["A1"]["examiner"], "Eve");
    }
}
