//! The workspace directory on disk: creation, atomic saves (write, fsync, rename), rotating
//! backups, recovery of a corrupt `workspace.json` from the newest good backup, and the lock
//! that keeps a second atelier out. A workspace written by a newer atelier is read but never
//! written; fields this version does not know are kept by the model (`extra`) on every save.
//! Opening without the lock (the read-only commands) never writes: a corrupt `workspace.json`
//! is then read from a backup in memory only. An older format is migrated (`migrate`), its
//! original kept in the backups.

use crate::case::{self, LoadedCase};
use crate::workspace::{migrate, Example, Workspace, WORKSPACE_FORMAT};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub const WORKSPACE_FILE: &str = "workspace.json";
pub const CASE_FILE: &str = "case.json";
const STATE_DIR: &str = ".atelier";
const BACKUP_DIR: &str = "backups";
const LOCK_FILE: &str = "lock";
/// Backups kept; older ones are deleted.
const BACKUPS_KEPT: usize = 30;
/// A new backup at most this often while working.
const BACKUP_EVERY: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{0} already holds a workspace; open it with `atelier open`, or choose another folder"
    )]
    AlreadyExists(String),
    #[error("{0} is not an atelier workspace (no workspace.json)")]
    NotAWorkspace(String),
    #[error("the workspace in {0} is already open in another atelier; close it first")]
    Locked(String),
    #[error("workspace.json in {0} is unreadable and no backup could be read either")]
    Unrecoverable(String),
    #[error("the workspace's case: {0}")]
    Case(#[from] case::CaseError),
    #[error("{}", crate::workspace::text::newer_format(crate::i18n::Lang::En, file, *format))]
    NewerFormat { file: String, format: u32 },
    #[error("{path}: {source} ({needed} bytes were to be written: free that much space)")]
    Write {
        path: String,
        needed: u64,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "workspace.json in {dir} names case \"{id}\", and there is no case.json beside it nor a known case of that id (`atelier cases` lists them): put the case file at {dir}/case.json"
    )]
    UnknownCase { dir: String, id: String },
    #[error("the worked example of this case is invalid: {0}")]
    Example(String),
    #[error(
        "{}",
        crate::workspace::text::migration_failed(crate::i18n::Lang::En, file, error)
    )]
    Migration {
        file: String,
        error: super::migrate::MigrationError,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Something the store noticed about a workspace that still opened; the commands say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// `workspace.json` names another case than its folder's `case.json`.
    CaseMismatch { named: String, case: String },
    /// `workspace.json` holds no answer while this backup (file name) holds some.
    NoAnswers { backup: String },
    /// `workspace.json` was of an older format, brought to the current one; the original is
    /// kept in the backups under this name (when the workspace was opened to work).
    Migrated { from: u32, original: Option<String> },
}

/// Current time as RFC 3339, UTC.
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Writes a file atomically: a temporary file in the same folder, fsync, rename, fsync the
/// folder. A kill at any moment leaves either the old or the new content, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    let written = File::create(&tmp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .map_err(|source| StoreError::Write {
            path: path.display().to_string(),
            needed: bytes.len() as u64,
            source,
        })
        .and_then(|()| fs::rename(&tmp, path).map_err(io_err(path)));
    if let Err(err) = written {
        // A full disk must not stay fuller by a half-written copy.
        let _ = fs::remove_file(&tmp);
        return Err(err);
    }
    if let Ok(dir_handle) = File::open(dir) {
        // Not every platform can fsync a directory; the rename is done either way.
        let _ = dir_handle.sync_all();
    }
    Ok(())
}

