//! Older formats of `workspace.json` brought to the current one, explicitly: one function per
//! version step, applied in order to the file's JSON before it is read into the model. The
//! store keeps the original in the backups before the migrated workspace is first saved.
//!
//! Format 1 is the only format written so far (every field added since is optional with a
//! default, which both versions read): the list of steps is empty. The next change of format
//! adds its step to `STEPS` and bumps `WORKSPACE_FORMAT`; a constant check keeps them in step.

use serde_json::Value;

/// One version step: turns a file of format `n` into format `n + 1` (it need not touch
/// `format`, which [`upgrade`] sets). An error says in a few words what the file lacks.
pub type Step = fn(&mut Value) -> Result<(), String>;

/// The migrations of a file kind: the oldest format they start from, and one step per format
/// after it.
#[derive(Clone, Copy)]
pub struct Migrations {
    pub first: u32,
    pub steps: &'static [Step],
}

impl Migrations {
    /// The format the last step reaches: the current one.
    pub const fn current(&self) -> u32 {
        self.first + self.steps.len() as u32
    }
}

/// The workspace's steps.
pub const WORKSPACE: Migrations = Migrations {
    first: 1,
    steps: &[],
};

const _: () = assert!(WORKSPACE.current() == super::WORKSPACE_FORMAT);

/// Why an older file could not be brought to the current format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// Older than the oldest format this version knows.
    TooOld { format: u32, first: u32 },
    /// A step failed: the format it started from, and why.
    Step { format: u32, reason: String },
}

/// Brings `value` (a file declaring `format`) to the current format, step by step; returns
/// the format it started from when it changed anything. A current or newer file is left as
/// it is (a newer one is the store's to refuse to write).
pub fn upgrade(value: &mut Value, migrations: &Migrations) -> Result<Option<u32>, MigrationError> {
    let Some(format) = value
        .get("format")
        .and_then(Value::as_u64)
        .map(|f| f.min(u64::from(u32::MAX)) as u32)
    else {
        return Ok(None);
    };
    if format >= migrations.current() {
        return Ok(None);
    }
    if format < migrations.first {
        return Err(MigrationError::TooOld {
            format,
            first: migrations.first,
        });
    }
    let mut at = format;
    for step in &migrations.steps[(format - migrations.first) as usize..] {
        step(value).map_err(|reason| MigrationError::Step { format: at, reason })?;
        at += 1;
        value["format"] = Value::from(at);
    }
    Ok(Some(format))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Format 1 -> 2: `candidate` became `name`.
    fn rename_candidate(value: &mut Value) -> Result<(), String> {
        let object = value.as_object_mut().ok_or("not an object")?;
        let name = object.remove("candidate").ok_or("no candidate")?;
        object.insert("name".into(), name);
        Ok(())
    }

    /// Format 2 -> 3: `name` moved into `people`, a list.
    fn names_in_a_list(value: &mut Value) -> Result<(), String> {
        let name = value["name"].take();
        value["people"] = json!([name]);
        value.as_object_mut().ok_or("not an object")?.remove("name");
        Ok(())
    }

    const THREE: Migrations = Migrations {
        first: 1,
        steps: &[rename_candidate, names_in_a_list],
    };

    #[test]
    fn every_step_from_the_file_s_format_runs_in_order() {
        let mut oldest = json!({"format": 1, "candidate": "Alice", "kept": true});
        assert_eq!(upgrade(&mut oldest, &THREE), Ok(Some(1)));
        assert_eq!(
            oldest,
            json!({"format": 3, "people": ["Alice"], "kept": true})
        );
        // From format 2, only the second step.
        let mut middle = json!({"format": 2, "name": "Bob"});
        assert_eq!(upgrade(&mut middle, &THREE), Ok(Some(2)));
        assert_eq!(middle, json!({"format": 3, "people": ["Bob"]}));
    }

    #[test]
    fn current_and_newer_files_are_left_as_they_are() {
        for file in [
            json!({"format": 3, "name": "x"}),
            json!({"format": 9, "x": 1}),
        ] {
            let mut value = file.clone();
            assert_eq!(upgrade(&mut value, &THREE), Ok(None));
            assert_eq!(value, file);
        }
    }

    #[test]
    fn a_failing_step_or_an_unknown_old_format_is_an_error_naming_the_format() {
        let mut broken = json!({"format": 1, "nobody": "here"});
        assert_eq!(
            upgrade(&mut broken, &THREE),
            Err(MigrationError::Step {
                format: 1,
                reason: "no candidate".into()
            })
        );
        let mut ancient = json!({"format": 0});
        assert_eq!(
            upgrade(&mut ancient, &THREE),
            Err(MigrationError::TooOld {
                format: 0,
                first: 1
            })
        );
    }

    #[test]
    fn the_workspace_s_steps_reach_its_current_format() {
        assert_eq!(WORKSPACE.current(), crate::workspace::WORKSPACE_FORMAT);
        let mut current = json!({"format": crate::workspace::WORKSPACE_FORMAT});
        assert_eq!(upgrade(&mut current, &WORKSPACE), Ok(None));
    }
}
