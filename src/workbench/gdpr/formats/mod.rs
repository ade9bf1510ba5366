//! The A7 audit sheet's formats: the register as CSV (export and import, the exact header of
//! issue 6, multi-valued cells separated by `;`) in `csv_register`, the whole sheet as
//! Markdown (as a DPO would circulate it) and as HTML for `report.html` in `document`. Pure
//! functions on text.
//!
//! Their headings and the labels of every coded value are in `i18n` (`SheetText`).

pub mod csv_register;
mod document;

pub use csv_register::{
    parse_register_csv, register_csv, register_table, register_xlsx, replace_register, ImportError,
    CSV_HEADER,
};
pub use document::{action_plan, register_fields, sheet_html, sheet_markdown, transfers_label};

/// A processing with every register field filled, for the tests of both formats.
#[cfg(test)]
fn sample_processing() -> crate::workbench::gdpr::model::Processing {
    use crate::workbench::gdpr::model::*;

    Processing {
        id: "paie".into(),
        name: "Paie, \"externalisée\"".into(),
        purpose: "Payer les salariés, produire la DSN".into(),
        legal_basis: vec![LegalBasis::LegalObligation, LegalBasis::Contract],
        joint_controllers: vec!["Verdier Holding".into()],
        data_subjects: vec!["salariés".into(), "saisonniers".into()],
        data_categories: vec!["NIR".into(), "IBAN".into()],
        special_categories: vec![SpecialCategory::Health, SpecialCategory::TradeUnion],
        art9_exception: Some(Art9Exception::Employment),
        criminal_data: Some(false),
        art10_ground: String::new(),
        minimisation: vec![Minimisation::VideoKeptOverAMonth],
        recipients: vec!["RH".into()],
        processors: vec!["PayExpert SAS".into()],
        processor_contract: Some(false),
        transfers: vec!["TN".into()],
        transfer_safeguard: Some(Safeguard::None),
        retention: "5 ans, puis archivage".into(),
        security_measures: vec!["espace d'échange".into()],
        information_given: Some(true),
        dpia_criteria: vec![
            DpiaCriterion::SensitiveData,
            DpiaCriterion::VulnerableSubjects,
        ],
        dpia_done: Some(false),
        risks: Risks::default(),
    }
}
