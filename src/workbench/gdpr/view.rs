//! Drawing of the A7 audit sheet: the register table, the security checklist, the findings
//! with the rule engine's proposals, the opinion, the pickers, and the case's facts beside an
//! open processing form (the forms themselves are in `form_view`). Reads the sheet's `SheetUi`
//! and a `BenchView` only.

use crate::i18n::{Lang, SheetLabel, SheetText};
use crate::workbench::gdpr::audit::SheetConfig;
use crate::workbench::gdpr::audit::{self, Decision};
pub(crate) use crate::workbench::gdpr::form_view::field_title;
use crate::workbench::gdpr::model::{Processing, RiskKind, Sheet, Target};
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::gdpr::ui::SheetUi;
use crate::workbench::gdpr::ui::{
    findings_rows, picker_options, FindingsRow, Form, SheetPicker, PROCESSING_ROWS,
};
use crate::workbench::gdpr::update::sheet_of;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::Panel;
use crate::workbench::screen::{layout, session as app};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Clear, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// In place of the brief, the case's facts about the processing whose form is open.
/// Returns false when there is nothing to show (the brief is drawn instead).
pub(crate) fn render_facts(
    ui: &SheetUi,
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    scroll: u16,
) -> bool {
    if view.panel != Panel::Gdpr(GdprPanel::SheetRegister) {
        return false;
    }
    let Some(Form::Processing { index, .. }) = ui.form else {
        return false;
    };
    let sheet = sheet_of(&view.exercise.id, view.workspace);
    let Some(processing) = sheet
        .processings
        .get(index.min(sheet.processings.len().saturating_sub(1)))
    else {
        return false;
    };
    let Some(activity) = view
        .case
        .organisation
        .processing_activities
        .iter()
        .find(|a| a.id == processing.id)
    else {
        return false;
    };
    let lang = view.lang;
    let mut lines = vec![
        Line::styled(activity.name.clone(), view.theme.title),
        Line::raw(activity.description.clone()),
        Line::raw(""),
    ];
    for (key, value) in &activity.facts {
        lines.push(Line::from(vec![
            Span::styled(format!("{key} : "), view.theme.accent),
            Span::raw(value.clone()),
        ]));
    }
    let block = bordered_with(
        view.theme,
        format!(" {} · {} ", SheetText::CaseFacts.get(lang), activity.id),
        false,
    );
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
    true
}

pub(crate) fn yes_no(lang: Lang, value: Option<bool>) -> String {
    match value {
        Some(true) => SheetText::YesLower.get(lang).into(),
        Some(false) => SheetText::NoLower.get(lang).into(),
        None => String::new(),
    }
}

pub(crate) fn dash(text: String) -> String {
    if text.trim().is_empty() {
        "—".into()
    } else {
        text
    }
}

/// The sheet's panel (register, checklist, findings or opinion).
pub(crate) fn render_panel(ui: &SheetUi, view: &BenchView, frame: &mut Frame, area: Rect) {
    let sheet = sheet_of(&view.exercise.id, view.workspace);
    match (view.panel, ui.form) {
        (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { index, row })) => {
            crate::workbench::gdpr::form_view::render_processing_form(
                view, frame, area, sheet, index, row,
            )
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, row })) => {
            crate::workbench::gdpr::form_view::render_finding_form(
                view, frame, area, sheet, index, row,
            )
        }
        (Panel::Gdpr(GdprPanel::SheetRegister), _) => {
            render_register(view, frame, area, sheet, ui.processing)
        }
        (Panel::Gdpr(GdprPanel::SheetChecklist), _) => {
            render_checklist(view, frame, area, sheet, ui.check)
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), _) => {
            render_findings(view, frame, area, sheet, ui.finding_row)
        }
        _ => render_opinion(view, frame, area, sheet),
    }
}

fn hint(view: &BenchView, text: String) -> Paragraph<'static> {
    Paragraph::new(text)
        .style(view.theme.dim)
        .wrap(Wrap { trim: true })
}

fn pending_count(sheet: &Sheet, processing: &str) -> usize {
    audit::proposals(sheet)
        .iter()
        .filter(|p| p.processing == processing)
        .filter(|p| audit::decision(sheet, &p.id()) == Decision::Pending)
        .count()
}

/// The register panel: a hint line, the table (header, then one row per processing), and
/// the selected processing's analysis. The mouse handler reads the same rectangles.
pub(crate) fn register_layout(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(7.min(area.height / 3)),
    ])
    .areas(area)
}

