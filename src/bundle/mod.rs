//! Bundles: the zip a candidate hands in (manifest with SHA-256 of every file, workspace,
//! reports, exports) and its verification.
//!
//! Writing builds the whole zip in memory (bundles are small: a workspace, two reports and
//! a few exports) and hands it to `store::write_atomic`, so a bundle on disk is always whole.
//!
//! Reading treats the file as hostile. The zip crate's view of an archive is not enough on
//! its own: it keeps only the last of two entries with the same name, and it takes the names
//! from the central directory while streaming unzip tools read the local headers. So
//! verification also walks the central directory itself (to count entries and catch
//! duplicates) and compares every local header's name with the directory's. Sizes declared
//! in the headers are never trusted: every entry is read through a `take` bounded by the
//! limits (and by the size the manifest lists), so a zip bomb is refused after inflating at
//! most one limit's worth, and verification only hashes, without keeping the bytes.

mod layout;
pub mod report;
pub mod text;

use crate::i18n::Lang;
use crate::workspace::store::{self, OpenWorkspace, StoreError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, Cursor, Read, Seek, SeekFrom, Write};
use std::path::{Component, Path};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The manifest's name inside a bundle; it lists every other file.
pub const MANIFEST_FILE: &str = "manifest.json";
/// Current format of `manifest.json`.
pub const BUNDLE_FORMAT: u32 = 1;

const MIB: u64 = 1024 * 1024;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub format: u32,
    pub app_version: String,
    pub candidate: String,
    pub case_id: String,
    pub case_digest: String,
    pub created: String,
    pub files: Vec<ManifestFile>,
}

/// What a bundle may hold at most; anything beyond is refused while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_entries: usize,
    /// Uncompressed bytes of one entry.
    pub max_entry_size: u64,
    /// Uncompressed bytes of all entries together.
    pub max_total_size: u64,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_entries: 5_000,
        max_entry_size: 64 * MIB,
        max_total_size: 256 * MIB,
    };
}

