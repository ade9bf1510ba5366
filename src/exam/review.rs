//! The examiner's I/O edge: opening a bundle for review and keeping its grades.
//!
//! A bundle is only ever opened for reading (`File::open`), verified first, and read into
//! memory; nothing is extracted, and nothing is written inside or beside it except the
//! grades file `FILE.grades.json` (the bundle's own file name with `.grades.json` appended,
//! so `alice.zip` is graded in `alice.zip.grades.json`). While a review is open the bundle
//! file carries an exclusive lock, so a second examiner's review of it is refused. A bundle
//! that fails verification is still opened, from what can be read of it, and the failure
//! travels with it so that every screen can warn.

use crate::bundle::{self, BundleError, Manifest, MANIFEST_FILE};
use crate::case::Case;
use crate::exam::grading::{Grades, SINGLE_MARKER_FORMAT};
use crate::exam::markers::{GradesFile, GRADES_FORMAT};
use crate::workspace::store::{self, StoreError, CASE_FILE, WORKSPACE_FILE};
use crate::workspace::Workspace;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("{0}")]
    Bundle(#[from] BundleError),
    #[error("the bundle holds no readable {0}")]
    Unreadable(&'static str),
    #[error("the bundle's case.json is not a valid case: {0}")]
    BadCase(String),
    #[error("{path} is not a readable grades file: {message}")]
    BadGrades { path: String, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0} is being graded in another atelier review; close it there first, or wait")]
    GradesLocked(String),
}

/// A bundle opened for review.
#[derive(Debug, Clone)]
pub struct ReviewBundle {
    pub path: PathBuf,
    /// SHA-256 of the whole bundle file, as opened.
    pub sha256: String,
    /// Ok with the manifest when the bundle verifies; the reason otherwise.
    pub integrity: Result<Manifest, String>,
    pub case: Case,
    pub workspace: Workspace,
    /// Every file read from the bundle (path -> bytes), in memory only.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl ReviewBundle {
    pub fn is_intact(&self) -> bool {
        self.integrity.is_ok()
    }

    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// The candidate's code for blind marking: derived from the bundle's SHA-256, so the same
/// bundle always gets the same code, and the code says nothing of the candidate. The
/// gradebook maps codes back to names.
pub fn candidate_code(bundle_sha256: &str) -> String {
    let head: String = bundle_sha256
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(8)
        .collect();
    format!("C-{}", head.to_uppercase())
}

/// SHA-256 of a file, streamed.
pub fn file_sha256(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        hasher.update(&chunk[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Verifies a bundle, then reads it (verified, or as far as it can be read when it fails);
/// the reason it failed verification is in English (see [`open_in`]).
pub fn open(path: &Path) -> Result<ReviewBundle, ReviewError> {
    open_in(path, crate::i18n::Lang::En)
}

/// [`open`], the reason a bundle failed verification said in `lang` (the examiner reads it).
pub fn open_in(path: &Path, lang: crate::i18n::Lang) -> Result<ReviewBundle, ReviewError> {
    let sha256 = file_sha256(path).map_err(BundleError::Read)?;
    let (integrity, files) = match bundle::read_bundle(path) {
        Ok((manifest, files)) => (Ok(manifest), files),
        Err(err) => {
            let files = bundle::read_unverified(path)?;
            (Err(err.message(lang)), files)
        }
    };
    let (case, mut workspace) = parse_contents(&files)?;
    // The candidate's name is printed (title, messages, grades, gradebook): never with the
    // terminal control sequences a forged bundle could put in it.
    workspace.candidate = crate::i18n::printable(&workspace.candidate);
    Ok(ReviewBundle {
        path: path.to_path_buf(),
        sha256,
        integrity,
        case,
        workspace,
        files,
    })
}

/// The case and workspace a bundle holds.
pub fn parse_contents(files: &BTreeMap<String, Vec<u8>>) -> Result<(Case, Workspace), ReviewError> {
    let case_text = files
        .get(CASE_FILE)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or(ReviewError::Unreadable(CASE_FILE))?;
    let case = Case::from_json(case_text).map_err(|e| ReviewError::BadCase(e.to_string()))?;
    let mut workspace: Workspace = files
        .get(WORKSPACE_FILE)
        .and_then(|b| serde_json::from_slice(b).ok())
        .ok_or(ReviewError::Unreadable(WORKSPACE_FILE))?;
    // The A1 files are not in workspace.json: the answer mirrors them, as when a folder opens.
    crate::workbench::code::files::load_mirrors_from_bundle(files, &case, &mut workspace);
    Ok((case, workspace))
}

/// The manifest of a bundle read without verification, if it parses.
pub fn unverified_manifest(files: &BTreeMap<String, Vec<u8>>) -> Option<Manifest> {
    files
        .get(MANIFEST_FILE)
        .and_then(|b| serde_json::from_slice(b).ok())
}

/// `DIR/alice.zip` -> `DIR/alice.zip.grades.json`.
pub fn grades_path(bundle: &Path) -> PathBuf {
    let mut name = bundle
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".grades.json");
    bundle.with_file_name(name)
}

/// The grades beside a bundle, if any were entered. A file of format 1 (one examiner) is
/// migrated to the current format in memory (`GradesFile::migrate`); `save_grades` keeps the
/// original beside it. Those of a newer atelier (a `format` above `GRADES_FORMAT`) are read,
/// with their unknown fields; `grades_for` refuses to edit them.
pub fn load_grades(path: &Path) -> Result<Option<GradesFile>, ReviewError> {
    let bytes = match std::fs::read(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(ReviewError::BadGrades {
                path: path.display().to_string(),
                message: err.to_string(),
            })
        }
    };
    let bytes = store::without_bom(&bytes);
    let declared = store::declared_format(bytes);
    let bad = |message: String| ReviewError::BadGrades {
        path: path.display().to_string(),
        message,
    };
    if declared == Some(SINGLE_MARKER_FORMAT) {
        let old: Grades = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
        let when = old.updated.clone();
        return Ok(Some(GradesFile::migrate(old, &when)));
    }
    let newer = declared.filter(|f| *f > GRADES_FORMAT);
    let grades: GradesFile = serde_json::from_slice(bytes).map_err(|e| match newer {
        // Not corrupt: written by a newer atelier in a shape this version cannot read.
        Some(format) => ReviewError::Store(StoreError::NewerFormat {
            file: path.display().to_string(),
            format,
        }),
        None => bad(e.to_string()),
    })?;
    if grades.format < GRADES_FORMAT {
        return Err(bad(format!(
            "format {} is not {GRADES_FORMAT}",
            grades.format
        )));
    }
    Ok(Some(grades))
}

/// Where the original of a migrated grades file is kept: `FILE.grades.json.v1`.
pub fn original_path(grades: &Path) -> PathBuf {
    let mut name = grades
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".v1");
    grades.with_file_name(name)
}

/// Writes the grades atomically (temporary file, fsync, rename). A file of format 1 on disk
/// is first copied to `original_path` (once: an existing copy is never replaced).
pub fn save_grades(path: &Path, grades: &GradesFile) -> Result<(), StoreError> {
    if let Ok(bytes) = std::fs::read(path) {
        let original = original_path(path);
        if store::declared_format(store::without_bom(&bytes)) == Some(SINGLE_MARKER_FORMAT)
            && !original.exists()
        {
            store::write_atomic(&original, &bytes)?;
        }
    }
    let mut text = serde_json::to_string_pretty(grades).unwrap_or_default();
    text.push('\n');
    store::write_atomic(path, text.as_bytes())
}

/// Keeps a second examiner out of a bundle's grades while this review is open: an exclusive
/// lock on the bundle file itself (opened read-only; the bundle is never replaced by a
/// review), released when the returned file is dropped or the process ends.
pub fn lock_grades(bundle: &Path) -> Result<std::fs::File, ReviewError> {
    let file = std::fs::File::open(bundle).map_err(BundleError::Read)?;
    match crate::workspace::store::lock_briefly(&file) {
        true => Ok(file),
        false => Err(ReviewError::GradesLocked(
            grades_path(bundle).display().to_string(),
        )),
    }
}

/// The grades to start a review with: those on disk, or new ones for this bundle. Grades
/// written by a newer atelier are refused: this version would drop what it cannot show.
pub fn grades_for(bundle: &ReviewBundle) -> Result<GradesFile, ReviewError> {
    let path = grades_path(&bundle.path);
    Ok(match load_grades(&path)? {
        Some(grades) if grades.format > GRADES_FORMAT => {
            return Err(ReviewError::Store(StoreError::NewerFormat {
                file: path.display().to_string(),
                format: grades.format,
            }))
        }
        Some(grades) => grades,
        None => GradesFile::new(
            &bundle.file_name(),
            &bundle.sha256,
            &bundle.workspace.candidate,
            &bundle.workspace.case_id,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_go_beside_the_bundle() {
        assert_eq!(
            grades_path(Path::new("/x/class/alice.zip")),
            PathBuf::from("/x/class/alice.zip.grades.json")
        );
    }
}