/// The findings panel: a hint line, the list, the selected row's details.
pub(crate) fn findings_layout(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(6),
    ])
    .areas(area)
}

/// The row of the sheet's current list (or form) under a point of the panel's inside:
/// the register's processing, the checklist's item, the findings' row, a form's field.
pub(crate) fn row_at(
    ui: &SheetUi,
    view: &BenchView,
    area: Rect,
    at: ratatui::layout::Position,
) -> Option<usize> {
    let sheet = sheet_of(&view.exercise.id, view.workspace);
    let in_rows = |rect: Rect, first_y: u16, offset: usize| {
        (rect.contains(at) && at.y >= first_y).then(|| offset + usize::from(at.y - first_y))
    };
    match (view.panel, ui.form) {
        (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { row, .. })) => {
            let form = crate::workbench::gdpr::form_view::processing_form_area(area);
            crate::workbench::gdpr::form_view::form_row_at(form, row, PROCESSING_ROWS.len(), at)
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, row })) => {
            let finding = sheet.findings.get(index)?;
            let form = crate::workbench::gdpr::form_view::finding_form_area(area);
            let count = crate::workbench::gdpr::ui::finding_rows(finding).len();
            crate::workbench::gdpr::form_view::form_row_at(form, row, count, at)
        }
        (Panel::Gdpr(GdprPanel::SheetRegister), _) => {
            let [_, table, _] = register_layout(area);
            let count = sheet.processings.len();
            let height = table.height.saturating_sub(1);
            let offset =
                layout::scroll_offset(ui.processing.min(count.saturating_sub(1)), height, count);
            in_rows(table, table.y + 1, offset).filter(|r| *r < count)
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), _) => {
            let [_, list, _] = findings_layout(area);
            let count = findings_rows(sheet).len();
            let offset = app::zone_offset(ui.finding_row.min(count.saturating_sub(1)), list.height);
            in_rows(list, list.y, offset).filter(|r| *r < count)
        }
        (Panel::Gdpr(GdprPanel::SheetChecklist), _) => {
            let [_, body] = checklist_layout(area);
            let lines = checklist_lines(&SheetConfig::of(view.exercise));
            let count = lines.iter().flatten().count();
            let selected = ui.check.min(count.saturating_sub(1));
            let selected_line = lines.iter().position(|l| *l == Some(selected)).unwrap_or(0);
            let offset = layout::scroll_offset(selected_line, body.height, lines.len());
            let line = in_rows(body, body.y, offset)?;
            lines.get(line).copied().flatten()
        }
        _ => None,
    }
}

/// The checklist panel: a hint line, then the groups and their items.
fn checklist_layout(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area)
}

/// The checklist's lines: a group heading (`None`) or an item (its index over all groups).
fn checklist_lines(config: &crate::workbench::gdpr::audit::SheetConfig) -> Vec<Option<usize>> {
    let mut lines = Vec::new();
    let mut item = 0;
    for group in &config.security_checklist {
        lines.push(None);
        for _ in &group.items {
            lines.push(Some(item));
            item += 1;
        }
    }
    lines
}

