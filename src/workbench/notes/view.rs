//! Drawing of the note workbench (sections, references, A4's schemes, MC's attachments)
//! and of the deck workbench (slides), with the editors' dialogs. Reads only. The presenter
//! is drawn by `presenter_view`.

use crate::case::{DeckConfig, Exercise, NoteConfig};
use crate::i18n::Text;
use crate::workbench::check::{count_words, text_words, Status};
use crate::workbench::deck::model::{clock_text, OralSession};
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::NoteDeckPanel;
use crate::workbench::notes::ui::{attachable_in, NoteDeckState, Target};
use crate::workbench::notes::update::{deck_of, note_of};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::Panel;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};
use ratatui::Frame;

pub fn render_panel(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
    panel: Panel,
) {
    match panel {
        Panel::NoteDeck(NoteDeckPanel::Sections) => {
            render_sections(view, frame, area, exercise, nd)
        }
        Panel::NoteDeck(NoteDeckPanel::References) => render_references(view, frame, area, nd),
        Panel::NoteDeck(NoteDeckPanel::Schemes) => render_schemes(view, frame, area, exercise, nd),
        Panel::NoteDeck(NoteDeckPanel::Attachments) => {
            render_attachments(view, frame, area, exercise, nd)
        }
        Panel::NoteDeck(NoteDeckPanel::Slides) => render_slides(view, frame, area, exercise, nd),
        Panel::NoteDeck(NoteDeckPanel::Objections) => {
            render_objections(view, frame, area, exercise, nd)
        }
        _ => {}
    }
}

/// Where a panel puts its header line, its list and its details: one pure function of the
/// area, read by the drawing and by the mouse handler alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PanelLayout {
    pub head: Rect,
    /// The bordered frame around the list, when it has one (the sections).
    pub list_frame: Option<Rect>,
    /// The rows of the list.
    pub list: Rect,
    /// The case's facts under the sections (A9).
    pub facts: Rect,
    pub detail: Rect,
}

pub fn panel_layout(area: Rect, panel: Panel, has_facts: bool) -> PanelLayout {
    let split = |area: Rect| -> (Rect, Rect) {
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        (head, body)
    };
    let columns = |body: Rect, side: u16| -> (Rect, Rect) {
        let [left, right] = Layout::horizontal([Constraint::Length(side), Constraint::Min(10)])
            .spacing(1)
            .areas(body);
        (left, right)
    };
    match panel {
        Panel::NoteDeck(NoteDeckPanel::Sections) => {
            let (head, body) = split(area);
            let (left, detail) = columns(body, (body.width / 3).clamp(18, 34));
            let facts_height = if !has_facts || left.height < 12 {
                0
            } else {
                left.height / 2
            };
            let [frame, facts] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(facts_height)])
                    .areas(left);
            PanelLayout {
                head,
                list_frame: Some(frame),
                list: crate::workbench::screen::session::inner(frame),
                facts,
                detail,
            }
        }
        Panel::NoteDeck(NoteDeckPanel::References) => {
            let [list, detail] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
            PanelLayout {
                list,
                detail,
                ..PanelLayout::default()
            }
        }
        Panel::NoteDeck(NoteDeckPanel::Schemes)
        | Panel::NoteDeck(NoteDeckPanel::Slides)
        | Panel::NoteDeck(NoteDeckPanel::Objections) => {
            let (head, body) = split(area);
            let side = if panel != Panel::NoteDeck(NoteDeckPanel::Slides) {
                (body.width * 2 / 5).clamp(20, 48)
            } else {
                (body.width / 3).clamp(18, 36)
            };
            let (list, detail) = columns(body, side);
            PanelLayout {
                head,
                list,
                detail,
                ..PanelLayout::default()
            }
        }
        _ => PanelLayout {
            list: area,
            ..PanelLayout::default()
        },
    }
}

/// The row of a panel's list under a click, if any (the list keeps `selected` in view).
pub fn row_at(
    area: Rect,
    panel: Panel,
    has_facts: bool,
    selected: usize,
    at: ratatui::layout::Position,
) -> Option<usize> {
    let list = panel_layout(area, panel, has_facts).list;
    if !list.contains(at) {
        return None;
    }
    Some(
        crate::workbench::screen::session::zone_offset(selected, list.height)
            + usize::from(at.y - list.y),
    )
}

