//! The certification's referentiel as data (`cases/referentiel.json`, embedded): blocs,
//! activities A1-A15 with their bloc and competences, C1-C19, every evaluation criterion with a
//! stable id (`A14.3`) and its exact wording, and the complementary tests RE, MI and MC.
//! `conform` checks a case against it: every rubric line cites an existing criterion of its own
//! exercise and keeps its wording, every exercise sits in its bloc, nothing is left uncovered.

use crate::case::reason::ReferentielReason;
use crate::case::validate::{invalid, CaseError};
use crate::case::Case;
use serde::Deserialize;

const REFERENTIEL_JSON: &str = include_str!("../../cases/referentiel.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referentiel {
    pub format: u32,
    pub id: String,
    pub title: String,
    pub note: String,
    pub blocs: Vec<Bloc>,
    pub competences: Vec<Competence>,
    pub activities: Vec<Activity>,
    /// RE, MI and MC, outside the blocs.
    pub complementary: Vec<Activity>,
    /// The rule that awards the certification.
    pub certification: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bloc {
    pub number: u8,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    pub id: String,
    pub text: String,
}

/// An activity (A1-A15) or a complementary test (RE, MI, MC, with no bloc or competence).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    #[serde(default)]
    pub bloc: Option<u8>,
    pub title: String,
    #[serde(default)]
    pub competences: Vec<String>,
    /// The modality of evaluation, word for word.
    pub modality: String,
    pub criteria: Vec<EvaluationCriterion>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationCriterion {
    /// `A14.3`, `MC.4`.
    pub id: String,
    /// The referentiel's wording.
    pub text: String,
    /// Assessed at an oral (a pitch, a defence).
    pub oral: bool,
}

impl Referentiel {
    /// The embedded referentiel (checked by a unit test, so failing here is a build defect).
    pub fn embedded() -> Referentiel {
        serde_json::from_str(REFERENTIEL_JSON).expect("the embedded referentiel is valid")
    }

    /// Activities and complementary tests, in the referentiel's order.
    pub fn all(&self) -> impl Iterator<Item = &Activity> {
        self.activities.iter().chain(self.complementary.iter())
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.all().find(|a| a.id == id)
    }

    pub fn criterion(&self, id: &str) -> Option<(&Activity, &EvaluationCriterion)> {
        self.all()
            .find_map(|a| a.criteria.iter().find(|c| c.id == id).map(|c| (a, c)))
    }
}

/// Compares wordings, forgiving only the first letter's case and runs of white space.
pub fn same_wording(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> String {
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut chars = joined.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
    norm(a) == norm(b)
}

/// Checks a case against the referentiel; the first fault found, with its JSON path.
pub fn conform(case: &Case, referentiel: &Referentiel) -> Result<(), CaseError> {
    for (e, exercise) in case.exercises.iter().enumerate() {
        let at = format!("$.exercises[{e}]");
        let Some(activity) = referentiel.activity(&exercise.id) else {
            return Err(invalid(
                format!("{at}.id"),
                ReferentielReason::NotAnActivity {
                    id: exercise.id.clone(),
                },
            ));
        };
        if exercise.bloc != activity.bloc {
            return Err(invalid(
                format!("{at}.bloc"),
                ReferentielReason::Bloc {
                    activity: activity.id.clone(),
                    bloc: activity.bloc,
                },
            ));
        }
        for (c, competence) in exercise.competences.iter().enumerate() {
            if !activity.competences.is_empty() && !activity.competences.contains(competence) {
                return Err(invalid(
                    format!("{at}.competences[{c}]"),
                    ReferentielReason::Competence {
                        activity: activity.id.clone(),
                        allowed: activity.competences.join(", "),
                        found: competence.clone(),
                    },
                ));
            }
        }
        for (r, line) in exercise.rubric.iter().enumerate() {
            let at = format!("{at}.rubric[{r}]");
            if line.criterion.trim().is_empty() {
                return Err(invalid(
                    format!("{at}.criterion"),
                    ReferentielReason::NoCriterion,
                ));
            }
            let Some(criterion) = activity.criteria.iter().find(|k| k.id == line.criterion) else {
                let reason = match referentiel.criterion(&line.criterion) {
                    Some((other, _)) => ReferentielReason::CriterionElsewhere {
                        criterion: line.criterion.clone(),
                        owner: other.id.clone(),
                        activity: activity.id.clone(),
                    },
                    None => ReferentielReason::UnknownCriterion {
                        id: line.criterion.clone(),
                    },
                };
                return Err(invalid(format!("{at}.criterion"), reason));
            };
            if !line.adapted && !same_wording(&line.text, &criterion.text) {
                return Err(invalid(
                    format!("{at}.text"),
                    ReferentielReason::Wording {
                        criterion: criterion.id.clone(),
                        text: criterion.text.clone(),
                    },
                ));
            }
            if line.levels.is_empty() {
                return Err(invalid(
                    format!("{at}.levels"),
                    ReferentielReason::NoLevels { scale: line.scale },
                ));
            }
            if !exercise.competences.contains(&line.competence) {
                return Err(invalid(
                    format!("{at}.competence"),
                    ReferentielReason::CompetenceNotListed {
                        competence: line.competence.clone(),
                    },
                ));
            }
        }
        for criterion in &activity.criteria {
            if !exercise.rubric.iter().any(|l| l.criterion == criterion.id) {
                return Err(invalid(
                    format!("{at}.rubric"),
                    ReferentielReason::Unassessed {
                        criterion: criterion.id.clone(),
                        text: criterion.text.clone(),
                    },
                ));
            }
        }
        if exercise.pass.is_none() {
            return Err(invalid(format!("{at}.pass"), ReferentielReason::NoPass));
        }
    }
    for activity in referentiel.all() {
        if case.exercise(&activity.id).is_none() {
            return Err(invalid(
                "$.exercises",
                ReferentielReason::MissingActivity {
                    activity: activity.id.clone(),
                    title: activity.title.clone(),
                },
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_referentiel_is_whole() {
        let r = Referentiel::embedded();
        assert_eq!(r.blocs.len(), 4);
        assert_eq!(r.competences.len(), 19);
        let ids: Vec<&str> = r.all().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13",
                "A14", "A15", "RE", "MI", "MC"
            ]
        );
        let blocs: Vec<u8> = r.activities.iter().filter_map(|a| a.bloc).collect();
        assert_eq!(blocs, [1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
        let count: usize = r.activities.iter().map(|a| a.criteria.len()).sum();
        assert_eq!(count, 57);
        // Every competence is given to exactly one activity.
        for c in &r.competences {
            let n = r
                .activities
                .iter()
                .filter(|a| a.competences.contains(&c.id))
                .count();
            assert_eq!(n, 1, "{}", c.id);
        }
        assert_eq!(
            r.criterion("A14.3").unwrap().1.text,
            "adopter une posture favorable à travailler en mode collaboratif pendant les \
             différentes phases du projet"
        );
        assert!(r
            .criterion("A13.4")
            .unwrap()
            .1
            .text
            .contains("(produits, concurrence, cible)"));
        assert!(r
            .criterion("A1.1")
            .unwrap()
            .1
            .text
            .ends_with("logique algorithmique de façon générale"));
        for test in ["MI", "MC"] {
            assert!(
                r.activity(test).unwrap().criteria.iter().any(|c| c.oral),
                "{test} has no oral criterion"
            );
        }
    }

    const CASES: [(&str, &str); 2] = [
        (
            "maison-verdier",
            include_str!("../../cases/maison-verdier.json"),
        ),
        (
            "monts-de-loue",
            include_str!("../../cases/monts-de-loue.json"),
        ),
    ];

    fn fault(edit: impl Fn(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(CASES[0].1).unwrap();
        edit(&mut value);
        let case = Case::from_json(&value.to_string()).unwrap();
        conform(&case, &Referentiel::embedded())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn both_cases_conform_to_the_referentiel() {
        let r = Referentiel::embedded();
        for (name, text) in CASES {
            let case = Case::from_json(text).unwrap();
            conform(&case, &r).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn a_case_that_strays_from_the_referentiel_is_refused_with_the_path() {
        // A7 moved to bloc 3.
        assert_eq!(
            fault(|v| v["exercises"][6]["bloc"] = 3.into()),
            "at $.exercises[6].bloc: the referentiel puts A7 in bloc 2"
        );
        // An unknown criterion, and one of another exercise.
        assert!(
            fault(|v| v["exercises"][0]["rubric"][0]["criterion"] = "A1.9".into())
                .starts_with("at $.exercises[0].rubric[0].criterion: unknown criterion \"A1.9\"")
        );
        assert!(
            fault(|v| v["exercises"][0]["rubric"][0]["criterion"] = "A2.1".into())
                .contains("belongs to A2, not A1")
        );
        // A reworded criterion, unless marked as an adaptation.
        let reworded = |v: &mut serde_json::Value| {
            v["exercises"][13]["rubric"][2]["text"] = "organise le travail collaboratif".into()
        };
        assert!(fault(reworded).starts_with(
            "at $.exercises[13].rubric[2].text: expected the referentiel's wording of A14.3"
        ));
        let mut value: serde_json::Value = serde_json::from_str(CASES[0].1).unwrap();
        reworded(&mut value);
        value["exercises"][13]["rubric"][2]["adapted"] = true.into();
        conform(
            &Case::from_json(&value.to_string()).unwrap(),
            &Referentiel::embedded(),
        )
        .unwrap();
        // A criterion left without a line, and a missing MC.
        assert!(fault(|v| {
            v["exercises"][17]["rubric"].as_array_mut().unwrap().pop();
        })
        .contains("no rubric line assesses the referentiel's criterion MC.4"));
        // A criterion without levels, an exercise without a decision rule.
        assert!(fault(|v| {
            v["exercises"][1]["rubric"][0]
                .as_object_mut()
                .unwrap()
                .remove("levels");
        })
        .starts_with("at $.exercises[1].rubric[0].levels: expected \"levels\""));
        assert!(fault(|v| {
            v["exercises"][2].as_object_mut().unwrap().remove("pass");
        })
        .starts_with("at $.exercises[2].pass: expected a decision rule"));
        assert!(fault(|v| {
            v["exercises"].as_array_mut().unwrap().pop();
        })
        .contains("the referentiel's MC (Mémoire collectif) has no exercise"));
    }

    #[test]
    fn wording_forgives_only_the_first_capital_and_spaces() {
        assert!(same_wording(
            "Identifier  les freins",
            "identifier les freins"
        ));
        assert!(!same_wording(
            "identifier les freins",
            "identifier les leviers"
        ));
    }
}
