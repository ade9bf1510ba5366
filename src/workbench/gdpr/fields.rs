//! The sheet's fields as the forms and pickers see them: options of each picker (labels and
//! which are current), the text of each field, and writing a typed or picked value back into
//! the sheet. Pure functions of the case and the sheet.

use crate::i18n::{Lang, SheetLabel, SheetText};
use crate::workbench::gdpr::audit::SheetConfig;
use crate::workbench::gdpr::countries;
use crate::workbench::gdpr::model::{
    join_values, split_values, Art9Exception, AuditFinding, CheckStatus, DpiaCriterion,
    FindingKind, LegalBasis, Level, Minimisation, Owner, Priority, Processing, Rule, Safeguard,
    Severity, Sheet, SpecialCategory, Target,
};
use crate::workbench::gdpr::ui::{Choice, FText, PChoice, PText, RText, SheetField};

/// One option of a picker: its label and whether it is the current (or a ticked) value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub label: String,
    pub marked: bool,
}

fn opt(label: impl Into<String>, marked: bool) -> PickOption {
    PickOption {
        label: label.into(),
        marked,
    }
}

/// Options of a single choice with an empty value first.
fn optional<T: Copy + PartialEq>(
    lang: Lang,
    all: &[T],
    current: Option<T>,
    label: fn(T, Lang) -> &'static str,
) -> Vec<PickOption> {
    let mut options = vec![opt(SheetText::NotFilledIn.get(lang), current.is_none())];
    options.extend(
        all.iter()
            .map(|v| opt(label(*v, lang), current == Some(*v))),
    );
    options
}

fn yes_no_options(lang: Lang, current: Option<bool>) -> Vec<PickOption> {
    vec![
        opt(SheetText::NotFilledIn.get(lang), current.is_none()),
        opt(SheetText::Yes.get(lang), current == Some(true)),
        opt(SheetText::No.get(lang), current == Some(false)),
    ]
}

fn yes_no_at(index: usize) -> Option<bool> {
    match index {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// The value of an optional single choice at a picker index (0 is "not filled in").
pub(crate) fn value_at<T: Copy>(all: &[T], index: usize) -> Option<T> {
    index.checked_sub(1).and_then(|i| all.get(i).copied())
}

fn multi<T: Copy + PartialEq>(
    lang: Lang,
    all: &[T],
    ticked: &[T],
    label: fn(T, Lang) -> &'static str,
) -> Vec<PickOption> {
    all.iter()
        .map(|v| opt(label(*v, lang), ticked.contains(v)))
        .collect()
}

fn toggle<T: Copy + PartialEq + Ord>(values: &mut Vec<T>, value: T) {
    if let Some(at) = values.iter().position(|v| *v == value) {
        values.remove(at);
    } else {
        values.push(value);
        values.sort();
    }
}

/// Case activities not in the register yet, for the "add a processing" picker.
pub fn missing_activities<'a>(
    case: &'a crate::case::Case,
    sheet: &Sheet,
) -> Vec<&'a crate::case::ProcessingActivity> {
    case.organisation
        .processing_activities
        .iter()
        .filter(|a| sheet.processing(&a.id).is_none())
        .collect()
}