fn render_register(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    sheet: &Sheet,
    selected: usize,
) {
    let lang = view.lang;
    let config = SheetConfig::of(view.exercise);
    let [head, table_area, details] = register_layout(area);
    frame.render_widget(
        hint(
            view,
            format!(
                "{} {} · {} {}",
                SheetText::ProcessingsColon.get(lang),
                sheet.processings.len(),
                SheetText::CaseMinimumColon.get(lang),
                config.min_processings
            ),
        ),
        head,
    );
    if sheet.processings.is_empty() {
        frame.render_widget(
            hint(view, SheetText::EmptyRegister.get(lang).into()),
            table_area,
        );
        return;
    }
    let selected = selected.min(sheet.processings.len() - 1);
    let header = Row::new(vec![
        Cell::from(SheetText::IdColumn.get(lang)),
        Cell::from(SheetText::Processing.get(lang)),
        Cell::from(SheetText::BasisColumn.get(lang)),
        Cell::from(SheetText::TransfersColumn.get(lang)),
        Cell::from(SheetText::InfoColumn.get(lang)),
        Cell::from(SheetText::DpiaColumn.get(lang)),
        Cell::from(SheetText::RisksColumn.get(lang)),
        Cell::from("?"),
    ])
    .style(view.theme.heading);
    let height = table_area.height.saturating_sub(1);
    let offset = layout::scroll_offset(selected, height, sheet.processings.len());
    let rows = sheet
        .processings
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(height))
        .map(|(i, p)| {
            let risks = RiskKind::ALL
                .iter()
                .filter(|k| p.risks.get(**k).is_assessed())
                .count();
            let pending = pending_count(sheet, &p.id);
            let row = Row::new(vec![
                Cell::from(p.id.clone()),
                Cell::from(p.name.clone()),
                // The first basis, and "+" when there are more (the form lists them all).
                Cell::from(match p.legal_basis.as_slice() {
                    [] => "—".to_string(),
                    [one] => basis_article(*one).to_string(),
                    [first, ..] => format!("{}+", basis_article(*first)),
                }),
                Cell::from(dash(p.transfers.join(","))),
                Cell::from(dash(yes_no(lang, p.information_given))),
                Cell::from(format!(
                    "{}{}",
                    p.dpia_criteria.len(),
                    match p.dpia_done {
                        Some(true) => "✓",
                        _ => "",
                    }
                )),
                Cell::from(format!("{risks}/3")),
                Cell::from(Span::styled(
                    if pending == 0 {
                        String::new()
                    } else {
                        pending.to_string()
                    },
                    view.theme.warn,
                )),
            ]);
            if i == selected {
                row.style(view.theme.selected)
            } else {
                row
            }
        });
    // Narrow terminals keep the id, the name and the pending proposals.
    let widths = if area.width < 60 {
        [16, 0, 0, 0, 0, 0, 0, 2].map(Constraint::Length)
    } else {
        [16, 0, 6, 10, 4, 4, 7, 2].map(Constraint::Length)
    };
    let mut widths = widths.to_vec();
    widths[1] = Constraint::Min(12);
    let table = Table::new(rows, widths).header(header);
    frame.render_widget(table, table_area);
    let p = &sheet.processings[selected];
    frame.render_widget(
        Paragraph::new(proposal_lines(view, sheet, p)).wrap(Wrap { trim: true }),
        details,
    );
}

/// The article of a legal basis, short enough for the register's table.
fn basis_article(basis: crate::workbench::gdpr::model::LegalBasis) -> &'static str {
    use crate::workbench::gdpr::model::LegalBasis::*;
    match basis {
        Consent => "6.1.a",
        Contract => "6.1.b",
        LegalObligation => "6.1.c",
        VitalInterests => "6.1.d",
        PublicTask => "6.1.e",
        LegitimateInterests => "6.1.f",
    }
}

/// The engine's proposals on a processing, each with what the candidate decided.
pub(crate) fn proposal_lines(
    view: &BenchView,
    sheet: &Sheet,
    p: &Processing,
) -> Vec<Line<'static>> {
    let lang = view.lang;
    let mut lines = vec![Line::styled(
        format!("{} {}", SheetText::AutomaticAnalysis.get(lang), p.id),
        view.theme.heading,
    )];
    let fired = audit::fired_rules(p);
    if fired.is_empty() {
        lines.push(Line::styled(
            SheetText::NoRuleFires.get(lang),
            view.theme.ok,
        ));
    }
    for rule in fired {
        let id = audit::proposal_id(&p.id, rule);
        let (mark, style, what) = match audit::decision(sheet, &id) {
            Decision::Pending => ("?", view.theme.warn, SheetText::ToAcceptOrDismiss.get(lang)),
            Decision::Accepted => ("✓", view.theme.ok, SheetText::AcceptedLower.get(lang)),
            Decision::Dismissed => ("✗", view.theme.dim, SheetText::DismissedLower.get(lang)),
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {mark} "), style),
            Span::raw(format!("{} ", rule.label(lang))),
            Span::styled(format!("· {what}"), view.theme.dim),
        ]));
    }
    lines
}

pub(crate) fn target_text(lang: Lang, target: &Target) -> String {
    match target {
        Target::Organisation => SheetText::Organisation.get(lang).into(),
        Target::Processing(id) => id.clone(),
    }
}

