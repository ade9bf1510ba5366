//! The A7 GDPR audit sheet driven by key events on a `TestBackend`: adding the case's
//! processings, filling fields with pickers (no enum code typed), accepting and dismissing
//! the rule engine's proposals, the checklist, undo; and snapshots of its screens.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay, Panel, Screen};
use atelier::tui::keymap::Mode;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::gdpr::model::{
    CheckStatus, DpiaCriterion, LegalBasis, Rule, Sheet, Target,
};
use atelier::workbench::gdpr::ui::GdprPanel;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn app(example: bool) -> App {
    let tmp = tempfile::tempdir().unwrap();
    let candidate = if example { "" } else { "Camille Martin" };
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        candidate,
        example,
    )
    .unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.open_exercise("A7");
    app
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn keys(app: &mut App, codes: &[KeyCode]) {
    for code in codes {
        key(app, *code);
    }
}

fn down(app: &mut App, times: usize) {
    for _ in 0..times {
        key(app, KeyCode::Down);
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn sheet(app: &App) -> Sheet {
    app.workspace
        .answer("A7")
        .and_then(|a| a.sheet.clone())
        .unwrap_or_default()
}

fn panel(app: &App) -> Panel {
    match &app.screen {
        Screen::Exercise(state) => state.panel,
        Screen::Home(_) => panic!("not on an exercise"),
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

/// Adds the case's "paie" processing (4th in the picker) and returns with its form open.
fn add_paie(app: &mut App) {
    key(app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::Picker);
    down(app, 3);
    assert_eq!(key(app, KeyCode::Enter), vec![Effect::SaveNow]);
}

#[test]
fn a_processing_of_the_case_is_added_and_filled_with_pickers() {
    let mut app = app(false);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetRegister));
    add_paie(&mut app);
    let s = sheet(&app);
    assert_eq!(s.processings.len(), 1);
    assert_eq!(s.processings[0].id, "paie");
    assert_eq!(s.processings[0].name, "Gestion de la paie");
    assert_eq!(app.mode(), Mode::SheetForm);
    // The form opens on the purpose: type it.
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Établir la paie");
    assert_eq!(sheet(&app).processings[0].purpose, "Établir la paie");
    key(&mut app, KeyCode::Enter);
    // Legal bases: several can be ticked (contract, then legal obligation), Enter ends.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Checklist);
    keys(
        &mut app,
        &[
            KeyCode::Down,
            KeyCode::Char(' '),
            KeyCode::Down,
            KeyCode::Char(' '),
            KeyCode::Enter,
        ],
    );
    assert_eq!(
        sheet(&app).processings[0].legal_basis,
        [LegalBasis::Contract, LegalBasis::LegalObligation]
    );
    // Multi-valued text: separated by ';' (past the joint controllers).
    down(&mut app, 2);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "salariés ; saisonniers;");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        sheet(&app).processings[0].data_subjects,
        ["salariés", "saisonniers"]
    );
    // DPIA criteria: ticked with Space, Esc undoes the ticks.
    down(&mut app, 15);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Checklist);
    keys(
        &mut app,
        &[
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Char(' '),
            KeyCode::Down,
            KeyCode::Char(' '),
        ],
    );
    assert_eq!(
        sheet(&app).processings[0].dpia_criteria,
        [
            DpiaCriterion::SystematicMonitoring,
            DpiaCriterion::SensitiveData
        ]
    );
    key(&mut app, KeyCode::Esc);
    assert!(sheet(&app).processings[0].dpia_criteria.is_empty());
    // Undo goes back one change at a time: the data subjects go.
    key(&mut app, KeyCode::Char('u'));
    assert!(sheet(&app).processings[0].data_subjects.is_empty());
    assert_eq!(
        sheet(&app).processings[0].legal_basis,
        [LegalBasis::Contract, LegalBasis::LegalObligation]
    );
    // Esc closes the form, Esc again goes home.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::SheetRegister);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn unknown_country_codes_are_refused_with_a_message() {
    let mut app = app(false);
    add_paie(&mut app);
    // Transfers is the 16th row (index 15); the form opened on row 2.
    down(&mut app, 13);
    key(&mut app, KeyCode::Enter);
    // A country's name is as good as its code; a name nobody knows is refused.
    type_text(&mut app, "tn; Brésil; Atlantide");
    key(&mut app, KeyCode::Enter);
    assert_eq!(sheet(&app).processings[0].transfers, ["TN", "BR"]);
    let status = app.status.clone().unwrap().text;
    assert!(status.contains("Atlantide"), "{status}");
    assert!(!status.contains("Brésil"), "{status}");
}

