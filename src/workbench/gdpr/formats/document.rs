//! The whole sheet as a document: Markdown (register, risks, checklist, findings with their
//! recommendations, the action plan, decisions on the engine's proposals, opinion) and the
//! same as HTML for `report.html`, every piece of text escaped.

use crate::i18n::{Lang, SheetLabel, SheetText};
use crate::workbench::gdpr::audit::{self, Decision, SheetConfig};
use crate::workbench::gdpr::countries;
use crate::workbench::gdpr::model::{
    join_values, DpiaCriterion, LegalBasis, Minimisation, Processing, RiskKind, Sheet,
    SpecialCategory, Target,
};
use crate::workbench::html::escape;
use std::fmt::Write as _;

fn or_dash(text: String) -> String {
    if text.trim().is_empty() {
        "—".into()
    } else {
        text
    }
}

fn yes_no_label(lang: Lang, value: Option<bool>) -> String {
    match value {
        Some(true) => SheetText::YesLower.get(lang).into(),
        Some(false) => SheetText::NoLower.get(lang).into(),
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
                format!("{c} ({})", SheetText::Eea.get(lang))
            } else if let Some(adequacy) = countries::adequacy(c) {
                let label = match adequacy {
                    countries::Adequacy::Full => SheetText::Adequacy.get(lang),
                    countries::Adequacy::Partial => SheetText::PartialAdequacy.get(lang),
                };
                format!("{c} ({label})")
            } else {
                format!("{c} ({})", SheetText::NoAdequacy.get(lang))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The register's fields of one processing, as (label, value) pairs, in art. 30(1)'s order.
pub fn register_fields(lang: Lang, p: &Processing) -> Vec<(&'static str, String)> {
    let transfers = transfers_label(lang, &p.transfers);
    vec![
        (SheetText::Purpose.get(lang), p.purpose.clone()),
        (
            SheetText::LegalBasis.get(lang),
            labels(lang, &p.legal_basis, LegalBasis::label),
        ),
        (
            SheetText::JointControllers.get(lang),
            join_values(&p.joint_controllers),
        ),
        (
            SheetText::DataSubjects.get(lang),
            join_values(&p.data_subjects),
        ),
        (
            SheetText::DataCategories.get(lang),
            join_values(&p.data_categories),
        ),
        (
            SheetText::SpecialCategoriesArt9.get(lang),
            labels(lang, &p.special_categories, SpecialCategory::label),
        ),
        (
            SheetText::Art9Exception.get(lang),
            p.art9_exception
                .map_or(String::new(), |e| e.label(lang).into()),
        ),
        (
            SheetText::CriminalDataArt10.get(lang),
            match (yes_no_label(lang, p.criminal_data), p.art10_ground.trim()) {
                (answer, "") => answer,
                (answer, ground) => format!("{answer} ({ground})"),
            },
        ),
        (
            SheetText::MinimisationArt5.get(lang),
            labels(lang, &p.minimisation, Minimisation::label),
        ),
        (SheetText::Recipients.get(lang), join_values(&p.recipients)),
        (SheetText::Processors.get(lang), join_values(&p.processors)),
        (
            SheetText::Art28Contract.get(lang),
            yes_no_label(lang, p.processor_contract),
        ),
        (SheetText::TransfersOutsideEu.get(lang), transfers),
        (
            SheetText::TransferSafeguard.get(lang),
            p.transfer_safeguard
                .map_or(String::new(), |s| s.label(lang).into()),
        ),
        (SheetText::Retention.get(lang), p.retention.clone()),
        (
            SheetText::SecurityMeasures.get(lang),
            join_values(&p.security_measures),
        ),
        (
            SheetText::DataSubjectsInformed.get(lang),
            yes_no_label(lang, p.information_given),
        ),
        (
            SheetText::DpiaCriteria.get(lang),
            labels(lang, &p.dpia_criteria, DpiaCriterion::label),
        ),
        (
            SheetText::DpiaDone.get(lang),
            yes_no_label(lang, p.dpia_done),
        ),
    ]
}

/// The register's organisation-level entries (art. 30(1)(a)).
pub fn organisation_fields(lang: Lang, sheet: &Sheet) -> [(&'static str, &str); 3] {
    [
        (SheetText::Controller.get(lang), sheet.controller.as_str()),
        (
            SheetText::Representative.get(lang),
            sheet.representative.as_str(),
        ),
        (SheetText::Dpo.get(lang), sheet.dpo.as_str()),
    ]
}

fn target_label(lang: Lang, target: &Target) -> String {
    match target {
        Target::Organisation => SheetText::Organisation.get(lang).into(),
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

fn level(lang: Lang, level: Option<crate::workbench::gdpr::model::Level>) -> String {
    level.map_or("—".into(), |l| l.label(lang).into())
}

/// Every recommendation, most urgent first (then by owner), with its finding's id: the
/// action plan as the sheet's readers act on it.
pub fn action_plan(
    sheet: &Sheet,
) -> Vec<(
    &crate::workbench::gdpr::model::AuditFinding,
    &crate::workbench::gdpr::model::Recommendation,
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
    let _ = writeln!(md, "### {}\n", SheetText::RegisterHeading.get(lang));
    for (label, value) in organisation_fields(lang, sheet) {
        let _ = writeln!(
            md,
            "- {label}{}{}",
            SheetText::LabelSeparator.get(lang),
            md_cell(value)
        );
    }
    md.push('\n');
    for p in &sheet.processings {
        let _ = writeln!(md, "#### {} — {}\n", md_cell(&p.id), md_cell(&p.name));
        let _ = writeln!(
            md,
            "| {} | {} |\n|---|---|",
            SheetText::FieldColumn.get(lang),
            SheetText::ValueColumn.get(lang)
        );
        for (label, value) in register_fields(lang, p) {
            let _ = writeln!(md, "| {label} | {} |", md_cell(&value));
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        SheetText::RisksCnilMethod.get(lang),
        SheetText::Processing.get(lang),
        SheetText::Risk.get(lang),
        SheetText::Severity.get(lang),
        SheetText::Likelihood.get(lang)
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
    let _ = writeln!(md, "### {}\n", SheetText::SecurityChecklist.get(lang));
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
    let _ = writeln!(md, "### {}\n", SheetText::FindingsHeading.get(lang));
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
            SheetText::ConcernsColon.get(lang),
            md_cell(&target_label(lang, &f.target)),
            SheetText::RuleColon.get(lang),
            f.rule.map_or("—".into(), |r| format!(
                "{} ({})",
                r.label(lang),
                r.code()
            )),
            SheetText::ArticleColon.get(lang),
            md_cell(&f.article),
            SheetText::SeverityColon.get(lang),
            f.severity.map_or("—", |s| s.label(lang)),
        );
        if !f.argument.trim().is_empty() {
            let _ = writeln!(md, "\n{}", f.argument.trim());
        }
        if !f.recommendations.is_empty() {
            let _ = writeln!(
                md,
                "\n| {} | {} | {} | {} |\n|---|---|---|---|",
                SheetText::Recommendation.get(lang),
                SheetText::For.get(lang),
                SheetText::Priority.get(lang),
                SheetText::Deadline.get(lang)
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
            SheetText::ActionPlan.get(lang),
            SheetText::Priority.get(lang),
            SheetText::For.get(lang),
            SheetText::Recommendation.get(lang),
            SheetText::Deadline.get(lang),
            SheetText::Finding.get(lang)
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
        let _ = writeln!(md, "### {}\n", SheetText::ProposalsHeading.get(lang));
        for d in &sheet.dismissed {
            let _ = writeln!(
                md,
                "- {} **{}** — {}",
                SheetText::DismissedColon.get(lang),
                md_cell(&d.id),
                md_cell(&d.reason)
            );
        }
        for p in pending {
            let _ = writeln!(
                md,
                "- {} **{}** — {}",
                SheetText::UndecidedColon.get(lang),
                p.id(),
                p.rule.label(lang)
            );
        }
        md.push('\n');
    }
    let _ = writeln!(md, "### {}\n", SheetText::Opinion.get(lang));
    let _ = writeln!(md, "{}\n", or_dash(sheet.opinion.trim().to_string()));
    md
}

/// The sheet for `report.html`: every piece of text escaped.
pub fn sheet_html(out: &mut String, config: &SheetConfig, sheet: &Sheet, lang: Lang) {
    let e = |s: &str| escape(&or_dash(s.to_string()));
    let _ = writeln!(out, "<h3>{}</h3>", e(SheetText::RegisterHeading.get(lang)));
    out.push_str("<table class=\"register\"><tbody>\n");
    for (label, value) in organisation_fields(lang, sheet) {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td>{}</td></tr>",
            escape(label),
            e(value)
        );
    }
    out.push_str("</tbody></table>\n");
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
        e(SheetText::RisksCnilMethod.get(lang)),
        e(SheetText::Processing.get(lang)),
        e(SheetText::Risk.get(lang)),
        e(SheetText::Severity.get(lang)),
        e(SheetText::Likelihood.get(lang))
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
        e(SheetText::SecurityChecklist.get(lang))
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
    let _ = writeln!(out, "<h3>{}</h3>", e(SheetText::FindingsHeading.get(lang)));
    for f in &sheet.findings {
        let _ = writeln!(
            out,
            "<h4><span class=\"label\">{}</span>{} — {}</h4>\n<p>{} {} · {} {} · {} {} · {} {}</p>",
            escape(&f.id),
            escape(f.kind.label(lang)),
            e(&f.title),
            escape(SheetText::ConcernsColon.get(lang)),
            escape(&target_label(lang, &f.target)),
            escape(SheetText::RuleColon.get(lang)),
            escape(f.rule.map_or("—", |r| r.code())),
            escape(SheetText::ArticleColon.get(lang)),
            e(&f.article),
            escape(SheetText::SeverityColon.get(lang)),
            escape(f.severity.map_or("—", |s| s.label(lang)))
        );
        if !f.argument.trim().is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(f.argument.trim()));
        }
        if !f.recommendations.is_empty() {
            let _ = writeln!(
                out,
                "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                e(SheetText::Recommendation.get(lang)),
                e(SheetText::For.get(lang)),
                e(SheetText::Priority.get(lang)),
                e(SheetText::Deadline.get(lang))
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
            e(SheetText::ActionPlan.get(lang)),
            e(SheetText::Priority.get(lang)),
            e(SheetText::For.get(lang)),
            e(SheetText::Recommendation.get(lang)),
            e(SheetText::Deadline.get(lang)),
            e(SheetText::Finding.get(lang))
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
            e(SheetText::DismissedProposals.get(lang))
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
        e(SheetText::Opinion.get(lang)),
        e(sheet.opinion.trim()).replace('\n', "<br>\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::gdpr::model::*;

    fn full() -> Processing {
        crate::workbench::gdpr::formats::sample_processing()
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
