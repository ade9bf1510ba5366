//! Moodle's side of the gradebook: reading the zip its "Download all submissions" gives (one
//! folder per participant, `Full Name_12345_assignsubmission_file_/bundle.zip`), and writing
//! its offline grading worksheet (assignment > "Upload grading worksheet") from the bundles'
//! grades. The worksheet's columns are Moodle's, in English: Identifier, Full name, Email
//! address, Status, Grade, Maximum Grade, Grade can be changed, Last modified (submission),
//! Last modified (grade), Feedback comments. The grade is the sum of the rubric's points
//! over every exercise; only grades that still apply are written (a bundle failing
//! verification, or changed since it was graded, gets none, and the comment says why).

use super::{finish, write_row, writer, Entry, Options, State};
use crate::exam::gradebook::text as words;
use crate::exam::grading::Grades;
use crate::i18n::Lang;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The worksheet's columns, as Moodle names them.
pub const COLUMNS: [&str; 10] = [
    "Identifier",
    "Full name",
    "Email address",
    "Status",
    "Grade",
    "Maximum Grade",
    "Grade can be changed",
    "Last modified (submission)",
    "Last modified (grade)",
    "Feedback comments",
];

/// Most bytes one file of the submissions zip may unpack to.
const MAX_MEMBER: u64 = 1 << 30;

/// A folder of unpacked submissions, removed when dropped.
pub struct Unpacked {
    dir: PathBuf,
}

