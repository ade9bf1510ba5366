//! Checks of the two map kinds (pure functions; `checks::check_exercise` calls them).
//!
//! A5 mind map: sectors are the root's children; the depth counts levels below the root; a
//! *trend leaf* is a node without children at depth 2 or more (a sector without children is
//! already counted by the sector check); a source is *outdated* when its year is before
//! `today's year - source_max_age_years`; a *duplicate* is two siblings with the same text,
//! or the same trend (leaf text) in two places, compared without case and extra spaces.
//!
//! A3 world map: a title, `min_actors` actors, every actor in a category of the legend,
//! recommendations present and each referencing at least one actor.

use crate::workbench::check::Finding;
use crate::workbench::mindmap::model::MindMap;
use crate::workbench::worldmap::config::{MapConfig, TreeConfig};
use crate::workbench::worldmap::model::WorldMap;
use std::collections::HashMap;

/// How many leaf names a "leaves without source" finding quotes.
const EXAMPLES: usize = 3;

/// The year source recency is judged in: today's (UTC), or that of `ATELIER_TODAY`
/// (`YYYY-MM-DD`) when set, so an examiner can judge a bundle as of the day it was handed
/// in, and tests of the worked example do not change with the calendar.
pub fn current_year() -> i32 {
    std::env::var("ATELIER_TODAY")
        .ok()
        .and_then(|day| day.get(..4)?.parse().ok())
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().year())
}

/// The date the tests judge the worked example's sources at.
pub const TEST_TODAY: &str = "2026-11-22";

/// Lower case, runs of spaces as one, trimmed: one allocation.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

pub fn check_tree(config: &TreeConfig, map: &MindMap, year: i32) -> Vec<Finding> {
    let mut findings = Vec::new();
    let root = map.root();
    let sectors = map
        .children(root)
        .iter()
        .filter(|id| !map.text(**id).trim().is_empty())
        .count();
    if sectors < config.min_sectors as usize {
        findings.push(Finding::TooFewSectors {
            count: sectors,
            min: config.min_sectors,
        });
    }
    let mut empty = 0;
    let mut unsourced = Vec::new();
    let mut leaves: HashMap<String, usize> = HashMap::new();
    let oldest = config
        .source_max_age_years
        .map(|age| year - i32::try_from(age).unwrap_or(i32::MAX / 2));
    // Repeated texts among siblings, summed over the map (one finding per text).
    let mut repeated_siblings: HashMap<String, usize> = HashMap::new();
    let mut depth = 0;
    for (id, d) in map.preorder() {
        depth = depth.max(d);
        let Some(c) = map.content(id) else {
            continue;
        };
        if c.text.trim().is_empty() {
            empty += 1;
            continue;
        }
        let children = map.children(id);
        if children.is_empty() && d >= 2 {
            *leaves.entry(normalise(&c.text)).or_default() += 1;
            if c.sources.is_empty() {
                unsourced.push(crate::workbench::mindmap::formats::one_line(&c.text, 40));
            }
        }
        // Siblings with the same text (leaves are compared map-wide below).
        if children.len() > 1 {
            let mut seen: HashMap<String, usize> = HashMap::new();
            for child in children {
                if map.children(*child).is_empty() {
                    continue;
                }
                let text = normalise(map.text(*child));
                if !text.is_empty() {
                    *seen.entry(text).or_default() += 1;
                }
            }
            for (text, count) in seen.into_iter().filter(|(_, n)| *n > 1) {
                *repeated_siblings.entry(text).or_default() += count;
            }
        }
        for source in &c.sources {
            let outdated = match (source.year, oldest) {
                (Some(y), Some(oldest)) if y < oldest => Some((y, oldest)),
                _ => None,
            };
            let no_link = source.url.trim().is_empty();
            if source.year.is_some() && outdated.is_none() && !no_link {
                continue;
            }
            let node = crate::workbench::mindmap::formats::one_line(&c.text, 40);
            let title = crate::workbench::mindmap::formats::one_line(&source.title, 40);
            if source.year.is_none() {
                findings.push(Finding::SourceWithoutYear {
                    node: node.clone(),
                    source: title.clone(),
                });
            }
            if let Some((year, oldest)) = outdated {
                findings.push(Finding::OutdatedSource {
                    node: node.clone(),
                    source: title.clone(),
                    year,
                    oldest,
                });
            }
            if no_link {
                findings.push(Finding::SourceWithoutLink {
                    node,
                    source: title,
                });
            }
        }
    }
    if depth < config.min_depth as usize {
        findings.push(Finding::MapTooShallow {
            depth,
            min: config.min_depth,
        });
    }
    let mut duplicated: Vec<(String, usize)> = leaves
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .chain(repeated_siblings)
        .collect();
    duplicated.sort();
    for (text, count) in duplicated {
        findings.push(Finding::DuplicateNode { text, count });
    }
    if empty > 0 {
        findings.push(Finding::EmptyNodes { count: empty });
    }
    if !unsourced.is_empty() {
        findings.push(Finding::LeavesWithoutSource {
            count: unsourced.len(),
            examples: unsourced.into_iter().take(EXAMPLES).collect(),
        });
    }
    findings
}

