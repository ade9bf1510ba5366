//! OPML 2.0 outlines. Each node is an `<outline>`: `text`, `_note` (the note, as outliners
//! such as OmniOutliner and Workflowy write it), `url` with `type="link"` (the link),
//! `category` (the tags, comma-separated), `_sources` (the sources, ` ;; `-separated, each
//! `title | publisher | url | year`) and `_details`. The root is the single outline under
//! `<body>`; a file with several top-level outlines gets a root named after `<title>`. A node
//! an internal link (`#ID_12`) points to carries `_id`, so the link survives a round trip;
//! the file's `_id`s are read back and each link rewritten to the node it named. A file that
//! is not well-formed or nested deeper than `MAX_DEPTH` is refused with its line and column.
//! Indentation stops at a cap, so that the file is linear in the size of the map.

use crate::workbench::mindmap::formats::{
    attr, new_line, start, FormatError, XmlReader, MAX_DEPTH,
};
use crate::workbench::mindmap::model::{Content, MindMap, NodeId, Source};
use quick_xml::events::{BytesEnd, BytesText, Event};
use quick_xml::Writer;
use std::collections::{HashMap, HashSet};

const SOURCE_SEPARATOR: &str = " ;; ";

pub fn read(text: &str) -> Result<MindMap, FormatError> {
    let mut reader = XmlReader::new(text);
    // The file's `_id`s, to rewrite the internal links once every outline is read.
    let mut keys: HashMap<String, NodeId> = HashMap::new();
    let mut title = String::new();
    let mut in_title = false;
    let mut in_body = false;
    let mut saw_opml = false;
    // Top-level outlines are read under a provisional root.
    let mut map = MindMap::new("");
    let mut open: Vec<NodeId> = Vec::new();
    loop {
        let event = reader.next()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    b"opml" => saw_opml = true,
                    b"title" if !empty => in_title = true,
                    b"body" if !empty => in_body = true,
                    b"outline" if in_body => {
                        if open.len() >= MAX_DEPTH {
                            return Err(reader.too_deep());
                        }
                        let parent = open.last().copied().unwrap_or(map.root());
                        let tags = attr(e, b"category")
                            .map(|c| {
                                c.split(',')
                                    .map(|t| t.trim().trim_start_matches('/').to_string())
                                    .filter(|t| !t.is_empty())
                                    .collect()
                            })
                            .unwrap_or_default();
                        let sources = attr(e, b"_sources")
                            .map(|s| {
                                s.split(SOURCE_SEPARATOR.trim())
                                    .filter(|f| !f.trim().is_empty())
                                    .map(Source::from_field)
                                    .collect()
                            })
                            .unwrap_or_default();
                        let content = Content {
                            text: attr(e, b"text").unwrap_or_default(),
                            note: attr(e, b"_note").unwrap_or_default(),
                            details: attr(e, b"_details").unwrap_or_default(),
                            link: attr(e, b"url")
                                .or_else(|| attr(e, b"htmlUrl"))
                                .or_else(|| attr(e, b"xmlUrl"))
                                .unwrap_or_default(),
                            tags,
                            sources,
                            folded: false,
                            attributes: Vec::new(),
                        };
                        let at = map.children(parent).len();
                        let id = map
                            .insert_child(parent, at, content)
                            .ok_or(FormatError::Missing("outline"))?;
                        if let Some(key) = attr(e, b"_id").filter(|k| !k.is_empty()) {
                            keys.entry(key).or_insert(id);
                        }
                        if !empty {
                            open.push(id);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_title => title.push_str(&t.decode().unwrap_or_default()),
            Event::GeneralRef(r) if in_title => {
                title.push_str(&crate::workbench::mindmap::formats::resolve_ref(r))
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"title" => in_title = false,
                b"body" => in_body = false,
                b"outline" => {
                    open.pop();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_opml {
        return Err(FormatError::Missing("<opml> element"));
    }
    let top = map.children(map.root()).to_vec();
    match top.as_slice() {
        [] => Err(FormatError::Missing("<outline> element")),
        // One top-level outline: it is the root.
        [only] => {
            let provisional: Vec<NodeId> = map.descendants(*only).collect();
            let subtree = map.subtree(*only).ok_or(FormatError::Missing("outline"))?;
            let mut nodes = subtree.nodes.into_iter();
            let (_, root) = nodes.next().ok_or(FormatError::Missing("outline"))?;
            let mut out = MindMap::with_root(root);
            let rest = crate::workbench::mindmap::model::Subtree {
                nodes: nodes
                    .map(|(parent, c)| (parent.and_then(|p| p.checked_sub(1)), c))
                    .collect(),
            };
            let mut ids = vec![out.root()];
            ids.extend(graft_children(&mut out, &rest));
            // The subtree lists its nodes in the order `descendants` walks them.
            let moved: HashMap<NodeId, NodeId> = provisional.into_iter().zip(ids).collect();
            out.remap_links(|key| keys.get(key).and_then(|p| moved.get(p)).copied());
            Ok(out)
        }
        _ => {
            if let Some(c) = map.content_mut(map.root()) {
                c.text = title.trim().to_string();
            }
            map.remap_links(|key| keys.get(key).copied());
            Ok(map)
        }
    }
}

/// Inserts nodes whose parent index `None` means the root (indices refer to the list minus
/// the root, shifted by one by the caller); returns their new ids, in order.
fn graft_children(
    out: &mut MindMap,
    nodes: &crate::workbench::mindmap::model::Subtree,
) -> Vec<NodeId> {
    let mut ids: Vec<NodeId> = Vec::with_capacity(nodes.len());
    for (parent, content) in &nodes.nodes {
        let parent = parent
            .and_then(|p| ids.get(p).copied())
            .unwrap_or(out.root());
        let at = out.children(parent).len();
        let id = out
            .insert_child(parent, at, content.clone())
            .unwrap_or(out.root());
        ids.push(id);
    }
    ids
}

/// The map as an OPML 2.0 document: the root is the single top-level outline.
pub fn write(map: &MindMap) -> String {
    // Writing to a Vec cannot fail; lines and indentation are ours (see `new_line`).
    let mut writer = Writer::new(Vec::new());
    let _ = writer.write_event(Event::Decl(quick_xml::events::BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        None,
    )));
    new_line(writer.get_mut(), 0, 2);
    let _ = writer.write_event(Event::Start(start("opml", &[("version", "2.0")])));
    new_line(writer.get_mut(), 1, 2);
    let _ = writer.write_event(Event::Start(start("head", &[])));
    new_line(writer.get_mut(), 2, 2);
    let _ = writer.write_event(Event::Start(start("title", &[])));
    let _ = writer.write_event(Event::Text(BytesText::new(map.text(map.root()))));
    let _ = writer.write_event(Event::End(BytesEnd::new("title")));
    new_line(writer.get_mut(), 1, 2);
    let _ = writer.write_event(Event::End(BytesEnd::new("head")));
    new_line(writer.get_mut(), 1, 2);
    let _ = writer.write_event(Event::Start(start("body", &[])));
    // The nodes some internal link points to: only they need an `_id`.
    let targets: HashSet<NodeId> = map
        .preorder()
        .filter_map(|(id, _)| map.link_target(&map.content(id)?.link))
        .collect();
    let mut stack: Vec<(NodeId, usize, bool)> = vec![(map.root(), 2, false)];
    while let Some((id, depth, closing)) = stack.pop() {
        new_line(writer.get_mut(), depth, 2);
        if closing {
            let _ = writer.write_event(Event::End(BytesEnd::new("outline")));
            continue;
        }
        let Some(c) = map.content(id) else {
            continue;
        };
        let tags = c.tags.join(",");
        let sources = c
            .sources
            .iter()
            .map(Source::to_field)
            .collect::<Vec<_>>()
            .join(SOURCE_SEPARATOR);
        let link_type = if c.link.is_empty() { "" } else { "link" };
        let key = if targets.contains(&id) {
            MindMap::node_key(id)
        } else {
            String::new()
        };
        // `text` is required by OPML 2.0, even when empty: it goes first, always.
        let text = crate::workbench::mindmap::formats::escape_attr(&c.text);
        let mut element = quick_xml::events::BytesStart::new("outline");
        element.push_attribute((b"text".as_slice(), text.as_bytes()));
        let others = start(
            "outline",
            &[
                ("type", link_type),
                ("url", &c.link),
                ("_id", &key),
                ("_note", &c.note),
                ("_details", &c.details),
                ("category", &tags),
                ("_sources", &sources),
            ],
        );
        element.extend_attributes(others.attributes().flatten());
        let children = map.children(id);
        if children.is_empty() {
            let _ = writer.write_event(Event::Empty(element));
        } else {
            let _ = writer.write_event(Event::Start(element));
            stack.push((id, depth, true));
            for child in children.iter().rev() {
                stack.push((*child, depth + 1, false));
            }
        }
    }
    new_line(writer.get_mut(), 1, 2);
    let _ = writer.write_event(Event::End(BytesEnd::new("body")));
    new_line(writer.get_mut(), 0, 2);
    let _ = writer.write_event(Event::End(BytesEnd::new("opml")));
    let mut out = String::from_utf8(writer.into_inner()).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_plain_outliner_file() {
        let opml = r#"<?xml version="1.0"?><opml version="2.0"><head><title>Veille</title></head><body>
<outline text="Un" _note="note &amp; suite"><outline text="Un.1" type="link" url="https://a.fr/"/></outline>
<outline text="Deux" category="/usage,économie"/></body></opml>"#;
        let map = read(opml).unwrap();
        assert_eq!(
            map.text(map.root()),
            "Veille",
            "several top outlines: root from title"
        );
        let top = map.children(map.root()).to_vec();
        assert_eq!(top.len(), 2);
        assert_eq!(map.content(top[0]).unwrap().note, "note & suite");
        assert_eq!(
            map.content(map.children(top[0])[0]).unwrap().link,
            "https://a.fr/"
        );
        assert_eq!(map.content(top[1]).unwrap().tags, ["usage", "économie"]);
    }

    #[test]
    fn single_top_outline_is_the_root() {
        let opml = r#"<opml version="2.0"><head/><body><outline text="R"><outline text="a"><outline text="b"/></outline></outline></body></opml>"#;
        let map = read(opml).unwrap();
        assert_eq!(map.text(map.root()), "R");
        assert_eq!(map.len(), 3);
        assert_eq!(map.max_depth(), 2);
        assert!(matches!(read("<html/>"), Err(FormatError::Missing(_))));
    }
}
