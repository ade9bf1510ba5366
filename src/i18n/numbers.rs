//! Numbers and dates as each language writes them: French groups thousands with a narrow
//! no-break space and uses a decimal comma ("1 000", "0,25"), English a comma and a point
//! ("1,000", "0.25"); a timestamp is "2 décembre 2026 à 16:23" or "2 December 2026, 16:23",
//! never RFC 3339 with nanoseconds.

use crate::i18n::Lang;

/// Narrow no-break space (U+202F), French's thousands separator.
const NARROW_NBSP: char = '\u{202f}';

/// An integer with its thousands grouped: "12 345" (French), "12,345" (English).
pub fn integer(lang: Lang, value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match lang {
        Lang::Fr => NARROW_NBSP,
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A count of things, grouped as `integer` does.
pub fn count(lang: Lang, value: usize) -> String {
    integer(lang, i64::try_from(value).unwrap_or(i64::MAX))
}

/// A number with at most `decimals` decimals, trailing zeros dropped, thousands grouped:
/// "1 234,5" (French), "1,234.5" (English).
pub fn decimal(lang: Lang, value: f64, decimals: usize) -> String {
    written(lang, value, decimals, true)
}

/// A number with exactly `decimals` decimals, for columns of figures: "0,250" (French),
/// "0.250" (English).
pub fn fixed(lang: Lang, value: f64, decimals: usize) -> String {
    written(lang, value, decimals, false)
}

fn written(lang: Lang, value: f64, decimals: usize, trim: bool) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = if trim {
        fraction.trim_end_matches('0')
    } else {
        fraction
    };
    let whole: i64 = whole.parse().unwrap_or(0);
    let negative = value < 0.0 && (whole != 0 || fraction.bytes().any(|b| b != b'0'));
    let mut out = integer(lang, whole);
    if negative {
        out.insert(0, '-');
    }
    if !fraction.is_empty() {
        out.push(match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        });
        out.push_str(fraction);
    }
    out
}

/// A figure of a grid or chart, as `grid::model::format_number` rounds it (whole from 100
/// up, else at most three decimals), grouped and with the language's decimal mark:
/// "16 020", "0,052" (French); "16,020", "0.052" (English).
pub fn figure(lang: Lang, value: f64) -> String {
    if value.abs() >= 100.0 || value.fract() == 0.0 {
        decimal(lang, value, 0)
    } else {
        decimal(lang, value, 3)
    }
}

