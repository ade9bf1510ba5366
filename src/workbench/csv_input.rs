//! Reading a CSV file as spreadsheets write it, shared by every CSV import (A6 edge list and
//! actors, A7 register, A12 posts): the bytes decoded (UTF-8 with or without a byte-order
//! mark, UTF-16 with one, or else Windows-1252, which a French Excel writes), line ends made
//! `\n` (so CRLF and old Mac CR count lines as LF does), the separator detected from the header
//! (`,`, `;` as a French spreadsheet writes, or a tab), and the 1-based line of a record.

use std::borrow::Cow;

/// The encoding a file was read in, to say so to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf16,
    Windows1252,
}

impl SourceEncoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            SourceEncoding::Utf8 => "UTF-8",
            SourceEncoding::Utf16 => "UTF-16",
            SourceEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Why the bytes of a file cannot be read as text; the message names the line and the
/// encoding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("line {line}: the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0x{byte:02X}); save it again as \"CSV UTF-8\"")]
    BadUtf8 { line: u64, byte: u8 },
    #[error("line {line}: the file is neither UTF-8 nor Windows-1252 (byte 0x{byte:02X}); save it again as \"CSV UTF-8\"")]
    Unknown { line: u64, byte: u8 },
}

/// The 1-based line of byte `at` of `bytes`.
fn line_of(bytes: &[u8], at: usize) -> u64 {
    let upto = &bytes[..at.min(bytes.len())];
    let lf = upto.iter().filter(|&&b| b == b'\n').count();
    // A file with CR only line ends (old Mac) counts its CRs.
    let lines = if lf == 0 {
        upto.iter().filter(|&&b| b == b'\r').count()
    } else {
        lf
    };
    lines as u64 + 1
}

/// Decodes a CSV file's bytes: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order
/// mark, or, when the bytes are not UTF-8, Windows-1252. Bytes that are neither (a NUL, or one
/// of the five bytes Windows-1252 leaves undefined) are refused with their line.
pub fn decode(bytes: &[u8]) -> Result<(String, SourceEncoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => Ok((text.to_string(), SourceEncoding::Utf8)),
            Err(e) => Err(DecodeError::BadUtf8 {
                line: line_of(rest, e.valid_up_to()),
                byte: rest[e.valid_up_to()],
            }),
        };
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return Ok((text.into_owned(), SourceEncoding::Utf16));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), SourceEncoding::Utf8));
    }
    if let Some(at) = bytes
        .iter()
        .position(|b| matches!(b, 0x00 | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D))
    {
        return Err(DecodeError::Unknown {
            line: line_of(bytes, at),
            byte: bytes[at],
        });
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), SourceEncoding::Windows1252))
}

/// CSV text ready for the `csv` reader: no byte-order mark, `\n` line ends, and the detected
/// separator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvText<'a> {
    pub text: Cow<'a, str>,
    pub delimiter: u8,
}

/// Prepares decoded text: drops a byte-order mark, turns CRLF and CR into LF, and detects the
/// separator from the first line.
pub fn prepare(text: &str) -> CsvText<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let delimiter = detect_delimiter(&text);
    CsvText { text, delimiter }
}

/// The separator of the first non-blank line, outside quotes: `;` or a tab when there are more
/// of them than commas, else `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    let mut started = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes && started => break,
            ',' if !in_quotes => counts[0] += 1,
            ';' if !in_quotes => counts[1] += 1,
            '\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
        if c != '\n' {
            started = true;
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for k in 1..3 {
        if counts[k] > counts[best] {
            best = k;
        }
    }
    candidates[best]
}

/// The separator's name in messages.
pub fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => "\";\"",
        b'\t' => "tab",
        _ => "\",\"",
    }
}

impl CsvText<'_> {
    /// A `csv` reader builder with the detected separator.
    pub fn builder(&self) -> csv::ReaderBuilder {
        let mut builder = csv::ReaderBuilder::new();
        builder.delimiter(self.delimiter);
        builder
    }

    /// The text's bytes, for `from_reader`.
    pub fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }
}

/// The 1-based line of records by their starting byte, counted incrementally over increasing
/// offsets so a whole read stays linear. Blank lines before a record (which the `csv` reader
/// counts into the record that follows them) are stepped over.
#[derive(Debug, Default)]
pub struct LineCounter {
    byte: usize,
    newlines: u64,
}

impl LineCounter {
    /// The line of the record starting at `byte` of `text` (text as prepared, `\n` line ends).
    pub fn line_at(&mut self, text: &str, byte: u64) -> u64 {
        let bytes = text.as_bytes();
        let mut at = (byte as usize).min(bytes.len());
        while at < bytes.len() && bytes[at] == b'\n' {
            at += 1;
        }
        if at < self.byte {
            *self = LineCounter::default();
        }
        self.newlines += bytes[self.byte..at].iter().filter(|&&b| b == b'\n').count() as u64;
        self.byte = at;
        self.newlines + 1
    }
}

/// The line of a `csv` error in `text` (as prepared), or `fallback` when it has no position.
pub fn error_line(err: &csv::Error, text: &str, fallback: u64) -> u64 {
    err.position()
        .map_or(fallback, |p| LineCounter::default().line_at(text, p.byte()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_and_utf16() {
        assert_eq!(
            decode("é,b\n".as_bytes()).unwrap(),
            ("é,b\n".to_string(), SourceEncoding::Utf8)
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFa;b\r\n").unwrap(),
            ("a;b\r\n".to_string(), SourceEncoding::Utf8)
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("é\tb".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode(&utf16).unwrap(),
            ("é\tb".to_string(), SourceEncoding::Utf16)
        );
    }

    #[test]
    fn windows_1252_is_decoded_and_unknown_bytes_are_refused() {
        // "Hélène;Société €\r\n" as a French Excel writes it.
        let bytes = b"H\xE9l\xE8ne;Soci\xE9t\xE9 \x80\r\n";
        assert_eq!(
            decode(bytes).unwrap(),
            (
                "Hélène;Société €\r\n".to_string(),
                SourceEncoding::Windows1252
            )
        );
        assert_eq!(
            decode(b"a,b\r\nc\x81,d\r\n").unwrap_err().to_string(),
            "line 2: the file is neither UTF-8 nor Windows-1252 (byte 0x81); save it again as \"CSV UTF-8\""
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFa\nb\nc\xE9\n").unwrap_err(),
            DecodeError::BadUtf8 {
                line: 3,
                byte: 0xE9
            }
        );
    }

    #[test]
    fn separator_is_detected_from_the_first_line() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3;4;5\n"), b',');
        assert_eq!(detect_delimiter("\n\"x,y\";b;c\n"), b';');
        assert_eq!(detect_delimiter("a\tb\n"), b'\t');
        assert_eq!(detect_delimiter("single\n"), b',');
        assert_eq!(delimiter_name(b';'), "\";\"");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        let prepared = prepare("\u{feff}a;b\r\n1;2\r3;4");
        assert_eq!(prepared.text, "a;b\n1;2\n3;4");
        assert_eq!(prepared.delimiter, b';');
        assert!(matches!(prepare("a,b\n").text, Cow::Borrowed(_)));
    }

    #[test]
    fn line_counter_skips_blank_lines() {
        let text = "h\n\n\nx\ny\n";
        let mut lines = LineCounter::default();
        assert_eq!(lines.line_at(text, 0), 1);
        assert_eq!(lines.line_at(text, 2), 4);
        assert_eq!(lines.line_at(text, 6), 5);
    }
}