fn list(view: &BenchView, frame: &mut Frame, area: Rect, rows: Vec<ListItem>, selected: usize) {
    let mut list_state = ListState::default().with_selected(Some(selected));
    *list_state.offset_mut() =
        crate::workbench::screen::session::zone_offset(selected, area.height);
    frame.render_stateful_widget(
        List::new(rows).highlight_style(view.theme.selected),
        area,
        &mut list_state,
    );
}

/// "412 mots (300–800)", green inside the limits, yellow outside.
fn words_line(view: &BenchView, exercise: &Exercise, words: usize) -> Span<'static> {
    let limits = &exercise.notes;
    let inside = (limits.min_words == 0 || words >= limits.min_words as usize)
        && (limits.max_words == 0 || words <= limits.max_words as usize);
    let range = if limits.min_words > 0 || limits.max_words > 0 {
        format!(
            " ({}–{})",
            limits.min_words,
            if limits.max_words > 0 {
                limits.max_words.to_string()
            } else {
                "∞".into()
            }
        )
    } else {
        String::new()
    };
    Span::styled(
        format!("{}{range}", crate::i18n::plural::words(view.lang, words)),
        if inside {
            view.theme.ok
        } else {
            view.theme.warn
        },
    )
}

fn editing<'a>(
    nd: &'a NoteDeckState,
    target: &Target,
) -> Option<&'a crate::workbench::notes::ui::Editor> {
    nd.editor.as_ref().filter(|e| &e.target == target)
}

fn render_sections(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
) {
    let config = NoteConfig::of(exercise);
    let note = note_of(view.exercise, view.workspace);
    let answer = view
        .workspace
        .answer(&exercise.id)
        .cloned()
        .unwrap_or_default();
    let words = text_words(exercise, &answer);
    let cited = note.citations().len();
    let layout = panel_layout(
        area,
        Panel::NoteDeck(NoteDeckPanel::Sections),
        !config.case_facts.is_empty(),
    );
    let head = layout.head;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            words_line(view, exercise, words),
            Span::styled(
                format!(
                    "  · {} · {cited} [@…]",
                    crate::workbench::notes::text::references(view.lang, note.references.len())
                ),
                view.theme.dim,
            ),
        ])),
        head,
    );
    let (list_area, facts_area, right) = (
        layout.list_frame.unwrap_or(layout.list),
        layout.facts,
        layout.detail,
    );
    let rows: Vec<ListItem> = note
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let count = count_words(&section.text);
            let mark = if count > 0 { "●" } else { "○" };
            let title = if section.title.is_empty() {
                view.t(Text::Notes).to_string()
            } else {
                section.title.clone()
            };
            ListItem::new(Line::from(vec![
                Span::raw(format!("{mark} ")),
                Span::styled(format!("{count:>4} "), view.theme.dim),
                Span::raw(format!("{}. {title}", i + 1)),
            ]))
        })
        .collect();
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(Text::NoteDeck(NotesText::Sections))),
        false,
    );
    frame.render_widget(block, list_area);
    list(view, frame, layout.list, rows, nd.section);
    if facts_area.height > 0 {
        let block = bordered_with(
            view.theme,
            format!(" {} ", view.t(Text::NoteDeck(NotesText::CaseFacts))),
            false,
        );
        let lines: Vec<Line> = config
            .case_facts
            .iter()
            .map(|f| Line::raw(format!("• {f}")))
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
            facts_area,
        );
    }
    let section = note.sections.get(nd.section);
    let title = section
        .map(|s| s.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| view.t(Text::Notes).to_string());
    let target = Target::Section(nd.section);
    let editor = editing(nd, &target);
    let block = bordered_with(view.theme, format!(" {title} "), editor.is_some());
    let inner = block.inner(right);
    frame.render_widget(block, right);
    if let Some(editor) = editor {
        frame.render_widget(&editor.area, inner);
        return;
    }
    match section {
        Some(s) if !s.text.trim().is_empty() => frame.render_widget(
            Paragraph::new(crate::workbench::screen::panels::markdown_lines_with(
                view.theme, &s.text,
            ))
            .wrap(Wrap { trim: false }),
            inner,
        ),
        _ => frame.render_widget(
            Paragraph::new(view.t(Text::NoteDeck(NotesText::EmptySection))).style(view.theme.dim),
            inner,
        ),
    }
}