/// A figure in at most `width` columns: written whole when it fits, else shortened to
/// thousands, millions or billions ("210 k", "1,48 M", "9 Md"; "1.48M" in English), else
/// cut with an ellipsis. Figures side by side stay apart and readable.
pub fn figure_within(lang: Lang, value: f64, width: usize) -> String {
    let whole = figure(lang, value);
    if whole.chars().count() <= width {
        return whole;
    }
    let (fr_units, en_units) = (["k", "M", "Md"], ["K", "M", "B"]);
    let magnitude = value.abs();
    for (i, scale) in [1e3, 1e6, 1e9].iter().enumerate().rev() {
        if magnitude < *scale {
            continue;
        }
        let short = value / scale;
        for decimals in [2, 1, 0] {
            let number = decimal(lang, short, decimals);
            let text = match lang {
                Lang::Fr => format!("{number}{NBSP}{}", fr_units[i]),
                Lang::En => format!("{number}{}", en_units[i]),
            };
            if text.chars().count() <= width {
                return text;
            }
        }
        break;
    }
    let mut cut: String = whole.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// No-break space (U+00A0), before a unit.
const NBSP: char = '\u{a0}';

/// A percentage as the language writes it: "23 %" (a narrow no-break space in French),
/// "23%" (English).
pub fn percent(lang: Lang, value: f64, decimals: usize) -> String {
    let number = decimal(lang, value, decimals);
    match lang {
        Lang::Fr => format!("{number}{NARROW_NBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The parts of an RFC 3339 timestamp ("2026-12-02T16:23:44.544131989Z"): date, time to
/// the minute, and the offset as written ("Z", "+01:00").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp<'a> {
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    offset: &'a str,
}

fn parse_stamp(text: &str) -> Option<Stamp<'_>> {
    let text = text.trim();
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let sep =
        |at: usize, allowed: &[u8]| text.as_bytes().get(at).is_some_and(|b| allowed.contains(b));
    let year = number(0..4)? as i32;
    let month = number(5..7)?;
    let day = number(8..10)?;
    if !(sep(4, b"-") && sep(7, b"-") && (1..=12).contains(&month)) {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if text.len() == 10 {
        return Some(Stamp {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            offset: "",
        });
    }
    let hour = number(11..13)?;
    let minute = number(14..16)?;
    if !(sep(10, b"Tt ") && sep(13, b":")) || hour > 23 || minute > 59 {
        return None;
    }
    // Seconds and their fraction are dropped; what is left is the offset.
    let rest = text.get(16..)?;
    let rest = rest.strip_prefix(':').map_or(rest, |r| {
        r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
    });
    Some(Stamp {
        year,
        month,
        day,
        hour,
        minute,
        offset: rest,
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date as the language writes it in full: "2 décembre 2026" ("1er" on the first),
/// "2 December 2026". Reads "2026-12-02" and RFC 3339 timestamps; anything else is shown as
/// it is.
pub fn date(lang: Lang, text: &str) -> String {
    match parse_stamp(text) {
        Some(s) => long_date(lang, &s),
        None => text.to_string(),
    }
}

fn long_date(lang: Lang, s: &Stamp) -> String {
    let month = (s.month as usize).saturating_sub(1);
    match lang {
        Lang::Fr if s.day == 1 => format!("1er {} {}", MONTHS_FR[month], s.year),
        Lang::Fr => format!("{} {} {}", s.day, MONTHS_FR[month], s.year),
        Lang::En => format!("{} {} {}", s.day, MONTHS_EN[month], s.year),
    }
}

/// A timestamp to the minute, as the language writes it: "2 décembre 2026 à 16:23 UTC",
/// "2 December 2026, 16:23 UTC" (the offset is named unless the time is local: `Z` is UTC,
/// another offset is written as it is). Anything that is not RFC 3339 is shown as it is.
pub fn date_time(lang: Lang, text: &str) -> String {
    let Some(s) = parse_stamp(text) else {
        return text.to_string();
    };
    let zone = match s.offset {
        "" => String::new(),
        "Z" | "z" | "+00:00" => " UTC".to_string(),
        other => format!(" (UTC{other})"),
    };
    let day = long_date(lang, &s);
    match lang {
        Lang::Fr => format!("{day} à {:02}:{:02}{zone}", s.hour, s.minute),
        Lang::En => format!("{day}, {:02}:{:02}{zone}", s.hour, s.minute),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_decimals_in_each_language() {
        assert_eq!(integer(Lang::Fr, 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(integer(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(integer(Lang::Fr, -999), "-999");
        assert_eq!(count(Lang::En, 1000), "1,000");
        assert_eq!(decimal(Lang::Fr, 0.294_12, 3), "0,294");
        assert_eq!(decimal(Lang::En, 1234.5, 2), "1,234.5");
        assert_eq!(decimal(Lang::Fr, 2.0, 2), "2");
        assert_eq!(decimal(Lang::Fr, -0.0001, 2), "0");
        assert_eq!(decimal(Lang::Fr, -1.25, 2), "-1,25");
        assert_eq!(fixed(Lang::Fr, 0.25, 3), "0,250");
        assert_eq!(fixed(Lang::En, 12345.0, 1), "12,345.0");
        assert_eq!(fixed(Lang::Fr, -0.0001, 2), "0,00");
    }

    #[test]
    fn figures_stay_readable_in_a_narrow_column() {
        assert_eq!(figure(Lang::Fr, 16_020.0), "16\u{202f}020");
        assert_eq!(figure(Lang::Fr, 0.052), "0,052");
        assert_eq!(figure(Lang::En, 210_720.12), "210,720");
        assert_eq!(figure_within(Lang::Fr, 4920.0, 8), "4\u{202f}920");
        assert_eq!(figure_within(Lang::Fr, 210_720.12, 6), "211\u{a0}k");
        assert_eq!(figure_within(Lang::Fr, 1_478_058_320.0, 7), "1,48\u{a0}Md");
        assert_eq!(figure_within(Lang::En, 1_478_058_320.0, 5), "1.48B");
        assert_eq!(figure_within(Lang::En, 2_500_000.0, 4), "2.5M");
        assert_eq!(figure_within(Lang::Fr, 0.052, 3), "0,…");
        assert_eq!(percent(Lang::Fr, 23.4, 0), "23\u{202f}%");
        assert_eq!(percent(Lang::En, 23.4, 0), "23%");
    }

    #[test]
    fn timestamps_read_as_people_write_them() {
        let stamp = "2026-12-02T16:23:44.544131989Z";
        assert_eq!(date_time(Lang::Fr, stamp), "2 décembre 2026 à 16:23 UTC");
        assert_eq!(date_time(Lang::En, stamp), "2 December 2026, 16:23 UTC");
        assert_eq!(
            date_time(Lang::Fr, "2026-03-01T09:05:00+01:00"),
            "1er mars 2026 à 09:05 (UTC+01:00)"
        );
        assert_eq!(date(Lang::En, "2026-02-01"), "1 February 2026");
        assert_eq!(date(Lang::Fr, stamp), "2 décembre 2026");
        // Not a date: shown as it is, never invented.
        assert_eq!(date(Lang::Fr, "2025-02-31"), "2025-02-31");
        assert_eq!(date_time(Lang::Fr, "hier"), "hier");
        assert_eq!(
            date_time(Lang::Fr, "2026-12-02T25:00:00Z"),
            "2026-12-02T25:00:00Z"
        );
    }
}