/// Why a bundle could not be written, read or extracted: one sentence naming the file at
/// fault. (The CLI prints it after the bundle's path.)
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("cannot read the file: {0}")]
    Read(#[source] io::Error),
    #[error("the file is not a valid zip archive")]
    NotZip,
    #[error("the archive has more than {limit} entries")]
    TooManyEntries { limit: usize },
    #[error("entry {0} has an unsafe path")]
    UnsafePath(String),
    #[error("entry {0} appears more than once")]
    Duplicate(String),
    #[error("entry {0} has another name in its local header than in the archive's directory")]
    NameMismatch(String),
    #[error("entry {0} is not a regular file")]
    NotAFile(String),
    #[error("entry {0} is encrypted")]
    Encrypted(String),
    #[error("entry {name} is larger than the {limit_mib} MiB limit")]
    EntryTooLarge { name: String, limit_mib: u64 },
    #[error("the archive's files add up to more than the {limit_mib} MiB limit")]
    TotalTooLarge { limit_mib: u64 },
    #[error("{name} is damaged ({message})")]
    Damaged { name: String, message: String },
    #[error("manifest.json is missing")]
    NoManifest,
    #[error("manifest.json is not a valid manifest: {0}")]
    BadManifest(String),
    #[error("{0} is missing")]
    Missing(String),
    #[error("{0} was changed (its SHA-256 does not match the manifest)")]
    Changed(String),
    #[error("{0} was changed (its size does not match the manifest)")]
    Resized(String),
    #[error("{0} was changed (its bytes differ from what atelier writes)")]
    Structure(String),
    #[error("{0} is not listed in the manifest")]
    NotListed(String),
    #[error("case.json is not the case the manifest names (its SHA-256 differs from the manifest's case digest)")]
    CaseMismatch,
    #[error("exercise id \"{0}\" cannot name a file in the bundle")]
    UnsafeExerciseId(String),
    #[error("cannot write the bundle: {0}")]
    Zip(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0} is not an empty folder: extract into a new or empty folder")]
    TargetNotEmpty(String),
    #[error("{0} is a symbolic link or not a folder: atelier does not write through it")]
    NotAFolder(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A name as it may be shown in one line of an error message.
fn shown(name: &str) -> String {
    name.escape_debug().to_string()
}

/// Whether an entry name is a plain relative file path: not empty, `/` separators only,
/// no absolute path, no drive letter or colon, no `.`/`..`/empty component, no backslash,
/// no control character.
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name
            .chars()
            .any(|c| c == '\\' || c == ':' || c.is_control())
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

// ---------------------------------------------------------------------------------------
// Writing

/// Writes the deliverables bundle of a workspace to `output` (atomically) and returns the
/// number of files in it, the manifest included.
pub fn write_bundle(ws: &OpenWorkspace, output: &Path, lang: Lang) -> Result<usize, BundleError> {
    let (bytes, count) = bundle_bytes(ws, lang)?;
    store::write_atomic(output, &bytes)?;
    Ok(count)
}

/// The files of a bundle, manifest last, in the order they go into the zip.
fn bundle_files(ws: &OpenWorkspace, lang: Lang) -> Result<Vec<(String, Vec<u8>)>, BundleError> {
    let case = &ws.case.case;
    let workspace = &ws.workspace;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut workspace_json =
        serde_json::to_string_pretty(workspace).map_err(|e| BundleError::Zip(e.to_string()))?;
    workspace_json.push('\n');
    files.push((store::WORKSPACE_FILE.into(), workspace_json.into_bytes()));
    // The case the candidate saw: never the examiner's file, which is not in the workspace.
    files.push((store::CASE_FILE.into(), ws.case.text.clone().into_bytes()));
    for name in ["A1/program.py", "A1/sketch.py"] {
        let path = ws.dir.join(name);
        if path.is_file() {
            files.push((name.into(), fs::read(&path).map_err(io_err(&path))?));
        }
    }
    // -- code: A1 results and sketch (issue 3): the reports show them too --
    let code = crate::workbench::code::files::bundle_exports(&ws.dir, case, workspace);
    let report_workspace = &code.report_workspace;
    files.extend(code.files);
    files.push((
        "report.html".into(),
        report::html(case, report_workspace, lang).into_bytes(),
    ));
    files.push((
        "report.md".into(),
        report::markdown(case, report_workspace, lang).into_bytes(),
    ));
    for exercise in &case.exercises {
        let answer = workspace.answer(&exercise.id);
        let has_answer = answer.is_some_and(|a| !a.is_empty());
        if exercise.board.is_none() && !has_answer {
            continue;
        }
        if !is_safe_name(&exercise.id) || exercise.id.contains('/') {
            return Err(BundleError::UnsafeExerciseId(shown(&exercise.id)));
        }
        let answer = answer.cloned().unwrap_or_default();
        files.extend(crate::workbench::bundle_files(
            case, exercise, &answer, has_answer, lang,
        ));
        if has_answer {
            let md = crate::workbench::notes::formats::markdown_file(exercise, &answer, lang);
            files.push((format!("exports/{}.md", exercise.id), md.into_bytes()));
        }
    }

    let mut listed: Vec<ManifestFile> = files
        .iter()
        .map(|(path, bytes)| ManifestFile {
            path: path.clone(),
            size: bytes.len() as u64,
            sha256: crate::case::digest::sha256_hex(bytes),
        })
        .collect();
    listed.sort_by(|a, b| a.path.cmp(&b.path));
    let manifest = Manifest {
        format: BUNDLE_FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        candidate: workspace.candidate.clone(),
        case_id: workspace.case_id.clone(),
        case_digest: workspace.case_digest.clone(),
        created: store::now_rfc3339(),
        files: listed,
    };
    let mut manifest_json =
        serde_json::to_string_pretty(&manifest).map_err(|e| BundleError::Zip(e.to_string()))?;
    manifest_json.push('\n');
    files.push((MANIFEST_FILE.into(), manifest_json.into_bytes()));
    Ok(files)
}

fn bundle_bytes(ws: &OpenWorkspace, lang: Lang) -> Result<(Vec<u8>, usize), BundleError> {
    let files = bundle_files(ws, lang)?;
    let count = files.len();
    Ok((zip_with_bundle_options(&files)?, count))
}

/// A zip of the files, written the one way bundles are written (the layout check in
/// `layout` reads its header fields from this same writer).
fn zip_with_bundle_options(files: &[(impl AsRef<str>, Vec<u8>)]) -> Result<Vec<u8>, BundleError> {
    let zip_err = |e: zip::result::ZipError| BundleError::Zip(e.to_string());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (name, bytes) in files {
        let name = name.as_ref();
        // Our own names are safe by construction; checking keeps it so.
        if !is_safe_name(name) {
            return Err(BundleError::UnsafePath(shown(name)));
        }
        zip.start_file(name, options).map_err(zip_err)?;
        zip.write_all(bytes)
            .map_err(|e| BundleError::Zip(e.to_string()))?;
    }
    let cursor = zip.finish().map_err(zip_err)?;
    Ok(cursor.into_inner())
}

// ---------------------------------------------------------------------------------------
// Reading

/// Checks a bundle's integrity and returns its manifest.
pub fn verify(file: &Path) -> Result<Manifest, BundleError> {
    scan(file, &Limits::DEFAULT, false).map(|scanned| scanned.manifest)
}

/// Verifies a bundle and returns its manifest and its files (path -> bytes, the manifest
/// itself left out).
pub fn read_bundle(file: &Path) -> Result<(Manifest, BTreeMap<String, Vec<u8>>), BundleError> {
    let scanned = scan_then_keep(file, &Limits::DEFAULT)?;
    Ok((scanned.manifest, scanned.files))
}

/// Reads the files of a bundle WITHOUT verifying it, for an examiner who must still see a
/// bundle that fails verification (with a warning): only plain files with safe names are
/// kept, each read under the same caps as verification, in memory only (nothing is ever
/// written). The manifest is among the files returned, if there is one.
pub fn read_unverified(file: &Path) -> Result<BTreeMap<String, Vec<u8>>, BundleError> {
    let limits = Limits::DEFAULT;
    let handle = File::open(file).map_err(BundleError::Read)?;
    if !handle.metadata().map_err(BundleError::Read)?.is_file() {
        return Err(BundleError::NotZip);
    }
    let mut archive = ZipArchive::new(BufReader::new(handle)).map_err(|_| BundleError::NotZip)?;
    if archive.len() > limits.max_entries {
        return Err(BundleError::TooManyEntries {
            limit: limits.max_entries,
        });
    }
    let mut total = 0u64;
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index(index) else {
            continue;
        };
        let name = entry.name().to_string();
        if !is_safe_name(&name) || entry.encrypted() || !entry.is_file() || entry.is_symlink() {
            continue;
        }
        if files.contains_key(&name) {
            continue;
        }
        match read_capped(entry, &name, None, &limits, &mut total, true) {
            Ok(read) => {
                files.insert(name, read.bytes.unwrap_or_default());
            }
            Err(BundleError::Damaged { .. }) => continue,
            Err(err) => return Err(err),
        }
    }
    Ok(files)
}

/// Verifies a bundle, then writes its files (the manifest too) under `target`, which must be
/// a new or empty folder. Nothing is written when verification fails; no symbolic link is
/// followed or created.
pub fn extract(file: &Path, target: &Path) -> Result<Manifest, BundleError> {
    let scanned = scan_then_keep(file, &Limits::DEFAULT)?;
    prepare_target(target)?;
    let root = target.canonicalize().map_err(io_err(target))?;
    let mut files: Vec<(&String, &Vec<u8>)> = scanned.files.iter().collect();
    let manifest_name = MANIFEST_FILE.to_string();
    files.push((&manifest_name, &scanned.manifest_bytes));
    for (name, bytes) in files {
        write_under(&root, name, bytes)?;
    }
    Ok(scanned.manifest)
}

/// Verifies by hashing only, then reads again keeping the bytes (itself a full
/// verification): a bundle that fails is refused before anything of it is held in memory.
fn scan_then_keep(file: &Path, limits: &Limits) -> Result<Scanned, BundleError> {
    scan(file, limits, false)?;
    scan(file, limits, true)
}

fn prepare_target(target: &Path) -> Result<(), BundleError> {
    match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
            Err(BundleError::NotAFolder(target.display().to_string()))
        }
        Ok(_) => {
            let mut entries = fs::read_dir(target).map_err(io_err(target))?;
            if entries.next().is_some() {
                return Err(BundleError::TargetNotEmpty(target.display().to_string()));
            }
            Ok(())
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(target).map_err(io_err(target))
        }
        Err(err) => Err(io_err(target)(err)),
    }
}

