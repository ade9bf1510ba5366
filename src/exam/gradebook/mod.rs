//! `atelier gradebook DIR|SUBMISSIONS.zip -o FILE.csv`: one row per bundle found under DIR
//! (recursively, without following symbolic links), or per participant's bundle in the zip
//! Moodle's "Download all submissions" gives (`moodle::extract`), graded or not, intact or
//! not: a bundle is never skipped. Each bundle is verified (hashing only), then its manifest,
//! workspace and case are read without keeping the rest; a case shared by many bundles is
//! parsed once. Bundles are read on every core (`read_all`: scoped threads taking the next
//! bundle from a shared counter), the rows kept in the sorted order of the paths.
//!
//! Two outputs: the board's table (`table`: headers and values in the examiner's language,
//! numbers in their own columns) and Moodle's offline grading worksheet (`moodle`).
//!
//! Where DESIGN.md put one `gradebook.rs`, this is a folder: reading the bundles, the table,
//! and Moodle's formats each have their own file.

pub mod moodle;
pub mod table;
pub mod text;

use crate::bundle;
use crate::case::Case;
use crate::exam::grading::Grades;
use crate::exam::markers::GradesFile;
use crate::exam::review;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Every `*.zip` under `dir`, sorted, symbolic links not followed.
pub fn find_bundles(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file()
                && path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Where a bundle stands for the board: each state is a distinct value in every output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No grades entered yet.
    ToGrade,
    /// Some exercises decided, not all.
    InProgress,
    /// Every exercise decided.
    Graded,
    /// The bundle changed since it was graded: its grades no longer apply.
    ToGradeAgain,
    /// The bundle fails verification (whatever its grades say).
    VerificationFailed,
    /// A grades file is there but cannot be read.
    GradesUnreadable,
}

/// One bundle as the gradebook sees it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The bundle's path under the folder (or inside the Moodle zip).
    pub file: String,
    pub candidate: String,
    /// The members of the candidate's group (the workspace's).
    pub group: Vec<String>,
    /// The code a blind review showed for this candidate (`review::candidate_code`).
    pub code: String,
    pub case_id: String,
    /// When the bundle was made (manifest), RFC 3339.
    pub created: String,
    pub integrity_error: Option<String>,
    pub state: State,
    /// The grades that count (`GradesFile::effective`): agreed, or the markers' own.
    pub grades: Option<Grades>,
    /// The whole grades file: each marker's record, the agreed grade, the history.
    pub markers: Option<GradesFile>,
    pub case: Option<Arc<Case>>,
}

impl Entry {
    /// Grades that still apply: none when the bundle changed since, or fails verification.
    pub fn trusted(&self) -> bool {
        !matches!(self.state, State::ToGradeAgain | State::VerificationFailed)
    }
}

type Cases = Mutex<HashMap<String, Arc<Case>>>;

/// The case a bundle holds, parsed once per distinct case.json.
fn bundle_case(bytes: &[u8], cases: &Cases) -> Option<Arc<Case>> {
    let key = crate::case::digest::sha256_hex(bytes);
    let mut known = cases.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(case) = known.get(&key) {
        return Some(case.clone());
    }
    let text = std::str::from_utf8(bytes).ok()?;
    // A bundle made by another version of atelier may hold a case this version no longer
    // validates (a workbench's configuration changed): its exercises, blocs and rubrics are
    // all the gradebook needs, so read it without validating rather than lose them.
    let case = Case::from_json(text)
        .ok()
        .or_else(|| serde_json::from_str::<Case>(text).ok())?;
    let case = Arc::new(case);
    known.insert(key, case.clone());
    Some(case)
}

/// What the board reads of a workspace.json (the answers are skipped, not parsed).
#[derive(Debug, Default, serde::Deserialize)]
struct WorkspaceHead {
    #[serde(default)]
    candidate: String,
    #[serde(default)]
    case_id: String,
    #[serde(default)]
    group: Vec<String>,
}

