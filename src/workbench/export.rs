//! Exports of one exercise in the formats its users' tools open: CSV for spreadsheets and
//! Markdown for any editor. Pure functions returning bytes; the caller writes them.

use crate::case::{BoardConfig, Case, Exercise, Kind};
use crate::i18n::{Lang, Text};
use crate::workbench::code::text::CodeText;
use crate::workspace::{Board, Workspace};

/// The file formats of `atelier export`, each for its users' own tool.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Md,
    /// Freeplane / FreeMind mind map.
    Mm,
    /// OPML 2.0 outline.
    Opml,
    /// SVG drawing (the mind map, the world map, the grids' charts).
    Svg,
    /// GEXF 1.3, for Gephi (sociogram).
    Gexf,
    /// GraphML (sociogram).
    Graphml,
    /// Graphviz DOT (sociogram).
    Dot,
    /// A12's social-listening analysis (term counts, sentiment per post and month, complaints).
    Json,
    /// A self-contained HTML deck (A15).
    Html,
    /// An Excel workbook: the grids (one sheet per grid), the A7 register.
    Xlsx,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the case has no exercise {0}")]
    UnknownExercise(String),
    #[error("exercise {exercise} cannot be exported as {format} in this version")]
    Unsupported { exercise: String, format: String },
    #[error("the workbook could not be written: {0}")]
    Xlsx(String),
}

/// One file of an export: the name part that tells it from the others (`None` for a single
/// file) and its bytes.
pub type ExportFile = (Option<String>, Vec<u8>);

/// The files of an export, each with the name part that tells it from the others: one file
/// (`None`) for every exercise and format, except the CSV of a grid exercise with several
/// grids, one per grid (named by the grid's id), since a CSV file holds one table.
pub fn export_files(
    case: &Case,
    workspace: &Workspace,
    exercise_id: &str,
    format: ExportFormat,
    lang: Lang,
) -> Result<Vec<ExportFile>, ExportError> {
    let exercise = case
        .exercise(exercise_id)
        .ok_or_else(|| ExportError::UnknownExercise(exercise_id.to_string()))?;
    if let (ExportFormat::Csv, Kind::Grid) = (format, exercise.kind) {
        let answer = workspace.answer(exercise_id).and_then(|a| a.grid.as_ref());
        let files = crate::workbench::grid::formats::grid_csv_files(exercise, answer);
        // A single grid goes to the file named.
        let several = files.len() > 1;
        return Ok(files
            .into_iter()
            .map(|(grid, csv)| (several.then_some(grid), csv.into_bytes()))
            .collect());
    }
    export(case, workspace, exercise_id, format, lang).map(|bytes| vec![(None, bytes)])
}

/// One export as one file (a grid exercise's CSV, several files, is [`export_files`]'s).
pub fn export(
    case: &Case,
    workspace: &Workspace,
    exercise_id: &str,
    format: ExportFormat,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let exercise = case
        .exercise(exercise_id)
        .ok_or_else(|| ExportError::UnknownExercise(exercise_id.to_string()))?;
    let answer = workspace.answer(exercise_id).cloned().unwrap_or_default();
    // -- tree / map (issue 4): the map kinds' own formats --
    if let Some(bytes) = crate::workbench::mindmap::formats::export(exercise, &answer, format, lang)
    {
        return Ok(bytes);
    }
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    if exercise.kind == crate::case::Kind::Graph {
        if let Some(bytes) = crate::workbench::sociogram::export(case, exercise, &answer, format) {
            return Ok(bytes);
        }
    }
    // -- grid: A8, A10, A12, A13, A14 grids (issue 7) --
    if exercise.kind == crate::case::Kind::Grid {
        let grids = answer.grid.as_ref();
        let bytes = match format {
            ExportFormat::Svg => Some(crate::workbench::grid::formats::all_charts_svg(
                exercise, grids, lang,
            )),
            ExportFormat::Json => crate::workbench::grid::formats::listening_json(exercise, grids),
            _ => None,
        };
        if let Some(bytes) = bytes {
            return Ok(bytes.into_bytes());
        }
        if let ExportFormat::Xlsx = format {
            return crate::workbench::grid::formats::grids_xlsx(exercise, grids)
                .map_err(|e| ExportError::Xlsx(e.to_string()));
        }
    }
    // -- sheet: A7 GDPR audit sheet (issue 6): the register as CSV --
    if let (ExportFormat::Csv, Kind::Sheet) = (format, exercise.kind) {
        let sheet = answer.sheet.clone().unwrap_or_default();
        return Ok(crate::workbench::gdpr::formats::register_csv(&sheet).into_bytes());
    }
    if let (ExportFormat::Xlsx, Kind::Sheet) = (format, exercise.kind) {
        let sheet = answer.sheet.clone().unwrap_or_default();
        return crate::workbench::gdpr::formats::register_xlsx(&sheet)
            .map_err(|e| ExportError::Xlsx(e.to_string()));
    }
    // -- note_deck: the deck's presenterm Markdown and HTML (issue 8) --
    if let Some(result) =
        crate::workbench::notes::formats::export(case, exercise, &answer, format, lang)
    {
        return result;
    }
    match (format, &exercise.board) {
        (ExportFormat::Csv, Some(config)) => {
            Ok(board_csv(config, &answer.board.unwrap_or_default()).into_bytes())
        }
        (ExportFormat::Md, _) => Ok(exercise_markdown(exercise, &answer, lang).into_bytes()),
        // Any other format (mm, opml, svg, html...) is another kind's.
        (format, _) => Err(ExportError::Unsupported {
            exercise: exercise_id.to_string(),
            format: format!("{format:?}").to_lowercase(),
        }),
    }
}

