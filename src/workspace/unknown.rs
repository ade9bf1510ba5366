//! Fields this version does not know, at any depth of a workspace (inside a kind's data, a
//! slide, an actor...), kept across saves. The model keeps those at the top and in each
//! answer itself (`extra`); deeper ones would be dropped by the typed model, so the store
//! finds them in the file as it was read (what a typed round trip loses) and puts them back
//! into what it writes, at the same place. Pure: values in, values out.

use serde_json::{Map, Value};

/// The parts of `read` that the typed model dropped: `read` is the file as parsed,
/// `typed` the same file read into the model and written back. `None` when nothing was lost.
pub fn lost(read: &Value, typed: &Value) -> Option<Value> {
    match (read, typed) {
        (Value::Object(read), Value::Object(typed)) => {
            let mut kept = Map::new();
            for (key, value) in read {
                match typed.get(key) {
                    None if !is_empty(value) => {
                        kept.insert(key.clone(), value.clone());
                    }
                    None => {}
                    Some(typed_value) => {
                        if let Some(inner) = lost(value, typed_value) {
                            kept.insert(key.clone(), inner);
                        }
                    }
                }
            }
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        (Value::Array(read), Value::Array(typed)) if read.len() == typed.len() => {
            let inner: Vec<Value> = read
                .iter()
                .zip(typed)
                .map(|(r, t)| lost(r, t).unwrap_or(Value::Null))
                .collect();
            inner
                .iter()
                .any(|v| !v.is_null())
                .then(|| tagged_items(read, typed, inner))
        }
        _ => None,
    }
}

/// A list's lost parts, each with what finds its item again after the list changed: its
/// `id` when items have one; else the item itself as the model wrote it (found again while
/// unchanged), and its position (trusted only while the list keeps its length).
fn tagged_items(read: &[Value], typed: &[Value], lost: Vec<Value>) -> Value {
    let items = read
        .iter()
        .zip(typed)
        .zip(lost)
        .enumerate()
        .filter(|(_, (_, lost))| !lost.is_null())
        .map(|(index, ((item, typed_item), lost))| {
            let mut entry = Map::new();
            match item.get("id") {
                Some(id) => {
                    entry.insert(ID.into(), id.clone());
                }
                None => {
                    entry.insert(SAME_AS.into(), typed_item.clone());
                    entry.insert(POSITION.into(), Value::from(index));
                    entry.insert(LENGTH.into(), Value::from(read.len()));
                }
            }
            entry.insert(FIELDS.into(), lost);
            Value::Object(entry)
        })
        .collect();
    let mut list = Map::new();
    list.insert(ITEMS.into(), Value::Array(items));
    Value::Object(list)
}

const ITEMS: &str = "\u{0}items";
const ID: &str = "id";
const SAME_AS: &str = "same_as";
const POSITION: &str = "position";
const LENGTH: &str = "length";
const FIELDS: &str = "fields";

/// Puts back into `written` what [`lost`] found, where its place still exists: a field is
/// never put back over one the model wrote, and the fields of a list item follow the item
/// (by its `id`, or by position when items have none).
pub fn restore(written: &mut Value, lost: &Value) {
    let Value::Object(lost) = lost else {
        return;
    };
    if let (Some(Value::Array(items)), Value::Array(list)) = (lost.get(ITEMS), &mut *written) {
        // Found before anything is put back, so that an item is compared as the model wrote it.
        let length = list.len() as u64;
        let targets: Vec<Option<usize>> = items
            .iter()
            .map(|entry| match entry.get(ID) {
                Some(id) => list.iter().position(|item| item.get("id") == Some(id)),
                None => entry
                    .get(SAME_AS)
                    .and_then(|same| list.iter().position(|item| item == same))
                    .or_else(|| {
                        let position = entry.get(POSITION)?.as_u64()?;
                        (entry.get(LENGTH)?.as_u64()? == length).then_some(position as usize)
                    }),
            })
            .collect();
        for (entry, target) in items.iter().zip(targets) {
            if let (Some(item), Some(fields)) =
                (target.and_then(|t| list.get_mut(t)), entry.get(FIELDS))
            {
                restore(item, fields);
            }
        }
        return;
    }
    let Value::Object(written) = written else {
        return;
    };
    for (key, value) in lost {
        match written.get_mut(key) {
            None => {
                written.insert(key.clone(), value.clone());
            }
            Some(inner) => restore(inner, value),
        }
    }
}

/// Lost but meaningless: the model wrote nothing because there was nothing (an empty list,
/// an empty text, null), not because it did not know the field.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::String(s) => s.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_deep_unknown_field_is_found_and_put_back() {
        let read = json!({"a": {"known": 1, "future": {"x": [1, 2]}}, "b": [{"t": 1, "new": true}, {"t": 2}]});
        let typed = json!({"a": {"known": 1}, "b": [{"t": 1}, {"t": 2}]});
        let lost = lost(&read, &typed).expect("something was lost");
        let mut written = json!({"a": {"known": 5}, "b": [{"t": 1}, {"t": 3}]});
        restore(&mut written, &lost);
        assert_eq!(
            written,
            json!({"a": {"known": 5, "future": {"x": [1, 2]}}, "b": [{"t": 1, "new": true}, {"t": 3}]})
        );
    }

    #[test]
    fn items_with_an_id_keep_their_fields_when_the_list_changes() {
        let read = json!([{"id": "a", "f": 1}, {"id": "b", "f": 2}]);
        let typed = json!([{"id": "a"}, {"id": "b"}]);
        let lost = lost(&read, &typed).unwrap();
        // "a" was deleted, "c" added before "b": "b" keeps its field, nobody gets "a"'s.
        let mut written = json!([{"id": "c"}, {"id": "b"}]);
        restore(&mut written, &lost);
        assert_eq!(written, json!([{"id": "c"}, {"id": "b", "f": 2}]));
    }

    #[test]
    fn items_without_an_id_are_found_by_their_content_or_by_position_in_a_list_of_the_same_length()
    {
        let read = json!([{"t": "a", "f": 1}, {"t": "b", "f": 2}, {"t": "c", "f": 3}]);
        let typed = json!([{"t": "a"}, {"t": "b"}, {"t": "c"}]);
        let lost = lost(&read, &typed).unwrap();
        // "a" deleted, "c" edited: "b" is found by its content; "c" changed and the list is
        // shorter, so its field has no place it can be sure of.
        let mut written = json!([{"t": "b"}, {"t": "C"}]);
        restore(&mut written, &lost);
        assert_eq!(written, json!([{"t": "b", "f": 2}, {"t": "C"}]));
        // Edited in place, nothing added or removed: each keeps its own.
        let mut written = json!([{"t": "A"}, {"t": "B"}, {"t": "c"}]);
        restore(&mut written, &lost);
        assert_eq!(
            written,
            json!([{"t": "A", "f": 1}, {"t": "B", "f": 2}, {"t": "c", "f": 3}])
        );
    }

    #[test]
    fn nothing_is_put_back_over_what_the_model_wrote_or_for_empty_values() {
        let read = json!({"k": 1, "gone": [], "u": "x"});
        let typed = json!({"k": 1});
        let lost = lost(&read, &typed).unwrap();
        assert_eq!(lost, json!({"u": "x"}));
        let mut written = json!({"k": 2, "u": "model"});
        restore(&mut written, &lost);
        assert_eq!(written, json!({"k": 2, "u": "model"}));
        assert_eq!(super::lost(&json!({"k": 1}), &json!({"k": 1})), None);
    }
}
