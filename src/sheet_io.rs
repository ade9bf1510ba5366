//! The A7 audit sheet's formats: the register as CSV (export and import, the exact header of
//! issue 6, multi-valued cells separated by `;`), the whole sheet as Markdown (as a DPO
//! would circulate it) and as HTML for `report.html`. Pure functions on text.
//!
//! The sheet's own headings are written here in both languages side by side (`tr`), beside
//! the model's labels of every coded value, so the two languages cannot drift apart.

use crate::audit::{self, Decision, SheetConfig};
use crate::i18n::Lang;
use crate::model::countries;
use crate::model::sheet::{
    join_values, split_values, yes_no, Art9Exception, DpiaCriterion, LegalBasis, Processing,
    RiskKind, Safeguard, Sheet, SpecialCategory, Target,
};
use crate::report::escape;
use std::fmt::Write as _;

/// The CSV header, exactly.
pub const CSV_HEADER: [&str; 18] = [
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
];

pub fn tr(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn codes<T: Copy>(values: &[T], code: fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| code(*v))
        .collect::<Vec<_>>()
        .join(";")
}

/// One CSV row per processing, in the register's order.
pub fn register_csv(sheet: &Sheet) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = out.write_record(CSV_HEADER);
    for p in &sheet.processings {
        let _ = out.write_record([
            p.id.as_str(),
            &p.name,
            &p.purpose,
            p.legal_basis.map_or("", LegalBasis::code),
            &p.data_subjects.join(";"),
            &p.data_categories.join(";"),
            &codes(&p.special_categories, SpecialCategory::code),
            p.art9_exception.map_or("", Art9Exception::code),
            &p.recipients.join(";"),
            &p.processors.join(";"),
            yes_no(p.processor_contract),
            &p.transfers.join(";"),
            p.transfer_safeguard.map_or("", Safeguard::code),
            &p.retention,
            &p.security_measures.join(";"),
            yes_no(p.information_given),
            &codes(&p.dpia_criteria, DpiaCriterion::code),
            yes_no(p.dpia_done),
        ]);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Why a register CSV was refused; every message names the line and, for a value, the
/// column and the allowed values.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("line {line}: the file cannot be read as CSV ({message})")]
    Csv { line: u64, message: String },
    #[error("line 1: the header must be exactly {}", CSV_HEADER.join(","))]
    Header,
    #[error("line {line}: expected {} cells, found {found}", CSV_HEADER.len())]
    CellCount { line: u64, found: usize },
    #[error("line {line}, column {column} ({name}): {value:?} is not allowed; allowed values: {allowed}")]
    BadValue {
        line: u64,
        column: usize,
        name: &'static str,
        value: String,
        allowed: String,
    },
    #[error("line {line}, column 1 (id): the id {id:?} is already used on line {first}")]
    DuplicateId { line: u64, id: String, first: u64 },
}

