//! File formats of the map workbenches, as pure functions between the model and text:
//! Freeplane/FreeMind `.mm` and OPML 2.0 (read and written with quick-xml), Markdown outlines
//! and SVG drawings. No file system here: the callers read and write the bytes.

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;
use std::borrow::Cow;

/// The deepest map read from a file: a deeper one is refused, since no reader of the map
/// (a person, Freeplane, an outliner) follows 1,000 levels, and a hostile file could
/// otherwise make every later walk of the map pay for its depth.
pub const MAX_DEPTH: usize = 1_000;

/// Why a file could not be read, with where in the file (1-based line and column, in
/// characters). `Display` is the English sentence; `text::format_error` gives it in the
/// user's language.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FormatError {
    #[error("line {line}, column {column}: the file is not well-formed XML ({reason})")]
    Xml {
        line: usize,
        column: usize,
        reason: XmlReason,
    },
    #[error(
        "line {line}, column {column}: the element <{element}> opened here is never closed \
         (is the file cut short?)"
    )]
    Unclosed {
        element: String,
        line: usize,
        column: usize,
    },
    #[error("line {line}, column {column}: the map is nested deeper than {limit} levels")]
    TooDeep {
        limit: usize,
        line: usize,
        column: usize,
    },
    #[error("the file holds no {0} (is it the right kind of file?)")]
    Missing(&'static str),
}

/// What is wrong with a document that is not well-formed XML.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum XmlReason {
    #[error("</{found}> closes <{expected}>")]
    MismatchedEnd { expected: String, found: String },
    #[error("</{0}> closes no element")]
    UnmatchedEnd(String),
    #[error("a tag, comment or declaration is never closed")]
    UnclosedMarkup,
    /// Anything else, in quick-xml's own words.
    #[error("{0}")]
    Other(String),
}

impl From<quick_xml::Error> for XmlReason {
    fn from(err: quick_xml::Error) -> Self {
        use quick_xml::errors::{IllFormedError, SyntaxError};
        match err {
            quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
                XmlReason::MismatchedEnd { expected, found }
            }
            quick_xml::Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
                XmlReason::UnmatchedEnd(name)
            }
            quick_xml::Error::Syntax(SyntaxError::InvalidBangMarkup) => {
                XmlReason::Other(err.to_string())
            }
            quick_xml::Error::Syntax(_) => XmlReason::UnclosedMarkup,
            other => XmlReason::Other(other.to_string()),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset of `text`; `\r\n` and `\n`
/// both end a line.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].trim_end_matches('\r').chars().count() + 1;
    (line, column)
}

/// A quick-xml reader over a whole document that also proves it well-formed: every element
/// opened is closed (quick-xml checks that end tags match, not that the file goes on to
/// close them), and every error names its line and column.
pub(crate) struct XmlReader<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    /// Open elements, innermost last: name and byte offset of their `<`.
    open: Vec<(Vec<u8>, usize)>,
    /// Byte offset where the last event returned starts.
    last_start: usize,
}

impl<'a> XmlReader<'a> {
    pub(crate) fn new(text: &'a str) -> XmlReader<'a> {
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        XmlReader {
            reader,
            text,
            open: Vec::new(),
            last_start: 0,
        }
    }

    /// The next event; the end of the file only once every element is closed.
    pub(crate) fn next(&mut self) -> Result<Event<'a>, FormatError> {
        let start = self.reader.buffer_position() as usize;
        let event = match self.reader.read_event() {
            Ok(event) => event,
            Err(err) => {
                let (line, column) = line_column(self.text, self.reader.error_position() as usize);
                return Err(FormatError::Xml {
                    line,
                    column,
                    reason: err.into(),
                });
            }
        };
        // Between two events quick-xml may stand on the `<` of the next one already.
        let end = (self.reader.buffer_position() as usize).clamp(start, self.text.len());
        self.last_start = self
            .text
            .get(start..end)
            .and_then(|s| s.find('<'))
            .map_or(start, |i| start + i);
        match &event {
            Event::Start(e) => self
                .open
                .push((e.name().as_ref().to_vec(), self.last_start)),
            Event::End(_) => {
                self.open.pop();
            }
            Event::Eof => {
                if let Some((name, at)) = self.open.last() {
                    let (line, column) = line_column(self.text, *at);
                    return Err(FormatError::Unclosed {
                        element: String::from_utf8_lossy(name).into_owned(),
                        line,
                        column,
                    });
                }
            }
            _ => {}
        }
        Ok(event)
    }