/// The options of a picker, from the case and the sheet.
pub fn picker_options(
    case: &crate::case::Case,
    config: &SheetConfig,
    sheet: &Sheet,
    lang: Lang,
    choice: Choice,
) -> Vec<PickOption> {
    let finding = |i: usize| sheet.findings.get(i);
    let rec = |i: usize, r: usize| finding(i).and_then(|f| f.recommendations.get(r));
    match choice {
        Choice::Processing(index, field) => {
            let Some(p) = sheet.processings.get(index) else {
                return Vec::new();
            };
            match field {
                PChoice::LegalBasis => {
                    multi(lang, LegalBasis::ALL, &p.legal_basis, LegalBasis::label)
                }
                PChoice::Minimisation => multi(
                    lang,
                    Minimisation::ALL,
                    &p.minimisation,
                    Minimisation::label,
                ),
                PChoice::CriminalData => yes_no_options(lang, p.criminal_data),
                PChoice::SpecialCategories => multi(
                    lang,
                    SpecialCategory::ALL,
                    &p.special_categories,
                    SpecialCategory::label,
                ),
                PChoice::Art9Exception => optional(
                    lang,
                    Art9Exception::ALL,
                    p.art9_exception,
                    Art9Exception::label,
                ),
                PChoice::ProcessorContract => yes_no_options(lang, p.processor_contract),
                PChoice::TransferSafeguard => {
                    optional(lang, Safeguard::ALL, p.transfer_safeguard, Safeguard::label)
                }
                PChoice::InformationGiven => yes_no_options(lang, p.information_given),
                PChoice::DpiaCriteria => multi(
                    lang,
                    DpiaCriterion::ALL,
                    &p.dpia_criteria,
                    DpiaCriterion::label,
                ),
                PChoice::DpiaDone => yes_no_options(lang, p.dpia_done),
                PChoice::Severity(kind) => {
                    optional(lang, Level::ALL, p.risks.get(kind).severity, Level::label)
                }
                PChoice::Likelihood(kind) => {
                    optional(lang, Level::ALL, p.risks.get(kind).likelihood, Level::label)
                }
            }
        }
        Choice::FindingTarget(i) => {
            let current = finding(i).map(|f| f.target.clone());
            target_options(sheet, lang, current.as_ref())
        }
        Choice::NewFinding => target_options(sheet, lang, None),
        Choice::FindingKind(i) => FindingKind::ALL
            .iter()
            .map(|k| opt(k.label(lang), finding(i).map(|f| f.kind) == Some(*k)))
            .collect(),
        Choice::FindingRule(i) => {
            let current = finding(i).and_then(|f| f.rule);
            let mut options = vec![opt(SheetText::AnotherRule.get(lang), current.is_none())];
            options.extend(Rule::ALL.iter().map(|r| {
                let label = config.rule_label(*r).unwrap_or(r.label(lang));
                opt(format!("{label} · {}", r.code()), current == Some(*r))
            }));
            options
        }
        Choice::FindingSeverity(i) => optional(
            lang,
            Severity::ALL,
            finding(i).and_then(|f| f.severity),
            Severity::label,
        ),
        Choice::RecOwner(i, r) => optional(
            lang,
            Owner::ALL,
            rec(i, r).and_then(|r| r.owner),
            Owner::label,
        ),
        Choice::RecPriority(i, r) => optional(
            lang,
            Priority::ALL,
            rec(i, r).and_then(|r| r.priority),
            Priority::label,
        ),
        Choice::CheckStatus(item) => {
            let current = config
                .items()
                .nth(item)
                .and_then(|(_, text)| sheet.check_answer(text))
                .and_then(|a| a.status);
            optional(lang, CheckStatus::ALL, current, CheckStatus::label)
        }
        Choice::OrganisationEntry => ORGANISATION_ENTRIES
            .iter()
            .map(|field| {
                let value = field_text(config, sheet, *field);
                let shown = if value.trim().is_empty() {
                    SheetText::NotFilledIn.get(lang).to_string()
                } else {
                    value
                };
                opt(
                    format!(
                        "{}{}{shown}",
                        organisation_label(lang, *field),
                        SheetText::LabelSeparator.get(lang)
                    ),
                    false,
                )
            })
            .collect(),
        Choice::NewProcessing => {
            let mut options: Vec<PickOption> = missing_activities(case, sheet)
                .into_iter()
                .map(|a| opt(format!("{} — {}", a.id, a.name), false))
                .collect();
            options.push(opt(SheetText::NewBlankProcessing.get(lang), false));
            options
        }
    }
}