impl Unpacked {
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Unpacked {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn scratch_dir() -> std::io::Result<PathBuf> {
    let base = std::env::temp_dir();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    for attempt in 0..100u32 {
        let dir = base.join(format!(
            "atelier-submissions-{}-{nanos}-{attempt}",
            std::process::id()
        ));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no scratch folder could be made"))
}

/// Unpacks the bundles (`*.zip`) and their grades (`*.grades.json`) of a submissions zip into
/// a scratch folder, keeping each participant's folder; nothing else is written, and a name
/// that would leave the folder is skipped. A file that is itself one atelier bundle (a
/// `manifest.json` at its root) is taken as the only bundle, its grades beside it.
pub fn extract(file: &Path) -> std::io::Result<Unpacked> {
    let handle = std::fs::File::open(file)?;
    let mut archive = zip::ZipArchive::new(handle).map_err(std::io::Error::other)?;
    let unpacked = Unpacked {
        dir: scratch_dir()?,
    };
    if archive.by_name(crate::bundle::MANIFEST_FILE).is_ok() {
        let name = file.file_name().unwrap_or_default();
        std::fs::copy(file, unpacked.dir.join(name))?;
        let grades = crate::exam::review::grades_path(file);
        if grades.is_file() {
            std::fs::copy(
                &grades,
                crate::exam::review::grades_path(&unpacked.dir.join(name)),
            )?;
        }
        return Ok(unpacked);
    }
    for index in 0..archive.len() {
        let mut member = archive.by_index(index).map_err(std::io::Error::other)?;
        if member.is_dir() {
            continue;
        }
        let Some(relative) = member.enclosed_name() else {
            continue;
        };
        let name = relative.to_string_lossy().to_lowercase();
        if !(name.ends_with(".zip") || name.ends_with(".grades.json")) {
            continue;
        }
        let target = unpacked.dir.join(&relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut out = std::fs::File::create(&target)?;
        let copied = std::io::copy(&mut (&mut member).take(MAX_MEMBER + 1), &mut out)?;
        if copied > MAX_MEMBER {
            return Err(std::io::Error::other(format!(
                "{} is larger than {} MiB",
                relative.display(),
                MAX_MEMBER >> 20
            )));
        }
    }
    Ok(unpacked)
}

/// A Moodle participant from a submission folder's name: (full name, participant id).
pub fn participant(path: &str) -> Option<(String, String)> {
    path.split(['/', '\\']).find_map(|folder| {
        let at = folder.find("_assignsubmission_")?;
        let head = &folder[..at];
        let (name, id) = head.rsplit_once('_')?;
        (!id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
            .then(|| (name.to_string(), id.to_string()))
    })
}

/// An RFC 3339 time as Moodle writes its dates ("Tuesday, 15 December 2026, 9:00 AM"), in UTC.
pub fn moodle_date(rfc3339: &str) -> String {
    use time::format_description::well_known::Rfc3339;
    let Ok(at) = time::OffsetDateTime::parse(rfc3339, &Rfc3339) else {
        return "-".to_string();
    };
    let at = at.to_offset(time::UtcOffset::UTC);
    let format = time::macros::format_description!(
        "[weekday], [day padding:none] [month repr:long] [year], [hour repr:12 padding:none]:[minute] [period]"
    );
    at.format(&format).unwrap_or_else(|_| "-".to_string())
}

fn two_decimals(value: u32) -> String {
    format!("{value}.00")
}

/// The feedback comment: each decided exercise with its points, the reason of a decision
/// against the rule, the certification; or why there is no grade.
fn feedback(entry: &Entry, lang: Lang) -> String {
    if !entry.trusted() {
        return words::state(lang, entry.state).to_string();
    }
    let (Some(grades), Some(case)) = (entry.grades.as_ref(), entry.case.as_deref()) else {
        return words::state(lang, entry.state).to_string();
    };
    let mut parts = Vec::new();
    for exercise in &case.exercises {
        let Some(decision) = grades.decision(&exercise.id) else {
            continue;
        };
        let score = grades.score(exercise);
        let mut part = format!(
            "{} {} ({}/{})",
            exercise.id,
            words::decision(lang, Some(decision)),
            score.points,
            score.max
        );
        if let Some(reason) = grades.reason(&exercise.id) {
            part.push_str(&format!(
                ", {}{}{reason}",
                crate::i18n::review::ReviewText::Reason
                    .get(lang)
                    .to_lowercase(),
                lang.colon()
            ));
        }
        parts.push(part);
    }
    parts.push(format!(
        "{}{}{}",
        words::Column::Certification.get(lang),
        lang.colon(),
        words::certification(lang, grades.certification(case))
    ));
    let separator = match lang {
        Lang::Fr => " ; ",
        Lang::En => "; ",
    };
    parts.join(separator)
}

fn total(grades: &Grades, case: &crate::case::Case) -> (u32, u32, usize) {
    case.exercises.iter().fold((0, 0, 0), |(p, m, s), e| {
        let score = grades.score(e);
        (p + score.points, m + score.max, s + score.scored)
    })
}

pub fn worksheet(entries: &[Entry], options: Options) -> std::io::Result<Vec<u8>> {
    let mut out = writer(options);
    write_row(&mut out, &COLUMNS.map(String::from))?;
    for entry in entries {
        let found = participant(&entry.file);
        let identifier = found
            .as_ref()
            .map(|(_, id)| format!("Participant {id}"))
            .unwrap_or_default();
        let name = if entry.candidate.trim().is_empty() {
            found.map(|(name, _)| name).unwrap_or_default()
        } else {
            entry.candidate.clone()
        };
        let empty = Grades::default();
        let grades = entry.grades.as_ref().unwrap_or(&empty);
        let (points, max, scored) = entry
            .case
            .as_deref()
            .map_or((0, 0, 0), |case| total(grades, case));
        let grade = if entry.trusted() && scored > 0 {
            two_decimals(points)
        } else {
            String::new()
        };
        let status = match entry.state {
            State::Graded => "Submitted for grading - Graded",
            _ => "Submitted for grading",
        };
        let graded_at = match &entry.grades {
            Some(g) if entry.trusted() && !g.updated.is_empty() => moodle_date(&g.updated),
            _ => "-".to_string(),
        };
        write_row(
            &mut out,
            &[
                identifier,
                name,
                String::new(),
                status.to_string(),
                grade,
                if max > 0 {
                    two_decimals(max)
                } else {
                    String::new()
                },
                "Yes".to_string(),
                moodle_date(&entry.created),
                graded_at,
                feedback(entry, options.lang),
            ],
        )?;
    }
    finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_participant_comes_from_the_submission_folder() {
        assert_eq!(
            participant("Jean Dupont_12345_assignsubmission_file_/bundle.zip"),
            Some(("Jean Dupont".into(), "12345".into()))
        );
        assert_eq!(
            participant("x/Marie_Anne Roy_7_assignsubmission_file_/a.zip"),
            Some(("Marie_Anne Roy".into(), "7".into()))
        );
        assert_eq!(participant("class/alice.zip"), None);
        assert_eq!(participant("Jean_x_assignsubmission_file_/a.zip"), None);
    }

    #[test]
    fn dates_are_written_as_moodle_writes_them() {
        assert_eq!(
            moodle_date("2026-12-15T09:05:00Z"),
            "Tuesday, 15 December 2026, 9:05 AM"
        );
        assert_eq!(
            moodle_date("2026-12-15T15:30:00+01:00"),
            "Tuesday, 15 December 2026, 2:30 PM"
        );
        assert_eq!(moodle_date(""), "-");
    }
}
