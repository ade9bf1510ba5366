//! Tests of the parent module.

use super::*;

fn texts(map: &MindMap, id: NodeId) -> Vec<String> {
    map.children(id)
        .iter()
        .map(|c| map.text(*c).to_string())
        .collect()
}

fn sample() -> (MindMap, [NodeId; 4]) {
    let mut m = MindMap::new("racine");
    let a = m.add_child(m.root(), "A").unwrap();
    let b = m.add_child(m.root(), "B").unwrap();
    let a1 = m.add_child(a, "A1").unwrap();
    let a2 = m.add_child(a, "A2").unwrap();
    (m, [a, b, a1, a2])
}

#[test]
fn add_child_and_sibling_keep_order() {
    let (mut m, [a, _, a1, _]) = sample();
    let between = m.add_sibling(a1, "A1bis").unwrap();
    assert_eq!(texts(&m, a), ["A1", "A1bis", "A2"]);
    assert_eq!(m.parent(between), Some(a));
    assert!(
        m.add_sibling(m.root(), "x").is_none(),
        "the root has no sibling"
    );
    assert_eq!(m.depth(between), 2);
    assert_eq!(m.max_depth(), 2);
}

#[test]
fn remove_and_reinsert_a_subtree() {
    let (mut m, [a, b, _, _]) = sample();
    let cut = m.remove(a).unwrap();
    assert_eq!(cut.len(), 3);
    assert_eq!(m.len(), 2);
    assert!(m.remove(m.root()).is_none());
    let pasted = m.insert_subtree(b, 0, &cut).unwrap();
    assert_eq!(m.text(pasted), "A");
    assert_eq!(texts(&m, pasted), ["A1", "A2"]);
    assert_eq!(m.depth(m.children(pasted)[1]), 3);
}

#[test]
fn move_indent_outdent() {
    let (mut m, [a, b, a1, a2]) = sample();
    assert!(m.move_sibling(a2, true));
    assert_eq!(texts(&m, a), ["A2", "A1"]);
    assert!(!m.move_sibling(a2, true), "already first");
    assert!(m.indent(b));
    assert_eq!(m.parent(b), Some(a));
    assert_eq!(texts(&m, a), ["A2", "A1", "B"]);
    assert!(m.outdent(a1));
    assert_eq!(texts(&m, m.root()), ["A", "A1"]);
    assert!(!m.outdent(a), "a first-level node stays under the root");
    assert!(!m.indent(a), "the first child cannot be indented");
    assert!(!m.reparent(a, a2, 0), "never under its own descendant");
}

#[test]
fn folding_hides_rows_and_levels_step() {
    let (mut m, [a, _, _, _]) = sample();
    assert_eq!(m.visible().count(), 5);
    m.fold_all(true);
    assert_eq!(m.visible().count(), 3, "root and two sectors");
    assert!(m.unfold_level());
    assert_eq!(m.visible().count(), 5);
    assert!(m.fold_level());
    assert!(m.content(a).unwrap().folded);
    let a2 = m.search("a2")[0];
    m.reveal(a2);
    assert!(!m.content(a).unwrap().folded);
}

#[test]
fn search_reads_text_notes_and_tags() {
    let (mut m, [_, b, _, _]) = sample();
    m.content_mut(b).unwrap().note = "voir l'étude Fevad".into();
    m.content_mut(b).unwrap().tags.push("économie".into());
    assert_eq!(m.search("FEVAD"), vec![b]);
    assert_eq!(m.search("économie"), vec![b]);
    assert_eq!(
        m.search("a").len(),
        5,
        "racine, A, A1, A2, and B by its note"
    );
    assert!(m.search("  ").is_empty());
}

#[test]
fn saved_flat_and_loaded_back() {
    let (mut m, [_, _, a1, _]) = sample();
    m.content_mut(a1).unwrap().sources.push(Source {
        title: "Bilan".into(),
        publisher: "Fevad".into(),
        url: "https://www.fevad.com/".into(),
        year: Some(2025),
    });
    let json = serde_json::to_string(&m).unwrap();
    assert!(json.contains("\"parent\""));
    let back: MindMap = serde_json::from_str(&json).unwrap();
    let walk = |m: &MindMap| {
        m.preorder()
            .map(|(id, d)| (d, m.content(id).unwrap().clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(walk(&back), walk(&m));
}

#[test]
fn a_saved_node_with_an_unknown_parent_is_kept_under_the_root() {
    let json = r#"{"nodes":[{"id":1,"text":"r"},{"id":2,"parent":9,"text":"orphelin"}]}"#;
    let m: MindMap = serde_json::from_str(json).unwrap();
    assert_eq!(texts(&m, m.root()), ["orphelin"]);
}

#[test]
fn a_deep_map_saves_and_loads() {
    let mut m = MindMap::new("r");
    let mut at = m.root();
    for i in 0..1000 {
        at = m.add_child(at, &format!("n{i}")).unwrap();
    }
    let back: MindMap = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
    assert_eq!(back.max_depth(), 1000);
}

#[test]
fn seed_builds_nested_nodes_with_tags() {
    let seed: Vec<SeedNode> = serde_json::from_str(
        r#"[{"text":"r","children":[{"text":"s","tag":"secteur","children":[{"text":"t"}]}]}]"#,
    )
    .unwrap();
    let m = MindMap::from_seed(&seed);
    assert_eq!(m.len(), 3);
    let s = m.children(m.root())[0];
    assert_eq!(m.content(s).unwrap().tags, ["secteur"]);
    assert_eq!(texts(&m, s), ["t"]);
}

#[test]
fn source_field_round_trip() {
    let s = Source {
        title: "Baromètre | numérique".into(),
        publisher: "Arcep".into(),
        url: "https://www.arcep.fr/".into(),
        year: Some(2024),
    };
    let back = Source::from_field(&s.to_field());
    assert_eq!(back.title, "Baromètre / numérique");
    assert_eq!(back.year, Some(2024));
    assert_eq!(back.url, s.url);
}
