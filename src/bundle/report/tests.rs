//! Tests of the parent module.

use super::*;
use crate::workspace::{Board, WORKSPACE_FORMAT};

/// A small case with a SWOT-like board and a canvas-like board with spans and a credit.
fn case() -> Case {
    let json = serde_json::json!({
        "format": 1, "id": "t", "title": "Cas <test>", "language": "fr", "summary": "s",
        "organisation": {
            "name": "Org & Cie", "sector": "s", "location": "l", "founded": 2000,
            "employees": 10, "revenue_eur": 1, "description": "d",
            "departments": [{"id": "d1", "name": "D", "headcount": 3}],
            "actors": [{"id": "a1", "name": "A", "department": "d1", "level": 1, "role": "r"}]
        },
        "exercises": [
            {
                "id": "A2", "bloc": 1, "title": "SWOT", "kind": "board",
                "competences": ["C2", "C3"], "brief": "b",
                "rubric": [{"id": "A2-1", "criterion": "A2.2", "competence": "C2", "text": "Analyse <juste>", "expectations": "Preuves <datées>", "scale": 4}],
                "board": {"columns": 2, "rows": 2, "zones": [
                    {"id": "S", "title": "Forces", "col": 0, "row": 0},
                    {"id": "W", "title": "Faiblesses", "col": 1, "row": 0},
                    {"id": "O", "title": "Opportunités", "col": 0, "row": 1},
                    {"id": "T", "title": "Menaces", "col": 1, "row": 1}
                ], "strategy_kinds": [
                    {"id": "SO", "title": "Forces × opportunités", "combines": ["S", "O"]},
                    {"id": "WO", "title": "Faiblesses × opportunités", "combines": ["W", "O"]}
                ]}
            },
            {
                "id": "A11", "bloc": 3, "title": "BMC", "kind": "board",
                "competences": ["C14"], "brief": "b",
                "rubric": [{"id": "A11-1", "competence": "C14", "text": "t", "scale": 3}],
                "board": {"columns": 10, "rows": 3, "zones": [
                    {"id": "KP", "title": "Partenaires clés", "col": 0, "row": 0, "col_span": 2, "row_span": 2},
                    {"id": "KA", "title": "Activités clés", "col": 2, "row": 0, "col_span": 2},
                    {"id": "KR", "title": "Ressources clés", "col": 2, "row": 1, "col_span": 2},
                    {"id": "VP", "title": "Propositions de valeur", "col": 4, "row": 0, "col_span": 2, "row_span": 2},
                    {"id": "CR", "title": "Relations clients", "col": 6, "row": 0, "col_span": 2},
                    {"id": "CH", "title": "Canaux", "col": 6, "row": 1, "col_span": 2},
                    {"id": "CS", "title": "Segments de clientèle", "col": 8, "row": 0, "col_span": 2, "row_span": 2},
                    {"id": "C$", "title": "Structure de coûts", "col": 0, "row": 2, "col_span": 5},
                    {"id": "R$", "title": "Sources de revenus", "col": 5, "row": 2, "col_span": 5}
                ],
                "min_priorities": 1, "min_kpis": 1,
                "credit": "Business Model Canvas, Strategyzer AG, CC BY-SA 3.0"}
            },
            {
                "id": "A9", "bloc": 2, "title": "Note", "kind": "note",
                "competences": ["C9"], "brief": "b",
                "rubric": [{"id": "A9-1", "competence": "C9", "text": "t", "scale": 2}]
            }
        ]
    });
    Case::from_json(&json.to_string()).unwrap()
}

fn workspace(candidate: &str) -> Workspace {
    Workspace {
        format: WORKSPACE_FORMAT,
        app_version: "0.1.0".into(),
        candidate: candidate.into(),
        case_id: "t".into(),
        case_digest: String::new(),
        created: "2025-01-01T00:00:00Z".into(),
        updated: "2025-01-02T00:00:00Z".into(),
        exercises: Default::default(),
        group: Vec::new(),
        extra: Default::default(),
    }
}

