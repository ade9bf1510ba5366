//! The register as CSV: export with the exact header, and import that refuses a bad value
//! with its line, column and allowed values (and then changes nothing). The header keeps the
//! first register's 18 columns in order and appends the later ones; a file with only the 18
//! first columns still imports (`criminal` among its special categories becomes
//! `criminal_data=yes`).

use crate::workbench::csv_input;
use crate::workbench::gdpr::countries;
use crate::workbench::gdpr::model::{
    split_values, yes_no, Art9Exception, DpiaCriterion, LegalBasis, Minimisation, Processing,
    Safeguard, Sheet, SpecialCategory,
};

/// The columns of the first register, which an old file has alone.
const OLD_COLUMNS: usize = 18;

/// The CSV header, exactly.
pub const CSV_HEADER: [&str; 22] = [
    "id",
    "name",
    "purpose",
    "legal_basis",
    "data_subjects",
    "data_categories",
    "special_categories",
    "art9_exception",
    "recipients",
    "processors",
    "processor_contract",
    "transfers",
    "transfer_safeguard",
    "retention",
    "security_measures",
    "information_given",
    "dpia_criteria",
    "dpia_done",
    "joint_controllers",
    "criminal_data",
    "art10_ground",
    "minimisation",
];

fn codes<T: Copy>(values: &[T], code: fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| code(*v))
        .collect::<Vec<_>>()
        .join(";")
}

/// The register as a table: the header, then one row per processing in the register's order.
pub fn register_table(sheet: &Sheet) -> Vec<Vec<String>> {
    let mut table = vec![CSV_HEADER.iter().map(|h| h.to_string()).collect()];
    for p in &sheet.processings {
        table.push(vec![
            p.id.clone(),
            p.name.clone(),
            p.purpose.clone(),
            codes(&p.legal_basis, LegalBasis::code),
            p.data_subjects.join(";"),
            p.data_categories.join(";"),
            codes(&p.special_categories, SpecialCategory::code),
            p.art9_exception.map_or("", Art9Exception::code).to_string(),
            p.recipients.join(";"),
            p.processors.join(";"),
            yes_no(p.processor_contract).to_string(),
            p.transfers.join(";"),
            p.transfer_safeguard.map_or("", Safeguard::code).to_string(),
            p.retention.clone(),
            p.security_measures.join(";"),
            yes_no(p.information_given).to_string(),
            codes(&p.dpia_criteria, DpiaCriterion::code),
            yes_no(p.dpia_done).to_string(),
            p.joint_controllers.join(";"),
            yes_no(p.criminal_data).to_string(),
            p.art10_ground.clone(),
            codes(&p.minimisation, Minimisation::code),
        ]);
    }
    table
}

/// One CSV row per processing, in the register's order.
pub fn register_csv(sheet: &Sheet) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    for line in register_table(sheet) {
        let _ = out.write_record(line);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The register as a workbook: one sheet, `register`, the CSV's header and rows.
pub fn register_xlsx(sheet: &Sheet) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    crate::workbench::xlsx::workbook(&[crate::workbench::xlsx::Sheet {
        name: "register".into(),
        rows: register_table(sheet),
    }])
}

/// Why a register CSV was refused; every message names the line and, for a value, the
/// column and the allowed values.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("line {line}: the file cannot be read as CSV ({message})")]
    Csv { line: u64, message: String },
    #[error("line 1: the header must be exactly {} (or its first 18 columns), read with the separator {separator}", CSV_HEADER.join(","))]
    Header { separator: &'static str },
    #[error("line {line}: expected {expected} cells, found {found}")]
    CellCount {
        line: u64,
        expected: usize,
        found: usize,
    },
    #[error("line {line}, column {column} ({name}): {value:?} is not allowed; allowed values: {allowed}")]
    BadValue {
        line: u64,
        column: usize,
        name: &'static str,
        value: String,
        allowed: Allowed,
    },
    #[error("line {line}, column 1 (id): the id {id:?} is already used on line {first}")]
    DuplicateId { line: u64, id: String, first: u64 },
}