fn bad(line: u64, column: usize, value: &str, allowed: String) -> ImportError {
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
        .ok_or_else(|| bad(line, column, cell, format!("{allowed} or empty")))
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
            .ok_or_else(|| bad(line, column, &value, format!("{allowed}, separated by ';'")))?;
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

fn parse_country(text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    countries::is_country_code(&upper).then_some(upper)
}

/// Reads a register CSV (the export's format). Nothing is returned unless every row is valid.
pub fn parse_register_csv(text: &str) -> Result<Vec<Processing>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut processings: Vec<(u64, Processing)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::Csv {
            line: e.position().map_or(index as u64 + 1, |p| p.line()),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(index as u64 + 1, |p| p.line());
        if index == 0 {
            let header: Vec<&str> = record.iter().map(str::trim).collect();
            if header != CSV_HEADER {
                return Err(ImportError::Header);
            }
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != CSV_HEADER.len() {
            return Err(ImportError::CellCount {
                line,
                found: record.len(),
            });
        }
        let cell = |column: usize| record.get(column).unwrap_or("");
        let id = cell(0).trim().to_string();
        if id.is_empty() {
            return Err(bad(line, 0, "", "a non-empty id".into()));
        }
        if let Some((first, _)) = processings.iter().find(|(_, p)| p.id == id) {
            return Err(ImportError::DuplicateId {
                line,
                id,
                first: *first,
            });
        }
        let yes_no_allowed = || "yes, no".to_string();
        let processing = Processing {
            id,
            name: cell(1).trim().to_string(),
            purpose: cell(2).trim().to_string(),
            legal_basis: one(line, 3, cell(3), LegalBasis::from_code, LegalBasis::codes())?,
            data_subjects: split_values(cell(4)),
            data_categories: split_values(cell(5)),
            special_categories: many(
                line,
                6,
                cell(6),
                SpecialCategory::from_code,
                SpecialCategory::codes(),
            )?,
            art9_exception: one(
                line,
                7,
                cell(7),
                Art9Exception::from_code,
                Art9Exception::codes(),
            )?,
            recipients: split_values(cell(8)),
            processors: split_values(cell(9)),
            processor_contract: one(line, 10, cell(10), parse_yes_no, yes_no_allowed())?,
            transfers: many(
                line,
                11,
                cell(11),
                parse_country,
                "ISO 3166-1 alpha-2 country codes (US, TN...)".into(),
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

// ---------------------------------------------------------------------------------------
// Markdown and HTML.

fn or_dash(text: String) -> String {
    if text.trim().is_empty() {
        "—".into()
    } else {
        text
    }
}

fn yes_no_label(lang: Lang, value: Option<bool>) -> String {
    match value {
        Some(true) => tr(lang, "oui", "yes").into(),
        Some(false) => tr(lang, "non", "no").into(),
        None => String::new(),
    }
}

fn labels<T: Copy>(lang: Lang, values: &[T], label: fn(T, Lang) -> &'static str) -> String {
    values
        .iter()
        .map(|v| label(*v, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Transfer countries, each with what covers it: the EEA, an adequacy decision (whole or
/// partial), or nothing (then a safeguard is needed).
pub fn transfers_label(lang: Lang, transfers: &[String]) -> String {
    transfers
        .iter()
        .map(|c| {
            if countries::in_eea(c) {
                format!("{c} ({})", tr(lang, "EEE", "EEA"))
            } else if let Some(adequacy) = countries::adequacy(c) {
                let label = match adequacy {
                    countries::Adequacy::Full => tr(lang, "adéquation", "adequacy"),
                    countries::Adequacy::Partial => {
                        tr(lang, "adéquation partielle", "partial adequacy")
                    }
                };
                format!("{c} ({label})")
            } else {
                format!("{c} ({})", tr(lang, "sans adéquation", "no adequacy"))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The register's fields of one processing, as (label, value) pairs, in art. 30(1)'s order.
pub fn register_fields(lang: Lang, p: &Processing) -> Vec<(&'static str, String)> {
    let transfers = transfers_label(lang, &p.transfers);
    vec![
        (tr(lang, "Finalité", "Purpose"), p.purpose.clone()),
        (
            tr(lang, "Base légale", "Legal basis"),
            p.legal_basis
                .map_or(String::new(), |b| b.label(lang).into()),
        ),
        (
            tr(lang, "Personnes concernées", "Data subjects"),
            join_values(&p.data_subjects),
        ),
        (
            tr(lang, "Catégories de données", "Data categories"),
            join_values(&p.data_categories),
        ),
        (
            tr(
                lang,
                "Données sensibles (art. 9)",
                "Special categories (art. 9)",
            ),
            labels(lang, &p.special_categories, SpecialCategory::label),
        ),
        (
            tr(lang, "Exception art. 9.2", "Art. 9(2) exception"),
            p.art9_exception
                .map_or(String::new(), |e| e.label(lang).into()),
        ),
        (
            tr(lang, "Destinataires", "Recipients"),
            join_values(&p.recipients),
        ),
        (
            tr(lang, "Sous-traitants", "Processors"),
            join_values(&p.processors),
        ),
        (
            tr(lang, "Contrat art. 28", "Art. 28 contract"),
            yes_no_label(lang, p.processor_contract),
        ),
        (
            tr(lang, "Transferts hors UE", "Transfers outside the EU"),
            transfers,
        ),
        (
            tr(lang, "Garantie du transfert", "Transfer safeguard"),
            p.transfer_safeguard
                .map_or(String::new(), |s| s.label(lang).into()),
        ),
        (
            tr(lang, "Durée de conservation", "Retention"),
            p.retention.clone(),
        ),
        (
            tr(lang, "Mesures de sécurité", "Security measures"),
            join_values(&p.security_measures),
        ),
        (
            tr(
                lang,
                "Personnes informées (art. 13/14)",
                "Data subjects informed (art. 13/14)",
            ),
            yes_no_label(lang, p.information_given),
        ),
        (
            tr(lang, "Critères AIPD (CEPD)", "DPIA criteria (EDPB)"),
            labels(lang, &p.dpia_criteria, DpiaCriterion::label),
        ),
        (
            tr(lang, "AIPD réalisée", "DPIA done"),
            yes_no_label(lang, p.dpia_done),
        ),
    ]
}

fn target_label(lang: Lang, target: &Target) -> String {
    match target {
        Target::Organisation => tr(lang, "Organisation", "Organisation").into(),
        Target::Processing(id) => id.clone(),
    }
}

fn md_cell(text: &str) -> String {
    or_dash(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|"),
    )
}

fn level(lang: Lang, level: Option<crate::model::sheet::Level>) -> String {
    level.map_or("—".into(), |l| l.label(lang).into())
}

/// Every recommendation, most urgent first (then by owner), with its finding's id: the
/// action plan as the sheet's readers act on it.
pub fn action_plan(
    sheet: &Sheet,
) -> Vec<(
    &crate::model::sheet::AuditFinding,
    &crate::model::sheet::Recommendation,
)> {
    let mut plan: Vec<_> = sheet
        .findings
        .iter()
        .flat_map(|f| f.recommendations.iter().map(move |r| (f, r)))
        .collect();
    // Unset priorities and owners go last; the sort is stable, so the sheet's order stays.
    plan.sort_by_key(|(_, r)| {
        (
            r.priority.map_or(u8::MAX, |p| p as u8),
            r.owner.map_or(u8::MAX, |o| o as u8),
        )
    });
    plan
}

/// The whole sheet in Markdown: register, risks, checklist, findings and recommendations,
/// decisions on the engine's proposals, opinion. Headings start at level 3.
pub fn sheet_markdown(config: &SheetConfig, sheet: &Sheet, lang: Lang) -> String {
    let mut md = String::new();
    let _ = writeln!(
        md,
        "### {}\n",
        tr(
            lang,
            "Registre des traitements (art. 30)",
            "Register of processing activities (art. 30)"
        )
    );
    for p in &sheet.processings {
        let _ = writeln!(md, "#### {} — {}\n", md_cell(&p.id), md_cell(&p.name));
        let _ = writeln!(
            md,
            "| {} | {} |\n|---|---|",
            tr(lang, "Élément", "Field"),
            tr(lang, "Valeur", "Value")
        );
        for (label, value) in register_fields(lang, p) {
            let _ = writeln!(md, "| {label} | {} |", md_cell(&value));
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        tr(lang, "Risques (méthode CNIL)", "Risks (CNIL method)"),
        tr(lang, "Traitement", "Processing"),
        tr(lang, "Risque", "Risk"),
        tr(lang, "Gravité", "Severity"),
        tr(lang, "Vraisemblance", "Likelihood")
    );
    for p in &sheet.processings {
        for kind in RiskKind::ALL {
            let risk = p.risks.get(*kind);
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                md_cell(&p.id),
                kind.label(lang),
                level(lang, risk.severity),
                level(lang, risk.likelihood)
            );
        }
    }
    md.push('\n');
    let _ = writeln!(
        md,
        "### {}\n",
        tr(lang, "Sécurité : liste de contrôle", "Security checklist")
    );
    for group in &config.security_checklist {
        let _ = writeln!(md, "**{}**\n", md_cell(&group.group));
        for item in &group.items {
            let answer = sheet.check_answer(item);
            let status = answer.and_then(|a| a.status).map_or("—", |s| s.label(lang));
            let _ = write!(md, "- [{status}] {}", md_cell(item));
            if let Some(comment) = answer.map(|a| a.comment.trim()).filter(|c| !c.is_empty()) {
                let _ = write!(md, " — _{}_", md_cell(comment));
            }
            md.push('\n');
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "### {}\n",
        tr(
            lang,
            "Constats et préconisations",
            "Findings and recommendations"
        )
    );
    if sheet.findings.is_empty() {
        md.push_str("—\n\n");
    }
    for f in &sheet.findings {
        let _ = writeln!(
            md,
            "#### {} · {} — {}\n",
            md_cell(&f.id),
            f.kind.label(lang),
            md_cell(&f.title)
        );
        let _ = writeln!(
            md,
            "- **{}** {}\n- **{}** {}\n- **{}** {}\n- **{}** {}",
            tr(lang, "Concerne :", "Concerns:"),
            md_cell(&target_label(lang, &f.target)),
            tr(lang, "Règle :", "Rule:"),
            f.rule.map_or("—".into(), |r| format!(
                "{} ({})",
                r.label(lang),
                r.code()
            )),
            tr(lang, "Article :", "Article:"),
            md_cell(&f.article),
            tr(lang, "Gravité :", "Severity:"),
            f.severity.map_or("—", |s| s.label(lang)),
        );
        if !f.argument.trim().is_empty() {
            let _ = writeln!(md, "\n{}", f.argument.trim());
        }
        if !f.recommendations.is_empty() {
            let _ = writeln!(
                md,
                "\n| {} | {} | {} | {} |\n|---|---|---|---|",
                tr(lang, "Préconisation", "Recommendation"),
                tr(lang, "Pour", "For"),
                tr(lang, "Priorité", "Priority"),
                tr(lang, "Échéance", "Deadline")
            );
            for r in &f.recommendations {
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} |",
                    md_cell(&r.text),
                    r.owner.map_or("—", |o| o.label(lang)),
                    r.priority.map_or("—", |p| p.label(lang)),
                    md_cell(&r.deadline)
                );
            }
        }
        md.push('\n');
    }
    let plan = action_plan(sheet);
    if !plan.is_empty() {
        let _ = writeln!(
            md,
            "### {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
            tr(lang, "Plan d'action", "Action plan"),
            tr(lang, "Priorité", "Priority"),
            tr(lang, "Pour", "For"),
            tr(lang, "Préconisation", "Recommendation"),
            tr(lang, "Échéance", "Deadline"),
            tr(lang, "Constat", "Finding")
        );
        for (f, r) in plan {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                r.priority.map_or("—", |p| p.label(lang)),
                r.owner.map_or("—", |o| o.label(lang)),
                md_cell(&r.text),
                md_cell(&r.deadline),
                md_cell(&f.id)
            );
        }
        md.push('\n');
    }
    let pending: Vec<_> = audit::proposals(sheet)
        .into_iter()
        .filter(|p| audit::decision(sheet, &p.id()) == Decision::Pending)
        .collect();
    if !sheet.dismissed.is_empty() || !pending.is_empty() {
        let _ = writeln!(
            md,
            "### {}\n",
            tr(
                lang,
                "Propositions de l'analyse automatique",
                "Proposals of the automatic analysis"
            )
        );
        for d in &sheet.dismissed {
            let _ = writeln!(
                md,
                "- {} **{}** — {}",
                tr(lang, "Écartée :", "Dismissed:"),
                md_cell(&d.id),
                md_cell(&d.reason)
            );
        }
        for p in pending {
            let _ = writeln!(
                md,
                "- {} **{}** — {}",
                tr(lang, "Non traitée :", "Undecided:"),
                p.id(),
                p.rule.label(lang)
            );
        }
        md.push('\n');
    }
    let _ = writeln!(md, "### {}\n", tr(lang, "Avis", "Opinion"));
    let _ = writeln!(md, "{}\n", or_dash(sheet.opinion.trim().to_string()));
    md
}

/// The sheet for `report.html`: every piece of text escaped.
pub fn sheet_html(out: &mut String, config: &SheetConfig, sheet: &Sheet, lang: Lang) {
    let e = |s: &str| escape(&or_dash(s.to_string()));
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        e(tr(
            lang,
            "Registre des traitements (art. 30)",
            "Register of processing activities (art. 30)"
        ))
    );
    for p in &sheet.processings {
        let _ = writeln!(
            out,
            "<h4><span class=\"label\">{}</span>{}</h4>\n<table class=\"register\"><tbody>",
            escape(&p.id),
            e(&p.name)
        );
        for (label, value) in register_fields(lang, p) {
            let _ = writeln!(
                out,
                "<tr><th>{}</th><td>{}</td></tr>",
                escape(label),
                e(&value)
            );
        }
        out.push_str("</tbody></table>\n");
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        e(tr(lang, "Risques (méthode CNIL)", "Risks (CNIL method)")),
        e(tr(lang, "Traitement", "Processing")),
        e(tr(lang, "Risque", "Risk")),
        e(tr(lang, "Gravité", "Severity")),
        e(tr(lang, "Vraisemblance", "Likelihood"))
    );
    for p in &sheet.processings {
        for kind in RiskKind::ALL {
            let risk = p.risks.get(*kind);
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&p.id),
                escape(kind.label(lang)),
                escape(&level(lang, risk.severity)),
                escape(&level(lang, risk.likelihood))
            );
        }
    }
    out.push_str("</tbody></table>\n");
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        e(tr(
            lang,
            "Sécurité : liste de contrôle",
            "Security checklist"
        ))
    );
    for group in &config.security_checklist {
        let _ = writeln!(out, "<h4>{}</h4>\n<ul>", escape(&group.group));
        for item in &group.items {
            let answer = sheet.check_answer(item);
            let status = answer.and_then(|a| a.status).map_or("—", |s| s.label(lang));
            let comment = answer
                .map(|a| a.comment.trim())
                .filter(|c| !c.is_empty())
                .map(|c| format!(" <span class=\"evidence\">{}</span>", escape(c)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><strong>[{}]</strong> {}{comment}</li>",
                escape(status),
                escape(item)
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        e(tr(
            lang,
            "Constats et préconisations",
            "Findings and recommendations"
        ))
    );
    for f in &sheet.findings {
        let _ = writeln!(
            out,
            "<h4><span class=\"label\">{}</span>{} — {}</h4>\n<p>{} {} · {} {} · {} {} · {} {}</p>",
            escape(&f.id),
            escape(f.kind.label(lang)),
            e(&f.title),
            escape(tr(lang, "Concerne :", "Concerns:")),
            escape(&target_label(lang, &f.target)),
            escape(tr(lang, "Règle :", "Rule:")),
            escape(f.rule.map_or("—", |r| r.code())),
            escape(tr(lang, "Article :", "Article:")),
            e(&f.article),
            escape(tr(lang, "Gravité :", "Severity:")),
            escape(f.severity.map_or("—", |s| s.label(lang)))
        );
        if !f.argument.trim().is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(f.argument.trim()));
        }
        if !f.recommendations.is_empty() {
            let _ = writeln!(
                out,
                "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                e(tr(lang, "Préconisation", "Recommendation")),
                e(tr(lang, "Pour", "For")),
                e(tr(lang, "Priorité", "Priority")),
                e(tr(lang, "Échéance", "Deadline"))
            );
            for r in &f.recommendations {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    e(&r.text),
                    escape(r.owner.map_or("—", |o| o.label(lang))),
                    escape(r.priority.map_or("—", |p| p.label(lang))),
                    e(&r.deadline)
                );
            }
            out.push_str("</tbody></table>\n");
        }
    }
    let plan = action_plan(sheet);
    if !plan.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            e(tr(lang, "Plan d'action", "Action plan")),
            e(tr(lang, "Priorité", "Priority")),
            e(tr(lang, "Pour", "For")),
            e(tr(lang, "Préconisation", "Recommendation")),
            e(tr(lang, "Échéance", "Deadline")),
            e(tr(lang, "Constat", "Finding"))
        );
        for (f, r) in plan {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(r.priority.map_or("—", |p| p.label(lang))),
                escape(r.owner.map_or("—", |o| o.label(lang))),
                e(&r.text),
                e(&r.deadline),
                escape(&f.id)
            );
        }
        out.push_str("</tbody></table>\n");
    }
    if !sheet.dismissed.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul>",
            e(tr(lang, "Propositions écartées", "Dismissed proposals"))
        );
        for d in &sheet.dismissed {
            let _ = writeln!(
                out,
                "<li><span class=\"label\">{}</span>{}</li>",
                escape(&d.id),
                e(&d.reason)
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<div class=\"notes\">{}</div>",
        e(tr(lang, "Avis", "Opinion")),
        e(sheet.opinion.trim()).replace('\n', "<br>\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sheet::*;

    fn full() -> Processing {
        Processing {
            id: "paie".into(),
            name: "Paie, \"externalisée\"".into(),
            purpose: "Payer les salariés, produire la DSN".into(),
            legal_basis: Some(LegalBasis::LegalObligation),
            data_subjects: vec!["salariés".into(), "saisonniers".into()],
            data_categories: vec!["NIR".into(), "IBAN".into()],
            special_categories: vec![SpecialCategory::Health, SpecialCategory::TradeUnion],
            art9_exception: Some(Art9Exception::Employment),
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

    #[test]
    fn csv_has_exactly_the_header_and_semicolons() {
        let sheet = Sheet {
            processings: vec![full()],
            ..Sheet::default()
        };
        let text = register_csv(&sheet);
        assert_eq!(
            text.lines().next().unwrap(),
            "id,name,purpose,legal_basis,data_subjects,data_categories,special_categories,art9_exception,recipients,processors,processor_contract,transfers,transfer_safeguard,retention,security_measures,information_given,dpia_criteria,dpia_done"
        );
        let row = text.lines().nth(1).unwrap();
        assert!(row.contains(",health;trade_union,employment,"), "{row}");
        assert!(row.contains(",no,TN,none,"), "{row}");
        assert!(
            row.ends_with(",sensitive_data;vulnerable_subjects,no"),
            "{row}"
        );
    }

    #[test]
    fn export_then_import_gives_the_same_register() {
        let mut second = full();
        second.id = "wifi".into();
        second.legal_basis = None;
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
            "line 3, column 4 (legal_basis): \"consentement\" is not allowed; allowed values: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests or empty"
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
            ImportError::Header
        );
        let header = CSV_HEADER.join(",");
        let err = parse_register_csv(&format!("{header}\npaie,Paie\n")).unwrap_err();
        assert_eq!(err, ImportError::CellCount { line: 2, found: 2 });
        let row = "paie,Paie,,,,,,,,,,,,,,,,";
        let err = parse_register_csv(&format!("{header}\n{row}\n{row}\n")).unwrap_err();
        assert_eq!(
            err,
            ImportError::DuplicateId {
                line: 3,
                id: "paie".into(),
                first: 2
            }
        );
        let err = parse_register_csv(&format!("{header}\n,Paie,,,,,,,,,,,,,,,,\n")).unwrap_err();
        assert!(
            err.to_string().starts_with("line 2, column 1 (id)"),
            "{err}"
        );
        // A spreadsheet's byte-order mark and lower-case country codes are fine.
        let ok = parse_register_csv(&format!(
            "\u{feff}{header}\npaie,Paie,,,,,,,,,,us;tn,,,,,,\n"
        ))
        .unwrap();
        assert_eq!(ok[0].transfers, ["US", "TN"]);
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

    #[test]
    fn action_plan_puts_the_most_urgent_first() {
        let rec = |text: &str, owner, priority| Recommendation {
            text: text.into(),
            owner,
            priority,
            deadline: String::new(),
        };
        let finding = |id: &str, recommendations| AuditFinding {
            id: id.into(),
            target: Target::Organisation,
            kind: FindingKind::NonConformity,
            rule: None,
            title: String::new(),
            article: String::new(),
            severity: None,
            argument: String::new(),
            recommendations,
        };
        let sheet = Sheet {
            findings: vec![
                finding(
                    "F1",
                    vec![
                        rec("a", Some(Owner::Dpo), Some(Priority::OneYear)),
                        rec("b", None, None),
                    ],
                ),
                finding(
                    "F2",
                    vec![
                        rec("c", Some(Owner::Dpo), Some(Priority::Urgent)),
                        rec("d", Some(Owner::Dsi), Some(Priority::Urgent)),
                    ],
                ),
            ],
            ..Sheet::default()
        };
        let order: Vec<(&str, &str)> = action_plan(&sheet)
            .iter()
            .map(|(f, r)| (f.id.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(order, [("F2", "d"), ("F2", "c"), ("F1", "a"), ("F1", "b")]);
    }

    #[test]
    fn html_escapes_everything() {
        let mut p = full();
        p.name = "<script>alert(1)</script>".into();
        p.retention = "\"><img src=x onerror=alert(2)>".into();
        let sheet = Sheet {
            processings: vec![p],
            opinion: "<b>avis</b>".into(),
            ..Sheet::default()
        };
        let mut out = String::new();
        sheet_html(&mut out, &SheetConfig::default(), &sheet, Lang::Fr);
        assert!(!out.contains("<script>") && !out.contains("<img") && !out.contains("<b>"));
        assert!(out.contains("&lt;script&gt;"));
    }
}