/// One table for a spreadsheet: every item, strategy, priority and KPI, one per row.
/// Columns: section, zone_id, zone, rank, label, text, evidence, references, target, unit.
pub fn board_csv(config: &BoardConfig, board: &Board) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "section",
        "zone_id",
        "zone",
        "rank",
        "label",
        "text",
        "evidence",
        "references",
        "target",
        "unit",
    ];
    // Writing to a Vec cannot fail.
    let _ = out.write_record(header);
    for zone in &config.zones {
        for (rank, item) in board.items_in(&zone.id).enumerate() {
            let rank = (rank + 1).to_string();
            let label = format!("{}{}", zone.id, rank);
            let _ = out.write_record([
                "item",
                &zone.id,
                &zone.title,
                &rank,
                &label,
                &item.text,
                &item.evidence,
                "",
                "",
                "",
            ]);
        }
    }
    for strategy in &board.strategies {
        let label = board.strategy_label(strategy.id).unwrap_or_default();
        let rank = label.rsplit('-').next().unwrap_or("").to_string();
        let refs = item_labels(config, board, &strategy.refs).join("; ");
        let _ = out.write_record([
            "strategy",
            &strategy.kind,
            config
                .strategy_kind(&strategy.kind)
                .map_or("", |k| k.title.as_str()),
            &rank,
            &label,
            &strategy.text,
            "",
            &refs,
            "",
            "",
        ]);
    }
    for (rank, priority) in board.priorities.iter().enumerate() {
        let rank = (rank + 1).to_string();
        let _ = out.write_record([
            "priority",
            "",
            "",
            &rank,
            &rank,
            &priority.text,
            "",
            "",
            "",
            "",
        ]);
    }
    for (rank, kpi) in board.kpis.iter().enumerate() {
        let rank = (rank + 1).to_string();
        let _ = out.write_record([
            "kpi",
            "",
            "",
            &rank,
            &kpi.name,
            &kpi.name,
            "",
            "",
            &kpi.target,
            &kpi.unit,
        ]);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Short labels of items (zone id + rank in zone, like S2), as the screens show them.
pub fn item_labels(config: &BoardConfig, board: &Board, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| item_label(config, board, *id))
        .collect()
}

pub fn item_label(config: &BoardConfig, board: &Board, id: u32) -> Option<String> {
    let item = board.item(id)?;
    let zone = config.zone(&item.zone)?;
    let rank = board.items_in(&zone.id).position(|i| i.id == id)? + 1;
    Some(format!("{}{}", zone.id, rank))
}

/// The exercise as Markdown: the board (if any) and the notes.
pub fn exercise_markdown(
    exercise: &Exercise,
    answer: &crate::workspace::Answer,
    lang: Lang,
) -> String {
    let mut md = format!("## {} — {}\n\n", exercise.id, exercise.title);
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    if let Some(graph) = &answer.graph {
        md.push_str(&crate::workbench::sociogram::markdown(
            exercise, graph, lang,
        ));
    }
    if let Some(config) = &exercise.board {
        md.push_str(&board_markdown(
            config,
            &answer.board.clone().unwrap_or_default(),
            lang,
        ));
    }
    // -- code: A1 Python runner and sketch (issue 3) --
    if let Some(code) = &answer.code {
        md.push_str(&code_markdown(code, lang));
    }
    // -- tree / map (issue 4) --
    md.push_str(&crate::workbench::mindmap::formats::markdown(
        exercise, answer, lang,
    ));
    if exercise.kind == crate::case::Kind::Grid {
        md.push_str(&crate::workbench::grid::formats::markdown(
            exercise,
            answer.grid.as_ref(),
            lang,
        ));
    }
    // -- sheet: A7 GDPR audit sheet (issue 6) --
    if let (Kind::Sheet, Some(sheet)) = (exercise.kind, &answer.sheet) {
        let config = crate::workbench::gdpr::audit::SheetConfig::of(exercise);
        md.push_str(&crate::workbench::gdpr::formats::sheet_markdown(
            &config, sheet, lang,
        ));
    }
    // -- note_deck: sections, picks, references; slides (issue 8) --
    md.push_str(&crate::workbench::notes::formats::answer_markdown(
        exercise, answer, lang,
    ));
    if !answer.notes.trim().is_empty() {
        md.push_str(&format!(
            "### {}\n\n{}\n\n",
            Text::Notes.get(lang),
            answer.notes.trim()
        ));
    }
    md
}

