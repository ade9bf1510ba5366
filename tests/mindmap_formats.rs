//! The A5 formats on real files nobody on the team wrote: Freeplane's own documentation maps
//! (in `tests/fixtures/freeplane/`, GPL-2.0-or-later, see the LICENCE.md beside them), and
//! round trips through `.mm` and OPML that must keep every node, its text, note and link.

use atelier::workbench::mindmap::model::{MindMap, Source};
use atelier::workbench::mindmap::{mm, opml};
use std::path::PathBuf;

fn sample(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/freeplane")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every node's (depth, text, note, details, link), in pre-order; an internal link is given
/// as the place of its target in pre-order (`-> 12`), since node ids are the file's business.
fn outline(map: &MindMap) -> Vec<(usize, String, String, String, String)> {
    let order: std::collections::HashMap<_, _> = map
        .preorder()
        .enumerate()
        .map(|(i, (id, _))| (id, i))
        .collect();
    map.preorder()
        .map(|(id, depth)| {
            let c = map.content(id).unwrap();
            let link = match map.link_target(&c.link) {
                Some(target) => format!("-> {}", order[&target]),
                None => c.link.clone(),
            };
            (
                depth,
                c.text.clone(),
                c.note.clone(),
                c.details.clone(),
                link,
            )
        })
        .collect()
}

/// `<node` tags of a file, and how many of them carry a LINK, counted on the raw text.
fn raw_counts(text: &str) -> (usize, usize) {
    let mut nodes = 0;
    let mut links = 0;
    for chunk in text.split("<node").skip(1) {
        if !(chunk.starts_with(' ') || chunk.starts_with('>') || chunk.starts_with('/')) {
            continue;
        }
        nodes += 1;
        let tag = &chunk[..chunk.find('>').unwrap_or(chunk.len())];
        if tag.contains(" LINK=") {
            links += 1;
        }
    }
    (nodes, links)
}

#[test]
fn freeplane_user_guide_keeps_all_1460_nodes_with_their_text_and_links() {
    let text = sample("freeplaneUserGuide.mm");
    let map = mm::read(&text).unwrap();
    let (nodes, links) = raw_counts(&text);
    assert_eq!(nodes, 1460);
    assert_eq!(map.len(), 1460);
    let with_link = map
        .preorder()
        .filter(|(id, _)| !map.content(*id).unwrap().link.is_empty())
        .count();
    assert_eq!(with_link, links);
    // The 192 rich-text nodes come in as plain text, never as HTML and never empty.
    let rich = text.matches("<richcontent TYPE=\"NODE\"").count();
    assert_eq!(rich, 192);
    assert_eq!(map.text(map.root()), "Tutorial\nFreeplane 1.7");
    let empty = map
        .preorder()
        .filter(|(id, _)| map.text(*id).trim().is_empty())
        .count();
    let empty_in_file = text.matches("TEXT=\"\"").count();
    assert!(
        empty <= empty_in_file,
        "{empty} empty nodes, {empty_in_file} in the file"
    );
    assert!(map
        .preorder()
        .all(|(id, _)| !map.text(id).contains("<p>") && !map.text(id).contains("<html")));
    let details = map
        .preorder()
        .filter(|(id, _)| !map.content(*id).unwrap().details.is_empty())
        .count();
    assert!(details >= 100, "{details} nodes with details");
}

#[test]
fn freeplane_functions_keeps_its_34_notes() {
    let text = sample("freeplaneFunctions.mm");
    let map = mm::read(&text).unwrap();
    let (nodes, _) = raw_counts(&text);
    assert_eq!(map.len(), nodes);
    let notes = map
        .preorder()
        .filter(|(id, _)| !map.content(*id).unwrap().note.is_empty())
        .count();
    assert_eq!(notes, 34);
    assert!(map.preorder().any(|(id, _)| map
        .content(id)
        .unwrap()
        .note
        .contains("Hover with the cursor")));
}

#[test]
fn user_guide_round_trips_through_mm_and_opml() {
    let map = mm::read(&sample("freeplaneUserGuide.mm")).unwrap();
    let before = outline(&map);
    for (name, back) in [
        ("mm", mm::read(&mm::write(&map)).unwrap()),
        ("opml", opml::read(&opml::write(&map)).unwrap()),
    ] {
        let after = outline(&back);
        assert_eq!(after.len(), before.len(), "{name}: node count");
        for (a, b) in before.iter().zip(&after) {
            assert_eq!(a, b, "{name}");
        }
    }
}

#[test]
fn our_own_fields_survive_both_formats() {
    let mut map = MindMap::new("Tendances <numériques> & \"veille\"");
    let root = map.root();
    let sector = map.add_child(root, "Jardineries").unwrap();
    let leaf = map.add_child(sector, "Étiquettes électroniques").unwrap();
    {
        let c = map.content_mut(leaf).unwrap();
        c.note = "Maturité : forte\n\nHorizon : 2026".into();
        c.link = "https://www.example.org/?a=1&b=2".into();
        c.tags = vec!["technologie".into(), "économie".into()];
        c.sources = vec![Source {
            title: "Bilan du e-commerce".into(),
            publisher: "Fevad".into(),
            url: "https://www.fevad.com/".into(),
            year: Some(2025),
        }];
    }
    for (name, text, back) in [
        ("mm", mm::write(&map), mm::read(&mm::write(&map)).unwrap()),
        (
            "opml",
            opml::write(&map),
            opml::read(&opml::write(&map)).unwrap(),
        ),
    ] {
        assert!(text.contains("&lt;numériques&gt;"), "{name}: text escaped");
        let walk = |m: &MindMap| {
            m.preorder()
                .map(|(id, d)| {
                    let c = m.content(id).unwrap();
                    (
                        d,
                        c.text.clone(),
                        c.note.clone(),
                        c.link.clone(),
                        c.tags.clone(),
                        c.sources.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(walk(&back), walk(&map), "{name}");
    }
}

/// How many internal links (`LINK="#..."`) a `.mm` file holds, each checked, on the raw
/// text, to name the `ID` of one of its nodes.
fn raw_internal_links(text: &str) -> usize {
    let mut ids = std::collections::HashSet::new();
    let mut links = Vec::new();
    for chunk in text.split("<node ").skip(1) {
        let tag = format!(" {}", &chunk[..chunk.find('>').unwrap_or(chunk.len())]);
        let value = |name: &str| {
            let start = tag
                .find(&format!(" {name}=\""))
                .map(|i| i + name.len() + 3)?;
            let rest = &tag[start..];
            Some(rest[..rest.find('"')?].to_string())
        };
        ids.extend(value("ID"));
        links.extend(value("LINK").filter(|l| l.starts_with('#')));
    }
    for link in &links {
        assert!(ids.contains(&link[1..]), "{link} leads nowhere");
    }
    links.len()
}

#[test]
fn internal_links_of_the_user_guide_survive_import_and_export() {
    let text = sample("freeplaneUserGuide.mm");
    let map = mm::read(&text).unwrap();
    // Each of the 33 internal links points to the node it pointed to in the file.
    let links: Vec<(String, String)> = map
        .preorder()
        .filter_map(|(id, _)| {
            let c = map.content(id)?;
            let target = map.link_target(&c.link)?;
            Some((c.text.clone(), map.text(target).to_string()))
        })
        .collect();
    assert_eq!(links.len(), 33);
    for (from, to) in [
        ("Menubar", "Menubar"),
        ("Scroll bar (horizontal)", "Scrollbars"),
        ("Here is how", "Goto root"),
        ("Unfold all", "Introduction"),
    ] {
        assert!(
            links.iter().any(|(a, b)| a == from && b == to),
            "{from} -> {to} missing from {links:?}"
        );
    }
    // Written out, every LINK names an ID of the file, and the node it names has the same
    // text as in Freeplane's own file.
    let written = mm::write(&map);
    assert!(written.starts_with("<map version=\"freeplane 1.9.13\">"));
    assert_eq!(raw_internal_links(&text), 33);
    assert_eq!(raw_internal_links(&written), 33);
    // And read again (a second import), each link still lands on the same text.
    let again = mm::read(&written).unwrap();
    let links_again: Vec<(String, String)> = again
        .preorder()
        .filter_map(|(id, _)| {
            let c = again.content(id)?;
            let target = again.link_target(&c.link)?;
            Some((c.text.clone(), again.text(target).to_string()))
        })
        .collect();
    assert_eq!(links_again, links);
    // Through OPML too (atelier's `_id`), and through the workspace's saved form.
    let outlined = opml::read(&opml::write(&map)).unwrap();
    assert_eq!(outline(&outlined), outline(&map));
    let saved = serde_json::to_string(&map).unwrap();
    let loaded: MindMap = serde_json::from_str(&saved).unwrap();
    assert_eq!(outline(&loaded), outline(&map));
}

#[test]
fn a_broken_or_cut_short_file_is_refused_with_its_line_and_column() {
    use atelier::workbench::mindmap::formats::{FormatError, XmlReason};
    assert_eq!(
        mm::read("<map><node TEXT=\"x\">").unwrap_err(),
        FormatError::Unclosed {
            element: "node".into(),
            line: 1,
            column: 6
        }
    );
    assert_eq!(
        mm::read("<map>\r\n <node TEXT=\"a\">\r\n  <node TEXT=\"b\"/>\r\n </nod>\r\n</map>")
            .unwrap_err(),
        FormatError::Xml {
            line: 4,
            column: 2,
            reason: XmlReason::MismatchedEnd {
                expected: "node".into(),
                found: "nod".into()
            }
        }
    );
    assert!(matches!(
        mm::read("<map><node TEXT=\"a\"></map>"),
        Err(FormatError::Xml { line: 1, .. })
    ));
    // Freeplane's guide cut anywhere is refused, never read as a smaller map.
    let guide = sample("freeplaneUserGuide.mm");
    for cut in [1_000, guide.len() / 2, guide.len() - 10] {
        let cut = (cut..guide.len())
            .find(|i| guide.is_char_boundary(*i))
            .unwrap();
        let err = mm::read(&guide[..cut]).unwrap_err();
        assert!(
            matches!(err, FormatError::Unclosed { .. } | FormatError::Xml { .. }),
            "cut at {cut}: {err}"
        );
    }
    assert_eq!(
        opml::read("<opml version=\"2.0\"><body>\n<outline text=\"a\">").unwrap_err(),
        FormatError::Unclosed {
            element: "outline".into(),
            line: 2,
            column: 1
        }
    );
}

#[test]
fn a_map_deeper_than_the_limit_is_refused_with_the_line_of_the_first_node_too_deep() {
    use atelier::workbench::mindmap::formats::{FormatError, MAX_DEPTH};
    let chain = |levels: usize| {
        let mut text = String::from("<map version=\"freeplane 1.9.13\">\n");
        for i in 0..levels {
            text.push_str(&format!("<node TEXT=\"n{i}\">\n"));
        }
        text.push_str(&"</node>\n".repeat(levels));
        text.push_str("</map>\n");
        text
    };
    // Line 1 is <map>, node i is on line i + 2: the 1,001st node (i = 1,000) is refused.
    assert_eq!(
        mm::read(&chain(20_000)).unwrap_err(),
        FormatError::TooDeep {
            limit: MAX_DEPTH,
            line: MAX_DEPTH + 2,
            column: 1
        }
    );
    let deepest = mm::read(&chain(MAX_DEPTH)).unwrap();
    assert_eq!(deepest.max_depth(), MAX_DEPTH - 1);
    let mut outline_text = String::from("<opml version=\"2.0\"><body>\n");
    outline_text.push_str(&"<outline text=\"x\">\n".repeat(20_000));
    assert!(matches!(
        opml::read(&outline_text),
        Err(FormatError::TooDeep { line, .. }) if line == MAX_DEPTH + 2
    ));
}

#[test]
fn a_20000_level_map_made_in_atelier_exports_in_linear_size_without_overflowing() {
    use atelier::workbench::mindmap::drawing;
    let mut map = MindMap::new("racine");
    let mut at = map.root();
    for i in 0..20_000 {
        at = map.add_child(at, &format!("niveau {i}")).unwrap();
    }
    assert_eq!(map.max_depth(), 20_000);
    // A link from the deepest node to the root, to be kept through the saved form.
    map.content_mut(at).unwrap().link = MindMap::internal_link(map.root());
    let nodes = map.len();
    for (name, text) in [
        ("mm", mm::write(&map)),
        ("opml", opml::write(&map)),
        ("md", drawing::markdown(&map)),
        ("svg", drawing::svg(&map, "profond")),
    ] {
        // Linear: a bounded number of bytes per node, whatever its depth (an indentation per
        // level would take 20,000 × 10,000 × 2 bytes, 400 MB).
        let per_node = text.len() / nodes;
        assert!(
            per_node < 400,
            "{name}: {} bytes, {per_node} per node",
            text.len()
        );
    }
    let saved = serde_json::to_string(&map).unwrap();
    let loaded: MindMap = serde_json::from_str(&saved).unwrap();
    assert_eq!(loaded.max_depth(), 20_000);
    assert_eq!(outline(&loaded), outline(&map));
}