/// The organisation-level entries of the register, in the picker's order.
pub(crate) const ORGANISATION_ENTRIES: [SheetField; 3] = [
    SheetField::Controller,
    SheetField::Representative,
    SheetField::Dpo,
];

/// The label of an organisation-level entry.
pub fn organisation_label(lang: Lang, field: SheetField) -> &'static str {
    match field {
        SheetField::Representative => SheetText::Representative.get(lang),
        SheetField::Dpo => SheetText::Dpo.get(lang),
        _ => SheetText::Controller.get(lang),
    }
}

fn target_options(sheet: &Sheet, lang: Lang, current: Option<&Target>) -> Vec<PickOption> {
    let mut options = vec![opt(
        SheetText::WholeOrganisation.get(lang),
        current == Some(&Target::Organisation),
    )];
    options.extend(sheet.processings.iter().map(|p| {
        opt(
            format!("{} — {}", p.id, p.name),
            current == Some(&Target::Processing(p.id.clone())),
        )
    }));
    options
}

pub(crate) fn target_at(sheet: &Sheet, index: usize) -> Target {
    match index.checked_sub(1).and_then(|i| sheet.processings.get(i)) {
        Some(p) => Target::Processing(p.id.clone()),
        None => Target::Organisation,
    }
}

/// The text of a sheet field, as the field shows it.
pub fn field_text(config: &SheetConfig, sheet: &Sheet, field: SheetField) -> String {
    match field {
        SheetField::Processing(i, t) => sheet
            .processings
            .get(i)
            .map(|p| processing_text(p, t))
            .unwrap_or_default(),
        SheetField::Finding(i, t) => sheet
            .findings
            .get(i)
            .map(|f| match t {
                FText::Title => f.title.clone(),
                FText::Article => f.article.clone(),
                FText::Argument => f.argument.clone(),
            })
            .unwrap_or_default(),
        SheetField::Recommendation(i, r, t) => sheet
            .findings
            .get(i)
            .and_then(|f| f.recommendations.get(r))
            .map(|r| match t {
                RText::Text => r.text.clone(),
                RText::Deadline => r.deadline.clone(),
            })
            .unwrap_or_default(),
        SheetField::CheckComment(item) => config
            .items()
            .nth(item)
            .and_then(|(_, text)| sheet.check_answer(text))
            .map(|a| a.comment.clone())
            .unwrap_or_default(),
        SheetField::Opinion => sheet.opinion.clone(),
        SheetField::DismissReason(i) => sheet
            .dismissed
            .get(i)
            .map(|d| d.reason.clone())
            .unwrap_or_default(),
        SheetField::Controller => sheet.controller.clone(),
        SheetField::Representative => sheet.representative.clone(),
        SheetField::Dpo => sheet.dpo.clone(),
    }
}

pub fn processing_text(p: &Processing, field: PText) -> String {
    match field {
        PText::Id => p.id.clone(),
        PText::Name => p.name.clone(),
        PText::Purpose => p.purpose.clone(),
        PText::DataSubjects => join_values(&p.data_subjects),
        PText::DataCategories => join_values(&p.data_categories),
        PText::Recipients => join_values(&p.recipients),
        PText::Processors => join_values(&p.processors),
        PText::Transfers => join_values(&p.transfers),
        PText::Retention => p.retention.clone(),
        PText::SecurityMeasures => join_values(&p.security_measures),
        PText::JointControllers => join_values(&p.joint_controllers),
        PText::Art10Ground => p.art10_ground.clone(),
    }
}

/// Country codes of a transfers field, and the words that are not codes.
pub fn parse_transfers(text: &str) -> (Vec<String>, Vec<String>) {
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    for value in split_values(text) {
        if let Some(code) = countries::country_code(&value) {
            let code = code.to_string();
            if !codes.contains(&code) {
                codes.push(code);
            }
        } else {
            unknown.push(value);
        }
    }
    (codes, unknown)
}