/// What a cell may hold: one of the coded values or nothing, several of them, or (the id)
/// any text but none.
#[derive(Debug, Clone, PartialEq)]
pub enum Allowed {
    OneOrEmpty(String),
    Several(String),
    NonEmptyId,
}

impl std::fmt::Display for Allowed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Allowed::OneOrEmpty(values) => write!(f, "{values} or empty"),
            Allowed::Several(values) => write!(f, "{values}, separated by ';'"),
            Allowed::NonEmptyId => f.write_str("a non-empty id"),
        }
    }
}

fn bad(line: u64, column: usize, value: &str, allowed: Allowed) -> ImportError {
    ImportError::BadValue {
        line,
        column: column + 1,
        name: CSV_HEADER[column],
        value: value.to_string(),
        allowed,
    }
}

fn one<T>(
    line: u64,
    column: usize,
    cell: &str,
    parse: fn(&str) -> Option<T>,
    allowed: String,
) -> Result<Option<T>, ImportError> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    parse(cell)
        .map(Some)
        .ok_or_else(|| bad(line, column, cell, Allowed::OneOrEmpty(allowed)))
}

fn many<T: PartialEq>(
    line: u64,
    column: usize,
    cell: &str,
    parse: fn(&str) -> Option<T>,
    allowed: String,
) -> Result<Vec<T>, ImportError> {
    let mut values = Vec::new();
    for value in split_values(cell) {
        let parsed = parse(&value)
            .ok_or_else(|| bad(line, column, &value, Allowed::Several(allowed.clone())))?;
        if !values.contains(&parsed) {
            values.push(parsed);
        }
    }
    Ok(values)
}