/// An open workspace: its folder, its data, its case, and (for the TUI) its lock.
#[derive(Debug)]
pub struct OpenWorkspace {
    pub dir: PathBuf,
    pub workspace: Workspace,
    pub case: LoadedCase,
    /// Set when `workspace.json` was unreadable and a backup was restored; says which.
    pub recovered_from: Option<String>,
    /// Set when a newer atelier wrote the workspace (its format): it is read, never written.
    pub newer_format: Option<u32>,
    /// What opening noticed that the user should hear about.
    pub warnings: Vec<Warning>,
    lock: Option<File>,
    last_backup: Option<SystemTime>,
    /// Fields deeper than the model's `extra` that this version does not know (inside a
    /// kind's data): put back on every save (see `workspace::unknown`).
    unknown: Option<serde_json::Value>,
}

/// Creates a workspace in `dir` (created if needed, refused if it already holds one).
pub fn init(
    dir: &Path,
    loaded: LoadedCase,
    candidate: &str,
    example: bool,
) -> Result<OpenWorkspace, StoreError> {
    if dir.join(WORKSPACE_FILE).exists() {
        return Err(StoreError::AlreadyExists(dir.display().to_string()));
    }
    fs::create_dir_all(dir.join(STATE_DIR).join(BACKUP_DIR)).map_err(io_err(dir))?;
    let now = now_rfc3339();
    let mut workspace = Workspace {
        format: WORKSPACE_FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        candidate: candidate.to_string(),
        case_id: loaded.case.id.clone(),
        case_digest: loaded.digest(),
        created: now.clone(),
        updated: now,
        exercises: Default::default(),
        group: Vec::new(),
        extra: Default::default(),
    };
    if example {
        let text = loaded
            .example_text()
            .ok_or_else(|| StoreError::Example("this case has no worked example".into()))?;
        let example: Example =
            serde_json::from_str(&text).map_err(|e| StoreError::Example(e.to_string()))?;
        if candidate.trim().is_empty() {
            workspace.candidate = example.candidate.clone();
        }
        workspace.exercises = example.answers;
    }
    write_atomic(&dir.join(CASE_FILE), loaded.text.as_bytes())?;
    // -- code: A1 files (issue 3) --
    crate::workbench::code::files::write_initial(dir, &loaded.case, &workspace)
        .map_err(io_err(dir))?;
    crate::workbench::code::files::load_mirrors(dir, &loaded.case, &mut workspace);
    if example {
        // The worked example's results are a real run, never data typed into a file.
        crate::workbench::code::files::record_runs(&loaded.case, &mut workspace);
    }
    let mut open = OpenWorkspace {
        dir: dir.to_path_buf(),
        workspace,
        case: loaded,
        recovered_from: None,
        newer_format: None,
        warnings: Vec::new(),
        lock: None,
        last_backup: None,
        unknown: None,
    };
    open.save()?;
    // The first restore point, so even a workspace never opened can be recovered.
    open.backup_now()?;
    Ok(open)
}

/// Opens the workspace in `dir`. With `lock`, refuses when another atelier holds it, and
/// repairs a corrupt `workspace.json` from the newest readable backup. Without it nothing is
/// written: a corrupt file is read from a backup in memory only (`recovered_from` says which).
pub fn open(dir: &Path, lock: bool) -> Result<OpenWorkspace, StoreError> {
    open_with(dir, lock, &migrate::WORKSPACE)
}