/// Writes a text field into the sheet (the history was recorded when the field opened).
pub fn set_text(config: &SheetConfig, sheet: &mut Sheet, field: SheetField, text: String) {
    match field {
        SheetField::Processing(i, PText::Id) => {
            if let Some(old) = sheet.processings.get(i).map(|p| p.id.clone()) {
                sheet.rename_processing(&old, text.trim());
            }
        }
        SheetField::Processing(i, t) => {
            let Some(p) = sheet.processings.get_mut(i) else {
                return;
            };
            match t {
                PText::Id => {}
                PText::Name => p.name = text,
                PText::Purpose => p.purpose = text,
                PText::DataSubjects => p.data_subjects = split_values(&text),
                PText::DataCategories => p.data_categories = split_values(&text),
                PText::Recipients => p.recipients = split_values(&text),
                PText::Processors => p.processors = split_values(&text),
                PText::Transfers => p.transfers = parse_transfers(&text).0,
                PText::Retention => p.retention = text,
                PText::SecurityMeasures => p.security_measures = split_values(&text),
                PText::JointControllers => p.joint_controllers = split_values(&text),
                PText::Art10Ground => p.art10_ground = text,
            }
        }
        SheetField::Finding(i, t) => {
            if let Some(f) = sheet.findings.get_mut(i) {
                match t {
                    FText::Title => f.title = text,
                    FText::Article => f.article = text,
                    FText::Argument => f.argument = text,
                }
            }
        }
        SheetField::Recommendation(i, r, t) => {
            if let Some(rec) = sheet
                .findings
                .get_mut(i)
                .and_then(|f| f.recommendations.get_mut(r))
            {
                match t {
                    RText::Text => rec.text = text,
                    RText::Deadline => rec.deadline = text,
                }
            }
        }
        SheetField::CheckComment(item) => {
            if let Some((_, item)) = config.items().nth(item) {
                sheet.check_answer_mut(item).comment = text;
            }
        }
        SheetField::Opinion => sheet.opinion = text,
        SheetField::DismissReason(i) => {
            if let Some(d) = sheet.dismissed.get_mut(i) {
                d.reason = text;
            }
        }
        SheetField::Controller => sheet.controller = text.trim().to_string(),
        SheetField::Representative => sheet.representative = text.trim().to_string(),
        SheetField::Dpo => sheet.dpo = text.trim().to_string(),
    }
}

