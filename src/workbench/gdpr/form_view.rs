//! Drawing of the A7 sheet's forms: one processing (the register's fields, then its three
//! risks) and one finding (with its recommendations), the selected field shown in full under
//! the form, and the titles of the sheet's text fields. Reads a `BenchView` only.

use crate::i18n::{Lang, SheetLabel, SheetText};
use crate::workbench::gdpr::model::{AuditFinding, Level, Processing, RiskKind, Sheet};
use crate::workbench::gdpr::ui::{
    finding_rows, FRow, FText, PChoice, PRow, PText, SheetField, PROCESSING_ROWS,
};
use crate::workbench::gdpr::update::sheet_of;
use crate::workbench::gdpr::view::{dash, proposal_lines, target_text, yes_no};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::layout;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// The title of a sheet text field's dialog and its height.
pub(crate) fn field_title(view: &BenchView, field: SheetField) -> (String, u16) {
    let lang = view.lang;
    let several = SheetText::SeparateWithSemicolon.get(lang);
    let title = match field {
        SheetField::Processing(_, t) => {
            let label = text_label(lang, t);
            match t {
                PText::DataSubjects
                | PText::DataCategories
                | PText::Recipients
                | PText::Processors
                | PText::JointControllers
                | PText::SecurityMeasures => format!("{label}{several}"),
                PText::Transfers => format!("{label}{}", SheetText::CountryCodesHint.get(lang)),
                _ => label.to_string(),
            }
        }
        SheetField::Finding(_, t) => finding_text_label(lang, t).to_string(),
        SheetField::Recommendation(_, _, crate::workbench::gdpr::ui::RText::Text) => {
            SheetText::Recommendation.get(lang).to_string()
        }
        SheetField::Recommendation(_, _, crate::workbench::gdpr::ui::RText::Deadline) => {
            SheetText::DeadlineDateOrHorizon.get(lang).to_string()
        }
        SheetField::CheckComment(_) => SheetText::Comment.get(lang).to_string(),
        SheetField::Opinion => SheetText::ClosingOpinion.get(lang).to_string(),
        SheetField::DismissReason(_) => SheetText::DismissReason.get(lang).to_string(),
        SheetField::Controller | SheetField::Representative | SheetField::Dpo => {
            crate::workbench::gdpr::fields::organisation_label(lang, field).to_string()
        }
    };
    // Which record the field belongs to.
    let sheet = sheet_of(&view.exercise.id, view.workspace);
    let record = match field {
        SheetField::Processing(i, _) => sheet.processings.get(i).map(|p| p.id.clone()),
        SheetField::Finding(i, _) | SheetField::Recommendation(i, _, _) => {
            sheet.findings.get(i).map(|f| f.id.clone())
        }
        SheetField::DismissReason(i) => sheet.dismissed.get(i).map(|d| d.id.clone()),
        SheetField::CheckComment(_)
        | SheetField::Opinion
        | SheetField::Controller
        | SheetField::Representative
        | SheetField::Dpo => None,
    };
    let title = match record.filter(|r| !r.is_empty()) {
        Some(record) => format!("{title} · {record}"),
        None => title,
    };
    (title, if field.is_long() { 12 } else { 6 })
}

pub fn text_label(lang: Lang, field: PText) -> &'static str {
    match field {
        PText::Id => SheetText::IdField.get(lang),
        PText::Name => SheetText::ProcessingName.get(lang),
        PText::Purpose => SheetText::Purposes.get(lang),
        PText::DataSubjects => SheetText::DataSubjects.get(lang),
        PText::DataCategories => SheetText::DataCategories.get(lang),
        PText::Recipients => SheetText::Recipients.get(lang),
        PText::Processors => SheetText::Processors.get(lang),
        PText::Transfers => SheetText::TransfersOutsideEuCountries.get(lang),
        PText::Retention => SheetText::RetentionPeriod.get(lang),
        PText::SecurityMeasures => SheetText::SecurityMeasures.get(lang),
        PText::JointControllers => SheetText::JointControllers.get(lang),
        PText::Art10Ground => SheetText::Art10Ground.get(lang),
    }
}

fn choice_label(lang: Lang, field: PChoice) -> String {
    let risk = |kind: RiskKind, what: &str| {
        let name = match kind {
            RiskKind::IllegitimateAccess => SheetText::RiskIllegitimateAccess.get(lang),
            RiskKind::UnwantedModification => SheetText::RiskModification.get(lang),
            RiskKind::Disappearance => SheetText::RiskDisappearance.get(lang),
        };
        format!("{name} · {what}")
    };
    match field {
        PChoice::LegalBasis => SheetText::LegalBasesArt6.get(lang).into(),
        PChoice::Minimisation => SheetText::MinimisationArt5.get(lang).into(),
        PChoice::CriminalData => SheetText::CriminalDataArt10.get(lang).into(),
        PChoice::SpecialCategories => SheetText::SpecialCategoriesArt9.get(lang).into(),
        PChoice::Art9Exception => SheetText::Art9Exception.get(lang).into(),
        PChoice::ProcessorContract => SheetText::Art28Contract.get(lang).into(),
        PChoice::TransferSafeguard => SheetText::TransferSafeguard.get(lang).into(),
        PChoice::InformationGiven => SheetText::SubjectsInformedShort.get(lang).into(),
        PChoice::DpiaCriteria => SheetText::DpiaCriteria.get(lang).into(),
        PChoice::DpiaDone => SheetText::DpiaDone.get(lang).into(),
        PChoice::Severity(kind) => risk(kind, SheetText::SeverityLower.get(lang)),
        PChoice::Likelihood(kind) => risk(kind, SheetText::LikelihoodLower.get(lang)),
    }
}

