//! Tables as an Excel workbook (`.xlsx`, with `rust_xlsxwriter`) for spreadsheet users: one
//! sheet per table, its first row the header (bold, frozen), a number written as a number
//! (so that the spreadsheet can sum it) and anything else as text.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// One sheet: its name and its rows, the first being the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// A cell's text as a number when it is written as one in plain decimal (`15`, `-3`,
/// `12.5`): not `007` (a code), `1e3`, `+4` or `1 an`.
pub fn as_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let ok = plain(whole)
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.is_none_or(plain)
        && whole.len() <= 15;
    ok.then(|| text.parse().ok()).flatten()
}

/// A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`, no leading or
/// trailing apostrophe, not empty, and unlike the `taken` ones (ignoring case).
pub fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').to_string();
    let base = if cleaned.is_empty() {
        "Sheet".to_string()
    } else {
        cleaned
    };
    let clash = |name: &str| {
        taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
    };
    let cut = |text: &str, max: usize| text.chars().take(max).collect::<String>();
    let mut name = cut(&base, 31);
    let mut n = 2;
    while clash(&name) {
        let suffix = format!(" ({n})");
        name = format!("{}{suffix}", cut(&base, 31 - suffix.chars().count()));
        n += 1;
    }
    name
}

/// The workbook of the given sheets (at least one: an empty list gives one empty sheet).
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let mut names: Vec<String> = Vec::new();
    for sheet in sheets {
        let name = sheet_name(&sheet.name, &names);
        let page = book.add_worksheet();
        page.set_name(&name)?;
        names.push(name);
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, text) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                if text.is_empty() {
                    continue;
                }
                if r == 0 {
                    page.write_string_with_format(r, c, text, &bold)?;
                } else if let Some(value) = as_number(text) {
                    page.write_number(r, c, value)?;
                } else {
                    page.write_string(r, c, text)?;
                }
            }
        }
        if !sheet.rows.is_empty() {
            page.set_freeze_panes(1, 0)?;
        }
        page.autofit();
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader};

    #[test]
    fn numbers_are_plain_decimals_only() {
        assert_eq!(as_number("15"), Some(15.0));
        assert_eq!(as_number("-12.5"), Some(-12.5));
        assert_eq!(as_number("0.25"), Some(0.25));
        for text in [
            "007", "1e3", "+4", "1 an", "", "-", "3.", ".5", "12,5", "NaN", "inf",
        ] {
            assert_eq!(as_number(text), None, "{text}");
        }
    }

    #[test]
    fn sheet_names_follow_excel_rules() {
        assert_eq!(sheet_name("a/b: [c]?", &[]), "a-b- -c--");
        let long = "x".repeat(40);
        assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
        let taken = vec!["Besoins".to_string()];
        assert_eq!(sheet_name("besoins", &taken), "besoins (2)");
        assert_eq!(sheet_name("''", &[]), "Sheet");
    }

    #[test]
    fn a_workbook_reads_back_with_calamine() {
        let sheets = vec![
            Sheet {
                name: "besoins".into(),
                rows: vec![
                    vec!["Service".into(), "Écart".into(), "Horizon".into()],
                    vec!["Magasins".into(), "3".into(), "1 an".into()],
                    vec!["Siège".into(), "".into(), "007".into()],
                ],
            },
            Sheet {
                name: "formation".into(),
                rows: vec![vec!["Action".into()]],
            },
        ];
        let bytes = workbook(&sheets).unwrap();
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["besoins", "formation"]);
        let range = book.worksheet_range("besoins").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][1], Data::String("Écart".into()));
        assert_eq!(rows[1][1], Data::Float(3.0));
        assert_eq!(rows[1][2], Data::String("1 an".into()));
        assert_eq!(rows[2][1], Data::Empty);
        assert_eq!(rows[2][2], Data::String("007".into()));
    }
}
