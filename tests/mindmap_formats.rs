//! The A5 formats on real files nobody on the team wrote: Freeplane's own documentation maps
//! (in `../shared/samples/`, beside the clone, as in CI), and round trips through `.mm` and
//! OPML that must keep every node, its text, note and link.

use atelier::workbench::mindmap::model::{MindMap, Source};
use atelier::workbench::mindmap::{mm, opml};
use std::path::PathBuf;

fn sample(name: &str) -> String {
    // `shared/` sits beside the clone (CI); a git worktree one level deeper finds it too.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        root.join("../shared/samples").join(name),
        root.join("../../shared/samples").join(name),
    ];
    let found = candidates.iter().find(|p| p.is_file()).unwrap_or_else(|| {
        panic!(
            "{} not found: shared/samples must sit beside the clone",
            candidates[0].display()
        )
    });
    std::fs::read_to_string(found).unwrap()
}

/// Every node's (depth, text, note, details, link), in pre-order.
fn outline(map: &MindMap) -> Vec<(usize, String, String, String, String)> {
    map.preorder()
        .map(|(id, depth)| {
            let c = map.content(id).unwrap();
            (
                depth,
                c.text.clone(),
                c.note.clone(),
                c.details.clone(),
                c.link.clone(),
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