pub fn check_world_map(config: &MapConfig, map: &WorldMap) -> Vec<Finding> {
    let mut findings = Vec::new();
    if map.title.trim().is_empty() {
        findings.push(Finding::MapWithoutTitle);
    }
    let actors = map
        .actors
        .iter()
        .filter(|a| !a.name.trim().is_empty())
        .count();
    if actors < config.min_actors as usize {
        findings.push(Finding::TooFewActors {
            count: actors,
            min: config.min_actors,
        });
    }
    for actor in &map.actors {
        match actor.category.map(|c| map.category(c)) {
            None => findings.push(Finding::ActorWithoutCategory {
                actor: actor.name.clone(),
            }),
            Some(None) => findings.push(Finding::CategoryNotInLegend {
                actor: actor.name.clone(),
            }),
            Some(Some(c)) if c.name.trim().is_empty() => {
                findings.push(Finding::CategoryNotInLegend {
                    actor: actor.name.clone(),
                })
            }
            Some(Some(_)) => {}
        }
    }
    let written: Vec<_> = map
        .recommendations
        .iter()
        .filter(|r| !r.text.trim().is_empty())
        .collect();
    if written.is_empty() {
        findings.push(Finding::NoRecommendations);
    }
    for (rank, r) in map.recommendations.iter().enumerate() {
        if r.actors.iter().all(|a| map.actor(*a).is_none()) {
            findings.push(Finding::RecommendationWithoutActor { rank: rank + 1 });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::mindmap::model::Source;
    use crate::workbench::worldmap::model::LinkKind;

    fn config() -> TreeConfig {
        TreeConfig {
            min_sectors: 2,
            min_depth: 3,
            source_max_age_years: Some(3),
            ..TreeConfig::default()
        }
    }

    fn source(year: Option<i32>, url: &str) -> Source {
        Source {
            title: "Étude".into(),
            publisher: "Fevad".into(),
            url: url.into(),
            year,
        }
    }

    #[test]
    fn sectors_depth_and_sources() {
        let mut m = MindMap::new("Tendances");
        let s = m.add_child(m.root(), "Jardineries").unwrap();
        let t = m.add_child(s, "Technologies").unwrap();
        let leaf = m.add_child(t, "Étiquettes électroniques").unwrap();
        let findings = check_tree(&config(), &m, 2026);
        assert!(findings.contains(&Finding::TooFewSectors { count: 1, min: 2 }));
        assert!(!findings.iter().any(|f| f.code() == "map-too-shallow"));
        assert!(findings.contains(&Finding::LeavesWithoutSource {
            count: 1,
            examples: vec!["Étiquettes électroniques".into()]
        }));
        m.content_mut(leaf).unwrap().sources = vec![
            source(Some(2022), "https://a.fr"),
            source(Some(2023), ""),
            source(None, "https://b.fr"),
        ];
        let findings = check_tree(&config(), &m, 2026);
        assert!(findings.contains(&Finding::OutdatedSource {
            node: "Étiquettes électroniques".into(),
            source: "Étude".into(),
            year: 2022,
            oldest: 2023
        }));
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.code() == "outdated-source")
                .count(),
            1
        );
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.code() == "source-without-link")
                .count(),
            1
        );
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.code() == "source-without-year")
                .count(),
            1
        );
        assert!(!findings.iter().any(|f| f.code() == "leaves-without-source"));
        let shallow = MindMap::new("r");
        assert!(check_tree(&config(), &shallow, 2026)
            .contains(&Finding::MapTooShallow { depth: 0, min: 3 }));
    }

    #[test]
    fn duplicates_are_same_siblings_or_same_trend_twice() {
        let mut m = MindMap::new("r");
        let a = m.add_child(m.root(), "A").unwrap();
        let b = m.add_child(m.root(), "B").unwrap();
        // Same category name under two sectors: not a duplicate.
        let ta = m.add_child(a, "Technologies").unwrap();
        let tb = m.add_child(b, "Technologies").unwrap();
        m.add_child(ta, "IA générative").unwrap();
        m.add_child(tb, "IA  Générative").unwrap();
        let findings = check_tree(&config(), &m, 2026);
        let dups: Vec<_> = findings
            .iter()
            .filter(|f| f.code() == "duplicate-node")
            .collect();
        assert_eq!(
            dups,
            [&Finding::DuplicateNode {
                text: "ia générative".into(),
                count: 2
            }]
        );
        m.add_child(a, "technologies ").unwrap();
        m.add_child(m.children(a)[1], "x").unwrap();
        let findings = check_tree(&config(), &m, 2026);
        assert!(findings.contains(&Finding::DuplicateNode {
            text: "technologies".into(),
            count: 2
        }));
    }

    #[test]
    fn world_map_checks() {
        let config = MapConfig {
            min_actors: 2,
            ..MapConfig::default()
        };
        let mut m = WorldMap::default();
        let a = m.add_actor("CRM", 39.0, -77.5, "");
        let findings = check_world_map(&config, &m);
        for code in [
            "map-without-title",
            "too-few-actors",
            "actor-without-category",
            "no-recommendations",
        ] {
            assert!(findings.iter().any(|f| f.code() == code), "{code}");
        }
        m.title = "Les données face aux lois extraterritoriales".into();
        let c = m.add_category("Cloud");
        m.actor_mut(a).unwrap().category = Some(c);
        let b = m.add_actor("Siège", 45.7, 4.7, "");
        m.actor_mut(b).unwrap().category = Some(99);
        m.add_link(a, b, LinkKind::Flow);
        let r = m.add_recommendation("Migrer");
        let findings = check_world_map(&config, &m);
        assert_eq!(
            findings,
            [
                Finding::CategoryNotInLegend {
                    actor: "Siège".into()
                },
                Finding::RecommendationWithoutActor { rank: 1 }
            ]
        );
        m.toggle_recommendation_actor(r, a);
        m.actor_mut(b).unwrap().category = Some(c);
        assert!(check_world_map(&config, &m).is_empty());
    }
}
