//! The `board` answer: items in zones (SWOT quadrants, canvas blocks...), strategies that
//! combine items of several zones (TOWS), priorities and KPIs. Every edit is a method that
//! keeps ids stable; undo lives in `History`, outside.

use serde::{Deserialize, Serialize};

/// Stable id of an item, strategy, priority or KPI inside one board.
pub type ItemId = u32;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Board {
    #[serde(default)]
    pub items: Vec<Item>,
    #[serde(default)]
    pub strategies: Vec<Strategy>,
    #[serde(default)]
    pub priorities: Vec<Priority>,
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Item {
    pub id: ItemId,
    /// The zone id from the case's board configuration.
    pub zone: String,
    pub text: String,
    /// The evidence or source backing the item.
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Strategy {
    pub id: ItemId,
    /// The strategy kind id from the case (SO, ST, WO, WT for TOWS).
    pub kind: String,
    pub text: String,
    /// Items this strategy combines.
    #[serde(default)]
    pub refs: Vec<ItemId>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Priority {
    pub id: ItemId,
    pub text: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Kpi {
    pub id: ItemId,
    pub name: String,
    pub target: String,
    pub unit: String,
}

/// Which list of the board an entry belongs to, for the operations they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Board {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
            && self.strategies.is_empty()
            && self.priorities.is_empty()
            && self.kpis.is_empty()
    }

    /// A fresh id, unique across items, strategies, priorities and KPIs.
    pub fn next_id(&self) -> ItemId {
        let items = self.items.iter().map(|i| i.id);
        let strategies = self.strategies.iter().map(|s| s.id);
        let priorities = self.priorities.iter().map(|p| p.id);
        let kpis = self.kpis.iter().map(|k| k.id);
        items
            .chain(strategies)
            .chain(priorities)
            .chain(kpis)
            .max()
            .unwrap_or(0)
            + 1
    }

    pub fn items_in<'a>(&'a self, zone: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.zone == zone)
    }

    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn item_mut(&mut self, id: ItemId) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.id == id)
    }

    /// Adds an item at the end of a zone and returns its id.
    pub fn add_item(&mut self, zone: &str, text: &str) -> ItemId {
        let id = self.next_id();
        self.items.push(Item {
            id,
            zone: zone.to_string(),
            text: text.to_string(),
            evidence: String::new(),
        });
        id
    }

    /// Inserts an item right after another of the same zone (or at the end).
    pub fn insert_item_after(&mut self, after: Option<ItemId>, zone: &str, text: &str) -> ItemId {
        let id = self.next_id();
        let item = Item {
            id,
            zone: zone.to_string(),
            text: text.to_string(),
            evidence: String::new(),
        };
        match after.and_then(|a| self.items.iter().position(|i| i.id == a)) {
            Some(pos) => self.items.insert(pos + 1, item),
            None => self.items.push(item),
        }
        id
    }

    /// Deletes an item and every strategy reference to it.
    pub fn delete_item(&mut self, id: ItemId) -> bool {
        let before = self.items.len();
        self.items.retain(|i| i.id != id);
        for strategy in &mut self.strategies {
            strategy.refs.retain(|r| *r != id);
        }
        self.items.len() != before
    }

    /// Swaps an item with its neighbour in the same zone.
    pub fn move_item(&mut self, id: ItemId, direction: Direction) -> bool {
        let Some(pos) = self.items.iter().position(|i| i.id == id) else {
            return false;
        };
        let zone = self.items[pos].zone.clone();
        let neighbour = match direction {
            Direction::Up => self.items[..pos].iter().rposition(|i| i.zone == zone),
            Direction::Down => self.items[pos + 1..]
                .iter()
                .position(|i| i.zone == zone)
                .map(|p| p + pos + 1),
        };
        match neighbour {
            Some(other) => {
                self.items.swap(pos, other);
                true
            }
            None => false,
        }
    }

    /// Moves an item to the end of another zone.
    pub fn move_item_to_zone(&mut self, id: ItemId, zone: &str) -> bool {
        let Some(pos) = self.items.iter().position(|i| i.id == id) else {
            return false;
        };
        if self.items[pos].zone == zone {
            return false;
        }
        let mut item = self.items.remove(pos);
        item.zone = zone.to_string();
        self.items.push(item);
        true
    }

    pub fn strategy(&self, id: ItemId) -> Option<&Strategy> {
        self.strategies.iter().find(|s| s.id == id)
    }

    pub fn strategy_mut(&mut self, id: ItemId) -> Option<&mut Strategy> {
        self.strategies.iter_mut().find(|s| s.id == id)
    }

    pub fn add_strategy(&mut self, kind: &str, text: &str) -> ItemId {
        let id = self.next_id();
        self.strategies.push(Strategy {
            id,
            kind: kind.to_string(),
            text: text.to_string(),
            refs: Vec::new(),
        });
        id
    }

    pub fn delete_strategy(&mut self, id: ItemId) -> bool {
        let before = self.strategies.len();
        self.strategies.retain(|s| s.id != id);
        self.strategies.len() != before
    }

    /// Adds the item to the strategy's references, or removes it if already there.
    pub fn toggle_strategy_ref(&mut self, strategy: ItemId, item: ItemId) -> bool {
        if self.item(item).is_none() {
            return false;
        }
        let Some(s) = self.strategy_mut(strategy) else {
            return false;
        };
        match s.refs.iter().position(|r| *r == item) {
            Some(pos) => {
                s.refs.remove(pos);
            }
            None => s.refs.push(item),
        }
        true
    }

    /// The label a person reads for a strategy: its kind and its rank within that kind (WO-2).
    pub fn strategy_label(&self, id: ItemId) -> Option<String> {
        let strategy = self.strategy(id)?;
        let rank = self
            .strategies
            .iter()
            .filter(|s| s.kind == strategy.kind)
            .position(|s| s.id == id)?
            + 1;
        Some(format!("{}-{rank}", strategy.kind))
    }

    pub fn add_priority(&mut self, text: &str) -> ItemId {
        let id = self.next_id();
        self.priorities.push(Priority {
            id,
            text: text.to_string(),
        });
        id
    }

    pub fn delete_priority(&mut self, id: ItemId) -> bool {
        let before = self.priorities.len();
        self.priorities.retain(|p| p.id != id);
        self.priorities.len() != before
    }

    pub fn move_priority(&mut self, id: ItemId, direction: Direction) -> bool {
        move_in(&mut self.priorities, |p| p.id == id, direction)
    }

    pub fn add_kpi(&mut self, name: &str, target: &str, unit: &str) -> ItemId {
        let id = self.next_id();
        self.kpis.push(Kpi {
            id,
            name: name.to_string(),
            target: target.to_string(),
            unit: unit.to_string(),
        });
        id
    }

    pub fn delete_kpi(&mut self, id: ItemId) -> bool {
        let before = self.kpis.len();
        self.kpis.retain(|k| k.id != id);
        self.kpis.len() != before
    }
}