/// The last run's tests and the program, for the Markdown report and export.
pub fn code_markdown(code: &crate::workbench::code::model::CodeAnswer, lang: Lang) -> String {
    let mut md = String::new();
    if let Some(run) = &code.last_run {
        md.push_str(&format!(
            "### {}\n\n**{}** ({}/{})\n\n",
            Text::Code(CodeText::CodeTests).get(lang),
            crate::workbench::code::text::status_label(lang, run.status),
            run.passed_count(),
            run.tests.len()
        ));
        for test in &run.tests {
            md.push_str(&format!(
                "- {} {} — {}\n",
                if test.passed { "✓" } else { "✗" },
                one_line(&test.name),
                one_line(&crate::workbench::code::text::test_message(lang, test))
            ));
        }
        md.push('\n');
    }
    for (name, text) in [("program.py", &code.program), ("sketch.py", &code.sketch)] {
        if !text.trim().is_empty() {
            let fence = if text.contains("```") { "~~~~" } else { "```" };
            md.push_str(&format!(
                "### {name}\n\n{fence}python\n{}\n{fence}\n\n",
                text.trim_end()
            ));
        }
    }
    md
}

pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn board_markdown(config: &BoardConfig, board: &Board, lang: Lang) -> String {
    let mut md = String::new();
    for zone in &config.zones {
        md.push_str(&format!("### {}\n\n", zone.title));
        let mut any = false;
        for (rank, item) in board.items_in(&zone.id).enumerate() {
            any = true;
            md.push_str(&format!(
                "- **{}{}** {}",
                zone.id,
                rank + 1,
                one_line(&item.text)
            ));
            if !item.evidence.trim().is_empty() {
                md.push_str(&format!(" — _{}_", one_line(&item.evidence)));
            }
            md.push('\n');
        }
        if !any {
            md.push_str("- —\n");
        }
        md.push('\n');
    }
    if !config.strategy_kinds.is_empty() {
        md.push_str(&format!("### {}\n\n", config.strategies_title(lang)));
        for strategy in &board.strategies {
            let label = board.strategy_label(strategy.id).unwrap_or_default();
            let refs = item_labels(config, board, &strategy.refs).join(", ");
            md.push_str(&format!(
                "- **{label}** {} ({refs})\n",
                one_line(&strategy.text)
            ));
        }
        md.push('\n');
    }
    if config.min_priorities.is_some() {
        md.push_str(&format!("### {}\n\n", Text::Priorities.get(lang)));
        for (rank, priority) in board.priorities.iter().enumerate() {
            md.push_str(&format!("{}. {}\n", rank + 1, one_line(&priority.text)));
        }
        md.push('\n');
    }
    if config.min_kpis.is_some() {
        md.push_str(&format!(
            "### {}\n\n| {} | {} | {} |\n|---|---|---|\n",
            Text::Kpis.get(lang),
            Text::Name.get(lang),
            Text::Target.get(lang),
            Text::Unit.get(lang)
        ));
        for kpi in &board.kpis {
            md.push_str(&format!(
                "| {} | {} | {} |\n",
                one_line(&kpi.name).replace('|', "\\|"),
                one_line(&kpi.target).replace('|', "\\|"),
                one_line(&kpi.unit).replace('|', "\\|")
            ));
        }
        md.push('\n');
    }
    if !config.credit.is_empty() {
        md.push_str(&format!("_{}_\n\n", config.credit));
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_header_and_one_row_per_entry() {
        let case = Case::embedded_default();
        let config = case.exercise("A2").unwrap().board.clone().unwrap();
        let mut board = Board::default();
        let s = board.add_item("S", "Marque, \"connue\"");
        let o = board.add_item("O", "Drive");
        let st = board.add_strategy("SO", "Lancer le drive");
        board.toggle_strategy_ref(st, s);
        board.toggle_strategy_ref(st, o);
        let text = board_csv(&config, &board);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][5], "Marque, \"connue\"");
        assert_eq!(&rows[2][0], "strategy");
        assert_eq!(&rows[2][4], "SO-1");
        assert_eq!(&rows[2][7], "S1; O1");
    }
}
