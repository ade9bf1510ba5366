//! Landlock: the file system, TCP and the scopes (signals, abstract sockets) of the worker.

use super::*;
use landlock::{
    Access, AccessFs, AccessNet, CompatLevel, Compatible, LandlockStatus, PathBeneath, PathFd,
    Ruleset, RulesetAttr, RulesetCreatedAttr, RulesetStatus, Scope,
};
use std::path::Path;
pub(super) fn apply_landlock(policy: &Policy) -> LandlockReport {
    let abi = LANDLOCK_ABI;
    let read = AccessFs::ReadFile | AccessFs::ReadDir;
    // Write in the scratch folder, but never execute nor make device nodes.
    let write =
        AccessFs::from_all(abi) & !(AccessFs::Execute | AccessFs::MakeChar | AccessFs::MakeBlock);
    let mut skipped = Vec::new();
    let mut report = LandlockReport {
        requested: true,
        abi: 0,
        enforcement: String::new(),
        fs: false,
        tcp: false,
        scopes: false,
        skipped: Vec::new(),
    };
    // Open every path first (O_PATH); a missing one is left out and reported.
    let mut wanted: Vec<(&Path, landlock::BitFlags<AccessFs>)> = policy
        .read_only
        .iter()
        .map(|p| (p.as_path(), read))
        .collect();
    wanted.push((policy.read_write.as_path(), read | write));
    // The null device: Python and C libraries open it; it leaks nothing.
    // /dev/urandom: harmless randomness (CPython uses getrandom(2) anyway).
    wanted.push((
        Path::new("/dev/null"),
        AccessFs::ReadFile | AccessFs::WriteFile,
    ));
    wanted.push((Path::new("/dev/urandom"), AccessFs::ReadFile.into()));
    let mut rules = Vec::new();
    for (path, access) in wanted {
        // Directory-only rights on a file would downgrade the ruleset to "partial".
        let access = if path.is_dir() {
            access
        } else {
            access & AccessFs::from_file(abi)
        };
        match PathFd::new(path) {
            Ok(fd) => rules.push(PathBeneath::new(fd, access)),
            Err(_) => skipped.push(path.to_path_buf()),
        }
    }
    let result = (|| -> Result<landlock::RestrictionStatus, landlock::RulesetError> {
        Ruleset::default()
            .set_compatibility(CompatLevel::BestEffort)
            .handle_access(AccessFs::from_all(abi))?
            .handle_access(AccessNet::from_all(abi))?
            .scope(Scope::from_all(abi))?
            .create()?
            .no_new_privs(true)
            .add_rules(rules.into_iter().map(Ok::<_, landlock::RulesetError>))?
            .restrict_self()
    })();
    report.skipped = skipped;
    match result {
        Ok(status) => {
            report.enforcement = match status.ruleset {
                RulesetStatus::FullyEnforced => "full",
                RulesetStatus::PartiallyEnforced => "partial",
                RulesetStatus::NotEnforced => "none",
            }
            .into();
            let abi = match status.landlock {
                LandlockStatus::Available { effective_abi, .. } => effective_abi as i32,
                _ => 0,
            };
            let enforced = status.ruleset != RulesetStatus::NotEnforced;
            report.abi = abi;
            report.fs = enforced && abi >= 1;
            report.tcp = enforced && abi >= 4;
            report.scopes = enforced && abi >= 6;
        }
        Err(why) => report.enforcement = format!("error: {why}"),
    }
    report
}