fn move_in<T>(list: &mut [T], is_it: impl Fn(&T) -> bool, direction: Direction) -> bool {
    let Some(pos) = list.iter().position(is_it) else {
        return false;
    };
    let other = match direction {
        Direction::Up if pos > 0 => pos - 1,
        Direction::Down if pos + 1 < list.len() => pos + 1,
        _ => return false,
    };
    list.swap(pos, other);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn swot() -> Board {
        let mut b = Board::default();
        b.add_item("S", "marque connue");
        b.add_item("W", "site lent");
        b.add_item("S", "réseau de magasins");
        b.add_item("O", "drive");
        b
    }

    #[test]
    fn ids_stay_unique_across_lists() {
        let mut b = swot();
        let s = b.add_strategy("SO", "x");
        let p = b.add_priority("p");
        let k = b.add_kpi("k", "10", "%");
        let mut ids = vec![s, p, k];
        ids.extend(b.items.iter().map(|i| i.id));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 7);
    }

    #[test]
    fn reorder_stays_within_zone() {
        let mut b = swot();
        let texts = |b: &Board| b.items_in("S").map(|i| i.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&b), ["marque connue", "réseau de magasins"]);
        assert!(b.move_item(3, Direction::Up));
        assert_eq!(texts(&b), ["réseau de magasins", "marque connue"]);
        assert!(!b.move_item(3, Direction::Up), "already first of its zone");
        assert_eq!(b.items_in("W").count(), 1);
    }

    #[test]
    fn move_between_zones_and_delete_cleans_refs() {
        let mut b = swot();
        assert!(b.move_item_to_zone(1, "W"));
        assert_eq!(b.items_in("W").count(), 2);
        let s = b.add_strategy("WO", "corriger");
        assert!(b.toggle_strategy_ref(s, 1));
        assert!(b.toggle_strategy_ref(s, 4));
        assert!(b.delete_item(1));
        assert_eq!(b.strategy(s).unwrap().refs, vec![4]);
        assert!(b.toggle_strategy_ref(s, 4));
        assert!(b.strategy(s).unwrap().refs.is_empty());
        assert!(!b.toggle_strategy_ref(s, 99), "unknown item");
    }

    #[test]
    fn strategy_labels_count_within_kind() {
        let mut b = Board::default();
        let a = b.add_strategy("WO", "a");
        b.add_strategy("SO", "b");
        let c = b.add_strategy("WO", "c");
        assert_eq!(b.strategy_label(a).unwrap(), "WO-1");
        assert_eq!(b.strategy_label(c).unwrap(), "WO-2");
    }

    #[test]
    fn priorities_reorder() {
        let mut b = Board::default();
        let one = b.add_priority("un");
        b.add_priority("deux");
        assert!(b.move_priority(one, Direction::Down));
        assert_eq!(b.priorities[1].text, "un");
        assert!(!b.move_priority(one, Direction::Down));
    }
}