#[test]
fn proposals_are_accepted_then_argued_or_dismissed_with_a_reason() {
    let mut app = app(false);
    add_paie(&mut app);
    key(&mut app, KeyCode::Esc);
    // Findings panel: the engine's proposals on the empty processing come first.
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetFindings));
    let pending = |app: &App| {
        app.report("A7")
            .unwrap()
            .findings
            .iter()
            .filter(|f| f.id().is_some())
            .count()
    };
    let before = pending(&app);
    assert_eq!(
        before, 5,
        "legal basis, purpose, retention, information, security"
    );
    // Enter accepts the first proposal and opens its argument; Esc undoes the acceptance.
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    assert_eq!(sheet(&app).findings.len(), 1);
    key(&mut app, KeyCode::Esc);
    assert!(sheet(&app).findings.is_empty());
    // Accept again and argue.
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Aucune base légale notée au registre.");
    key(&mut app, KeyCode::Enter);
    let s = sheet(&app);
    assert_eq!(s.findings[0].id, "paie:legal-basis-missing");
    assert_eq!(s.findings[0].rule, Some(Rule::LegalBasisMissing));
    assert_eq!(s.findings[0].target, Target::Processing("paie".into()));
    assert_eq!(
        s.findings[0].argument,
        "Aucune base légale notée au registre."
    );
    assert_eq!(pending(&app), before - 1);
    // The finding's form is open: add a recommendation, choose its owner with a picker.
    assert_eq!(app.mode(), Mode::SheetForm);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Documenter la base légale");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    down(&mut app, 3);
    key(&mut app, KeyCode::Enter);
    let rec = &sheet(&app).findings[0].recommendations[0];
    assert_eq!(rec.text, "Documenter la base légale");
    assert_eq!(rec.owner, Some(atelier::workbench::gdpr::model::Owner::Dpo));
    key(&mut app, KeyCode::Esc);
    // Dismiss the next proposal with a reason.
    // Back on the finding's row, under the four pending proposals: x there says no.
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(app.mode(), Mode::SheetFindings);
    assert!(sheet(&app).dismissed.is_empty());
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(app.mode(), Mode::TextField);
    type_text(&mut app, "Finalité notée ailleurs");
    key(&mut app, KeyCode::Enter);
    let s = sheet(&app);
    assert_eq!(s.dismissed.len(), 1);
    assert_eq!(s.dismissed[0].reason, "Finalité notée ailleurs");
    assert_eq!(pending(&app), before - 2);
}

#[test]
fn checklist_answers_cycle_with_space() {
    let mut app = app(false);
    key(&mut app, KeyCode::Tab);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetChecklist));
    key(&mut app, KeyCode::Down);
    keys(&mut app, &[KeyCode::Char(' '), KeyCode::Char(' ')]);
    let s = sheet(&app);
    assert_eq!(s.checklist.len(), 1);
    assert_eq!(
        s.checklist[0].item,
        "Une politique de sécurité est écrite, diffusée et revue"
    );
    assert_eq!(s.checklist[0].status, Some(CheckStatus::Partial));
    key(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "version de 2016");
    key(&mut app, KeyCode::Enter);
    assert_eq!(sheet(&app).checklist[0].comment, "version de 2016");
}

#[test]
fn form_moves_between_processings_with_brackets() {
    let mut app = app(true);
    key(&mut app, KeyCode::Enter);
    let title = |app: &App| format!("{}", draw(app, 120, 40).backend());
    assert!(title(&app).contains("fidelite Programme de fidélité"));
    // PgDn scrolls the case's facts; the next record starts them at the top again.
    let scroll = |app: &App| match &app.screen {
        Screen::Exercise(state) => state.brief.scroll,
        Screen::Home(_) => 0,
    };
    key(&mut app, KeyCode::PageDown);
    assert_eq!(scroll(&app), 5);
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(scroll(&app), 0);
    key(&mut app, KeyCode::Char(']'));
    let screen = title(&app);
    assert!(screen.contains("recrutement Recrutement"), "{screen}");
    // The case's facts of the processing replace the brief.
    assert!(screen.contains("Faits du cas · recrutement"), "{screen}");
}

