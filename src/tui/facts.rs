//! The "Organisation" screen (issue 15): the case's facts, one key (F4) from anywhere. Its
//! sections (the organisation, figures, departments, actors, companies compared with,
//! processings of personal data, places of the world map) are read whole, wrapped and
//! scrolled, and searched (`/`, then `n` for the next match). The briefs that say "écran
//! Organisation (F4)" point here. State and update here; drawing only reads.

use crate::case::{Case, Kind};
use crate::i18n::shell::ShellText;
use crate::i18n::{Lang, Text};
use crate::tui::app::App;
use crate::tui::keymap::Action;
use crate::workbench::screen::panels::bordered;
use crate::workbench::screen::panels::wrapped_height;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Tabs, Wrap};
use ratatui::Frame;

/// The sections, in tab order.
pub const SECTIONS: [ShellText; 7] = [
    ShellText::FactsOrganisation,
    ShellText::FactsFigures,
    ShellText::FactsDepartments,
    ShellText::FactsActors,
    ShellText::FactsCompanies,
    ShellText::FactsProcessings,
    ShellText::FactsPlaces,
];

/// The screen's state: which section, how far scrolled (in wrapped rows), the search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsState {
    pub section: usize,
    pub scroll: u16,
    pub query: String,
    /// The search has the keyboard (typing goes into `query`).
    pub searching: bool,
    /// The line of the current match in the section, if any.
    pub found: Option<usize>,
}

/// A section's lines: each entry a heading line (bold) and its text lines.
pub fn section_lines(case: &Case, lang: Lang, section: usize) -> Vec<(bool, String)> {
    let org = &case.organisation;
    let colon = lang.colon();
    let mut lines: Vec<(bool, String)> = Vec::new();
    let mut entry = |heading: String, body: &[String]| {
        if !lines.is_empty() {
            lines.push((false, String::new()));
        }
        lines.push((true, heading));
        for text in body.iter().filter(|t| !t.trim().is_empty()) {
            for line in text.lines() {
                // A markdown title reads as a heading, without its hashes.
                match line.trim_start().strip_prefix('#') {
                    Some(title) => {
                        lines.push((true, title.trim_start_matches('#').trim().to_string()))
                    }
                    None => lines.push((false, line.to_string())),
                }
            }
        }
    };
    let dept = |id: &str| {
        org.departments
            .iter()
            .find(|d| d.id == id)
            .map_or(id.to_string(), |d| d.name.clone())
    };
    match SECTIONS.get(section) {
        Some(ShellText::FactsOrganisation) => {
            let n =
                |v: u64| crate::i18n::numbers::integer(lang, i64::try_from(v).unwrap_or(i64::MAX));
            entry(
                org.name.clone(),
                &[
                    format!("{}{colon}{}", ShellText::Sector.get(lang), org.sector),
                    format!("{}{colon}{}", ShellText::Location.get(lang), org.location),
                    format!("{}{colon}{}", ShellText::Founded.get(lang), org.founded),
                    format!(
                        "{}{colon}{}",
                        ShellText::Employees.get(lang),
                        n(u64::from(org.employees))
                    ),
                    format!(
                        "{}{colon}{} €",
                        ShellText::Revenue.get(lang),
                        n(org.revenue_eur)
                    ),
                ],
            );
            entry(
                ShellText::Description.get(lang).to_string(),
                std::slice::from_ref(&org.description),
            );
        }
        Some(ShellText::FactsFigures) => {
            for figure in &org.figures {
                let source = if figure.source.is_empty() {
                    String::new()
                } else {
                    format!("{}{colon}{}", ShellText::Source.get(lang), figure.source)
                };
                entry(
                    format!("{}{colon}{}", figure.label, figure.value),
                    &[source],
                );
            }
        }
        Some(ShellText::FactsDepartments) => {
            for d in &org.departments {
                entry(
                    format!(
                        "{} ({})",
                        d.name,
                        crate::i18n::numbers::integer(lang, i64::from(d.headcount))
                    ),
                    std::slice::from_ref(&d.description),
                );
            }
        }
        Some(ShellText::FactsActors) => {
            for a in &org.actors {
                entry(
                    format!("{} · {}", a.name, a.role),
                    &[
                        format!(
                            "{} · {} {}",
                            dept(&a.department),
                            ShellText::Level.get(lang),
                            a.level
                        ),
                        a.description.clone(),
                    ],
                );
            }
        }
        Some(ShellText::FactsCompanies) => {
            for c in &org.companies {
                entry(
                    format!("{} ({})", c.name, c.kind),
                    &[c.description.clone(), c.url.clone()],
                );
            }
        }
        Some(ShellText::FactsProcessings) => {
            for p in &org.processing_activities {
                let mut body = vec![dept(&p.department), p.description.clone()];
                body.extend(p.facts.iter().map(|(k, v)| format!("{k}{colon}{v}")));
                entry(p.name.clone(), &body);
            }
        }
        Some(ShellText::FactsPlaces) => {
            for exercise in case.exercises.iter().filter(|e| e.kind == Kind::Map) {
                let config: crate::workbench::worldmap::config::MapConfig =
                    crate::case::parse_config("", &exercise.config).unwrap_or_default();
                for place in &config.places {
                    entry(
                        place.name.clone(),
                        &[format!(
                            "{:.2}°, {:.2}° ({})",
                            place.lat, place.lon, exercise.id
                        )],
                    );
                }
            }
        }
        _ => {}
    }
    if lines.is_empty() {
        lines.push((false, ShellText::FactsNone.get(lang).to_string()));
    }
    lines
}