    /// The error for a map nested deeper than `MAX_DEPTH`, at the last event read.
    pub(crate) fn too_deep(&self) -> FormatError {
        let (line, column) = line_column(self.text, self.last_start);
        FormatError::TooDeep {
            limit: MAX_DEPTH,
            line,
            column,
        }
    }
}

/// Deepest indentation written: past it, lines start at this depth, so that a file stays
/// linear in the size of the map however deep the map is (an indentation per level would
/// make a 20,000-level chain weigh 200 million spaces).
pub const INDENT_CAP: usize = 40;

/// Starts a new line indented for `depth` (capped at `INDENT_CAP`), `width` spaces a level.
pub(crate) fn new_line(out: &mut Vec<u8>, depth: usize, width: usize) {
    out.push(b'\n');
    out.extend(std::iter::repeat_n(b' ', depth.min(INDENT_CAP) * width));
}

/// An attribute's unescaped value, or an empty string when it cannot be decoded.
pub(crate) fn attr(element: &BytesStart, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| {
            a.unescape_value()
                .map(Cow::into_owned)
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned())
        })
}

/// Escapes an attribute value so every XML parser reads it back unchanged, line breaks and
/// tabs included (a parser normalises raw ones into spaces).
pub(crate) fn escape_attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// An element start with attributes written through `escape_attr`, empty values left out.
pub(crate) fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    let mut element = BytesStart::new(name);
    for (key, value) in attrs {
        if value.is_empty() {
            continue;
        }
        let escaped = escape_attr(value);
        element.push_attribute((key.as_bytes(), escaped.as_bytes()));
    }
    element
}

/// The text a reference stands for (`&amp;`, `&#160;`...), HTML's common ones included.
pub(crate) fn resolve_ref(reference: &BytesRef) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    let name = reference.decode().unwrap_or_default();
    if let Some(text) = quick_xml::escape::resolve_predefined_entity(&name) {
        return text.to_string();
    }
    match name.as_ref() {
        "nbsp" => "\u{a0}".into(),
        "laquo" => "«".into(),
        "raquo" => "»".into(),
        "eacute" => "é".into(),
        "egrave" => "è".into(),
        "agrave" => "à".into(),
        "ccedil" => "ç".into(),
        "rsquo" => "’".into(),
        "hellip" => "…".into(),
        "mdash" => "—".into(),
        "ndash" => "–".into(),
        other => format!("&{other};"),
    }
}

/// Turns the events of an HTML fragment (Freeplane's rich text) into plain text: one line
/// per paragraph, list item or break, runs of spaces collapsed, `<head>` left out.
#[derive(Debug, Default)]
pub(crate) struct HtmlText {
    lines: Vec<String>,
    current: String,
    skip_depth: usize,
}

const BLOCKS: &[&[u8]] = &[
    b"p",
    b"div",
    b"li",
    b"br",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"tr",
    b"pre",
    b"ul",
    b"ol",
    b"table",
    b"body",
    b"blockquote",
];