fn render_references(view: &BenchView, frame: &mut Frame, area: Rect, nd: &NoteDeckState) {
    let note = note_of(view.exercise, view.workspace);
    if note.references.is_empty() {
        frame.render_widget(
            Paragraph::new(view.t(Text::NoteDeck(NotesText::NoReferences)))
                .style(view.theme.dim)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let cited = note.citations();
    let layout = panel_layout(area, Panel::NoteDeck(NoteDeckPanel::References), false);
    let (top, bottom) = (layout.list, layout.detail);
    let rows: Vec<ListItem> = note
        .references
        .iter()
        .map(|r| {
            let (mark, style) = if cited.contains(&r.id) {
                (view.t(Text::NoteDeck(NotesText::Cited)), view.theme.ok)
            } else {
                (view.t(Text::NoteDeck(NotesText::NotCited)), view.theme.warn)
            };
            ListItem::new(Line::from(vec![
                Span::styled(format!("[@{}] ", r.id), view.theme.accent),
                Span::raw(format!("{} — {} ({}) ", r.author, r.title, r.year)),
                Span::styled(mark, style),
            ]))
        })
        .collect();
    list(view, frame, top, rows, nd.reference);
    if let Some(r) = note.references.get(nd.reference) {
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(format!("[@{}]", r.id), view.theme.heading),
                Line::raw(r.citation()),
            ])
            .wrap(Wrap { trim: true }),
            bottom,
        );
    }
}