/// Most bytes one of the files the board reads may hold.
const MAX_READ: u64 = 64 << 20;

/// Some files of a zip, by name, unverified (what cannot be read is left out).
fn read_some(path: &Path, names: &[&str]) -> std::collections::BTreeMap<String, Vec<u8>> {
    use std::io::Read;
    let mut out = std::collections::BTreeMap::new();
    let Ok(handle) = std::fs::File::open(path) else {
        return out;
    };
    let Ok(mut archive) = zip::ZipArchive::new(std::io::BufReader::new(handle)) else {
        return out;
    };
    for name in names {
        let Ok(entry) = archive.by_name(name) else {
            continue;
        };
        let mut bytes = Vec::new();
        if entry.take(MAX_READ + 1).read_to_end(&mut bytes).is_ok()
            && bytes.len() as u64 <= MAX_READ
        {
            out.insert(name.to_string(), bytes);
        }
    }
    out
}

/// Reads one bundle (never failing: what cannot be read is left blank).
fn entry(path: &Path, root: &Path, cases: &Cases) -> Entry {
    let file = path
        .strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string();
    let integrity_error = bundle::verify(path).err().map(|e| e.to_string());
    // Only the three files the board needs are read again (not the reports and exports).
    let files = read_some(
        path,
        &[
            crate::bundle::MANIFEST_FILE,
            crate::workspace::store::WORKSPACE_FILE,
            crate::workspace::store::CASE_FILE,
        ],
    );
    let manifest = review::unverified_manifest(&files);
    let workspace: Option<WorkspaceHead> = files
        .get(crate::workspace::store::WORKSPACE_FILE)
        .and_then(|b| serde_json::from_slice(b).ok());
    let case = files
        .get(crate::workspace::store::CASE_FILE)
        .and_then(|bytes| bundle_case(bytes, cases));
    let candidate = manifest
        .as_ref()
        .map(|m| m.candidate.clone())
        .or_else(|| workspace.as_ref().map(|w| w.candidate.clone()))
        .unwrap_or_default();
    let case_id = manifest
        .as_ref()
        .map(|m| m.case_id.clone())
        .or_else(|| workspace.as_ref().map(|w| w.case_id.clone()))
        .unwrap_or_default();
    let created = manifest
        .as_ref()
        .map(|m| m.created.clone())
        .unwrap_or_default();
    let sha = review::file_sha256(path).ok();
    let code = sha
        .as_deref()
        .map(review::candidate_code)
        .unwrap_or_default();
    let (state, grades) = match review::load_grades(&review::grades_path(path)) {
        Err(_) => (State::GradesUnreadable, None),
        Ok(None) => (State::ToGrade, None),
        Ok(Some(file)) => {
            let stale = sha.as_deref() != Some(file.bundle_sha256.as_str());
            let effective = case.as_deref().map(|c| file.effective(c));
            let state = if stale {
                State::ToGradeAgain
            } else {
                match (case.as_deref(), &effective) {
                    (Some(c), Some(g)) => match g.progress(c) {
                        (decided, total) if decided == total => State::Graded,
                        (0, _) if file.markers.iter().all(|m| m.exercises.is_empty()) => {
                            State::ToGrade
                        }
                        _ => State::InProgress,
                    },
                    _ => State::InProgress,
                }
            };
            (state, Some((effective.unwrap_or_default(), file)))
        }
    };
    let (grades, markers) = match grades {
        Some((g, f)) => (Some(g), Some(f)),
        None => (None, None),
    };
    let state = if integrity_error.is_some() {
        State::VerificationFailed
    } else {
        state
    };
    Entry {
        file,
        candidate: crate::i18n::printable(&candidate),
        group: workspace
            .as_ref()
            .map(|w| w.group.iter().map(|n| crate::i18n::printable(n)).collect())
            .unwrap_or_default(),
        code,
        case_id,
        created,
        integrity_error,
        state,
        grades,
        markers,
        case,
    }
}

