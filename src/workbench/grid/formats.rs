//! Exports of a grid exercise: one CSV per grid, a workbook (`.xlsx`) with one sheet per
//! grid, Markdown tables, every chart as SVG, and the social-listening analysis as JSON.

use crate::case::Exercise;
use crate::workbench::grid::config::{ChartSpec, GridExercise, GridSpec};
use crate::workbench::grid::listening::Analysis;
use crate::workbench::grid::model::{chart_data, quarter_label, totals, ChartData, ViewRow};
use crate::workbench::grid::model::{view_rows, GridAnswer};
use crate::workbench::html::escape;
use std::fmt::Write as _;

pub fn config(exercise: &Exercise) -> GridExercise {
    crate::case::parse_config("$", &exercise.config).unwrap_or_default()
}

fn header(spec: &GridSpec) -> Vec<String> {
    spec.columns
        .iter()
        .map(|c| {
            if c.unit.is_empty() {
                c.title.clone()
            } else {
                format!("{} ({})", c.title, c.unit)
            }
        })
        .collect()
}

/// The rows an export shows: a questionnaire's all, elsewhere the filled ones.
pub fn rows_of(spec: &GridSpec, answer: Option<&GridAnswer>) -> Vec<ViewRow> {
    view_rows(spec, answer.and_then(|a| a.table(&spec.id)))
        .into_iter()
        .filter(|r| spec.fixed_rows || r.filled)
        .collect()
}

/// The totals line, each sum written by `written` (plain digits for spreadsheets, the
/// language's way for people).
fn totals_line(
    spec: &GridSpec,
    rows: &[ViewRow],
    label: &str,
    written: impl Fn(f64) -> String,
) -> Option<Vec<String>> {
    spec.totals.then(|| {
        let sums = totals(spec, rows);
        let mut line: Vec<String> = sums
            .iter()
            .map(|s| s.map(&written).unwrap_or_default())
            .collect();
        if let Some(first) = line.first_mut() {
            if first.is_empty() {
                *first = label.to_string();
            }
        }
        line
    })
}

/// One grid as a table: a header of column titles, one line per row, the totals line if any.
pub fn grid_table(spec: &GridSpec, answer: Option<&GridAnswer>) -> Vec<Vec<String>> {
    let rows = rows_of(spec, answer);
    let mut table = vec![header(spec)];
    table.extend(rows.iter().map(|row| row.texts.clone()));
    if let Some(line) = totals_line(spec, &rows, "Total", |v| v.to_string()) {
        table.push(line);
    }
    table
}