fn render_schemes(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
) {
    let config = NoteConfig::of(exercise);
    let note = note_of(view.exercise, view.workspace);
    let picked = note
        .picks
        .iter()
        .filter(|p| config.scheme(&p.scheme).is_some())
        .count();
    let layout = panel_layout(area, Panel::NoteDeck(NoteDeckPanel::Schemes), false);
    let head = layout.head;
    let style = if picked >= config.min_picks as usize {
        view.theme.ok
    } else {
        view.theme.warn
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!(
                "{} : {picked} (min. {})",
                view.t(Text::NoteDeck(NotesText::Picked)),
                config.min_picks
            ),
            style,
        )),
        head,
    );
    let (left, right) = (layout.list, layout.detail);
    let rows: Vec<ListItem> = config
        .schemes
        .iter()
        .map(|s| {
            let mark = match note.pick(&s.id) {
                Some(p) if count_words(&p.argument) > 0 && count_words(&p.counterparts) > 0 => {
                    "[x]"
                }
                Some(_) => "[~]",
                None => "[ ]",
            };
            ListItem::new(format!("{mark} {}", s.name))
        })
        .collect();
    list(view, frame, left, rows, nd.scheme);
    let Some(scheme) = config.schemes.get(nd.scheme) else {
        return;
    };
    let pick = note.pick(&scheme.id);
    let label = |text: Text| Span::styled(format!("{} : ", view.t(text)), view.theme.heading);
    let mut lines = vec![
        Line::styled(scheme.name.clone(), view.theme.title),
        Line::from(vec![
            label(Text::NoteDeck(NotesText::FundingBody)),
            Span::raw(scheme.body.clone()),
        ]),
        Line::from(vec![
            label(Text::NoteDeck(NotesText::FundingForm)),
            Span::raw(scheme.form.label(view.lang)),
        ]),
        Line::from(vec![
            label(Text::NoteDeck(NotesText::Eligibility)),
            Span::raw(scheme.eligibility.clone()),
        ]),
        Line::from(vec![
            label(Text::NoteDeck(NotesText::CounterpartsExpected)),
            Span::raw(scheme.counterparts.clone()),
        ]),
        Line::raw(""),
    ];
    if let Some(pick) = pick {
        for (text, value, target) in [
            (
                Text::NoteDeck(NotesText::Argument),
                &pick.argument,
                Target::Argument(scheme.id.clone()),
            ),
            (
                Text::NoteDeck(NotesText::Counterparts),
                &pick.counterparts,
                Target::Counterparts(scheme.id.clone()),
            ),
        ] {
            let shown = editing(nd, &target)
                .map(|e| e.area.lines().join(" "))
                .unwrap_or_else(|| value.clone());
            let style = if shown.trim().is_empty() {
                view.theme.warn
            } else {
                view.theme.base
            };
            lines.push(Line::from(vec![
                label(text),
                Span::styled(
                    if shown.trim().is_empty() {
                        "—".into()
                    } else {
                        shown
                    },
                    style,
                ),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), right);
}

fn render_attachments(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
) {
    let note = note_of(view.exercise, view.workspace);
    let options = attachable_in(view.case, &exercise.id);
    if options.is_empty() {
        frame.render_widget(
            Paragraph::new(view.t(Text::NoteDeck(NotesText::NoAttachable))).style(view.theme.dim),
            area,
        );
        return;
    }
    let rows: Vec<ListItem> = options
        .iter()
        .map(|id| {
            let attachment = note.attachments.iter().find(|a| &a.exercise == id);
            let mark = if attachment.is_some() { "[x]" } else { "[ ]" };
            let title = view.case.exercise(id).map_or("", |e| e.title.as_str());
            let status = view.report_of(id).map_or(Status::NotStarted, |r| r.status);
            let status_style = match status {
                Status::NotStarted => view.theme.dim,
                Status::InProgress => view.theme.warn,
                Status::Complete => view.theme.ok,
            };
            let mut spans = vec![
                Span::raw(format!("{mark} {id:<4} ")),
                Span::styled(crate::i18n::status_label(view.lang, status), status_style),
                Span::raw(format!(" · {title}")),
            ];
            if let Some(a) = attachment.filter(|a| !a.caption.trim().is_empty()) {
                spans.push(Span::styled(format!(" — {}", a.caption), view.theme.accent));
            }
            ListItem::new(Line::from(spans))
        })
        .collect();
    list(view, frame, area, rows, nd.attachment);
}

fn render_slides(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
) {
    let config = DeckConfig::of(exercise);
    let deck = deck_of(&view.exercise.id, view.workspace);
    let count = deck.slides.len();
    let over = count > config.max_slides as usize;
    let layout = panel_layout(area, Panel::NoteDeck(NoteDeckPanel::Slides), false);
    let head = layout.head;
    let body = Rect::new(
        area.x,
        head.bottom(),
        area.width,
        area.height.saturating_sub(1),
    );
    let mut spans = vec![Span::styled(
        format!(
            "{count}/{} {}",
            config.max_slides,
            view.t(Text::NoteDeck(NotesText::Slides)).to_lowercase()
        ),
        if over {
            view.theme.error
        } else {
            view.theme.ok
        },
    )];
    if let Some(last) = deck.rehearsals.last() {
        spans.push(Span::styled(
            format!(
                "  · {} : {} / {}",
                view.t(Text::NoteDeck(NotesText::Rehearsals)),
                clock_text(last.total_seconds() as i64),
                clock_text(last.limit_seconds as i64)
            ),
            if last.over_time() {
                view.theme.error
            } else {
                view.theme.dim
            },
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), head);
    if deck.slides.is_empty() {
        frame.render_widget(
            Paragraph::new(view.t(Text::NoteDeck(NotesText::NoSlides))).style(view.theme.dim),
            body,
        );
        return;
    }
    let (left, right) = (layout.list, layout.detail);
    let rows: Vec<ListItem> = deck
        .slides
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let style = if i >= config.max_slides as usize {
                view.theme.error
            } else {
                view.theme.base
            };
            ListItem::new(Span::styled(format!("{:>2}. {}", i + 1, s.title), style))
        })
        .collect();
    list(view, frame, left, rows, nd.slide);
    let Some(slide) = deck.slides.get(nd.slide) else {
        return;
    };
    let block = bordered_with(
        view.theme,
        format!(
            " {} {}/{} ",
            view.t(Text::NoteDeck(NotesText::SlideLabel)),
            nd.slide + 1,
            count
        ),
        false,
    );
    let inner = block.inner(right);
    frame.render_widget(block, right);
    let mut lines = vec![
        Line::styled(slide.title.clone(), view.theme.title),
        Line::raw(""),
    ];
    for point in slide.filled_points() {
        lines.push(Line::raw(format!("  ▸ {point}")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        view.t(Text::NoteDeck(NotesText::SpeakerNotes)),
        view.theme.heading,
    ));
    for line in slide.notes.lines() {
        lines.push(Line::styled(line.to_string(), view.theme.dim));
    }
    if let Some(last) = deck.rehearsals.last() {
        if let Some(time) = last.slides.get(nd.slide) {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!(
                    "{} : {}",
                    view.t(Text::NoteDeck(NotesText::SlideTimes)),
                    clock_text(time.seconds as i64)
                ),
                view.theme.accent,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

fn render_objections(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    nd: &NoteDeckState,
) {
    let config = DeckConfig::of(exercise);
    let deck = deck_of(&view.exercise.id, view.workspace);
    let layout = panel_layout(area, Panel::NoteDeck(NoteDeckPanel::Objections), false);
    let answered = deck
        .objections
        .iter()
        .filter(|o| count_words(&o.objection) > 0 && count_words(&o.answer) > 0)
        .count();
    let style = if answered >= config.min_objections as usize {
        view.theme.ok
    } else {
        view.theme.warn
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!(
                "{} : {answered} (min. {})",
                view.t(Text::NoteDeck(NotesText::Objections)),
                config.min_objections
            ),
            style,
        )),
        layout.head,
    );
    if deck.objections.is_empty() {
        frame.render_widget(
            Paragraph::new(view.t(Text::NoteDeck(NotesText::NoObjections)))
                .style(view.theme.dim)
                .wrap(Wrap { trim: true }),
            layout.list,
        );
    } else {
        let rows: Vec<ListItem> = deck
            .objections
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mark = if count_words(&o.answer) > 0 {
                    "●"
                } else {
                    "○"
                };
                ListItem::new(format!("{mark} {}. {}", i + 1, o.objection))
            })
            .collect();
        list(view, frame, layout.list, rows, nd.objection);
    }
    let mut lines = Vec::new();
    if let Some(o) = deck.objections.get(nd.objection) {
        lines.push(Line::styled(
            format!("« {} »", o.objection),
            view.theme.title,
        ));
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} : ", view.t(Text::NoteDeck(NotesText::AnswerLabel))),
                view.theme.heading,
            ),
            Span::raw(if o.answer.trim().is_empty() {
                "—".to_string()
            } else {
                o.answer.clone()
            }),
        ]));
        lines.push(Line::raw(""));
    }
    lines.extend(oral_lines(view, deck.oral.as_ref()));
    lines.push(Line::raw(""));
    if !config.expected_objections.is_empty() {
        lines.push(Line::styled(
            view.t(Text::NoteDeck(NotesText::ExpectedObjections)),
            view.theme.heading,
        ));
        for objection in &config.expected_objections {
            lines.push(Line::styled(format!("• {objection}"), view.theme.dim));
        }
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        layout.detail,
    );
}

