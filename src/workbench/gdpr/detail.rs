//! The A7 sheet's selection, whole, for the detail popup (`v`): the open form's record
//! (every field of a processing or a finding), the selected processing or finding of the
//! lists, or the opinion.

use crate::i18n::{SheetLabel, SheetText, Text};
use crate::workbench::gdpr::form_view::{finding_form_rows, processing_form_rows};
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::gdpr::ui::{findings_rows, FindingsRow, Form};
use crate::workbench::screen::detail::Detail;
use crate::workbench::screen::session::{Panel, Session};

/// Label and value pairs, without the styles of the form.
fn fields(rows: Vec<(String, String, ratatui::style::Style)>) -> Vec<(String, String)> {
    rows.into_iter()
        .map(|(label, value, _)| (label.trim().to_string(), value))
        .collect()
}

pub(crate) fn sheet_detail(app: &Session) -> Option<Detail> {
    let (exercise, state) = app.current_exercise()?;
    let ui = state.bench.sheet().cloned().unwrap_or_default();
    let sheet = app.current_sheet();
    let processing = |index: usize| {
        let p = sheet.processings.get(index)?;
        Some(Detail {
            title: format!("{} · {}", exercise.id, p.name),
            fields: fields(processing_form_rows(app, p)),
            scroll: 0,
        })
    };
    let finding = |index: usize| {
        let f = sheet.findings.get(index)?;
        Some(Detail {
            title: format!("{} · {}", exercise.id, f.title),
            fields: fields(finding_form_rows(app, f)),
            scroll: 0,
        })
    };
    match (state.panel, ui.form) {
        (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { index, .. })) => {
            processing(index)
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, .. })) => {
            finding(index)
        }
        (Panel::Gdpr(GdprPanel::SheetRegister), _) => processing(ui.processing),
        (Panel::Gdpr(GdprPanel::SheetFindings), _) => {
            match findings_rows(sheet).into_iter().nth(ui.finding_row)? {
                FindingsRow::Finding(index) => finding(index),
                FindingsRow::Proposal(p) => Some(Detail {
                    title: format!("{} · {}", exercise.id, p.rule.label(app.lang)),
                    fields: vec![(
                        app.t(Text::Sheet(SheetText::Rule)).to_string(),
                        format!("{} · {}", p.rule.label(app.lang), p.rule.code()),
                    )],
                    scroll: 0,
                }),
                FindingsRow::Dismissed(_) => None,
            }
        }
        (Panel::Gdpr(GdprPanel::SheetOpinion), _) => Some(Detail {
            title: format!(
                "{} · {}",
                exercise.id,
                SheetText::ClosingOpinion.get(app.lang)
            ),
            fields: vec![(
                SheetText::ClosingOpinion.get(app.lang).to_string(),
                sheet.opinion.clone(),
            )],
            scroll: 0,
        }),
        _ => None,
    }
}