#[test]
fn escape_replaces_the_five_characters() {
    assert_eq!(
        escape(r#"<a href="x" title='y'>Tom & Jerry</a>"#),
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"
    );
    assert_eq!(escape("é — ok"), "é — ok");
    assert_eq!(
        escape("&amp;"),
        "&amp;amp;",
        "escaping is not idempotent: no double guess"
    );
}

#[test]
fn hostile_text_never_reaches_the_page_unescaped() {
    let case = case();
    let mut ws = workspace("<img src=x onerror=alert(1)>");
    let board = ws.answer_mut("A2").board.get_or_insert_with(Board::default);
    let s = board.add_item("S", "<script>alert(1)</script>");
    board.item_mut(s).unwrap().evidence = "\"><svg onload=alert(2)>".into();
    let o = board.add_item("O", "ok");
    let st = board.add_strategy("SO", "<b onmouseover=alert(3)>x</b>");
    board.toggle_strategy_ref(st, s);
    board.toggle_strategy_ref(st, o);
    let bmc = ws
        .answer_mut("A11")
        .board
        .get_or_insert_with(Board::default);
    bmc.add_kpi("<i>k</i>", "10 & <5>", "'%'");
    bmc.add_priority("<u>p</u>");
    ws.answer_mut("A9").notes = "# <h1>Titre</h1>\n\n- <li>x</li>\n\ntexte <script>".into();
    let page = html(&case, &ws, Lang::Fr);
    for needle in [
        "<script>",
        "<img",
        "<svg",
        "<b ",
        "<i>",
        "<u>",
        "<h1>Titre",
        "<li><li>",
        "\"><svg",
        "'%'",
    ] {
        assert!(!page.contains(needle), "{needle} appears unescaped");
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("10 &amp; &lt;5&gt;"));
    assert!(
        page.contains("Cas &lt;test&gt;"),
        "case text is escaped too"
    );
    assert!(page.contains("Org &amp; Cie"));
}

#[test]
fn page_is_self_contained_html5() {
    let page = html(&case(), &workspace("Alice"), Lang::En);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("@media print"));
    for external in [
        "<script",
        "<link",
        "src=\"http",
        "href=\"http",
        "@import",
        "url(",
    ] {
        assert!(!page.contains(external), "{external} in the page");
    }
    assert!(html(&case(), &workspace("Alice"), Lang::Fr).contains("<html lang=\"fr\">"));
}

#[test]
fn summary_lists_every_exercise_with_status_and_finding_count() {
    let case = case();
    let mut ws = workspace("Alice");
    ws.answer_mut("A9").notes = "Une note.".into();
    let page = html(&case, &ws, Lang::En);
    let summary = &page[page.find("id=\"summary\"").unwrap()..page.find("</section>").unwrap()];
    let reports = check::check_workspace(&case, &ws);
    for report in &reports {
        let row = format!("<a href=\"#{0}\">{0}</a>", report.id);
        let at = summary
            .find(&row)
            .unwrap_or_else(|| panic!("{} missing", report.id));
        let line = summary[at..].lines().next().unwrap();
        assert!(
            line.contains(&format!("<td>{}</td></tr>", report.findings.len())),
            "{line}"
        );
    }
    assert!(summary.contains("<td class=\"status complete\">complete</td>"));
    assert!(summary.contains("<td class=\"status not_started\">not started</td>"));
    for id in ["A2", "A11", "A9"] {
        assert!(page.contains(&format!("<section class=\"exercise\" id=\"{id}\">")));
    }
}

#[test]
fn board_follows_the_case_layout_with_labels_strategies_and_credit() {
    let case = case();
    let mut ws = workspace("Alice");
    let board = ws.answer_mut("A2").board.get_or_insert_with(Board::default);
    board.add_item("S", "premier");
    let s2 = board.add_item("S", "marque connue");
    board.item_mut(s2).unwrap().evidence = "enquête 2024".into();
    let o = board.add_item("O", "drive");
    board.add_strategy("WO", "corriger");
    let wo2 = board.add_strategy("WO", "former");
    board.toggle_strategy_ref(wo2, s2);
    board.toggle_strategy_ref(wo2, o);
    let bmc = ws
        .answer_mut("A11")
        .board
        .get_or_insert_with(Board::default);
    bmc.add_item("KP", "pépiniéristes");
    bmc.add_priority("ouvrir le drive");
    bmc.add_priority("former les vendeurs");
    bmc.add_kpi("Taux de retrait", "15", "%");
    let page = html(&case, &ws, Lang::Fr);
    assert!(page.contains(
        "grid-template-columns: repeat(2, minmax(0, 1fr)); grid-template-rows: repeat(2, auto);"
    ));
    assert!(page.contains("id=\"A2-O\" style=\"grid-column: 1 / span 1; grid-row: 2 / span 1;\""));
    assert!(page.contains(
        "grid-template-columns: repeat(10, minmax(0, 1fr)); grid-template-rows: repeat(3, auto);"
    ));
    assert!(page.contains("id=\"A11-KP\" style=\"grid-column: 1 / span 2; grid-row: 1 / span 2;\""));
    assert!(page.contains("id=\"A11-R$\" style=\"grid-column: 6 / span 5; grid-row: 3 / span 1;\""));
    assert!(page.contains("<span class=\"label\">S2</span>marque connue<div class=\"evidence\">Preuve / source : enquête 2024</div>"));
    assert!(page.contains("<td class=\"label\" title=\"Faiblesses × opportunités\">WO-2</td><td>former</td><td>S2, O1</td>"));
    assert!(page.contains(
        "<ol class=\"priorities\">\n<li>ouvrir le drive</li>\n<li>former les vendeurs</li>\n</ol>"
    ));
    assert!(page.contains("<tr><td>Taux de retrait</td><td>15</td><td>%</td></tr>"));
    assert!(page
        .contains("<p class=\"credit\">Business Model Canvas, Strategyzer AG, CC BY-SA 3.0</p>"));
    // The rubric sits in a details block.
    let a2 = &page[page.find("id=\"A2\"").unwrap()..page.find("id=\"A11\"").unwrap()];
    assert!(a2.contains("<details class=\"rubric\">"));
    // The line names the referentiel's criterion, and the case's expectations follow its wording.
    assert!(a2.contains("<td>A2-1 (A2.2)</td><td>C2</td><td>Analyse &lt;juste&gt;<br><small>Preuves &lt;datées&gt;</small></td><td>0–4</td>"));
}