/// Applies the option at `index` of a single choice.
pub(crate) fn apply_choice(
    case: &crate::case::Case,
    sheet: &mut Sheet,
    choice: Choice,
    index: usize,
) {
    let _ = case;
    let target = target_at(sheet, index);
    fn finding(sheet: &mut Sheet, i: usize) -> Option<&mut AuditFinding> {
        sheet.findings.get_mut(i)
    }
    match choice {
        Choice::Processing(i, field) => {
            let Some(p) = sheet.processings.get_mut(i) else {
                return;
            };
            match field {
                PChoice::LegalBasis => {
                    if let Some(v) = LegalBasis::ALL.get(index) {
                        toggle(&mut p.legal_basis, *v);
                    }
                }
                PChoice::Minimisation => {
                    if let Some(v) = Minimisation::ALL.get(index) {
                        toggle(&mut p.minimisation, *v);
                    }
                }
                PChoice::CriminalData => p.criminal_data = yes_no_at(index),
                PChoice::Art9Exception => p.art9_exception = value_at(Art9Exception::ALL, index),
                PChoice::ProcessorContract => p.processor_contract = yes_no_at(index),
                PChoice::TransferSafeguard => {
                    p.transfer_safeguard = value_at(Safeguard::ALL, index)
                }
                PChoice::InformationGiven => p.information_given = yes_no_at(index),
                PChoice::DpiaDone => p.dpia_done = yes_no_at(index),
                PChoice::Severity(kind) => {
                    p.risks.get_mut(kind).severity = value_at(Level::ALL, index)
                }
                PChoice::Likelihood(kind) => {
                    p.risks.get_mut(kind).likelihood = value_at(Level::ALL, index)
                }
                PChoice::SpecialCategories => {
                    if let Some(v) = SpecialCategory::ALL.get(index) {
                        toggle(&mut p.special_categories, *v);
                    }
                }
                PChoice::DpiaCriteria => {
                    if let Some(v) = DpiaCriterion::ALL.get(index) {
                        toggle(&mut p.dpia_criteria, *v);
                    }
                }
            }
        }
        Choice::FindingTarget(i) => {
            if let Some(f) = finding(sheet, i) {
                f.target = target;
            }
        }
        Choice::FindingKind(i) => {
            if let (Some(f), Some(kind)) = (finding(sheet, i), FindingKind::ALL.get(index)) {
                f.kind = *kind;
            }
        }
        Choice::FindingRule(i) => {
            if let Some(f) = finding(sheet, i) {
                f.rule = value_at(Rule::ALL, index);
            }
        }
        Choice::FindingSeverity(i) => {
            if let Some(f) = finding(sheet, i) {
                f.severity = value_at(Severity::ALL, index);
            }
        }
        Choice::RecOwner(i, r) => {
            if let Some(rec) = finding(sheet, i).and_then(|f| f.recommendations.get_mut(r)) {
                rec.owner = value_at(Owner::ALL, index);
            }
        }
        Choice::RecPriority(i, r) => {
            if let Some(rec) = finding(sheet, i).and_then(|f| f.recommendations.get_mut(r)) {
                rec.priority = value_at(Priority::ALL, index);
            }
        }
        Choice::CheckStatus(_)
        | Choice::NewProcessing
        | Choice::NewFinding
        | Choice::OrganisationEntry => {}
    }
}

/// The next answer of a checklist item when Space is pressed.
pub(crate) fn cycle_status(status: Option<CheckStatus>) -> Option<CheckStatus> {
    match status {
        None => Some(CheckStatus::Yes),
        Some(CheckStatus::Yes) => Some(CheckStatus::Partial),
        Some(CheckStatus::Partial) => Some(CheckStatus::No),
        Some(CheckStatus::No) => Some(CheckStatus::NotApplicable),
        Some(CheckStatus::NotApplicable) => None,
    }
}

pub(crate) fn clear_choice(p: &mut Processing, choice: PChoice) {
    match choice {
        PChoice::LegalBasis => p.legal_basis.clear(),
        PChoice::Minimisation => p.minimisation.clear(),
        PChoice::CriminalData => p.criminal_data = None,
        PChoice::SpecialCategories => p.special_categories.clear(),
        PChoice::Art9Exception => p.art9_exception = None,
        PChoice::ProcessorContract => p.processor_contract = None,
        PChoice::TransferSafeguard => p.transfer_safeguard = None,
        PChoice::InformationGiven => p.information_given = None,
        PChoice::DpiaCriteria => p.dpia_criteria.clear(),
        PChoice::DpiaDone => p.dpia_done = None,
        PChoice::Severity(kind) => p.risks.get_mut(kind).severity = None,
        PChoice::Likelihood(kind) => p.risks.get_mut(kind).likelihood = None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfers_keep_codes_and_report_the_rest() {
        // Names in French or English become codes; a country named twice counts once.
        let (codes, unknown) = parse_transfers("us; Tunisie; tn; United States; Brésil; Atlantide");
        assert_eq!(codes, ["US", "TN", "BR"]);
        assert_eq!(unknown, ["Atlantide"]);
    }

    #[test]
    fn checklist_status_cycles_back_to_empty() {
        let mut status = None;
        for _ in 0..5 {
            status = cycle_status(status);
        }
        assert_eq!(status, None);
    }
}
