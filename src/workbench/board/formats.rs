//! The board in report.html: its zones laid out as on screen, each item with its label,
//! text and evidence, then the strategies, priorities and KPIs.

use crate::case::BoardConfig;
use crate::i18n::review::ReviewText;
use crate::i18n::{Lang, Text};
use crate::workbench::html::{escape, escape_lines};
use crate::workspace::Board;
use std::fmt::Write as _;

/// The board as a CSS grid laid out like the case's board, then its strategies, priorities,
/// KPIs and credit.
pub fn board_html(
    out: &mut String,
    exercise_id: &str,
    config: &BoardConfig,
    board: &Board,
    lang: Lang,
) {
    let t = |text: Text| escape(text.get(lang));
    let _ = writeln!(
        out,
        "<div class=\"board\" style=\"grid-template-columns: repeat({}, minmax(0, 1fr)); grid-template-rows: repeat({}, auto);\">",
        config.columns.max(1),
        config.rows.max(1)
    );
    for zone in &config.zones {
        let _ = writeln!(
            out,
            "<div class=\"zone\" id=\"{}\" style=\"grid-column: {} / span {}; grid-row: {} / span {};\">\n<h4>{}</h4>",
            escape(&format!("{exercise_id}-{}", zone.id)),
            u32::from(zone.col) + 1,
            zone.col_span.max(1),
            u32::from(zone.row) + 1,
            zone.row_span.max(1),
            escape(&zone.title)
        );
        let items: Vec<_> = board.items_in(&zone.id).collect();
        if items.is_empty() {
            out.push_str("<p class=\"empty\">—</p>\n");
        } else {
            out.push_str("<ul>\n");
            for item in items {
                let label = crate::workbench::export::item_label(config, board, item.id)
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<li><span class=\"label\">{}</span>{}",
                    escape(&label),
                    escape_lines(&item.text)
                );
                if !item.evidence.trim().is_empty() {
                    let _ = write!(
                        out,
                        "<div class=\"evidence\">{}{}{}</div>",
                        t(Text::Evidence),
                        lang.colon(),
                        escape_lines(&item.evidence)
                    );
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");

    // Strategies, in the case's order of kinds, then in their order within a kind.
    if !config.strategy_kinds.is_empty() || !board.strategies.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&config.strategies_title(lang)));
        if board.strategies.is_empty() {
            out.push_str("<p class=\"empty\">—</p>\n");
        } else {
            let _ = writeln!(
                out,
                "<table class=\"strategies\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                t(Text::Review(ReviewText::Strategy)),
                t(Text::Review(ReviewText::Wording)),
                t(Text::References)
            );
            let mut strategies: Vec<_> = board.strategies.iter().collect();
            strategies.sort_by_key(|s| {
                config
                    .strategy_kinds
                    .iter()
                    .position(|k| k.id == s.kind)
                    .unwrap_or(usize::MAX)
            });
            for strategy in strategies {
                let label = board.strategy_label(strategy.id).unwrap_or_default();
                let kind_title = config
                    .strategy_kind(&strategy.kind)
                    .map_or("", |k| k.title.as_str());
                let refs =
                    crate::workbench::export::item_labels(config, board, &strategy.refs).join(", ");
                let _ = writeln!(
                    out,
                    "<tr><td class=\"label\" title=\"{}\">{}</td><td>{}</td><td>{}</td></tr>",
                    escape(kind_title),
                    escape(&label),
                    escape_lines(&strategy.text),
                    escape(&refs)
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }

    if config.min_priorities.is_some() || !board.priorities.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", t(Text::Priorities));
        if board.priorities.is_empty() {
            out.push_str("<p class=\"empty\">—</p>\n");
        } else {
            out.push_str("<ol class=\"priorities\">\n");
            for priority in &board.priorities {
                let _ = writeln!(out, "<li>{}</li>", escape_lines(&priority.text));
            }
            out.push_str("</ol>\n");
        }
    }

    if config.min_kpis.is_some() || !board.kpis.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", t(Text::Kpis));
        if board.kpis.is_empty() {
            out.push_str("<p class=\"empty\">—</p>\n");
        } else {
            let _ = writeln!(
                out,
                "<table class=\"kpis\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                t(Text::Name),
                t(Text::Target),
                t(Text::Unit)
            );
            for kpi in &board.kpis {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&kpi.name),
                    escape(&kpi.target),
                    escape(&kpi.unit)
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }

    if !config.credit.trim().is_empty() {
        let _ = writeln!(out, "<p class=\"credit\">{}</p>", escape(&config.credit));
    }
}