/// [`open`], with these migrations of older formats (tests give steps of their own).
pub(crate) fn open_with(
    dir: &Path,
    lock: bool,
    migrations: &migrate::Migrations,
) -> Result<OpenWorkspace, StoreError> {
    let path = dir.join(WORKSPACE_FILE);
    if !path.exists() {
        return Err(StoreError::NotAWorkspace(dir.display().to_string()));
    }
    let lock_file = if lock { Some(take_lock(dir)?) } else { None };
    let original = fs::read(&path).unwrap_or_default();
    let parsed = parse_workspace(&original);
    // An older format is brought to the current one first (read as any JSON only then: a
    // current file is parsed once).
    let older = match &parsed {
        Ok(ws) => ws.format < migrations.current(),
        Err(_) => declared_format(&original).is_some_and(|f| f < migrations.current()),
    };
    let (bytes, migrated_from, parsed) = if older {
        let (bytes, from) = migrated(&path, &original, migrations)?;
        let parsed = parse_workspace(&bytes);
        (bytes, from, parsed)
    } else {
        (
            std::borrow::Cow::Borrowed(original.as_slice()),
            None,
            parsed,
        )
    };
    // The format the file declares: the parsed one's own field, or (a file this version
    // cannot read) looked for in the file as any JSON.
    let newer_format = match &parsed {
        Ok(ws) => Some(ws.format),
        Err(_) => declared_format(&bytes),
    }
    .filter(|f| *f > WORKSPACE_FORMAT);
    let (mut workspace, recovered_from) = match parsed {
        Ok(ws) => (ws, None),
        // A newer atelier's file this version cannot read is not corrupt: leave it alone.
        Err(_) if newer_format.is_some() => {
            return Err(StoreError::NewerFormat {
                file: path.display().to_string(),
                format: newer_format.unwrap_or_default(),
            })
        }
        Err(_) => {
            let (ws, backup) = recover(dir)?;
            (ws, Some(backup))
        }
    };
    let unknown = if recovered_from.is_none() {
        unknown_fields(&bytes, &workspace)
    } else {
        None
    };
    let mut warnings = Vec::new();
    if let Some(from) = migrated_from {
        // The original, as it was, before anything is written in the new format.
        let original = if lock {
            Some(keep_original(dir, from, &original)?)
        } else {
            None
        };
        warnings.push(Warning::Migrated { from, original });
    }
    if workspace.exercises.is_empty() {
        let with_answers = backups(dir)
            .into_iter()
            .find(|b| read_workspace(b).is_ok_and(|ws| !ws.exercises.is_empty()));
        if let Some(backup) = with_answers {
            warnings.push(Warning::NoAnswers {
                backup: file_name(&backup),
            });
        }
    }
    let case_path = dir.join(CASE_FILE);
    let loaded = if case_path.exists() {
        case::load_path(&case_path)?
    } else {
        case::resolve(Some(&workspace.case_id)).map_err(|_| StoreError::UnknownCase {
            dir: dir.display().to_string(),
            id: workspace.case_id.clone(),
        })?
    };
    if loaded.case.id != workspace.case_id {
        warnings.push(Warning::CaseMismatch {
            named: workspace.case_id.clone(),
            case: loaded.case.id.clone(),
        });
    }
    // -- code: A1 files (issue 3) --
    crate::workbench::code::files::load_mirrors(dir, &loaded.case, &mut workspace);
    let mut open = OpenWorkspace {
        dir: dir.to_path_buf(),
        workspace,
        case: loaded,
        recovered_from,
        newer_format,
        warnings,
        lock: lock_file,
        last_backup: None,
        unknown,
    };
    if newer_format.is_some() || !lock {
        // Read-only: a newer atelier's file, or a command that only reads.
    } else if open.recovered_from.is_some() {
        keep_corrupt_copy(&path);
        open.save()?;
    } else if migrated_from.is_some() {
        open.save()?;
    } else {
        // Opening to work: make this session's starting point a restore point (the bytes
        // just read and parsed: no need to read them again).
        open.keep_as_backup(&bytes)?;
    }
    Ok(open)
}

/// The file's bytes in the current format, and the older format they were migrated from.
fn migrated<'a>(
    path: &Path,
    bytes: &'a [u8],
    migrations: &migrate::Migrations,
) -> Result<(std::borrow::Cow<'a, [u8]>, Option<u32>), StoreError> {
    if declared_format(bytes).is_none_or(|f| f >= migrations.current()) {
        return Ok((bytes.into(), None));
    }
    let mut value: serde_json::Value =
        serde_json::from_slice(without_bom(bytes)).unwrap_or_default();
    match migrate::upgrade(&mut value, migrations) {
        Ok(Some(from)) => {
            let text = serde_json::to_vec(&value).unwrap_or_default();
            Ok((text.into(), Some(from)))
        }
        Ok(None) => Ok((bytes.into(), None)),
        Err(error) => Err(StoreError::Migration {
            file: path.display().to_string(),
            error,
        }),
    }
}

