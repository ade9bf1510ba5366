//! The A7 sheet's selection, whole, for the detail popup (`v`): the open form's record
//! (every field of a processing or a finding), the selected processing or finding of the
//! lists, or the opinion.

use crate::i18n::{SheetLabel, SheetText, Text};
use crate::workbench::gdpr::form_view::{finding_form_rows, processing_form_rows};
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::gdpr::ui::{findings_rows, FindingsRow, Form, SheetUi};
use crate::workbench::gdpr::update::sheet_of;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::detail::Detail;
use crate::workbench::screen::session::Panel;

/// Label and value pairs, without the styles of the form.
fn fields(rows: Vec<(String, String, ratatui::style::Style)>) -> Vec<(String, String)> {
    rows.into_iter()
        .map(|(label, value, _)| (label.trim().to_string(), value))
        .collect()
}

pub(crate) fn sheet_detail(ui: &SheetUi, view: &BenchView) -> Option<Detail> {
    let exercise = view.exercise;
    let sheet = sheet_of(&exercise.id, view.workspace);
    let processing = |index: usize| {
        let p = sheet.processings.get(index)?;
        Some(Detail {
            title: format!("{} · {}", exercise.id, p.name),
            fields: fields(processing_form_rows(view, p)),
            scroll: 0,
        })
    };
    let finding = |index: usize| {
        let f = sheet.findings.get(index)?;
        Some(Detail {
            title: format!("{} · {}", exercise.id, f.title),
            fields: fields(finding_form_rows(view, f)),
            scroll: 0,
        })
    };
    match (view.panel, ui.form) {
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
                    title: format!("{} · {}", exercise.id, p.rule.label(view.lang)),
                    fields: vec![(
                        view.t(Text::Sheet(SheetText::Rule)).to_string(),
                        format!("{} · {}", p.rule.label(view.lang), p.rule.code()),
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
                SheetText::ClosingOpinion.get(view.lang)
            ),
            fields: vec![(
                SheetText::ClosingOpinion.get(view.lang).to_string(),
                sheet.opinion.clone(),
            )],
            scroll: 0,
        }),
        _ => None,
    }
}