impl HtmlText {
    pub(crate) fn event(&mut self, event: &Event) {
        match event {
            Event::Empty(e) | Event::Start(e)
                if self.skip_depth == 0 && e.local_name().as_ref() == b"img" =>
            {
                let src = attr(e, b"src").unwrap_or_default();
                let name = src.rsplit('/').next().unwrap_or_default();
                self.push(&format!("[image {name}]"));
            }
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if self.skip_depth > 0 || name == b"head" || name == b"style" || name == b"script" {
                    self.skip_depth += 1;
                    return;
                }
                if BLOCKS.contains(&name) {
                    self.flush(false);
                }
                if name == b"li" {
                    self.current.push_str("- ");
                }
            }
            Event::Empty(e)
                if self.skip_depth == 0 && BLOCKS.contains(&e.local_name().as_ref()) =>
            {
                self.flush(e.local_name().as_ref() == b"br");
            }
            Event::End(e) => {
                if self.skip_depth > 0 {
                    self.skip_depth -= 1;
                    return;
                }
                let name = e.local_name();
                if name.as_ref() == b"p" {
                    self.flush(true);
                } else if BLOCKS.contains(&name.as_ref()) {
                    self.flush(false);
                }
            }
            Event::Text(t) if self.skip_depth == 0 => {
                let text = t.decode().unwrap_or_default();
                self.push(&text);
            }
            Event::CData(t) if self.skip_depth == 0 => {
                let text = String::from_utf8_lossy(t.as_ref()).into_owned();
                self.push(&text);
            }
            Event::GeneralRef(r) if self.skip_depth == 0 => {
                let text = resolve_ref(r);
                self.current.push_str(&text);
            }
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        let mut last_space = self.current.ends_with(' ') || self.current.is_empty();
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !last_space {
                    self.current.push(' ');
                    last_space = true;
                }
            } else {
                self.current.push(c);
                last_space = false;
            }
        }
    }

    /// Ends the current line; `keep_empty` keeps an empty paragraph as a blank line.
    fn flush(&mut self, keep_empty: bool) {
        let line = self.current.trim().to_string();
        self.current.clear();
        if !line.is_empty() || (keep_empty && !self.lines.is_empty()) {
            self.lines.push(line);
        }
    }

    pub(crate) fn finish(mut self) -> String {
        self.flush(false);
        while self.lines.last().is_some_and(String::is_empty) {
            self.lines.pop();
        }
        self.lines.join("\n")
    }
}

/// Short one-line form of a text, for labels: line breaks become spaces, and past `max`
/// characters the text is cut with an ellipsis.
pub fn one_line(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Escapes text for SVG and HTML content.
pub fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

use crate::case::{Exercise, Kind};
use crate::i18n::Lang;
use crate::workbench::export::ExportFormat;
use crate::workbench::mindmap::model::MindMap;
use crate::workspace::Answer;

/// A mind map from a `.mm` or `.opml` file, told apart by extension, else by content.
pub fn read_mind_map(path: &std::path::Path, text: &str) -> Result<MindMap, FormatError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "mm" => crate::workbench::mindmap::mm::read(text),
        "opml" => crate::workbench::mindmap::opml::read(text),
        _ if text.contains("<opml") => crate::workbench::mindmap::opml::read(text),
        _ => crate::workbench::mindmap::mm::read(text),
    }
}

/// What `atelier import` says after reading a mind map.
pub fn import_summary(map: &MindMap, exercise_id: &str, lang: Lang) -> String {
    crate::i18n::messages::nodes_imported(lang, map.len(), exercise_id, map.max_depth())
}

/// The mind map of an answer, or the case's seed when nothing was written yet.
pub fn answer_tree(exercise: &Exercise, answer: &Answer) -> MindMap {
    match &answer.tree {
        Some(tree) => tree.clone(),
        None => {
            let config: crate::workbench::worldmap::config::TreeConfig =
                crate::case::parse_config("", &exercise.config).unwrap_or_default();
            MindMap::from_seed(&config.seed_nodes)
        }
    }
}

/// The map kinds' exports; None when the format is not one of theirs.
pub fn export(
    exercise: &Exercise,
    answer: &Answer,
    format: ExportFormat,
    lang: Lang,
) -> Option<Vec<u8>> {
    let text = match (exercise.kind, format) {
        (Kind::Tree, ExportFormat::Mm) => {
            crate::workbench::mindmap::mm::write(&answer_tree(exercise, answer))
        }
        (Kind::Tree, ExportFormat::Opml) => {
            crate::workbench::mindmap::opml::write(&answer_tree(exercise, answer))
        }
        (Kind::Tree, ExportFormat::Svg) => {
            let tree = answer_tree(exercise, answer);
            crate::workbench::mindmap::drawing::svg(&tree, tree.text(tree.root()))
        }
        (Kind::Map, ExportFormat::Svg) => {
            crate::workbench::worldmap::formats::svg(exercise, answer, lang)
        }
        (Kind::Map, ExportFormat::Csv) => crate::workbench::worldmap::formats::csv(answer),
        _ => return None,
    };
    Some(text.into_bytes())
}