#[test]
fn snapshot_sheet_register() {
    let app = app(true);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sheet_processing_form() {
    let mut app = app(true);
    keys(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sheet_findings() {
    let mut app = app(true);
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sheet_finding_form_in_english() {
    let mut app = app(true);
    keys(
        &mut app,
        &[
            KeyCode::Char('L'),
            KeyCode::Char('b'),
            KeyCode::Tab,
            KeyCode::Tab,
            KeyCode::Enter,
        ],
    );
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sheet_checklist() {
    let mut app = app(true);
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sheet_empty_with_picker_and_help() {
    let mut app = app(false);
    insta::assert_snapshot!("sheet_empty", draw(&app, 120, 40).backend());
    key(&mut app, KeyCode::Char('a'));
    insta::assert_snapshot!("sheet_add_picker", draw(&app, 120, 40).backend());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!("sheet_help", draw(&app, 120, 40).backend());
}

#[test]
fn sheet_draws_in_the_smallest_terminal() {
    let mut app = app(true);
    insta::assert_snapshot!("sheet_40x12", draw(&app, 40, 12).backend());
    key(&mut app, KeyCode::Enter);
    let screen = format!("{}", draw(&app, 40, 12).backend());
    assert!(screen.contains("fidelite"), "{screen}");
}

#[test]
fn snapshot_sheet_accepting_a_proposal_opens_its_argument() {
    let mut app = app(false);
    add_paie(&mut app);
    key(&mut app, KeyCode::Esc);
    keys(
        &mut app,
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down, KeyCode::Enter],
    );
    type_text(
        &mut app,
        "Le registre ne dit pas pourquoi les données sont traitées.",
    );
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

fn click(app: &mut App, column: u16, row: u16) {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

#[test]
fn a_click_selects_the_row_under_it_and_a_second_opens_the_form() {
    let mut app = app(true);
    app.handle_event(&Event::Resize(120, 40));
    let ui = |app: &App| match &app.screen {
        Screen::Exercise(state) => state.bench.sheet().unwrap().clone(),
        Screen::Home(_) => panic!("not on an exercise"),
    };
    // The register's rows start under the hint line and the table's header (screen row 4).
    click(&mut app, 60, 6);
    assert_eq!(ui(&app).processing, 2);
    assert_eq!(app.mode(), Mode::SheetRegister);
    click(&mut app, 60, 6);
    assert_eq!(app.mode(), Mode::SheetForm);
    let screen = format!("{}", draw(&app, 120, 40).backend());
    assert!(screen.contains("recrutement Recrutement"), "{screen}");
    // In the form, a click picks the field: rows start under the title (screen row 3).
    click(&mut app, 60, 6);
    assert_eq!(
        ui(&app).form,
        Some(atelier::workbench::gdpr::ui::Form::Processing { index: 2, row: 3 })
    );
    // The checklist: a group heading, then its items.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Tab);
    click(&mut app, 60, 5);
    assert_eq!(ui(&app).check, 1);
    click(&mut app, 60, 3);
    assert_eq!(ui(&app).check, 1, "a group heading selects nothing");
    // Outside the panel (in the brief), nothing changes.
    click(&mut app, 5, 10);
    assert_eq!(ui(&app).check, 1);
}

#[test]
fn the_controller_and_the_dpo_are_entered_from_the_register() {
    let mut app = app(false);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetRegister));
    // `o` lists the organisation's entries of the register (art. 30(1)(a)).
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(app.mode(), Mode::Picker);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Maison Verdier SAS, Brignais");
    key(&mut app, KeyCode::Enter);
    assert_eq!(sheet(&app).controller, "Maison Verdier SAS, Brignais");
    // The third entry is the DPO.
    key(&mut app, KeyCode::Char('o'));
    down(&mut app, 2);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Martine Rousseau");
    key(&mut app, KeyCode::Enter);
    assert_eq!(sheet(&app).dpo, "Martine Rousseau");
    assert!(sheet(&app).representative.is_empty());
    // Undo takes the DPO back.
    key(&mut app, KeyCode::Char('u'));
    assert!(sheet(&app).dpo.is_empty());
    assert_eq!(sheet(&app).controller, "Maison Verdier SAS, Brignais");
}

#[test]
fn the_opinion_typed_survives_escape_and_undo_takes_it_back() {
    let mut app = app(false);
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetOpinion));
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Avis favorable sous réserve");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveNow]);
    assert!(app.overlay.is_none());
    assert_eq!(sheet(&app).opinion, "Avis favorable sous réserve");
    let screen = format!("{}", draw(&app, 120, 40).backend());
    assert!(screen.contains("Texte gardé"), "{screen}");
    // The next key clears the message; undo takes the whole edit back.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(sheet(&app).opinion, "");
    // A one-line field still cancels on Esc, and says so.
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(panel(&app), Panel::Gdpr(GdprPanel::SheetRegister));
}