/// Writes one file under `root` (canonical), creating folders one by one and refusing any
/// existing link on the way.
fn write_under(root: &Path, name: &str, bytes: &[u8]) -> Result<(), BundleError> {
    if !is_safe_name(name) {
        return Err(BundleError::UnsafePath(shown(name)));
    }
    let parts: Vec<&str> = name.split('/').collect();
    let mut path = root.to_path_buf();
    for (index, part) in parts.iter().enumerate() {
        path.push(part);
        // Belt and braces: the joined path must stay a plain descendant of the root.
        let stays_under = path.starts_with(root)
            && path
                .strip_prefix(root)
                .is_ok_and(|rest| rest.components().all(|c| matches!(c, Component::Normal(_))));
        if !stays_under {
            return Err(BundleError::UnsafePath(shown(name)));
        }
        let last = index + 1 == parts.len();
        if last {
            break;
        }
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
                return Err(BundleError::NotAFolder(path.display().to_string()));
            }
            Ok(_) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                fs::create_dir(&path).map_err(io_err(&path))?;
            }
            Err(err) => return Err(io_err(&path)(err)),
        }
    }
    // `create_new` (O_CREAT|O_EXCL) never follows a link at the last component and never
    // overwrites anything.
    let mut out = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(io_err(&path))?;
    out.write_all(bytes).map_err(io_err(&path))?;
    out.sync_all().map_err(io_err(&path))?;
    Ok(())
}