#[test]
fn notes_get_minimal_markdown() {
    let html = markdown_html(
        "# Titre\n\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux & trois\n\n## Suite\ntexte",
    );
    assert_eq!(
        html,
        "<h4>Titre</h4>\n<p>Un paragraphe\nsur deux lignes.</p>\n<ul>\n<li>un</li>\n<li>deux &amp; trois</li>\n</ul>\n<h5>Suite</h5>\n<p>texte</p>\n"
    );
    assert_eq!(markdown_html("#pas un titre"), "<p>#pas un titre</p>\n");
    assert_eq!(
        markdown_html("**Financement.** Texte **<b>**"),
        "<p><strong>Financement.</strong> Texte <strong>&lt;b&gt;</strong></p>\n"
    );
    assert_eq!(markdown_html("2 ** 3 = 8"), "<p>2 ** 3 = 8</p>\n");
}

#[test]
fn markdown_report_has_header_summary_and_every_exercise() {
    let case = case();
    let mut ws = workspace("Alice | Bob");
    let board = ws.answer_mut("A2").board.get_or_insert_with(Board::default);
    board.add_item("S", "marque connue");
    ws.answer_mut("A9").notes = "Une note.".into();
    let md = markdown(&case, &ws, Lang::En);
    assert!(md.starts_with("# Cas <test>\n\n- **Candidate**: Alice \\| Bob\n"));
    assert!(md.contains("| Exercise | Title | Bloc | Status | Findings |"));
    assert!(md.contains("| A9 | Note | 2 | complete | 0 |"));
    assert!(md.contains("## A2 — SWOT\n\nBloc 1 · Competences: C2, C3 · Status: complete\n"));
    assert!(md.contains("- **S1** marque connue"));
    assert!(md.contains("Une note."));
    assert!(md.contains("## A11 — BMC\n\nBloc 3 · Competences: C14 · Status: not started\n"));
    assert!(md.contains("_No answer._"));
    assert!(!md.contains("Strategyzer"), "no board, no credit");
    let bmc = ws
        .answer_mut("A11")
        .board
        .get_or_insert_with(Board::default);
    bmc.add_item("KP", "pépiniéristes");
    let md = markdown(&case, &ws, Lang::En);
    assert!(md.contains("_Business Model Canvas, Strategyzer AG, CC BY-SA 3.0_"));
    assert!(md.contains("| A2-1 (A2.2) | C2 | Analyse <juste> — Preuves <datées> | 0–4 |"));
}

#[test]
fn the_rubric_lists_each_criterions_levels_and_the_decision_rule() {
    let case = Case::embedded_default();
    let ws = workspace("Camille");
    let page = html(&case, &ws, Lang::Fr);
    let a2 = &page[page.find("id=\"A2\"").unwrap()..];
    let a2 = &a2[..a2.find("</section>").unwrap()];
    assert!(a2.contains("<ol start=\"0\"><li>Absent : l&#39;économie des plateformes n&#39;apparaît nulle part dans la SWOT ni dans les notes.</li>"), "{a2}");
    assert_eq!(a2.matches("<ol start=\"0\">").count(), 4);
    assert!(a2.contains("Règle : au moins 2 à chaque critère et 10 au total"));
    let md = markdown(&case, &ws, Lang::En);
    assert!(md.contains("| | | 4: Maîtrisé : effets de réseau, intermédiation, monétisation"));
    assert!(md.contains("Rule: at least 2 on every criterion and 10 in all"));
}
