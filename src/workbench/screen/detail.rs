//! The detail popup (issue 15): `v` shows the selected thing whole, wrapped and scrolled,
//! wherever a list or a table cuts it (a grid's row and its cells, an A12 post, an A7
//! processing, finding or form field, a board's item). Each kind says what its selection
//! is; the popup is the same everywhere, in a review too (it only reads).

use crate::case::Kind;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered;
use crate::workbench::screen::panels::wrapped_height;
use crate::workbench::screen::session::{Overlay, Panel, Session};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

/// What the popup shows: a title and (label, text) pairs, each text read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub title: String,
    pub fields: Vec<(String, String)>,
    /// Rows scrolled.
    pub scroll: u16,
}

impl Session {
    /// The selection of the screen, whole: `None` when nothing is selected.
    pub fn selection_detail(&self) -> Option<Detail> {
        let (exercise, state) = self.current_exercise()?;
        let colon = self.lang.colon();
        let _ = colon;
        match exercise.kind {
            Kind::Grid => self.grid_detail(),
            Kind::Tree if state.panel == Panel::Zones => self.node_detail(),
            Kind::Sheet => {
                let (bench, view) = self.bench_view()?;
                let ui = bench.sheet().cloned().unwrap_or_default();
                crate::workbench::gdpr::detail::sheet_detail(&ui, &view)
            }
            Kind::Board | Kind::Graph if state.panel == Panel::Zones => {
                let (config, board) = self.current_board()?;
                let ui = state.bench.board()?;
                let zone = config.zones.get(ui.zone)?;
                let item = board.items_in(&zone.id).nth(ui.item)?;
                Some(Detail {
                    title: format!("{} · {}", exercise.id, zone.title),
                    fields: vec![
                        (self.t(Text::EditItem).to_string(), item.text.clone()),
                        (self.t(Text::Evidence).to_string(), item.evidence.clone()),
                    ],
                    scroll: 0,
                })
            }
            _ => None,
        }
    }

    /// The mind map's selected node: its text, note, link, tags and sources.
    fn node_detail(&self) -> Option<Detail> {
        use crate::workbench::mindmap::text::MindmapText;
        let tree = self.current_tree()?;
        let node = self.selected_node()?;
        let content = tree.content(node)?;
        let t = |text: MindmapText| self.t(Text::Mindmap(text)).to_string();
        let mut fields = vec![
            (t(MindmapText::EditNode), content.text.clone()),
            (
                self.t(Text::Shell(ShellText::Note)).to_string(),
                content.note.clone(),
            ),
        ];
        if !content.link.is_empty() {
            fields.push((t(MindmapText::EditLink), content.link.clone()));
        }
        if !content.tags.is_empty() {
            fields.push(("#".to_string(), content.tags.join(" · ")));
        }
        for source in &content.sources {
            let year = source.year.map(|y| y.to_string()).unwrap_or_default();
            let parts: Vec<&str> = [
                source.title.as_str(),
                source.publisher.as_str(),
                year.as_str(),
                source.url.as_str(),
            ]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
            fields.push((t(MindmapText::EditSourceTitle), parts.join(" · ")));
        }
        let (exercise, _) = self.current_exercise()?;
        Some(Detail {
            title: format!("{} · {}", exercise.id, content.text),
            fields,
            scroll: 0,
        })
    }

    /// A grid's selected row (every column, whole), or the selected A12 post.
    fn grid_detail(&self) -> Option<Detail> {
        use crate::workbench::grid::update::{display_rows, tabs, GridTab};
        let (config, answer, ui) = self.current_grid()?;
        let (exercise, _) = self.current_exercise()?;
        match tabs(config).get(ui.tab)? {
            GridTab::Grid(g) => {
                let spec = config.grids.get(*g)?;
                let rows = display_rows(spec, answer, ui.sort);
                let row = rows.get(ui.row)?;
                let fields = spec
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(c, column)| (column.title.clone(), row.text(c).to_string()))
                    .collect();
                Some(Detail {
                    title: format!("{} · {} · {}", exercise.id, spec.title, ui.row + 1),
                    fields,
                    scroll: 0,
                })
            }
            GridTab::Listening => {
                let posts = crate::workbench::grid::listening::corpus(config, answer);
                let post = posts.get(ui.row)?;
                let mut fields = vec![
                    (
                        self.t(Text::Shell(ShellText::PostDate)).to_string(),
                        post.date.clone(),
                    ),
                    (
                        self.t(Text::Shell(ShellText::PostSource)).to_string(),
                        post.source.clone(),
                    ),
                    (
                        self.t(Text::Shell(ShellText::PostText)).to_string(),
                        post.text.clone(),
                    ),
                ];
                if let Some(rating) = post.rating {
                    fields.push((
                        self.t(Text::Shell(ShellText::PostRating)).to_string(),
                        format!("{rating}/5"),
                    ));
                }
                Some(Detail {
                    title: format!("{} · {}", exercise.id, ui.row + 1),
                    fields,
                    scroll: 0,
                })
            }
            GridTab::Reference => None,
        }
    }

    /// `v`: shows the selection whole, or says there is none.
    pub(crate) fn show_detail(&mut self) {
        match self.selection_detail() {
            Some(detail) => self.overlay = Some(Overlay::Detail(detail)),
            None => self.info(self.t(Text::Shell(ShellText::NothingSelected))),
        }
    }

    /// The popup's keys: scroll, close.
    pub(crate) fn update_detail(&mut self, mut detail: Detail, action: Action) {
        match action {
            Action::SelectPrev => detail.scroll = detail.scroll.saturating_sub(1),
            Action::SelectNext => detail.scroll = detail.scroll.saturating_add(1),
            Action::ScrollBriefUp => detail.scroll = detail.scroll.saturating_sub(10),
            Action::ScrollBriefDown => detail.scroll = detail.scroll.saturating_add(10),
            Action::Cancel | Action::Confirm | Action::ShowDetail => return,
            _ => {}
        }
        self.overlay = Some(Overlay::Detail(detail));
    }
}

fn lines(app: &Session, detail: &Detail) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (label, text) in &detail.fields {
        lines.push(Line::styled(label.clone(), app.theme.accent));
        if text.trim().is_empty() {
            lines.push(Line::styled("—", app.theme.dim));
        }
        for line in text.lines() {
            lines.push(Line::raw(line.to_string()));
        }
    }
    lines
}

/// Draws the popup: as tall as its text needs, within the body; scrolled when longer.
pub fn render(app: &Session, frame: &mut Frame, body: Rect, detail: &Detail) {
    let width = body.width.saturating_sub(4).min(100);
    let lines = lines(app, detail);
    let needed = wrapped_height(&lines, width.saturating_sub(2)).saturating_add(2);
    let area = layout::centered(body, width, needed.min(body.height));
    let inner_height = area.height.saturating_sub(2);
    let max_scroll = needed.saturating_sub(2).saturating_sub(inner_height);
    frame.render_widget(Clear, area);
    let block = bordered(app, format!(" {} ", detail.title), true).title_bottom(
        Line::from(Span::styled(
            format!(" {} ", app.t(Text::Shell(ShellText::DetailClose))),
            app.theme.dim,
        ))
        .right_aligned(),
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((detail.scroll.min(max_scroll), 0))
            .block(block)
            .style(app.theme.base),
        area,
    );
}
