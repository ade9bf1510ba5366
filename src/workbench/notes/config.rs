//! The case's configuration of the `note` kind (sections, A4's funding schemes, MC's
//! attachments) and of the `deck` kind (A15's limits), typed and validated at load.

use crate::case::reason::CaseReason;
use crate::case::validate::{invalid, parse_config, CaseError};
use crate::case::{Exercise, Kind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The form a public funding scheme takes.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FundingForm {
    Grant,
    Loan,
    TaxCredit,
    Equity,
    Guarantee,
    /// A status that opens rights (young innovative company).
    Status,
}

impl FundingForm {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Lang::{En, Fr};
        match (self, lang) {
            (FundingForm::Grant, Fr) => "subvention",
            (FundingForm::Grant, En) => "grant",
            (FundingForm::Loan, Fr) => "prêt ou avance",
            (FundingForm::Loan, En) => "loan or advance",
            (FundingForm::TaxCredit, Fr) => "crédit d'impôt",
            (FundingForm::TaxCredit, En) => "tax credit",
            (FundingForm::Equity, Fr) => "fonds propres",
            (FundingForm::Equity, En) => "equity",
            (FundingForm::Guarantee, Fr) => "garantie",
            (FundingForm::Guarantee, En) => "guarantee",
            (FundingForm::Status, Fr) => "statut",
            (FundingForm::Status, En) => "status",
        }
    }
}

/// One public scheme supporting digital innovation, as the case describes it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub id: String,
    pub name: String,
    /// Who runs it (the "guichet").
    pub body: String,
    pub form: FundingForm,
    pub eligibility: String,
    /// What the beneficiary gives in return.
    pub counterparts: String,
    #[serde(default)]
    pub url: String,
}

/// `config` of a `note` exercise.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NoteConfig {
    /// Section titles, in order; none: one untitled section.
    #[serde(default)]
    pub sections: Vec<String>,
    /// A4: the table of schemes to choose from.
    #[serde(default)]
    pub schemes: Vec<Scheme>,
    /// A4: schemes to retain, at least.
    #[serde(default)]
    pub min_picks: u32,
    /// References the note needs, at least.
    #[serde(default)]
    pub min_references: u32,
    /// MC: the memoir may attach other exercises' exports.
    #[serde(default)]
    pub attachments: bool,
    /// A9: the facts of the case the note works from (shown beside the brief).
    #[serde(default)]
    pub case_facts: Vec<String>,
    /// MC: controversies the case suggests.
    #[serde(default)]
    pub suggested_controversies: Vec<String>,
    /// MC: tools of controversy mapping.
    #[serde(default)]
    pub tools: Vec<String>,
    /// MC: what the group hands in.
    #[serde(default)]
    pub deliverables: Vec<String>,
    /// MI: length of the oral defence.
    #[serde(default)]
    pub oral_minutes: u32,
}

impl NoteConfig {
    /// The exercise's note configuration (the case was validated at load: a bad one reads
    /// as the default).
    pub fn of(exercise: &Exercise) -> NoteConfig {
        parse_config(&exercise.id, &exercise.config).unwrap_or_default()
    }

    pub fn scheme(&self, id: &str) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.id == id)
    }

    /// The sections a note has: the case's, or one untitled section.
    pub fn section_titles(&self) -> Vec<String> {
        if self.sections.is_empty() {
            vec![String::new()]
        } else {
            self.sections.clone()
        }
    }
}

fn ten() -> u32 {
    10
}

fn twenty() -> u32 {
    20
}

/// `config` of a `deck` exercise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeckConfig {
    #[serde(default = "ten")]
    pub max_slides: u32,
    /// The pitch's time limit; the presenter's countdown starts from it.
    #[serde(default = "ten")]
    pub max_minutes: u32,
    /// Words a point may have (points are short).
    #[serde(default = "twenty")]
    pub max_point_words: u32,
    #[serde(default)]
    pub qa_minutes: u32,
    /// Objections the candidate prepares answers to, at least.
    #[serde(default)]
    pub min_objections: u32,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub expected_objections: Vec<String>,
}

impl Default for DeckConfig {
    fn default() -> Self {
        DeckConfig {
            max_slides: 10,
            max_minutes: 10,
            max_point_words: 20,
            qa_minutes: 0,
            min_objections: 0,
            audience: String::new(),
            expected_objections: Vec::new(),
        }
    }
}