fn parse_yes_no(text: &str) -> Option<bool> {
    match text {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A special category, or `criminal` (art. 10) from a register of the first format.
fn parse_category(text: &str) -> Option<Option<SpecialCategory>> {
    match text {
        "criminal" => Some(None),
        _ => SpecialCategory::from_code(text).map(Some),
    }
}

fn parse_country(text: &str) -> Option<String> {
    countries::country_code(text).map(str::to_string)
}

/// Reads a register CSV (the export's format). Nothing is returned unless every row is valid.
pub fn parse_register_csv(text: &str) -> Result<Vec<Processing>, ImportError> {
    let prepared = csv_input::prepare(text);
    let text: &str = &prepared.text;
    let mut reader = prepared
        .builder()
        .has_headers(false)
        .flexible(true)
        .from_reader(prepared.bytes());
    let mut processings: Vec<(u64, Processing)> = Vec::new();
    let mut lines = csv_input::LineCounter::default();
    let mut columns = CSV_HEADER.len();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::Csv {
            line: csv_input::error_line(&e, text, index as u64 + 1),
            message: e.to_string(),
        })?;
        let line = record
            .position()
            .map_or(index as u64 + 1, |p| lines.line_at(text, p.byte()));
        if index == 0 {
            let header: Vec<&str> = record.iter().map(str::trim).collect();
            if header != CSV_HEADER && header != CSV_HEADER[..OLD_COLUMNS] {
                return Err(ImportError::Header {
                    separator: csv_input::delimiter_name(prepared.delimiter),
                });
            }
            columns = header.len();
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != columns {
            return Err(ImportError::CellCount {
                line,
                expected: columns,
                found: record.len(),
            });
        }
        let cell = |column: usize| record.get(column).unwrap_or("");
        let id = cell(0).trim().to_string();
        if id.is_empty() {
            return Err(bad(line, 0, "", Allowed::NonEmptyId));
        }
        if let Some((first, _)) = processings.iter().find(|(_, p)| p.id == id) {
            return Err(ImportError::DuplicateId {
                line,
                id,
                first: *first,
            });
        }
        let yes_no_allowed = || "yes, no".to_string();
        let categories = many(
            line,
            6,
            cell(6),
            parse_category,
            format!("{}, criminal", SpecialCategory::codes()),
        )?;
        let old_criminal = categories.contains(&None);
        let criminal_data = one(line, 19, cell(19), parse_yes_no, yes_no_allowed())?;
        let processing = Processing {
            id,
            name: cell(1).trim().to_string(),
            purpose: cell(2).trim().to_string(),
            legal_basis: many(line, 3, cell(3), LegalBasis::from_code, LegalBasis::codes())?,
            joint_controllers: split_values(cell(18)),
            data_subjects: split_values(cell(4)),
            data_categories: split_values(cell(5)),
            special_categories: categories.into_iter().flatten().collect(),
            art9_exception: one(
                line,
                7,
                cell(7),
                Art9Exception::from_code,
                Art9Exception::codes(),
            )?,
            criminal_data: if old_criminal {
                Some(true)
            } else {
                criminal_data
            },
            art10_ground: cell(20).trim().to_string(),
            minimisation: many(
                line,
                21,
                cell(21),
                Minimisation::from_code,
                Minimisation::codes(),
            )?,
            recipients: split_values(cell(8)),
            processors: split_values(cell(9)),
            processor_contract: one(line, 10, cell(10), parse_yes_no, yes_no_allowed())?,
            transfers: many(
                line,
                11,
                cell(11),
                parse_country,
                "ISO 3166-1 alpha-2 country codes or country names (US, TN, Brésil...)".into(),
            )?,
            transfer_safeguard: one(line, 12, cell(12), Safeguard::from_code, Safeguard::codes())?,
            retention: cell(13).trim().to_string(),
            security_measures: split_values(cell(14)),
            information_given: one(line, 15, cell(15), parse_yes_no, yes_no_allowed())?,
            dpia_criteria: many(
                line,
                16,
                cell(16),
                DpiaCriterion::from_code,
                DpiaCriterion::codes(),
            )?,
            dpia_done: one(line, 17, cell(17), parse_yes_no, yes_no_allowed())?,
            risks: Default::default(),
        };
        processings.push((line, processing));
    }
    Ok(processings.into_iter().map(|(_, p)| p).collect())
}

/// Replaces the register with the imported processings. The CSV does not carry the risks:
/// a processing that keeps its id keeps its risk assessment. Findings, decisions, checklist
/// and opinion are the audit's, not the register's, and stay.
pub fn replace_register(sheet: &mut Sheet, mut processings: Vec<Processing>) {
    for p in &mut processings {
        if let Some(old) = sheet.processing(&p.id) {
            p.risks = old.risks.clone();
        }
    }
    sheet.processings = processings;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::gdpr::model::*;

    fn full() -> Processing {
        crate::workbench::gdpr::formats::sample_processing()
    }

    #[test]
    fn csv_has_exactly_the_header_and_semicolons() {
        let sheet = Sheet {
            processings: vec![full()],
            ..Sheet::default()
        };
        let text = register_csv(&sheet);
        assert_eq!(
            text.lines().next().unwrap(),
            "id,name,purpose,legal_basis,data_subjects,data_categories,special_categories,art9_exception,recipients,processors,processor_contract,transfers,transfer_safeguard,retention,security_measures,information_given,dpia_criteria,dpia_done,joint_controllers,criminal_data,art10_ground,minimisation"
        );
        let row = text.lines().nth(1).unwrap();
        assert!(row.contains(",legal_obligation;contract,"), "{row}");
        assert!(row.contains(",health;trade_union,employment,"), "{row}");
        assert!(row.contains(",no,TN,none,"), "{row}");
        assert!(
            row.ends_with(",sensitive_data;vulnerable_subjects,no,Verdier Holding,no,,video_kept_over_a_month"),
            "{row}"
        );
    }

    #[test]
    fn a_register_of_the_first_format_still_imports() {
        let old_header = CSV_HEADER[..18].join(",");
        let text = format!(
            "{old_header}\npaie,Paie,,legal_obligation,,,health;criminal,employment,,,,,,,,,,\n"
        );
        let imported = parse_register_csv(&text).unwrap();
        assert_eq!(imported[0].legal_basis, [LegalBasis::LegalObligation]);
        assert_eq!(imported[0].special_categories, [SpecialCategory::Health]);
        assert_eq!(imported[0].criminal_data, Some(true));
        assert!(imported[0].joint_controllers.is_empty());
        // A row of the old width under the new header is refused.
        let header = CSV_HEADER.join(",");
        let err =
            parse_register_csv(&format!("{header}\npaie,Paie,,,,,,,,,,,,,,,,\n")).unwrap_err();
        assert_eq!(
            err,
            ImportError::CellCount {
                line: 2,
                expected: 22,
                found: 18
            }
        );
    }

    #[test]
    fn export_then_import_gives_the_same_register() {
        let mut second = full();
        second.id = "wifi".into();
        second.legal_basis.clear();
        second.joint_controllers.clear();
        second.criminal_data = None;
        second.minimisation.clear();
        second.art10_ground = "loi du 6 janvier 1978, art. 46".into();
        second.special_categories.clear();
        second.art9_exception = None;
        second.transfers.clear();
        second.transfer_safeguard = None;
        second.processor_contract = None;
        second.information_given = None;
        second.dpia_done = None;
        second.dpia_criteria.clear();
        second.purpose = "Ligne 1, avec virgule\net retour".into();
        let sheet = Sheet {
            processings: vec![full(), second],
            ..Sheet::default()
        };
        let imported = parse_register_csv(&register_csv(&sheet)).unwrap();
        assert_eq!(imported, sheet.processings);
    }

    fn csv_with(column: &str, value: &str) -> String {
        let sheet = Sheet {
            processings: vec![full(), full()],
            ..Sheet::default()
        };
        let mut text = register_csv(&sheet);
        // Second data row (line 3): change one cell.
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let at = CSV_HEADER.iter().position(|h| *h == column).unwrap();
        let mut row: Vec<String> = rows[1].iter().map(str::to_string).collect();
        row[0] = "autre".into();
        row[at] = value.into();
        rows[1] = csv::StringRecord::from(row);
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(CSV_HEADER).unwrap();
        for r in &rows {
            out.write_record(r).unwrap();
        }
        text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        text
    }

    #[test]
    fn bad_values_name_line_column_and_allowed_values() {
        let err = parse_register_csv(&csv_with("legal_basis", "consentement")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3, column 4 (legal_basis): \"consentement\" is not allowed; allowed values: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, separated by ';'"
        );
        let err = parse_register_csv(&csv_with("special_categories", "health;sante")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("line 3, column 7 (special_categories): \"sante\" is not allowed; allowed values: health, biometric,"),
            "{err}"
        );
        let err = parse_register_csv(&csv_with("transfers", "US;XX")).unwrap_err();
        assert!(
            err.to_string().contains("column 12 (transfers): \"XX\""),
            "{err}"
        );
        let err = parse_register_csv(&csv_with("dpia_done", "oui")).unwrap_err();
        assert!(
            err.to_string().ends_with(
                "column 18 (dpia_done): \"oui\" is not allowed; allowed values: yes, no or empty"
            ),
            "{err}"
        );
        let err = parse_register_csv(&csv_with("transfer_safeguard", "SCC")).unwrap_err();
        assert!(
            err.to_string()
                .contains("adequacy, scc, bcr, derogation, none"),
            "{err}"
        );
        let err = parse_register_csv(&csv_with("dpia_criteria", "profiling")).unwrap_err();
        assert!(err.to_string().contains("evaluation_scoring"), "{err}");
    }

    #[test]
    fn structural_errors_are_refused() {
        assert_eq!(
            parse_register_csv("id,name\npaie,Paie\n").unwrap_err(),
            ImportError::Header { separator: "\",\"" }
        );
        let header = CSV_HEADER.join(",");
        let err = parse_register_csv(&format!("{header}\npaie,Paie\n")).unwrap_err();
        assert_eq!(
            err,
            ImportError::CellCount {
                line: 2,
                expected: 22,
                found: 2
            }
        );
        let row = "paie,Paie,,,,,,,,,,,,,,,,,,,,";
        let err = parse_register_csv(&format!("{header}\n{row}\n{row}\n")).unwrap_err();
        assert_eq!(
            err,
            ImportError::DuplicateId {
                line: 3,
                id: "paie".into(),
                first: 2
            }
        );
        let err =
            parse_register_csv(&format!("{header}\n,Paie,,,,,,,,,,,,,,,,,,,,\n")).unwrap_err();
        assert!(
            err.to_string().starts_with("line 2, column 1 (id)"),
            "{err}"
        );
        // A spreadsheet's byte-order mark, lower-case codes and country names are fine.
        let ok = parse_register_csv(&format!(
            "\u{feff}{header}\npaie,Paie,,,,,,,,,,us;tn;Brésil,,,,,,,,,,\n"
        ))
        .unwrap();
        assert_eq!(ok[0].transfers, ["US", "TN", "BR"]);
    }

    #[test]
    fn crlf_and_blank_lines_keep_exact_line_numbers() {
        let lf = csv_with("legal_basis", "consentement");
        let crlf = lf.replace('\n', "\r\n");
        let expected = parse_register_csv(&lf).unwrap_err();
        assert!(
            expected.to_string().starts_with("line 3, column 4"),
            "{expected}"
        );
        assert_eq!(parse_register_csv(&crlf).unwrap_err(), expected);
        // A blank line before the bad row moves it to line 4, with either line end.
        let mut rows: Vec<&str> = lf.lines().collect();
        rows.insert(2, "");
        let blank = rows.join("\r\n");
        let err = parse_register_csv(&blank).unwrap_err();
        assert!(err.to_string().starts_with("line 4, column 4"), "{err}");
    }

    #[test]
    fn a_french_excel_file_is_read_windows_1252_semicolons_crlf() {
        let bytes = include_bytes!("../../../../tests/fixtures/csv/register_excel_fr_cp1252.csv");
        let (text, encoding) = csv_input::decode(bytes).unwrap();
        assert_eq!(encoding, csv_input::SourceEncoding::Windows1252);
        let err = parse_register_csv(&text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3, column 4 (legal_basis): \"consentement\" is not allowed; allowed values: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, separated by ';'"
        );
        let fixed = text.replace(";consentement;", ";consent;");
        let register = parse_register_csv(&fixed).unwrap();
        assert_eq!(register.len(), 2);
        assert_eq!(register[0].name, "Paie des salariés");
        assert_eq!(register[0].data_categories, ["identité", "rémunération"]);
        assert_eq!(
            register[0].special_categories,
            [SpecialCategory::Health, SpecialCategory::TradeUnion]
        );
        assert_eq!(register[0].transfers, ["TN"]);
        assert_eq!(register[1].legal_basis, vec![LegalBasis::Consent]);
        // A header read with the wrong separator says which one it saw.
        let err = parse_register_csv("id;name\tx\n").unwrap_err();
        assert!(
            err.to_string().ends_with("read with the separator \";\""),
            "{err}"
        );
    }

    #[test]
    fn import_keeps_risks_of_processings_that_stay() {
        let mut p = full();
        p.risks.disappearance.severity = Some(Level::Maximum);
        let mut sheet = Sheet {
            processings: vec![p],
            opinion: "avis".into(),
            ..Sheet::default()
        };
        let mut incoming = full();
        incoming.name = "Paie (nouveau nom)".into();
        replace_register(&mut sheet, vec![incoming]);
        assert_eq!(sheet.processings[0].name, "Paie (nouveau nom)");
        assert_eq!(
            sheet.processings[0].risks.disappearance.severity,
            Some(Level::Maximum)
        );
        assert_eq!(sheet.opinion, "avis");
    }
}