fn render_checklist(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    sheet: &Sheet,
    selected: usize,
) {
    let lang = view.lang;
    let config = SheetConfig::of(view.exercise);
    let total = config.items().count();
    let answered = config
        .items()
        .filter(|(_, i)| sheet.check_answer(i).is_some_and(|a| a.status.is_some()))
        .count();
    let [head, body] = checklist_layout(area);
    frame.render_widget(
        hint(
            view,
            format!(
                "{answered}/{total} · {}",
                SheetText::ChecklistHint.get(lang)
            ),
        ),
        head,
    );
    if total == 0 {
        return;
    }
    let selected = selected.min(total - 1);
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut flat = 0;
    for group in &config.security_checklist {
        lines.push(Line::styled(group.group.clone(), view.theme.heading));
        for item in &group.items {
            let answer = sheet.check_answer(item);
            let (mark, style) = match answer.and_then(|a| a.status) {
                None => ("   ?   ".to_string(), view.theme.dim),
                Some(status) => {
                    let style = match status {
                        crate::workbench::gdpr::model::CheckStatus::Yes => view.theme.ok,
                        crate::workbench::gdpr::model::CheckStatus::Partial => view.theme.warn,
                        crate::workbench::gdpr::model::CheckStatus::No => view.theme.error,
                        crate::workbench::gdpr::model::CheckStatus::NotApplicable => view.theme.dim,
                    };
                    (format!("{:^7}", short_status(lang, status)), style)
                }
            };
            let text_style = if flat == selected {
                selected_line = lines.len();
                view.theme.selected
            } else {
                view.theme.base
            };
            let mut spans = vec![
                Span::styled(format!("[{mark}]"), style),
                Span::styled(format!(" {item}"), text_style),
            ];
            if let Some(comment) = answer.map(|a| a.comment.trim()).filter(|c| !c.is_empty()) {
                spans.push(Span::styled(format!(" — {comment}"), view.theme.dim));
            }
            lines.push(Line::from(spans));
            flat += 1;
        }
    }
    let offset = layout::scroll_offset(selected_line, body.height, lines.len());
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(offset)
        .take(usize::from(body.height))
        .collect();
    frame.render_widget(Paragraph::new(visible), body);
}

fn short_status(lang: Lang, status: crate::workbench::gdpr::model::CheckStatus) -> &'static str {
    use crate::workbench::gdpr::model::CheckStatus::*;
    match status {
        Yes => SheetText::YesLower.get(lang),
        Partial => SheetText::PartlyLower.get(lang),
        No => SheetText::NoLower.get(lang),
        NotApplicable => SheetText::NotApplicableShort.get(lang),
    }
}

fn render_findings(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    sheet: &Sheet,
    selected: usize,
) {
    let lang = view.lang;
    let rows = findings_rows(sheet);
    let pending = rows
        .iter()
        .filter(|r| matches!(r, FindingsRow::Proposal(_)))
        .count();
    let [head, list_area, details] = findings_layout(area);
    frame.render_widget(
        hint(
            view,
            format!(
                "? {pending} {} · ✓ {} · ✗ {} · {}",
                SheetText::ToDecide.get(lang),
                sheet.findings.len(),
                sheet.dismissed.len(),
                SheetText::ProposalHint.get(lang)
            ),
        ),
        head,
    );
    if rows.is_empty() {
        frame.render_widget(
            hint(view, SheetText::NoFindingsYet.get(lang).into()),
            list_area,
        );
        return;
    }
    let selected = selected.min(rows.len() - 1);
    let items: Vec<ListItem> = rows
        .iter()
        .map(|row| match row {
            FindingsRow::Proposal(p) => ListItem::new(Line::from(vec![
                Span::styled(" ? ", view.theme.warn),
                Span::styled(format!("{:<16}", p.processing), view.theme.accent),
                Span::raw(p.rule.label(lang)),
            ])),
            FindingsRow::Finding(i) => {
                let f = &sheet.findings[*i];
                ListItem::new(Line::from(vec![
                    Span::styled(" ✓ ", view.theme.ok),
                    Span::styled(
                        format!("{:<16}", target_text(lang, &f.target)),
                        view.theme.accent,
                    ),
                    Span::raw(format!(
                        "{} · {} · {}",
                        kind_short(lang, f.kind),
                        f.severity.map_or("—", |s| s.label(lang)),
                        dash(f.title.clone())
                    )),
                    Span::styled(
                        format!(
                            "  ({} {})",
                            f.recommendations.len(),
                            SheetText::RecommendationShort.get(lang)
                        ),
                        view.theme.dim,
                    ),
                ]))
            }
            FindingsRow::Dismissed(i) => {
                let d = &sheet.dismissed[*i];
                ListItem::new(Line::from(vec![
                    Span::styled(" ✗ ", view.theme.dim),
                    Span::styled(
                        format!("{} — {}", d.id, dash(d.reason.clone())),
                        view.theme.dim,
                    ),
                ]))
            }
        })
        .collect();
    let mut list_state = ListState::default().with_selected(Some(selected));
    *list_state.offset_mut() = app::zone_offset(selected, list_area.height);
    frame.render_stateful_widget(
        List::new(items).highlight_style(view.theme.selected),
        list_area,
        &mut list_state,
    );
    let detail: Vec<Line> = match &rows[selected] {
        FindingsRow::Proposal(p) => {
            let config = SheetConfig::of(view.exercise);
            vec![
                Line::styled(p.id(), view.theme.accent),
                Line::raw(
                    config
                        .rule_label(p.rule)
                        .unwrap_or(p.rule.label(lang))
                        .to_string(),
                ),
                Line::styled(SheetText::ProposalDetailHint.get(lang), view.theme.dim),
            ]
        }
        FindingsRow::Finding(i) => {
            let f = &sheet.findings[*i];
            let mut lines = vec![
                Line::from(vec![
                    Span::styled(format!("{} ", f.id), view.theme.accent),
                    Span::styled(dash(f.article.clone()), view.theme.dim),
                ]),
                Line::raw(dash(f.argument.clone())),
            ];
            for r in &f.recommendations {
                lines.push(Line::raw(format!(
                    "→ [{} · {} · {}] {}",
                    r.owner.map_or("—", |o| o.label(lang)),
                    r.priority.map_or("—", |p| p.label(lang)),
                    dash(r.deadline.clone()),
                    r.text
                )));
            }
            lines
        }
        FindingsRow::Dismissed(i) => {
            let d = &sheet.dismissed[*i];
            vec![
                Line::styled(d.id.clone(), view.theme.accent),
                Line::raw(dash(d.reason.clone())),
                Line::styled(SheetText::DismissedDetailHint.get(lang), view.theme.dim),
            ]
        }
    };
    frame.render_widget(Paragraph::new(detail).wrap(Wrap { trim: true }), details);
}