struct Scanned {
    manifest: Manifest,
    manifest_bytes: Vec<u8>,
    files: BTreeMap<String, Vec<u8>>,
}

/// The whole verification. With `keep`, the files' bytes are returned too (bounded by the
/// total limit); without, they are only hashed.
fn scan(file: &Path, limits: &Limits, keep: bool) -> Result<Scanned, BundleError> {
    let handle = File::open(file).map_err(BundleError::Read)?;
    if !handle.metadata().map_err(BundleError::Read)?.is_file() {
        return Err(BundleError::NotZip);
    }
    let mut raw = File::open(file).map_err(BundleError::Read)?;
    let mut archive = ZipArchive::new(BufReader::new(handle)).map_err(|_| BundleError::NotZip)?;
    if archive.len() > limits.max_entries {
        return Err(BundleError::TooManyEntries {
            limit: limits.max_entries,
        });
    }

    // 1. Names, from our own walk of the central directory (duplicates included).
    let directory = directory_names(
        &mut raw,
        archive.central_directory_start(),
        limits.max_entries,
    )?;
    if directory.len() > limits.max_entries {
        return Err(BundleError::TooManyEntries {
            limit: limits.max_entries,
        });
    }
    let mut names: HashSet<&str> = HashSet::new();
    for raw_name in &directory {
        let Ok(name) = std::str::from_utf8(raw_name) else {
            return Err(BundleError::UnsafePath(shown(&String::from_utf8_lossy(
                raw_name,
            ))));
        };
        if let Some(dir) = name.strip_suffix('/') {
            if is_safe_name(dir) {
                return Err(BundleError::NotAFile(shown(name)));
            }
        }
        if !is_safe_name(name) {
            return Err(BundleError::UnsafePath(shown(name)));
        }
        if !names.insert(name) {
            return Err(BundleError::Duplicate(shown(name)));
        }
    }
    if names.len() != archive.len() {
        return Err(BundleError::NotZip);
    }

    // 2. Each entry as the zip crate sees it: same name, same local header name, a plain
    //    unencrypted file.
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|_| BundleError::NotZip)?;
        let name = entry.name().to_string();
        if entry.name_raw() != name.as_bytes() || !names.contains(name.as_str()) {
            return Err(BundleError::UnsafePath(shown(&name)));
        }
        if entry.encrypted() {
            return Err(BundleError::Encrypted(shown(&name)));
        }
        if entry.is_dir() || entry.is_symlink() || !entry.is_file() {
            return Err(BundleError::NotAFile(shown(&name)));
        }
        let local =
            local_header_name(&mut raw, entry.header_start()).map_err(|_| BundleError::NotZip)?;
        if local != entry.name_raw() {
            return Err(BundleError::NameMismatch(shown(&name)));
        }
    }

    // 3. The manifest.
    let mut total = 0u64;
    let Some(manifest_index) = archive.index_for_name(MANIFEST_FILE) else {
        return Err(BundleError::NoManifest);
    };
    let manifest_bytes = {
        let entry = archive
            .by_index(manifest_index)
            .map_err(|e| damaged(MANIFEST_FILE, e))?;
        read_capped(entry, MANIFEST_FILE, None, limits, &mut total, true)?
            .bytes
            .unwrap_or_default()
    };
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| BundleError::BadManifest(e.to_string()))?;
    if manifest.format != BUNDLE_FORMAT {
        return Err(BundleError::BadManifest(format!(
            "format {} is not the format {BUNDLE_FORMAT} this atelier reads",
            manifest.format
        )));
    }
    let mut listed: HashMap<&str, &ManifestFile> = HashMap::new();
    for entry in &manifest.files {
        if entry.path == MANIFEST_FILE {
            return Err(BundleError::BadManifest("it lists itself".into()));
        }
        if listed.insert(entry.path.as_str(), entry).is_some() {
            return Err(BundleError::BadManifest(format!(
                "it lists {} twice",
                shown(&entry.path)
            )));
        }
    }

    // 4. Every other entry is listed, and matches its size and digest.
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        if index == manifest_index {
            continue;
        }
        let entry = archive.by_index(index).map_err(|_| BundleError::NotZip)?;
        let name = entry.name().to_string();
        let Some(expected) = listed.get(name.as_str()) else {
            return Err(BundleError::NotListed(shown(&name)));
        };
        let read = read_capped(entry, &name, Some(expected.size), limits, &mut total, keep)?;
        if read.size != expected.size {
            return Err(BundleError::Resized(shown(&name)));
        }
        if !read.sha256.eq_ignore_ascii_case(&expected.sha256) {
            return Err(BundleError::Changed(shown(&name)));
        }
        if let Some(bytes) = read.bytes {
            files.insert(name, bytes);
        }
    }

    // 5. Every listed file is there.
    for entry in &manifest.files {
        if !names.contains(entry.path.as_str()) {
            return Err(BundleError::Missing(shown(&entry.path)));
        }
    }

    // 6. case.json is the case the workspace was made from (the manifest's case digest).
    match listed.get(store::CASE_FILE) {
        None => return Err(BundleError::Missing(store::CASE_FILE.into())),
        Some(case) if !case.sha256.eq_ignore_ascii_case(&manifest.case_digest) => {
            return Err(BundleError::CaseMismatch)
        }
        Some(_) => {}
    }

    // 7. Every byte outside the contents is as atelier writes it (last, so that the errors
    //    above, which name what was done, come first).
    layout::check(&mut raw, limits.max_entries)?;
    Ok(Scanned {
        manifest,
        manifest_bytes,
        files,
    })
}