/// Keeps an older format's `workspace.json` in the backups as it was (a name of its own, out
/// of the rotation and of recovery, which read the current format); returns its name.
fn keep_original(dir: &Path, format: u32, bytes: &[u8]) -> Result<String, StoreError> {
    let backup_dir = dir.join(STATE_DIR).join(BACKUP_DIR);
    fs::create_dir_all(&backup_dir).map_err(io_err(&backup_dir))?;
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    let name = format!("workspace-format{format}-{stamp:015}.original");
    write_atomic(&backup_dir.join(&name), bytes)?;
    Ok(name)
}

/// The text of a JSON file, without the UTF-8 byte order mark some editors put first.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The `format` a JSON file declares, if it is a JSON object with a numeric one.
pub fn declared_format(bytes: &[u8]) -> Option<u32> {
    let value: serde_json::Value = serde_json::from_slice(without_bom(bytes)).ok()?;
    value
        .get("format")?
        .as_u64()
        .map(|f| f.min(u32::MAX as u64) as u32)
}

fn parse_workspace(bytes: &[u8]) -> Result<Workspace, String> {
    serde_json::from_slice(without_bom(bytes)).map_err(|e| e.to_string())
}

/// What of the file the model does not hold (see `workspace::unknown`). A file this version
/// wrote with nothing unknown in it is its workspace's text, byte for byte: then nothing is
/// lost, found without reading the file a second time into a JSON tree (a tenth of a second
/// on a sociogram of 2,000 actors).
fn unknown_fields(bytes: &[u8], workspace: &Workspace) -> Option<serde_json::Value> {
    let bytes = without_bom(bytes);
    if let Ok(text) = serde_json::to_string_pretty(workspace) {
        if bytes.strip_suffix(b"\n") == Some(text.as_bytes()) {
            return None;
        }
    }
    let read: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let typed = serde_json::to_value(workspace).ok()?;
    super::unknown::lost(&read, &typed)
}

