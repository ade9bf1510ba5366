//! Checks of a board: every zone filled to its minimum, evidence where the case asks for it, strategies that link their items, priorities and KPIs complete. Pure functions.

use crate::case::BoardConfig;
use crate::workbench::check::Finding;
pub use crate::workbench::notes::check::text_words;
use crate::workspace::Board;

/// Checks a board against its configuration: thresholds, evidence, strategies, KPIs.
pub fn check_board(config: &BoardConfig, board: &Board) -> Vec<Finding> {
    let mut findings = Vec::new();
    for zone in &config.zones {
        let items: Vec<_> = board.items_in(&zone.id).collect();
        let filled = items.iter().filter(|i| !i.text.trim().is_empty()).count();
        if filled < zone.min_items as usize {
            findings.push(Finding::TooFewItems {
                zone: zone.title.clone(),
                count: filled,
                min: zone.min_items,
            });
        }
        for item in &items {
            if item.text.trim().is_empty() {
                findings.push(Finding::EmptyItem {
                    zone: zone.title.clone(),
                });
            } else if zone.evidence_required && item.evidence.trim().is_empty() {
                findings.push(Finding::MissingEvidence {
                    zone: zone.title.clone(),
                    item: item.text.clone(),
                });
            }
        }
    }
    for kind in &config.strategy_kinds {
        let count = board
            .strategies
            .iter()
            .filter(|s| s.kind == kind.id)
            .count();
        if count < config.min_strategies_per_kind as usize {
            findings.push(Finding::TooFewStrategies {
                recommendation: config.recommends(),
                kind: kind.id.clone(),
                count,
                min: config.min_strategies_per_kind,
            });
        }
    }
    for strategy in &board.strategies {
        let label = board
            .strategy_label(strategy.id)
            .unwrap_or_else(|| strategy.kind.clone());
        if strategy.text.trim().is_empty() {
            findings.push(Finding::StrategyWithoutText {
                recommendation: config.recommends(),
                label: label.clone(),
            });
        }
        let Some(kind) = config.strategy_kind(&strategy.kind) else {
            continue;
        };
        if kind.any_zone {
            let grounded = strategy
                .refs
                .iter()
                .filter_map(|r| board.item(*r))
                .any(|item| kind.combines.contains(&item.zone));
            if !grounded {
                let zones: Vec<String> = kind
                    .combines
                    .iter()
                    .map(|z| {
                        config
                            .zone(z)
                            .map_or_else(|| z.clone(), |z| z.title.clone())
                    })
                    .collect();
                findings.push(Finding::StrategyMissingZone {
                    recommendation: config.recommends(),
                    label: label.clone(),
                    zone: zones.join(" / "),
                });
            }
            continue;
        }
        for zone_id in &kind.combines {
            let covered = strategy
                .refs
                .iter()
                .filter_map(|r| board.item(*r))
                .any(|item| &item.zone == zone_id);
            if !covered {
                let zone = config
                    .zone(zone_id)
                    .map_or_else(|| zone_id.clone(), |z| z.title.clone());
                findings.push(Finding::StrategyMissingZone {
                    recommendation: config.recommends(),
                    label: label.clone(),
                    zone,
                });
            }
        }
    }
    if let Some(min) = config.min_priorities {
        let count = board
            .priorities
            .iter()
            .filter(|p| !p.text.trim().is_empty())
            .count();
        if count < min as usize {
            findings.push(Finding::TooFewPriorities { count, min });
        }
    }
    if let Some(min) = config.min_kpis {
        let named: Vec<_> = board
            .kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .collect();
        if named.len() < min as usize {
            findings.push(Finding::TooFewKpis {
                count: named.len(),
                min,
            });
        }
        for kpi in named {
            if !kpi.target.chars().any(|c| c.is_ascii_digit()) {
                findings.push(Finding::KpiWithoutTarget {
                    name: kpi.name.clone(),
                });
            }
            if kpi.unit.trim().is_empty() {
                findings.push(Finding::KpiWithoutUnit {
                    name: kpi.name.clone(),
                });
            }
        }
    }
    findings
}