fn damaged(name: &str, err: impl std::fmt::Display) -> BundleError {
    BundleError::Damaged {
        name: shown(name),
        message: err.to_string(),
    }
}

struct ReadEntry {
    size: u64,
    sha256: String,
    bytes: Option<Vec<u8>>,
}

/// Reads one entry through a `take` bounded by the entry limit, what is left of the total
/// limit, and (when known) the size the manifest lists, whichever is smallest: one byte
/// more than the bound is enough to refuse, whatever the headers declare.
fn read_capped(
    reader: impl Read,
    name: &str,
    expected: Option<u64>,
    limits: &Limits,
    total: &mut u64,
    keep: bool,
) -> Result<ReadEntry, BundleError> {
    let remaining = limits.max_total_size.saturating_sub(*total);
    let caps = limits.max_entry_size.min(remaining);
    let bound = expected.map_or(caps, |e| e.min(caps));
    let mut limited = reader.take(bound.saturating_add(1));
    let mut hasher = Sha256::new();
    let mut bytes = keep.then(Vec::new);
    let mut size = 0u64;
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match limited.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(damaged(name, err)),
        };
        hasher.update(&chunk[..n]);
        if let Some(bytes) = bytes.as_mut() {
            bytes.extend_from_slice(&chunk[..n]);
        }
        size += n as u64;
    }
    if size > bound {
        return Err(if expected.is_some_and(|e| e < caps) {
            BundleError::Resized(shown(name))
        } else if limits.max_entry_size <= remaining {
            BundleError::EntryTooLarge {
                name: shown(name),
                limit_mib: limits.max_entry_size / MIB,
            }
        } else {
            BundleError::TotalTooLarge {
                limit_mib: limits.max_total_size / MIB,
            }
        });
    }
    *total += size;
    let sha256 = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(ReadEntry {
        size,
        sha256,
        bytes,
    })
}