/// The lines of `section` whose text holds `query` (case and accents as typed, case folded).
fn matches(case: &Case, lang: Lang, section: usize, query: &str) -> Vec<usize> {
    let query = query.to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    section_lines(case, lang, section)
        .iter()
        .enumerate()
        .filter(|(_, (_, text))| text.to_lowercase().contains(&query))
        .map(|(i, _)| i)
        .collect()
}

/// Width of the text inside the screen, from the terminal's size.
fn text_width(size: Rect) -> u16 {
    size.width.saturating_sub(2).max(1)
}

impl App {
    /// Opens or closes the organisation screen.
    pub(crate) fn toggle_facts(&mut self) {
        self.facts = match self.facts.take() {
            Some(_) => None,
            None => Some(FactsState::default()),
        };
    }

    /// A key typed into the search.
    pub(crate) fn input_facts(&mut self, key: &crossterm::event::KeyEvent) {
        use crossterm::event::KeyCode;
        let Some(facts) = self.facts.as_mut() else {
            return;
        };
        match key.code {
            KeyCode::Char(c) => facts.query.push(c),
            KeyCode::Backspace => {
                facts.query.pop();
            }
            _ => return,
        }
        facts.found = None;
        self.next_match();
    }

    /// The organisation screen's actions.
    pub(crate) fn update_facts(&mut self, action: Action) {
        let Some(facts) = self.facts.as_mut() else {
            return;
        };
        let count = SECTIONS.len();
        match action {
            Action::NextPanel | Action::NextColumn => {
                facts.section = (facts.section + 1) % count;
                facts.scroll = 0;
                facts.found = None;
            }
            Action::PrevPanel | Action::PrevColumn => {
                facts.section = (facts.section + count - 1) % count;
                facts.scroll = 0;
                facts.found = None;
            }
            Action::SelectPrev => facts.scroll = facts.scroll.saturating_sub(1),
            Action::SelectNext => facts.scroll = facts.scroll.saturating_add(1),
            Action::ScrollBriefUp => facts.scroll = facts.scroll.saturating_sub(10),
            Action::ScrollBriefDown => facts.scroll = facts.scroll.saturating_add(10),
            Action::GoFirst => facts.scroll = 0,
            Action::Search => {
                facts.searching = true;
                facts.query.clear();
                facts.found = None;
            }
            Action::Confirm => facts.searching = false,
            Action::Cancel if facts.searching => {
                facts.searching = false;
                facts.query.clear();
                facts.found = None;
            }
            Action::SearchNext => self.next_match(),
            Action::Cancel | Action::Back | Action::ToggleFacts => self.facts = None,
            _ => {}
        }
        self.clamp_facts_scroll();
    }

