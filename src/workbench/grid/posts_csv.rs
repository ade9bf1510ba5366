//! A12's corpus of posts or reviews read from CSV as spreadsheets write it (see
//! [`crate::workbench::csv_input`]): a header naming `date`, `source`, `text` and optionally
//! `rating`, real calendar dates, text in Unicode NFC; every refusal names its line.

use crate::workbench::csv_input;
use crate::workbench::grid::model::{parse_date, Post};
use unicode_normalization::UnicodeNormalization;

/// Why a corpus file was refused; the message names the line at fault.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ImportError {
    #[error("line {line}: {problem}")]
    Line { line: u64, problem: PostProblem },
    #[error("the file has no header line (expected date,source,text and optionally rating)")]
    Empty,
}

/// What is wrong on a line of a corpus (English here; `grid::text::posts_import_error` says
/// it in French).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PostProblem {
    #[error("the header has no \"{name}\" column (expected date,source,text and optionally rating, separated by {separator})")]
    NoColumn {
        name: &'static str,
        separator: &'static str,
    },
    #[error("the date \"{0}\" is not a calendar date YYYY-MM-DD")]
    BadDate(String),
    #[error("the text is empty")]
    EmptyText,
    #[error("the rating \"{0}\" is not a whole number from 1 to 5")]
    BadRating(String),
    #[error("{found} fields where the header has {expected}")]
    FieldCount { found: usize, expected: usize },
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    #[error("{0}")]
    Unreadable(String),
}

fn line_error(line: u64, problem: PostProblem) -> ImportError {
    ImportError::Line { line, problem }
}

/// Reads posts from CSV text whose header names `date`, `source` and `text` (in any order)
/// and optionally `rating` (1 to 5); other columns are ignored.
pub fn read_posts_csv(text: &str) -> Result<Vec<Post>, ImportError> {
    let prepared = csv_input::prepare(text);
    let text: &str = &prepared.text;
    let mut reader = prepared
        .builder()
        .flexible(false)
        .from_reader(prepared.bytes());
    let headers = reader
        .headers()
        .map_err(|e| csv_error(&e, text, 1))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect::<Vec<_>>();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(ImportError::Empty);
    }
    let find = |name: &str| headers.iter().position(|h| h == name);
    let mut columns = [0usize; 3];
    for (slot, name) in ["date", "source", "text"].into_iter().enumerate() {
        columns[slot] = find(name).ok_or_else(|| {
            line_error(
                1,
                PostProblem::NoColumn {
                    name,
                    separator: csv_input::delimiter_name(prepared.delimiter),
                },
            )
        })?;
    }
    let rating = find("rating");
    let mut posts = Vec::new();
    // Lines are counted from the previous record on, so the whole read stays linear.
    let mut lines = csv_input::LineCounter::default();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, text, 0))?;
        let line = record
            .position()
            .map_or(0, |p| lines.line_at(text, p.byte()));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").trim().nfc().collect::<String>();
        let date = field(columns[0]);
        if parse_date(&date).is_none() {
            return Err(line_error(line, PostProblem::BadDate(date)));
        }
        let text = field(columns[2]);
        if text.is_empty() {
            return Err(line_error(line, PostProblem::EmptyText));
        }
        let rating = match rating.map(&field).filter(|r| !r.is_empty()) {
            None => None,
            Some(r) => match r.parse::<u8>() {
                Ok(n) if (1..=5).contains(&n) => Some(n),
                _ => return Err(line_error(line, PostProblem::BadRating(r))),
            },
        };
        posts.push(Post {
            date,
            source: field(columns[1]),
            text,
            rating,
        });
    }
    Ok(posts)
}

fn csv_error(err: &csv::Error, text: &str, fallback: u64) -> ImportError {
    let line = csv_input::error_line(err, text, fallback);
    let problem = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => PostProblem::FieldCount {
            found: *len as usize,
            expected: *expected_len as usize,
        },
        csv::ErrorKind::Utf8 { .. } => PostProblem::NotUtf8,
        _ => PostProblem::Unreadable(err.to_string()),
    };
    line_error(line, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/csv")
            .join(name);
        crate::workbench::csv_input::decode(&std::fs::read(path).unwrap())
            .unwrap()
            .0
    }

    #[test]
    fn import_errors_name_the_line() {
        let err = read_posts_csv("date,source\n2025-01-01,x\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: the header has no \"text\" column (expected date,source,text and optionally rating, separated by \",\")"
        );
        let err =
            read_posts_csv("date,source,text\n2025-01-01,x,ok\n01/02/2025,x,bad\n").unwrap_err();
        assert_eq!(
            err,
            ImportError::Line {
                line: 3,
                problem: PostProblem::BadDate("01/02/2025".into())
            }
        );
        let err = read_posts_csv("date,source,text,rating\n2025-01-01,x,ok,9\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2: the rating \"9\" is not a whole number from 1 to 5"
        );
        let err =
            read_posts_csv("date,source,text\n2025-01-01,x,ok\n\n2025-01-02,x\n").unwrap_err();
        assert_eq!(err.to_string(), "line 4: 2 fields where the header has 3");
        let err = read_posts_csv("date,source,text\n\n2025-01-01,x,\"\"\n").unwrap_err();
        assert_eq!(err.to_string(), "line 3: the text is empty");
        assert_eq!(read_posts_csv(""), Err(ImportError::Empty));
    }

    #[test]
    fn impossible_dates_are_refused_with_their_line_crlf_or_not() {
        // BOM, ';', CRLF, a quoted line break and a blank line: 2025-02-31 is on line 7.
        let err = read_posts_csv(&fixture("posts_bom_semicolon_crlf_bad_date.csv")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 7: the date \"2025-02-31\" is not a calendar date YYYY-MM-DD"
        );
        for (date, ok) in [
            ("2024-02-29", true),
            ("2025-02-29", false),
            ("2000-02-29", true),
            ("1900-02-29", false),
            ("2025-04-31", false),
            ("2025-12-31", true),
        ] {
            let text = format!("date,source,text\r\n{date},x,ok\r\n");
            assert_eq!(read_posts_csv(&text).is_ok(), ok, "{date}");
        }
    }
}