const CENTRAL_HEADER_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_HEADER_SIGNATURE: u32 = 0x0403_4b50;

fn u16_at(bytes: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]))
}

/// The raw names of the central directory's headers, read one after the other from its
/// start (at most `limit + 1`: one more than allowed is enough to refuse).
fn directory_names(file: &mut File, start: u64, limit: usize) -> Result<Vec<Vec<u8>>, BundleError> {
    file.seek(SeekFrom::Start(start))
        .map_err(|_| BundleError::NotZip)?;
    let mut reader = BufReader::new(file);
    let mut names = Vec::new();
    while names.len() <= limit {
        let mut fixed = [0u8; 46];
        if reader.read_exact(&mut fixed[..4]).is_err()
            || u32::from_le_bytes([fixed[0], fixed[1], fixed[2], fixed[3]])
                != CENTRAL_HEADER_SIGNATURE
        {
            break;
        }
        reader
            .read_exact(&mut fixed[4..])
            .map_err(|_| BundleError::NotZip)?;
        let name_len = u16_at(&fixed, 28);
        let skip = u16_at(&fixed, 30) + u16_at(&fixed, 32);
        let mut name = vec![0u8; name_len];
        reader
            .read_exact(&mut name)
            .map_err(|_| BundleError::NotZip)?;
        let skipped = io::copy(&mut (&mut reader).take(skip as u64), &mut io::sink())
            .map_err(|_| BundleError::NotZip)?;
        if skipped != skip as u64 {
            return Err(BundleError::NotZip);
        }
        names.push(name);
    }
    Ok(names)
}

/// The name written in the local header at `offset`.
fn local_header_name(file: &mut File, offset: u64) -> io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(offset))?;
    let mut fixed = [0u8; 30];
    file.read_exact(&mut fixed)?;
    if u32::from_le_bytes([fixed[0], fixed[1], fixed[2], fixed[3]]) != LOCAL_HEADER_SIGNATURE {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "no local header",
        ));
    }
    let mut name = vec![0u8; u16_at(&fixed, 26)];
    file.read_exact(&mut name)?;
    Ok(name)
}

#[cfg(test)]
mod tests;