    /// Goes to the next line holding the search, in this section or the next ones.
    fn next_match(&mut self) {
        let Some(facts) = self.facts.clone() else {
            return;
        };
        let count = SECTIONS.len();
        for step in 0..=count {
            let section = (facts.section + step) % count;
            let found = matches(&self.session.case, self.session.lang, section, &facts.query);
            let after = match (step, facts.found) {
                (0, Some(at)) => found.into_iter().find(|&i| i > at),
                _ => found.first().copied(),
            };
            if let Some(line) = after {
                let lines = section_lines(&self.session.case, self.session.lang, section);
                let before: Vec<Line> = lines[..line]
                    .iter()
                    .map(|(_, t)| Line::raw(t.clone()))
                    .collect();
                let row = wrapped_height(&before, text_width(self.session.size));
                if let Some(state) = self.facts.as_mut() {
                    state.section = section;
                    state.found = Some(line);
                    state.scroll = if line == 0 { 0 } else { row.saturating_sub(2) };
                }
                return;
            }
        }
        self.info(self.t(Text::Shell(ShellText::FactsNoMatch)));
    }

    /// Keeps the scroll within the section's wrapped rows.
    fn clamp_facts_scroll(&mut self) {
        let Some(facts) = self.facts.as_ref() else {
            return;
        };
        let lines: Vec<Line> = section_lines(&self.session.case, self.session.lang, facts.section)
            .into_iter()
            .map(|(_, t)| Line::raw(t))
            .collect();
        let rows = wrapped_height(&lines, text_width(self.session.size));
        let max = rows.saturating_sub(1);
        if let Some(facts) = self.facts.as_mut() {
            facts.scroll = facts.scroll.min(max);
        }
    }
}

/// Draws the organisation screen over the body.
pub fn render(app: &App, frame: &mut Frame, body: Rect, facts: &FactsState) {
    frame.render_widget(Clear, body);
    let title = format!(
        " {} · {} ",
        app.t(Text::Shell(ShellText::FactsTitle)),
        app.session.case.organisation.name
    );
    let block = bordered(app, title, true);
    let inner = block.inner(body);
    frame.render_widget(block.style(app.session.theme.base), body);
    let [tabs, search, text] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    let titles: Vec<&str> = SECTIONS.iter().map(|s| s.get(app.session.lang)).collect();
    let full: usize = titles.iter().map(|t| t.chars().count() + 3).sum();
    if full <= usize::from(tabs.width) {
        frame.render_widget(
            Tabs::new(titles)
                .select(facts.section)
                .highlight_style(app.session.theme.selected)
                .divider("·"),
            tabs,
        );
    } else {
        // Too narrow for every tab: the section, its rank, and where Tab leads.
        let line = Line::from(vec![
            Span::raw("◂ "),
            Span::styled(titles[facts.section], app.session.theme.selected),
            Span::raw(format!(" ({}/{}) ▸", facts.section + 1, titles.len())),
        ]);
        frame.render_widget(Paragraph::new(line), tabs);
    }
    let search_line = if facts.searching || !facts.query.is_empty() {
        let cursor = if facts.searching { "▏" } else { "" };
        Line::from(vec![
            Span::styled(
                format!("{} ", app.t(Text::Shell(ShellText::FactsSearch))),
                app.session.theme.accent,
            ),
            Span::raw(format!("{}{cursor}", facts.query)),
        ])
    } else {
        Line::styled(
            app.t(Text::Shell(ShellText::FactsHint)),
            app.session.theme.dim,
        )
    };
    frame.render_widget(Paragraph::new(search_line), search);
    let query = facts.query.to_lowercase();
    let lines: Vec<Line> = section_lines(&app.session.case, app.session.lang, facts.section)
        .into_iter()
        .enumerate()
        .map(|(i, (heading, text))| {
            let mut style = if heading {
                app.session.theme.title.add_modifier(Modifier::BOLD)
            } else {
                app.session.theme.base
            };
            if facts.found == Some(i) || (!query.is_empty() && text.to_lowercase().contains(&query))
            {
                style = app.session.theme.selected;
            }
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((facts.scroll, 0)),
        text,
    );
}