/// The map kinds' part of an exercise's Markdown (empty for other kinds).
pub fn markdown(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    match exercise.kind {
        Kind::Tree if answer.tree.is_some() => {
            let md = crate::workbench::mindmap::drawing::markdown(&answer_tree(exercise, answer));
            // One level down: the exercise's own heading is `##`.
            format!("#{md}\n")
        }
        Kind::Map => answer
            .map
            .as_ref()
            .map(|m| crate::workbench::worldmap::formats::markdown(m, lang))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The files a bundle holds for a map exercise, as (extension, bytes); none before the
/// candidate has worked on it.
pub fn bundle_exports(
    exercise: &Exercise,
    answer: &Answer,
    lang: Lang,
) -> Vec<(&'static str, Vec<u8>)> {
    let formats: &[(&'static str, ExportFormat)] = match exercise.kind {
        Kind::Tree if answer.tree.is_some() => &[
            ("mm", ExportFormat::Mm),
            ("opml", ExportFormat::Opml),
            ("svg", ExportFormat::Svg),
        ],
        Kind::Map if answer.map.is_some() => {
            &[("svg", ExportFormat::Svg), ("csv", ExportFormat::Csv)]
        }
        _ => &[],
    };
    formats
        .iter()
        .filter_map(|(ext, format)| export(exercise, answer, *format, lang).map(|b| (*ext, b)))
        .collect()
}

/// The map of a map exercise as an inline SVG figure for the HTML report (empty otherwise);
/// for the mind map, its outline follows, with every note and source (the SVG shows texts
/// cut to one line). The figure's SVG scales to the page's width (the report's CSS).
pub fn report_html(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    match exercise.kind {
        Kind::Tree if answer.tree.is_some() => {
            let tree = answer_tree(exercise, answer);
            let svg = crate::workbench::mindmap::drawing::svg(&tree, tree.text(tree.root()));
            format!(
                "<figure class=\"map\">\n{svg}</figure>\n<h3>{}</h3>\n{}",
                crate::workbench::html::escape(
                    crate::i18n::Text::Mindmap(
                        crate::workbench::mindmap::text::MindmapText::ReportOutline
                    )
                    .get(lang)
                ),
                crate::workbench::mindmap::drawing::outline_html(&tree, lang)
            )
        }
        Kind::Map if answer.map.is_some() => {
            let svg = crate::workbench::worldmap::formats::svg(exercise, answer, lang);
            format!("<figure class=\"map\">\n{svg}</figure>\n")
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::Reader;

    fn plain(html: &str) -> String {
        let mut reader = Reader::from_str(html);
        let mut out = HtmlText::default();
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                e => out.event(&e),
            }
        }
        out.finish()
    }

    #[test]
    fn html_becomes_lines_of_plain_text() {
        let html = "<html><head><title>x</title></head><body>\n  <p>\n    <b>Tutorial </b>\n  </p>\n  <p>Freeplane&#160;1.7 &amp; co</p><ul><li>un</li><li>deux</li></ul></body></html>";
        assert_eq!(
            plain(html),
            "Tutorial\nFreeplane\u{a0}1.7 & co\n- un\n- deux"
        );
    }

    #[test]
    fn empty_paragraphs_between_text_stay_blank_lines() {
        assert_eq!(
            plain("<body><p>a</p><p></p><p>b</p><p></p></body>"),
            "a\n\nb"
        );
        assert_eq!(
            plain("<p><img src=\"../images/a.png\"/></p>"),
            "[image a.png]"
        );
    }

    #[test]
    fn attribute_escaping_keeps_line_breaks() {
        assert_eq!(escape_attr("a\"b\nc<&"), "a&quot;b&#10;c&lt;&amp;");
        assert_eq!(one_line("un\n deux  trois", 8), "un deux…");
    }
}