/// One grid as CSV (see [`grid_table`]).
pub fn grid_csv(spec: &GridSpec, answer: Option<&GridAnswer>) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    for line in grid_table(spec, answer) {
        let _ = out.write_record(line);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// One CSV per grid, each with its grid's id: one table per file, as pandas and spreadsheets
/// read them.
pub fn grid_csv_files(exercise: &Exercise, answer: Option<&GridAnswer>) -> Vec<(String, String)> {
    config(exercise)
        .grids
        .iter()
        .map(|spec| (spec.id.clone(), grid_csv(spec, answer)))
        .collect()
}

/// Every grid in one workbook, one sheet per grid named by its id.
pub fn grids_xlsx(
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let sheets: Vec<crate::workbench::xlsx::Sheet> = config(exercise)
        .grids
        .iter()
        .map(|spec| crate::workbench::xlsx::Sheet {
            name: spec.id.clone(),
            rows: grid_table(spec, answer),
        })
        .collect();
    crate::workbench::xlsx::workbook(&sheets)
}

fn md_cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

pub fn markdown(
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
    lang: crate::i18n::Lang,
) -> String {
    let config = config(exercise);
    let mut md = String::new();
    for spec in &config.grids {
        let rows = rows_of(spec, answer);
        let _ = writeln!(md, "### {}\n", spec.title);
        let titles = header(spec);
        let _ = writeln!(
            md,
            "| {} |\n|{}|",
            titles
                .iter()
                .map(|t| md_cell(t))
                .collect::<Vec<_>>()
                .join(" | "),
            titles.iter().map(|_| "---").collect::<Vec<_>>().join("|")
        );
        for row in &rows {
            let _ = writeln!(
                md,
                "| {} |",
                row.texts
                    .iter()
                    .map(|t| md_cell(t))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        let label = format!(
            "**{}**",
            crate::i18n::Text::Grid(crate::workbench::grid::text::GridText::Totals).get(lang)
        );
        if let Some(line) = totals_line(spec, &rows, &label, |v| {
            crate::i18n::numbers::figure(lang, v)
        }) {
            let _ = writeln!(md, "| {} |", line.join(" | "));
        }
        md.push('\n');
    }
    if let Some(analysis) = listening(exercise, answer) {
        let _ = writeln!(
            md,
            "### {}\n",
            config.listening.as_ref().map_or("", |l| l.title.as_str())
        );
        let _ = writeln!(
            md,
            "{}.\n",
            crate::workbench::grid::text::listening_tally(
                lang,
                analysis.posts,
                analysis.positive,
                analysis.neutral,
                analysis.negative
            )
        );
        for complaint in &analysis.complaints {
            let _ = writeln!(
                md,
                "- **{}** ({})",
                md_cell(&complaint.label),
                complaint.count
            );
        }
        md.push('\n');
    }
    md
}

/// The social-listening analysis of the imported corpus, else of the case's samples.
pub fn listening(exercise: &Exercise, answer: Option<&GridAnswer>) -> Option<Analysis> {
    let config = config(exercise);
    crate::workbench::grid::listening::analyse_exercise(&config, answer).map(|(a, _)| a)
}

/// `export --format json`: the analysis (term counts, sentiment per post and per month,
/// top complaints).
pub fn listening_json(exercise: &Exercise, answer: Option<&GridAnswer>) -> Option<String> {
    let analysis = listening(exercise, answer)?;
    let imported = answer.is_some_and(|a| !a.posts.is_empty());
    let doc = serde_json::json!({
        "exercise": exercise.id,
        "corpus": if imported { "imported" } else { "case_samples" },
        "posts": analysis.posts,
        "summary": {"positive": analysis.positive, "neutral": analysis.neutral, "negative": analysis.negative},
        "terms": analysis.terms,
        "sentiment_per_post": analysis.sentiment,
        "sentiment_per_month": analysis.months,
        "top_complaints": analysis.complaints,
    });
    serde_json::to_string_pretty(&doc).ok().map(|mut s| {
        s.push('\n');
        s
    })
}

/// Every chart of the exercise: (file stem, SVG).
pub fn charts_svg(
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
    lang: crate::i18n::Lang,
) -> Vec<(String, String)> {
    let config = config(exercise);
    let mut out = Vec::new();
    for spec in &config.grids {
        let rows = view_rows(spec, answer.and_then(|a| a.table(&spec.id)));
        for (k, chart) in spec.charts.iter().enumerate() {
            let data = chart_data(spec, chart, &rows);
            out.push((
                format!("{}-{}", spec.id, k + 1),
                chart_svg(chart, &data, lang),
            ));
        }
    }
    out
}

/// All charts in one SVG document, one under the other.
pub fn all_charts_svg(
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
    lang: crate::i18n::Lang,
) -> String {
    let charts = charts_svg(exercise, answer, lang);
    let mut y = 0;
    let mut body = String::new();
    for (_, svg) in &charts {
        let height = svg_height(svg);
        let _ = writeln!(body, "<g transform=\"translate(0,{y})\">{svg}</g>");
        y += height + 10;
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"{}\" viewBox=\"0 0 720 {}\">\n{body}</svg>\n",
        y.max(1),
        y.max(1)
    )
}

fn svg_height(svg: &str) -> i32 {
    svg.split("height=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn heat_fill(fraction: f64) -> String {
    let f = fraction.clamp(0.0, 1.0);
    format!(
        "rgb({},{},60)",
        (60.0 + 180.0 * f) as u8,
        (170.0 - 120.0 * f) as u8
    )
}

fn short(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n - 1).collect::<String>())
    }
}

/// Font size of a heat map's column headers.
const HEADER_SIZE: f64 = 10.0;

/// One chart as a standalone SVG (720 px wide), every text escaped.
/// One chart as SVG, its figures written as `lang` writes numbers ("4 920 (23 %)").
pub fn chart_svg(chart: &ChartSpec, data: &ChartData, lang: crate::i18n::Lang) -> String {
    use crate::i18n::numbers::{figure, percent};
    let mut body = String::new();
    let height;
    match data {
        ChartData::Bars(bars) => {
            let style = chart.bar_style();
            let max = style
                .max
                .unwrap_or_else(|| bars.iter().fold(0.0_f64, |m, b| m.max(b.value.abs())));
            let hotspot = crate::workbench::grid::model::bar_hotspot(bars, style);
            for (i, bar) in bars.iter().enumerate() {
                let y = 34 + i as i32 * 24;
                let w = if max > 0.0 {
                    (bar.value.abs() / max).min(1.0) * 380.0
                } else {
                    0.0
                };
                let fill = if Some(i) == hotspot {
                    "#c0392b"
                } else {
                    "#2e7d32"
                };
                let value = if style.shares {
                    format!(
                        "{} ({})",
                        figure(lang, bar.value),
                        percent(lang, bar.share, 0)
                    )
                } else {
                    figure(lang, bar.value)
                };
                let _ = writeln!(
                    body,
                    "<text x=\"8\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"210\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"{fill}\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{}</text>",
                    y + 13,
                    escape(&short(&bar.label, 30)),
                    214.0 + w,
                    y + 13,
                    escape(&value)
                );
            }
            height = 44 + bars.len() as i32 * 24;
        }
        ChartData::Heat(heat) => {
            let shares = matches!(chart, ChartSpec::Heatmap { shares: true, .. });
            let n = heat.columns.len().max(1);
            let cell = (500 / n).clamp(40, 120) as i32;
            let max = heat.max();
            // A header is cut to what its column's width holds (estimated on the safe side),
            // the whole of it in its tooltip.
            let fits = (1..)
                .take_while(|&k| {
                    crate::workbench::labels::text_width(k, HEADER_SIZE) <= f64::from(cell - 4)
                })
                .last()
                .unwrap_or(1);
            for (c, label) in heat.columns.iter().enumerate() {
                let _ = writeln!(
                    body,
                    "<text x=\"{}\" y=\"44\" font-size=\"{HEADER_SIZE}\"><title>{}</title>{}</text>",
                    210 + c as i32 * cell,
                    escape(label),
                    escape(&short(label, fits))
                );
            }
            for (r, label) in heat.rows.iter().enumerate() {
                let y = 50 + r as i32 * 22;
                let _ = writeln!(
                    body,
                    "<text x=\"8\" y=\"{}\" font-size=\"11\">{}</text>",
                    y + 14,
                    escape(&short(label, 32))
                );
                for c in 0..heat.columns.len() {
                    let Some(value) = heat.cells[r][c] else {
                        continue;
                    };
                    let mut fraction = if max > 0.0 { value.abs() / max } else { 0.0 };
                    let text = if shares {
                        let total = heat.column_total(c);
                        let share = if total != 0.0 {
                            value / total * 100.0
                        } else {
                            0.0
                        };
                        fraction = share / 100.0;
                        percent(lang, share, 0)
                    } else {
                        figure(lang, value)
                    };
                    let stroke = if shares && heat.hotspot(c) == Some(r) {
                        " stroke=\"#000\" stroke-width=\"2\""
                    } else {
                        ""
                    };
                    let _ = writeln!(
                        body,
                        "<rect x=\"{}\" y=\"{y}\" width=\"{}\" height=\"20\" fill=\"{}\"{stroke}/><text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
                        210 + c as i32 * cell,
                        cell - 2,
                        heat_fill(fraction),
                        214 + c as i32 * cell,
                        y + 14,
                        escape(&text)
                    );
                }
            }
            height = 60 + heat.rows.len() as i32 * 22;
        }
        ChartData::Timeline(spans) => {
            let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
            let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
            let months = (end - start + 1).max(1) as f64;
            let x = |m: i32| 230.0 + (m - start) as f64 / months * 470.0;
            let mut q = start - start.rem_euclid(3);
            while q <= end {
                if q >= start {
                    let _ = writeln!(
                        body,
                        "<text x=\"{:.1}\" y=\"44\" font-size=\"10\">{}</text>",
                        x(q),
                        quarter_label(q)
                    );
                }
                q += 3;
            }
            let colours = [
                "#2e7d32", "#00838f", "#f9a825", "#6a1b9a", "#1565c0", "#c62828",
            ];
            let mut groups: Vec<&str> = Vec::new();
            for (i, span) in spans.iter().enumerate() {
                if !groups.contains(&span.group.as_str()) {
                    groups.push(&span.group);
                }
                let g = groups.iter().position(|x| *x == span.group).unwrap_or(0);
                let y = 52 + i as i32 * 22;
                let label = if span.group.is_empty() {
                    span.label.clone()
                } else {
                    format!("{} · {}", span.group, span.label)
                };
                let _ = writeln!(
                    body,
                    "<text x=\"8\" y=\"{}\" font-size=\"11\">{}</text><rect x=\"{:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"16\" fill=\"{}\"/>",
                    y + 12,
                    escape(&short(&label, 36)),
                    x(span.start),
                    (x(span.end + 1) - x(span.start)).max(2.0),
                    colours[g % colours.len()]
                );
            }
            height = 62 + spans.len() as i32 * 22;
        }
        ChartData::Swatches(swatches) => {
            for (i, (label, (r, g, b))) in swatches.iter().enumerate() {
                let x = 8 + (i as i32 % 4) * 176;
                let y = 34 + (i as i32 / 4) * 70;
                let _ = writeln!(
                    body,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"160\" height=\"40\" fill=\"#{r:02X}{g:02X}{b:02X}\" stroke=\"#888\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\">#{r:02X}{g:02X}{b:02X} {}</text>",
                    y + 54,
                    escape(&short(label, 24))
                );
            }
            height = 44 + swatches.len().div_ceil(4) as i32 * 70;
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"{height}\" viewBox=\"0 0 720 {height}\" font-family=\"sans-serif\"><text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{}</text>\n{body}</svg>",
        escape(chart.title())
    )
}

/// The grid exercise's files for the bundle's `exports/`.
pub fn bundle_files(
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
    lang: crate::i18n::Lang,
) -> Vec<(String, Vec<u8>)> {
    let config = config(exercise);
    let id = &exercise.id;
    let mut files = Vec::new();
    for spec in &config.grids {
        files.push((
            format!("exports/{id}-{}.csv", spec.id),
            grid_csv(spec, answer).into_bytes(),
        ));
    }
    if let Ok(bytes) = grids_xlsx(exercise, answer) {
        files.push((format!("exports/{id}.xlsx"), bytes));
    }
    for (stem, svg) in charts_svg(exercise, answer, lang) {
        files.push((format!("exports/{id}-{stem}.svg"), svg.into_bytes()));
    }
    if let Some(json) = listening_json(exercise, answer) {
        files.push((format!("exports/{id}-listening.json"), json.into_bytes()));
    }
    files
}

/// A number cell as the report's language writes it ("0,052" in French); other cells as
/// they are.
fn cell_in(
    lang: crate::i18n::Lang,
    kind: Option<crate::workbench::grid::config::ColumnKind>,
    text: &str,
) -> String {
    use crate::workbench::grid::config::ColumnKind;
    match kind {
        Some(ColumnKind::Number | ColumnKind::Computed) | None => {
            crate::workbench::grid::model::parse_number(text)
                .filter(|_| !text.trim().is_empty())
                .map_or_else(
                    || text.to_string(),
                    |v| crate::i18n::numbers::decimal(lang, v, 3),
                )
        }
        Some(_) => text.to_string(),
    }
}

/// The grid exercise in the HTML report: each table, its charts inline, the listening summary.
pub fn html(
    out: &mut String,
    exercise: &Exercise,
    answer: Option<&GridAnswer>,
    lang: crate::i18n::Lang,
) {
    let config = config(exercise);
    for spec in &config.grids {
        let rows = rows_of(spec, answer);
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"grid\">\n<thead><tr>",
            escape(&spec.title)
        );
        for title in header(spec) {
            let _ = write!(out, "<th>{}</th>", escape(&title));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &rows {
            out.push_str("<tr>");
            for (c, text) in row.texts.iter().enumerate() {
                let swatch = match spec.columns[c].kind {
                    crate::workbench::grid::config::ColumnKind::Colour => crate::workbench::grid::model::parse_colour(text)
                        .map(|(r, g, b)| {
                            format!("<span class=\"swatch\" style=\"background:#{r:02X}{g:02X}{b:02X}\"></span>")
                        })
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                let text = cell_in(lang, Some(spec.columns[c].kind), text);
                let _ = write!(out, "<td>{swatch}{}</td>", escape(&text));
            }
            out.push_str("</tr>\n");
        }
        let label =
            crate::i18n::Text::Grid(crate::workbench::grid::text::GridText::Totals).get(lang);
        if let Some(line) = totals_line(spec, &rows, label, |v| v.to_string()) {
            out.push_str("<tr class=\"totals\">");
            for (c, cell) in line.iter().enumerate() {
                let kind = spec.columns.get(c).map(|col| col.kind);
                let _ = write!(out, "<th>{}</th>", escape(&cell_in(lang, kind, cell)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        let all = view_rows(spec, answer.and_then(|a| a.table(&spec.id)));
        for chart in &spec.charts {
            let data = chart_data(spec, chart, &all);
            let _ = writeln!(
                out,
                "<figure class=\"chart\">{}</figure>",
                chart_svg(chart, &data, lang)
            );
        }
    }
    if let Some(analysis) = listening(exercise, answer) {
        let title = config.listening.as_ref().map_or("", |l| l.title.as_str());
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p>{}.</p>\n<table><thead><tr><th>{}</th><th>{}</th><th>+</th><th>=</th><th>−</th><th>{}</th></tr></thead><tbody>",
            escape(title),
            escape(&crate::workbench::grid::text::listening_tally(
                lang,
                analysis.posts,
                analysis.positive,
                analysis.neutral,
                analysis.negative
            )),
            crate::workbench::grid::text::listening_heading(lang, 0),
            crate::workbench::grid::text::listening_heading(lang, 1),
            crate::workbench::grid::text::listening_heading(lang, 2),
        );
        for m in &analysis.months {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&m.month),
                m.posts,
                m.positive,
                m.neutral,
                m.negative,
                crate::i18n::numbers::fixed(lang, m.mean_score, 2)
            );
        }
        out.push_str("</tbody></table>\n<p>");
        let terms: Vec<String> = analysis
            .top_terms(20)
            .iter()
            .map(|t| format!("{} ({})", escape(&t.term), t.count))
            .collect();
        out.push_str(&terms.join(", "));
        out.push_str("</p>\n<ol class=\"complaints\">\n");
        for c in &analysis.complaints {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> ({}) — <em>{}</em></li>",
                escape(&c.label),
                c.count,
                escape(&c.example)
            );
        }
        out.push_str("</ol>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::grid::model::{RowKey, Table};

    #[test]
    fn heat_map_headers_do_not_overlap() {
        use crate::workbench::grid::model::Heat;
        for n in [2, 5, 9, 14] {
            let columns: Vec<String> = (0..n)
                .map(|c| format!("Relation client omnicanale numéro {c} (click & collect)"))
                .collect();
            let heat = Heat {
                rows: vec!["Magasins".into()],
                columns,
                cells: vec![vec![Some(1.0); n]],
            };
            let chart = ChartSpec::Heatmap {
                title: "Écarts".into(),
                rows: "service".into(),
                columns: "competence".into(),
                value: "ecart".into(),
                aggregate: Default::default(),
                shares: false,
            };
            let svg = chart_svg(&chart, &ChartData::Heat(heat), crate::i18n::Lang::Fr);
            let boxes: Vec<(f64, f64)> = svg
                .split("<text x=\"")
                .skip(1)
                .filter(|t| t.contains("y=\"44\""))
                .map(|t| {
                    let x: f64 = t.split('"').next().unwrap().parse().unwrap();
                    let shown = t
                        .split("</title>")
                        .nth(1)
                        .unwrap()
                        .split('<')
                        .next()
                        .unwrap();
                    let width = crate::workbench::labels::text_width(
                        shown.replace("&amp;", "&").chars().count(),
                        HEADER_SIZE,
                    );
                    (x, x + width)
                })
                .collect();
            assert_eq!(boxes.len(), n);
            for pair in boxes.windows(2) {
                assert!(pair[0].1 < pair[1].0, "{n} columns: {pair:?}");
            }
            assert!(svg.contains(
                "<title>Relation client omnicanale numéro 0 (click &amp; collect)</title>"
            ));
        }
    }

    #[test]
    fn candidate_text_is_escaped_in_the_report_and_svg() {
        let case = crate::case::Case::embedded_default();
        let exercise = case.exercise("A14").unwrap();
        let mut table = Table::default();
        let id = table.insert_row_after(None);
        table.set_cell(RowKey::Own(id), "idee", "<script>alert(1)</script>");
        table.set_cell(RowKey::Own(id), "votes", "3");
        let mut answer = GridAnswer::default();
        answer.tables.insert("idees".into(), table);
        let mut out = String::new();
        html(&mut out, exercise, Some(&answer), crate::i18n::Lang::Fr);
        assert!(!out.contains("<script>"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let svg = all_charts_svg(exercise, Some(&answer), crate::i18n::Lang::Fr);
        assert!(!svg.contains("<script>"));
        let files = grid_csv_files(exercise, Some(&answer));
        let (_, csv) = files.iter().find(|(id, _)| id == "idees").unwrap();
        assert!(
            csv.starts_with("Idée,Auteur,Gommettes,Retenue\n<script>alert(1)</script>,,3,\n"),
            "{csv}"
        );
    }
}
