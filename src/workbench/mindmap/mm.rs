//! Freeplane / FreeMind `.mm` maps. Reading keeps every `<node>`: its text (the `TEXT`
//! attribute, else its rich-text `NODE` content as plain text, else `LOCALIZED_TEXT`), its
//! note and details (rich text as plain text), its link, its folding and its attributes
//! (`source` and `tag` attributes become the node's sources and tags). Styles, icons, clouds
//! and connectors are not kept. Internal links (`LINK="#ID_..."`) follow their target: the
//! file's ids are read, and each link is rewritten to the node it named. A file that is not
//! well-formed XML, cut short, or nested deeper than `MAX_DEPTH` is refused with its line
//! and column. Writing produces a map as Freeplane 1.9 writes it (`version="freeplane
//! 1.9.13"`, so Freeplane opens it without the "created with FreeMind" warning), every node
//! with its `ID`, notes as HTML paragraphs and sources and tags as attributes, indented up
//! to a cap so that the file is linear in the size of the map.

use crate::workbench::mindmap::formats::{
    attr, new_line, start, FormatError, HtmlText, XmlReader, MAX_DEPTH,
};
use crate::workbench::mindmap::model::{Content, MindMap, NodeId, Source};
use quick_xml::events::{BytesEnd, BytesText, Event};
use quick_xml::Writer;
use std::collections::HashMap;

/// The version written in `<map version=...>`: Freeplane's own format, as written by the
/// Freeplane release most distributions ship.
pub const VERSION: &str = "freeplane 1.9.13";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rich {
    Node,
    Note,
    Details,
}