fn read_workspace(path: &Path) -> Result<Workspace, String> {
    parse_workspace(&fs::read(path).map_err(|e| e.to_string())?)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn keep_corrupt_copy(path: &Path) {
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let _ = fs::copy(
        path,
        path.with_file_name(format!("workspace.corrupt-{stamp}.json")),
    );
}

/// Takes the file's lock, trying again for a quarter of a second: a process this one forks
/// shares the lock for the moment between its fork and its exec (the Python worker, a
/// command), which must not pass for another atelier holding it.
pub fn lock_briefly(file: &File) -> bool {
    for _ in 0..25 {
        if file.try_lock().is_ok() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

fn take_lock(dir: &Path) -> Result<File, StoreError> {
    let state = dir.join(STATE_DIR);
    fs::create_dir_all(&state).map_err(io_err(&state))?;
    let path = state.join(LOCK_FILE);
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io_err(&path))?;
    if !lock_briefly(&file) {
        return Err(StoreError::Locked(dir.display().to_string()));
    }
    let _ = file.set_len(0);
    let _ = writeln!(file, "{}", std::process::id());
    Ok(file)
}

/// Backups, newest first.
pub fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir.join(STATE_DIR).join(BACKUP_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    // Names hold a zero-padded time stamp, so the name order is the time order.
    found.sort();
    found.reverse();
    found
}

fn recover(dir: &Path) -> Result<(Workspace, String), StoreError> {
    for backup in backups(dir) {
        if let Ok(ws) = read_workspace(&backup) {
            return Ok((ws, file_name(&backup)));
        }
    }
    Err(StoreError::Unrecoverable(dir.display().to_string()))
}

impl OpenWorkspace {
    /// Saves atomically, first keeping the previous version as a backup when the last backup
    /// is older than a minute.
    pub fn save(&mut self) -> Result<(), StoreError> {
        self.refuse_if_newer()?;
        let due = self
            .last_backup
            .is_none_or(|t| t.elapsed().unwrap_or(BACKUP_EVERY) >= BACKUP_EVERY);
        if due && self.dir.join(WORKSPACE_FILE).exists() {
            self.backup_now()?;
        }
        self.workspace.updated = now_rfc3339();
        write_atomic(&self.dir.join(WORKSPACE_FILE), self.text().as_bytes())
    }

    /// Writes the workspace, as `save` would, to another file (atomically, no backup): the
    /// way out when its own folder cannot be written.
    pub fn save_to(&mut self, path: &Path) -> Result<(), StoreError> {
        self.workspace.updated = now_rfc3339();
        write_atomic(path, self.text().as_bytes())
    }

    /// `workspace.json`'s text: the workspace, with the fields this version does not know.
    fn text(&self) -> String {
        let mut text = match &self.unknown {
            None => serde_json::to_string_pretty(&self.workspace),
            Some(unknown) => serde_json::to_value(&self.workspace).and_then(|mut value| {
                super::unknown::restore(&mut value, unknown);
                serde_json::to_string_pretty(&value)
            }),
        }
        .expect("a workspace always serialises");
        text.push('\n');
        text
    }

    /// Copies the current `workspace.json` (if it parses) into the backups.
    pub fn backup_now(&mut self) -> Result<(), StoreError> {
        self.refuse_if_newer()?;
        let current = self.dir.join(WORKSPACE_FILE);
        let Ok(bytes) = fs::read(&current) else {
            return Ok(());
        };
        if parse_workspace(&bytes).is_err() {
            return Ok(());
        }
        self.keep_as_backup(&bytes)
    }

    /// Writes `bytes`, the current `workspace.json` known to parse, into the backups.
    fn keep_as_backup(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        let backup_dir = self.dir.join(STATE_DIR).join(BACKUP_DIR);
        fs::create_dir_all(&backup_dir).map_err(io_err(&backup_dir))?;
        let mut stamp = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        // Two backups in the same millisecond get the next free one: none overwrites another,
        // and the name order stays the time order.
        while backup_dir
            .join(format!("workspace-{stamp:015}.json"))
            .exists()
        {
            stamp += 1;
        }
        let target = backup_dir.join(format!("workspace-{stamp:015}.json"));
        write_atomic(&target, bytes)?;
        // The A1 files live beside workspace.json, not in it: they join the backup.
        crate::workspace::code_backups::backup_code_files(&self.dir, &backup_dir, stamp)
            .map_err(io_err(&backup_dir))?;
        self.last_backup = Some(SystemTime::now());
        for old in backups(&self.dir).into_iter().skip(BACKUPS_KEPT) {
            let _ = fs::remove_file(old);
        }
        Ok(())
    }

    pub fn is_locked(&self) -> bool {
        self.lock.is_some()
    }

    /// Whether this version may write the workspace (it was not made by a newer atelier).
    pub fn is_writable(&self) -> bool {
        self.newer_format.is_none()
    }

    fn refuse_if_newer(&self) -> Result<(), StoreError> {
        match self.newer_format {
            Some(format) => Err(StoreError::NewerFormat {
                file: self.dir.join(WORKSPACE_FILE).display().to_string(),
                format,
            }),
            None => Ok(()),
        }
    }
}

impl Drop for OpenWorkspace {
    fn drop(&mut self) {
        // Unlock explicitly rather than by closing: a child process forked (for the Python
        // worker) before it execs shares the lock's open file, and closing our descriptor
        // alone would leave the workspace locked until that child execs.
        if let Some(lock) = &self.lock {
            let _ = lock.unlock();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> (tempfile::TempDir, OpenWorkspace) {
        let tmp = tempfile::tempdir().unwrap();
        let ws = init(&tmp.path().join("ws"), case::load_default(), "Alice", false).unwrap();
        (tmp, ws)
    }

    #[test]
    fn init_then_open_roundtrip() {
        let (_tmp, mut ws) = fresh();
        ws.workspace.answer_mut("A2").notes = "bonjour".into();
        ws.save().unwrap();
        let again = open(&ws.dir, false).unwrap();
        assert_eq!(again.workspace.answer("A2").unwrap().notes, "bonjour");
        assert_eq!(again.workspace.candidate, "Alice");
        assert_eq!(again.case.case.id, case::DEFAULT_CASE_ID);
    }

    #[test]
    fn init_refuses_an_existing_workspace() {
        let (_tmp, ws) = fresh();
        let err = init(&ws.dir, case::load_default(), "Bob", false).unwrap_err();
        assert!(matches!(err, StoreError::AlreadyExists(_)));
    }

    #[test]
    fn corrupt_workspace_is_recovered_from_backup() {
        let (_tmp, mut ws) = fresh();
        ws.workspace.answer_mut("A2").notes = "version sûre".into();
        ws.save().unwrap();
        ws.backup_now().unwrap();
        let dir = ws.dir.clone();
        drop(ws);
        fs::write(dir.join(WORKSPACE_FILE), b"{ not json").unwrap();
        // Read-only: the backup is read, nothing is written.
        let reader = open(&dir, false).unwrap();
        assert!(reader.recovered_from.is_some());
        assert_eq!(reader.workspace.answer("A2").unwrap().notes, "version sûre");
        assert_eq!(fs::read(dir.join(WORKSPACE_FILE)).unwrap(), b"{ not json");
        assert!(
            !corrupt_copy_kept(&dir),
            "nothing written beside the workspace"
        );
        drop(reader);
        // Under the lock: repaired.
        let ws = open(&dir, true).unwrap();
        assert!(ws.recovered_from.is_some());
        let again = open(&ws.dir, false).unwrap();
        assert!(again.recovered_from.is_none());
        assert_eq!(again.workspace.answer("A2").unwrap().notes, "version sûre");
        // The repaired file parses again, and the corrupt one was kept aside.
        assert!(read_workspace(&ws.dir.join(WORKSPACE_FILE)).is_ok());
        assert!(corrupt_copy_kept(&ws.dir));
    }

    fn corrupt_copy_kept(dir: &Path) -> bool {
        fs::read_dir(dir).unwrap().flatten().any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("workspace.corrupt-")
        })
    }

    #[test]
    fn second_open_is_refused_while_locked() {
        let (_tmp, ws) = fresh();
        let first = open(&ws.dir, true).unwrap();
        assert!(first.is_locked());
        // Closed in every child at exec, so no Python worker can keep the workspace locked.
        let fd = std::os::fd::AsRawFd::as_raw_fd(first.lock.as_ref().unwrap());
        // SAFETY: F_GETFD on a descriptor this process owns reads its flags, nothing else.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
        assert_ne!(flags & libc::FD_CLOEXEC, 0);
        assert!(matches!(open(&ws.dir, true), Err(StoreError::Locked(_))));
        drop(first);
        assert!(
            open(&ws.dir, true).is_ok(),
            "the lock goes with the first atelier"
        );
    }

    #[test]
    fn atomic_write_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("f.json");
        write_atomic(&path, b"1").unwrap();
        write_atomic(&path, b"2").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"2");
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn example_fills_the_boards() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = init(tmp.path(), case::load_default(), "", true).unwrap();
        assert!(ws
            .workspace
            .answer("A2")
            .and_then(|a| a.board.as_ref())
            .is_some());
        assert!(!ws.workspace.candidate.is_empty());
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod durability_tests;