fn finding_text_label(lang: Lang, field: FText) -> &'static str {
    match field {
        FText::Title => SheetText::Title.get(lang),
        FText::Article => SheetText::ArticleOrRule.get(lang),
        FText::Argument => SheetText::Argument.get(lang),
    }
}

fn level(lang: Lang, value: Option<Level>) -> String {
    value.map_or(String::new(), |l| l.label(lang).into())
}

fn choice_value(lang: Lang, p: &Processing, field: PChoice) -> String {
    let labels = |values: Vec<&'static str>| values.join("; ");
    match field {
        PChoice::LegalBasis => labels(p.legal_basis.iter().map(|v| v.label(lang)).collect()),
        PChoice::Minimisation => labels(p.minimisation.iter().map(|v| v.label(lang)).collect()),
        PChoice::CriminalData => yes_no(lang, p.criminal_data),
        PChoice::SpecialCategories => {
            labels(p.special_categories.iter().map(|v| v.label(lang)).collect())
        }
        PChoice::Art9Exception => p
            .art9_exception
            .map_or(String::new(), |v| v.label(lang).into()),
        PChoice::ProcessorContract => yes_no(lang, p.processor_contract),
        PChoice::TransferSafeguard => p
            .transfer_safeguard
            .map_or(String::new(), |v| v.label(lang).into()),
        PChoice::InformationGiven => yes_no(lang, p.information_given),
        PChoice::DpiaCriteria => labels(p.dpia_criteria.iter().map(|v| v.label(lang)).collect()),
        PChoice::DpiaDone => yes_no(lang, p.dpia_done),
        PChoice::Severity(kind) => level(lang, p.risks.get(kind).severity),
        PChoice::Likelihood(kind) => level(lang, p.risks.get(kind).likelihood),
    }
}

/// A two-column form: labels and values, the selected row highlighted and kept in view.
/// A processing's form over the selected field in full and the analysis.
fn processing_form_layout(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Min(6), Constraint::Length(9)]).areas(area)
}

/// A finding's form over the selected field in full and the argument.
fn finding_form_layout(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Min(6), Constraint::Length(8)]).areas(area)
}

pub(crate) fn processing_form_area(area: Rect) -> Rect {
    processing_form_layout(area)[0]
}

pub(crate) fn finding_form_area(area: Rect) -> Rect {
    finding_form_layout(area)[0]
}

/// A form: its title line, then its rows.
fn form_layout(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area)
}

/// The field of a form under a point, as `render_form` lays the rows out.
pub(crate) fn form_row_at(
    area: Rect,
    selected: usize,
    count: usize,
    at: ratatui::layout::Position,
) -> Option<usize> {
    let [_, body] = form_layout(area);
    if !body.contains(at) {
        return None;
    }
    let offset = layout::scroll_offset(selected.min(count.saturating_sub(1)), body.height, count);
    Some(offset + usize::from(at.y - body.y)).filter(|r| *r < count)
}

fn render_form(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    title: Line<'static>,
    rows: Vec<(String, String, Style)>,
    selected: usize,
) {
    let [head, body] = form_layout(area);
    frame.render_widget(Paragraph::new(title), head);
    let offset = layout::scroll_offset(selected, body.height, rows.len());
    let table_rows = rows
        .into_iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(body.height))
        .map(|(i, (label, value, style))| {
            let row = Row::new(vec![
                Cell::from(Span::styled(label, view.theme.dim)),
                Cell::from(Span::styled(value, style)),
            ]);
            if i == selected {
                row.style(view.theme.selected)
            } else {
                row
            }
        });
    frame.render_widget(
        Table::new(table_rows, [Constraint::Length(33), Constraint::Min(10)]),
        body,
    );
}

/// A processing's form rows: label, value (a dash when empty), style.
pub(crate) fn processing_form_rows(
    view: &BenchView,
    p: &Processing,
) -> Vec<(String, String, Style)> {
    let lang = view.lang;
    PROCESSING_ROWS
        .iter()
        .map(|r| {
            let (label, value) = match r {
                PRow::Text(PText::Transfers) => (
                    text_label(lang, PText::Transfers).to_string(),
                    crate::workbench::gdpr::formats::transfers_label(lang, &p.transfers),
                ),
                PRow::Text(t) => (
                    text_label(lang, *t).to_string(),
                    crate::workbench::gdpr::ui::processing_text(p, *t),
                ),
                PRow::Choice(c) => (choice_label(lang, *c), choice_value(lang, p, *c)),
            };
            let style = if value.trim().is_empty() {
                view.theme.dim
            } else {
                view.theme.base
            };
            (label, dash(value), style)
        })
        .collect()
}