/// Reads every bundle on every core, in the order of `paths`.
pub fn read_all(paths: &[PathBuf], root: &Path) -> Vec<Entry> {
    let cases: Cases = Mutex::new(HashMap::new());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len())
        .max(1);
    let mut read: Vec<(usize, Entry)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = paths.get(index) else {
                            break;
                        };
                        mine.push((index, entry(path, root, &cases)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    read.sort_by_key(|(index, _)| *index);
    read.into_iter().map(|(_, entry)| entry).collect()
}

/// What the gradebook writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The board's table (`table`).
    Board,
    /// Moodle's offline grading worksheet (`moodle`).
    Moodle,
}

/// How the gradebook is written.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub lang: crate::i18n::Lang,
    pub format: Format,
    /// For a spreadsheet set to French: a UTF-8 BOM and `;` between cells.
    pub excel: bool,
}

/// The bundles of `source` (a folder, or Moodle's submissions zip), read.
pub fn read_source(source: &Path) -> std::io::Result<Vec<Entry>> {
    if source.is_file() {
        let unpacked = moodle::extract(source)?;
        let paths = find_bundles(unpacked.path())?;
        return Ok(read_all(&paths, unpacked.path()));
    }
    let paths = find_bundles(source)?;
    Ok(read_all(&paths, source))
}

/// Builds the gradebook of `source`; returns its bytes with the number of rows.
pub fn build(source: &Path, options: Options) -> std::io::Result<(Vec<u8>, usize)> {
    let entries = read_source(source)?;
    let bytes = match options.format {
        Format::Board => table::write(&entries, options)?,
        Format::Moodle => moodle::worksheet(&entries, options)?,
    };
    Ok((bytes, entries.len()))
}

/// A cell a spreadsheet would read as a formula (`= + - @`, a tab or a carriage return
/// first) gets a leading apostrophe, so that it shows as the text it is (OWASP's advice on
/// CSV injection). A lone "-" (Moodle's "no date") is left as it is: it computes nothing.
pub fn neutralise(cell: &str) -> String {
    if cell != "-" && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The CSV writer of the options: `,` (or `;` with a BOM for `--excel`), CRLF line ends.
pub(crate) fn writer(options: Options) -> csv::Writer<Vec<u8>> {
    let mut out = Vec::new();
    if options.excel {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    csv::WriterBuilder::new()
        .delimiter(if options.excel { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

/// Writes a row, every cell neutralised.
pub(crate) fn write_row(out: &mut csv::Writer<Vec<u8>>, row: &[String]) -> std::io::Result<()> {
    out.write_record(row.iter().map(|c| neutralise(c)))
        .map_err(std::io::Error::other)
}

pub(crate) fn finish(out: csv::Writer<Vec<u8>>) -> std::io::Result<Vec<u8>> {
    out.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_cap_is_left_out_and_one_at_the_cap_read_whole() {
        use std::io::Write;
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("b.zip");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let zeros = vec![0u8; MAX_READ as usize + 1];
        for (name, len) in [("over.json", zeros.len()), ("at.json", MAX_READ as usize)] {
            zip.start_file(name, options).unwrap();
            zip.write_all(&zeros[..len]).unwrap();
        }
        zip.start_file("small.json", options).unwrap();
        zip.write_all(b"{}").unwrap();
        zip.finish().unwrap();
        let read = read_some(
            &path,
            &["over.json", "at.json", "small.json", "absent.json"],
        );
        assert_eq!(
            read.keys().map(String::as_str).collect::<Vec<_>>(),
            ["at.json", "small.json"]
        );
        assert_eq!(read["at.json"].len() as u64, MAX_READ);
        assert_eq!(read["small.json"], b"{}");
    }

    #[test]
    fn formulas_are_neutralised_and_plain_text_kept() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
        }
        for cell in ["Camille", "12", "", "a=b", "é", "-"] {
            assert_eq!(neutralise(cell), cell);
        }
    }
}