fn kind_short(lang: Lang, kind: crate::workbench::gdpr::model::FindingKind) -> &'static str {
    match kind {
        crate::workbench::gdpr::model::FindingKind::NonConformity => {
            SheetText::NonConformityShort.get(lang)
        }
        crate::workbench::gdpr::model::FindingKind::Vulnerability => {
            SheetText::VulnerabilityShort.get(lang)
        }
    }
}

fn render_opinion(view: &BenchView, frame: &mut Frame, area: Rect, sheet: &Sheet) {
    let lang = view.lang;
    let words = crate::workbench::check::count_words(&sheet.opinion);
    let mut lines = vec![Line::styled(
        format!(
            "{} · {}",
            crate::i18n::plural::words(lang, words),
            SheetText::OpinionHint.get(lang)
        ),
        view.theme.dim,
    )];
    if sheet.opinion.trim().is_empty() {
        lines.push(Line::styled(
            SheetText::NoOpinionYet.get(lang),
            view.theme.dim,
        ));
    } else {
        lines.push(Line::raw(sheet.opinion.clone()));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// A picker of coded values (single or multiple choice).
pub(crate) fn render_picker(view: &BenchView, frame: &mut Frame, body: Rect, picker: &SheetPicker) {
    let lang = view.lang;
    let config = SheetConfig::of(view.exercise);
    let options = picker_options(
        view.case,
        &config,
        sheet_of(&view.exercise.id, view.workspace),
        lang,
        picker.choice,
    );
    let multi = picker.choice.is_multi();
    let rows: Vec<ListItem> = options
        .iter()
        .map(|o| {
            let mark = match (multi, o.marked) {
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
                (false, true) => "● ",
                (false, false) => "  ",
            };
            ListItem::new(format!("{mark}{}", o.label))
        })
        .collect();
    let title = if multi {
        SheetText::MultiPickerHint.get(lang)
    } else {
        SheetText::PickerHint.get(lang)
    };
    let height = (options.len() as u16 + 2).min(body.height);
    let area = layout::centered(body, body.width.saturating_sub(6).min(80), height);
    frame.render_widget(Clear, area);
    let block = bordered_with(view.theme, title, true);
    let inner = block.inner(area);
    let mut list_state = ListState::default().with_selected(Some(picker.cursor));
    *list_state.offset_mut() = app::zone_offset(picker.cursor, inner.height);
    frame.render_stateful_widget(
        List::new(rows)
            .block(block)
            .highlight_style(view.theme.selected),
        area,
        &mut list_state,
    );
}