pub(crate) fn render_processing_form(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    sheet: &Sheet,
    index: usize,
    row: usize,
) {
    let lang = view.lang;
    let Some(p) = sheet
        .processings
        .get(index.min(sheet.processings.len().saturating_sub(1)))
    else {
        return;
    };
    let [form, details] = processing_form_layout(area);
    let rows = processing_form_rows(view, p);
    let position = sheet
        .processings
        .iter()
        .position(|q| q.id == p.id)
        .unwrap_or(0);
    let title = Line::from(vec![
        Span::styled(format!("{} ", p.id), view.theme.accent),
        Span::styled(p.name.clone(), view.theme.title),
        Span::styled(
            format!("  ({}/{})", position + 1, sheet.processings.len()),
            view.theme.dim,
        ),
    ]);
    let row = row.min(PROCESSING_ROWS.len() - 1);
    // The selected field in full (the form shows one line of each), then the analysis.
    let (label, value, _) = rows[row].clone();
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!("{label}{}", SheetText::LabelSeparator.get(lang)),
            view.theme.accent,
        ),
        Span::raw(value),
    ])];
    lines.extend(proposal_lines(view, sheet, p));
    render_form(view, frame, form, title, rows, row);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), details);
}

pub(crate) fn finding_form_rows(
    view: &BenchView,
    f: &AuditFinding,
) -> Vec<(String, String, Style)> {
    let lang = view.lang;
    finding_rows(f)
        .into_iter()
        .map(|row| {
            let rec = |r: usize| f.recommendations.get(r);
            let (label, value) = match row {
                FRow::Target => (
                    SheetText::Concerns.get(lang).to_string(),
                    target_text(lang, &f.target),
                ),
                FRow::Kind => (SheetText::Kind.get(lang).into(), f.kind.label(lang).into()),
                FRow::Rule => (
                    SheetText::Rule.get(lang).into(),
                    f.rule.map_or(String::new(), |r| {
                        format!("{} · {}", r.label(lang), r.code())
                    }),
                ),
                FRow::Text(t) => (
                    finding_text_label(lang, t).into(),
                    match t {
                        FText::Title => f.title.clone(),
                        FText::Article => f.article.clone(),
                        FText::Argument => f.argument.clone(),
                    },
                ),
                FRow::Severity => (
                    SheetText::Severity.get(lang).into(),
                    f.severity.map_or(String::new(), |s| s.label(lang).into()),
                ),
                FRow::RecText(r) => (
                    format!("{} {}", SheetText::Recommendation.get(lang), r + 1),
                    rec(r).map(|r| r.text.clone()).unwrap_or_default(),
                ),
                FRow::RecOwner(r) => (
                    format!("  {}", SheetText::ForOwner.get(lang)),
                    rec(r)
                        .and_then(|r| r.owner)
                        .map_or(String::new(), |o| o.label(lang).into()),
                ),
                FRow::RecPriority(r) => (
                    format!("  {}", SheetText::PriorityLower.get(lang)),
                    rec(r)
                        .and_then(|r| r.priority)
                        .map_or(String::new(), |p| p.label(lang).into()),
                ),
                FRow::RecDeadline(r) => (
                    format!("  {}", SheetText::DeadlineLower.get(lang)),
                    rec(r).map(|r| r.deadline.clone()).unwrap_or_default(),
                ),
            };
            let style = if value.trim().is_empty() {
                view.theme.dim
            } else {
                view.theme.base
            };
            (label, dash(value), style)
        })
        .collect()
}

pub(crate) fn render_finding_form(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    sheet: &Sheet,
    index: usize,
    row: usize,
) {
    let lang = view.lang;
    let Some(f) = sheet
        .findings
        .get(index.min(sheet.findings.len().saturating_sub(1)))
    else {
        return;
    };
    let rows = finding_form_rows(view, f);
    let selected = row.min(rows.len().saturating_sub(1));
    let title = Line::from(vec![
        Span::styled(format!("{} ", f.id), view.theme.accent),
        Span::styled(f.title.clone(), view.theme.title),
        Span::styled(
            format!("  ({})", SheetText::AddRecommendationHint.get(lang)),
            view.theme.dim,
        ),
    ]);
    let [form, details] = finding_form_layout(area);
    // The selected field in full (the form shows one line of each), and the argument.
    let (label, value, _) = rows[selected].clone();
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!("{label}{}", SheetText::LabelSeparator.get(lang)),
            view.theme.accent,
        ),
        Span::raw(value),
    ])];
    if finding_rows(f)[selected] != FRow::Text(FText::Argument) {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}",
                    finding_text_label(lang, FText::Argument),
                    SheetText::LabelSeparator.get(lang)
                ),
                view.theme.accent,
            ),
            Span::raw(dash(f.argument.clone())),
        ]));
    }
    render_form(view, frame, form, title, rows, selected);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), details);
}