impl DeckConfig {
    pub fn of(exercise: &Exercise) -> DeckConfig {
        parse_config(&exercise.id, &exercise.config).unwrap_or_default()
    }
}

/// Why a note or deck configuration is refused (its words are in `text.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum NotesReason {
    /// A section title empty or given twice.
    SectionTitle,
    /// A scheme id empty or given twice.
    SchemeId { id: String },
    /// More picks asked than there are schemes.
    MinPicks { schemes: usize },
    /// A slide limit outside 1 to 50.
    MaxSlides,
    /// A talk length outside 1 to 120 minutes.
    MaxMinutes,
}

/// Called from `validate_exercise` for the two kinds.
pub(crate) fn validate(path: &str, exercise: &Exercise) -> Result<(), CaseError> {
    match exercise.kind {
        Kind::Note => {
            let config: NoteConfig = parse_config(path, &exercise.config)?;
            let mut titles = HashSet::new();
            for (index, title) in config.sections.iter().enumerate() {
                if title.trim().is_empty() || !titles.insert(title.as_str()) {
                    return Err(invalid(
                        format!("{path}.config.sections[{index}]"),
                        NotesReason::SectionTitle,
                    ));
                }
            }
            let mut ids = HashSet::new();
            for (index, scheme) in config.schemes.iter().enumerate() {
                let at = format!("{path}.config.schemes[{index}]");
                if scheme.id.trim().is_empty() || !ids.insert(scheme.id.as_str()) {
                    return Err(invalid(
                        format!("{at}.id"),
                        NotesReason::SchemeId {
                            id: scheme.id.clone(),
                        },
                    ));
                }
                for (field, value) in [
                    ("name", &scheme.name),
                    ("body", &scheme.body),
                    ("eligibility", &scheme.eligibility),
                    ("counterparts", &scheme.counterparts),
                ] {
                    if value.trim().is_empty() {
                        return Err(invalid(format!("{at}.{field}"), CaseReason::NonEmpty));
                    }
                }
            }
            if config.min_picks as usize > config.schemes.len() {
                return Err(invalid(
                    format!("{path}.config.min_picks"),
                    NotesReason::MinPicks {
                        schemes: config.schemes.len(),
                    },
                ));
            }
            Ok(())
        }
        Kind::Deck => {
            let config: DeckConfig = parse_config(path, &exercise.config)?;
            if config.max_slides == 0 || config.max_slides > 50 {
                return Err(invalid(
                    format!("{path}.config.max_slides"),
                    NotesReason::MaxSlides,
                ));
            }
            if config.max_minutes == 0 || config.max_minutes > 120 {
                return Err(invalid(
                    format!("{path}.config.max_minutes"),
                    NotesReason::MaxMinutes,
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;

    #[test]
    fn default_case_configs_parse() {
        let case = Case::embedded_default();
        let a4 = NoteConfig::of(case.exercise("A4").unwrap());
        assert_eq!(a4.schemes.len(), 9);
        assert_eq!(a4.min_picks, 3);
        assert_eq!(a4.scheme("cir").unwrap().form, FundingForm::TaxCredit);
        assert_eq!(
            NoteConfig::of(case.exercise("RE").unwrap()).sections.len(),
            4
        );
        let a15 = DeckConfig::of(case.exercise("A15").unwrap());
        assert_eq!((a15.max_slides, a15.max_minutes), (10, 10));
    }

    #[test]
    fn bad_configs_name_the_path() {
        let case = Case::embedded_default();
        let mut a4 = case.exercise("A4").unwrap().clone();
        a4.config["schemes"][1]["id"] = serde_json::json!("cir");
        let err = validate("$.exercises[3]", &a4).unwrap_err().to_string();
        assert!(
            err.starts_with("at $.exercises[3].config.schemes[1].id"),
            "{err}"
        );
        a4.config["schemes"][1]["form"] = serde_json::json!("gift");
        let err = validate("$.exercises[3]", &a4).unwrap_err().to_string();
        assert!(
            err.starts_with("at $.exercises[3].config.schemes[1].form"),
            "{err}"
        );
        let mut a15 = case.exercise("A15").unwrap().clone();
        a15.config["max_slides"] = serde_json::json!(0);
        let err = validate("$.exercises[14]", &a15).unwrap_err().to_string();
        assert!(err.contains("config.max_slides"), "{err}");
    }
}