pub fn read(text: &str) -> Result<MindMap, FormatError> {
    let mut reader = XmlReader::new(text);
    let mut map: Option<MindMap> = None;
    // The file's node ids (`ID`), to rewrite the internal links once every node is read.
    let mut keys: HashMap<String, NodeId> = HashMap::new();
    // Open <node> elements, innermost last, with whether their text came from TEXT.
    let mut open: Vec<(NodeId, bool)> = Vec::new();
    // Rich content being read: its kind, the HTML collected, and how deep inside it we are.
    let mut rich: Option<(Rich, HtmlText, usize)> = None;
    // Elements open since the innermost <node> (to know what a <richcontent> belongs to).
    let mut depth_in_node: Vec<usize> = Vec::new();
    loop {
        let event = reader.next()?;
        if let Some((_, html, depth)) = rich.as_mut() {
            match &event {
                Event::Start(_) => *depth += 1,
                Event::End(_) if *depth == 0 => {
                    let (kind, html, _) = rich.take().expect("rich is open");
                    let text = html.finish();
                    if let (Some(map), Some(&(id, has_text))) = (map.as_mut(), open.last()) {
                        if let Some(c) = map.content_mut(id) {
                            match kind {
                                Rich::Node if !has_text => c.text = text,
                                Rich::Node => {}
                                Rich::Note => c.note = text,
                                Rich::Details => c.details = text,
                            }
                        }
                    }
                    if let Some(d) = depth_in_node.last_mut() {
                        *d = d.saturating_sub(1);
                    }
                    continue;
                }
                Event::End(_) => *depth -= 1,
                // The reader refuses an end of file inside an element.
                Event::Eof => break,
                _ => {}
            }
            html.event(&event);
            continue;
        }
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    b"node" => {
                        if open.len() >= MAX_DEPTH {
                            return Err(reader.too_deep());
                        }
                        let text = attr(e, b"TEXT");
                        let has_text = text.is_some();
                        let content = Content {
                            text: text
                                .or_else(|| attr(e, b"LOCALIZED_TEXT"))
                                .unwrap_or_default(),
                            link: attr(e, b"LINK").unwrap_or_default(),
                            folded: attr(e, b"FOLDED").is_some_and(|f| f == "true"),
                            ..Content::default()
                        };
                        let id = match (map.as_mut(), open.last()) {
                            (None, _) => {
                                let m = MindMap::with_root(content);
                                let root = m.root();
                                map = Some(m);
                                root
                            }
                            (Some(m), Some(&(parent, _))) => {
                                let at = m.children(parent).len();
                                m.insert_child(parent, at, content)
                                    .ok_or(FormatError::Missing("node"))?
                            }
                            // A second top-level node: kept under the root.
                            (Some(m), None) => {
                                let root = m.root();
                                let at = m.children(root).len();
                                m.insert_child(root, at, content)
                                    .ok_or(FormatError::Missing("node"))?
                            }
                        };
                        if let Some(key) = attr(e, b"ID").filter(|k| !k.is_empty()) {
                            keys.entry(key).or_insert(id);
                        }
                        if !empty {
                            open.push((id, has_text));
                            depth_in_node.push(0);
                        }
                    }
                    b"richcontent" if !open.is_empty() && depth_in_node.last() == Some(&0) => {
                        let kind = match attr(e, b"TYPE").as_deref() {
                            Some("NOTE") => Rich::Note,
                            Some("DETAILS") => Rich::Details,
                            _ => Rich::Node,
                        };
                        if !empty {
                            rich = Some((kind, HtmlText::default(), 0));
                            if let Some(d) = depth_in_node.last_mut() {
                                *d += 1;
                            }
                        }
                    }
                    b"attribute" if !open.is_empty() && depth_in_node.last() == Some(&0) => {
                        let name = attr(e, b"NAME").unwrap_or_default();
                        let value = attr(e, b"VALUE").unwrap_or_default();
                        if let (Some(m), Some(&(id, _))) = (map.as_mut(), open.last()) {
                            if let Some(c) = m.content_mut(id) {
                                match name.as_str() {
                                    "source" => c.sources.push(Source::from_field(&value)),
                                    "tag" => c.tags.push(value),
                                    _ => c.attributes.push((name, value)),
                                }
                            }
                        }
                        if !empty {
                            if let Some(d) = depth_in_node.last_mut() {
                                *d += 1;
                            }
                        }
                    }
                    _ => {
                        if !empty {
                            if let Some(d) = depth_in_node.last_mut() {
                                *d += 1;
                            }
                        }
                    }
                }
            }
            Event::End(e) => {
                if e.local_name().as_ref() == b"node" && depth_in_node.last() == Some(&0) {
                    open.pop();
                    depth_in_node.pop();
                } else if let Some(d) = depth_in_node.last_mut() {
                    *d = d.saturating_sub(1);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut map = map.ok_or(FormatError::Missing("<node> element"))?;
    map.remap_links(|key| keys.get(key).copied());
    Ok(map)
}

/// The map as a `.mm` file, as Freeplane writes it.
pub fn write(map: &MindMap) -> String {
    // Writing to a Vec cannot fail; lines and indentation are ours (see `new_line`).
    let mut writer = Writer::new(Vec::new());
    let _ = writer.write_event(Event::Start(start("map", &[("version", VERSION)])));
    new_line(writer.get_mut(), 0, 1);
    let _ = writer.write_event(Event::Comment(BytesText::new(
        "To view this file, download free mind mapping software Freeplane from https://www.freeplane.org",
    )));
    // Depth-first with an explicit stack: (node, depth, closing?).
    let mut stack: Vec<(NodeId, usize, bool)> = vec![(map.root(), 0, false)];
    while let Some((id, depth, closing)) = stack.pop() {
        new_line(writer.get_mut(), depth, 1);
        if closing {
            let _ = writer.write_event(Event::End(BytesEnd::new("node")));
            continue;
        }
        let Some(c) = map.content(id) else {
            continue;
        };
        let node_id = MindMap::node_key(id);
        let folded = if c.folded { "true" } else { "" };
        let element = start(
            "node",
            &[
                ("TEXT", &c.text),
                ("ID", &node_id),
                ("LINK", &c.link),
                ("FOLDED", folded),
            ],
        );
        let children = map.children(id);
        let has_body = !children.is_empty()
            || !c.note.is_empty()
            || !c.details.is_empty()
            || !c.sources.is_empty()
            || !c.tags.is_empty()
            || !c.attributes.is_empty();
        if !has_body {
            let _ = writer.write_event(Event::Empty(element));
            continue;
        }
        let _ = writer.write_event(Event::Start(element));
        for (kind, text) in [("DETAILS", &c.details), ("NOTE", &c.note)] {
            if text.is_empty() {
                continue;
            }
            new_line(writer.get_mut(), depth + 1, 1);
            let _ = writer.write_event(Event::Start(start(
                "richcontent",
                &[("TYPE", kind), ("CONTENT-TYPE", "xml/")],
            )));
            let _ = writer.write_event(Event::Start(start("html", &[])));
            let _ = writer.write_event(Event::Empty(start("head", &[])));
            let _ = writer.write_event(Event::Start(start("body", &[])));
            for line in text.lines() {
                let _ = writer.write_event(Event::Start(start("p", &[])));
                if !line.trim().is_empty() {
                    // Only <, > and & are escaped: the note's HTML stays plain HTML.
                    let escaped = quick_xml::escape::partial_escape(line.trim());
                    let _ = writer.write_event(Event::Text(BytesText::from_escaped(escaped)));
                }
                let _ = writer.write_event(Event::End(BytesEnd::new("p")));
            }
            let _ = writer.write_event(Event::End(BytesEnd::new("body")));
            let _ = writer.write_event(Event::End(BytesEnd::new("html")));
            let _ = writer.write_event(Event::End(BytesEnd::new("richcontent")));
        }
        let sources: Vec<String> = c.sources.iter().map(Source::to_field).collect();
        let attributes = c
            .tags
            .iter()
            .map(|t| ("tag", t.as_str()))
            .chain(sources.iter().map(|s| ("source", s.as_str())))
            .chain(c.attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        for (name, value) in attributes {
            let mut element = start("attribute", &[("NAME", name)]);
            // VALUE is written even when empty: Freeplane requires it.
            let escaped = crate::workbench::mindmap::formats::escape_attr(value);
            element.push_attribute((b"VALUE".as_slice(), escaped.as_bytes()));
            new_line(writer.get_mut(), depth + 1, 1);
            let _ = writer.write_event(Event::Empty(element));
        }
        stack.push((id, depth, true));
        for child in children.iter().rev() {
            stack.push((*child, depth + 1, false));
        }
    }
    new_line(writer.get_mut(), 0, 1);
    let _ = writer.write_event(Event::End(BytesEnd::new("map")));
    let mut out = String::from_utf8(writer.into_inner()).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_rich_text_notes_links_and_attributes() {
        let mm = r#"<map version="freeplane 1.12.1">
<node ID="a" TEXT="Racine" LINK="https://exemple.fr/?a=1&amp;b=2">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/"><html><head></head><body><p>Première ligne</p><p>Seconde</p></body></html></richcontent>
<node ID="b" FOLDED="true"><richcontent TYPE="NODE"><html><body><p><b>Riche</b>&#160;texte</p></body></html></richcontent>
<attribute NAME="source" VALUE="Bilan | Fevad | https://www.fevad.com/ | 2025"/>
<attribute NAME="tag" VALUE="économie"/>
<attribute NAME="a2" VALUE="x"/>
<node TEXT="feuille"/>
</node>
</node>
</map>"#;
        let map = read(mm).unwrap();
        assert_eq!(map.len(), 3);
        let root = map.content(map.root()).unwrap();
        assert_eq!(root.text, "Racine");
        assert_eq!(root.link, "https://exemple.fr/?a=1&b=2");
        assert_eq!(root.note, "Première ligne\nSeconde");
        let b = map.children(map.root())[0];
        let c = map.content(b).unwrap();
        assert_eq!(c.text, "Riche\u{a0}texte", "a non-breaking space stays one");
        assert!(c.folded);
        assert_eq!(c.sources[0].publisher, "Fevad");
        assert_eq!(c.sources[0].year, Some(2025));
        assert_eq!(c.tags, ["économie"]);
        assert_eq!(c.attributes, [("a2".to_string(), "x".to_string())]);
        assert_eq!(map.text(map.children(b)[0]), "feuille");
    }

    #[test]
    fn refuses_what_is_not_a_map() {
        assert!(matches!(read("<map></map>"), Err(FormatError::Missing(_))));
        assert!(matches!(
            read("<map><node TEXT='x'></map>"),
            Err(FormatError::Xml { line: 1, .. })
        ));
    }
}