/// The oral session as the objections panel shows it: its day and length, then the jury's
/// questions; or how to record it.
fn oral_lines(view: &BenchView, oral: Option<&OralSession>) -> Vec<Line<'static>> {
    let title = view.t(Text::NoteDeck(NotesText::OralSession));
    let Some(oral) = oral else {
        return vec![Line::from(vec![
            Span::styled(format!("{title} : "), view.theme.heading),
            Span::styled(
                view.t(Text::NoteDeck(NotesText::OralNotYet)),
                view.theme.dim,
            ),
        ])];
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{title} : "), view.theme.heading),
        Span::raw(crate::workbench::notes::formats::oral_head(oral, view.lang)),
    ])];
    let asked: Vec<&str> = oral.asked().collect();
    if !asked.is_empty() {
        lines.push(Line::styled(
            format!(
                "{} ({})",
                view.t(Text::NoteDeck(NotesText::OralQuestionsAsked)),
                asked.len()
            ),
            view.theme.heading,
        ));
        for question in asked {
            lines.push(Line::raw(format!("• {question}")));
        }
    }
    lines
}

/// One-line fields in a dialog, the slides' multi-line fields in a large box. A section is
/// edited in place (see `render_sections`).
pub fn render_editor_overlay(nd: &NoteDeckState, view: &BenchView, frame: &mut Frame, body: Rect) {
    let Some(editor) = &nd.editor else {
        return;
    };
    if matches!(editor.target, Target::Section(_)) {
        return;
    }
    let area = if editor.target.multiline() {
        crate::workbench::screen::layout::centered(
            body,
            body.width.saturating_sub(8).min(100),
            body.height.saturating_sub(4).min(20),
        )
    } else {
        crate::workbench::screen::layout::centered(body, body.width.saturating_sub(8).min(90), 6)
    };
    frame.render_widget(Clear, area);
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(editor.target.title())),
        true,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&editor.area, inner);
}
