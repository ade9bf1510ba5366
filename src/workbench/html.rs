//! HTML for the report's sections, which every kind writes: escaping candidate text and the
//! little Markdown that notes use (headings, lists, bold).

use std::fmt::Write as _;

/// Escapes text for HTML element content and quoted attribute values.
/// Escaped text whose line breaks show as `<br>`.
pub fn escape_lines(s: &str) -> String {
    escape(s.trim())
        .replace("\r\n", "\n")
        .replace('\n', "<br>\n")
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Minimal Markdown: paragraphs, `#` headings, `- ` (or `* `) lists and `**bold**`, nothing
/// else. The text is escaped first, so no markup of the candidate's can reach the page.
pub(crate) fn markdown_html(text: &str) -> String {
    let escaped = escape(text);
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_list = false;
    let flush = |out: &mut String, paragraph: &mut Vec<&str>| {
        if !paragraph.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", bold(&paragraph.join("\n")));
            paragraph.clear();
        }
    };
    for line in escaped.lines() {
        let trimmed = line.trim();
        let item = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "));
        let heading = heading_level(trimmed);
        if item.is_none() && in_list {
            out.push_str("</ul>\n");
            in_list = false;
        }
        if let Some(item) = item {
            flush(&mut out, &mut paragraph);
            if !in_list {
                out.push_str("<ul>\n");
                in_list = true;
            }
            let _ = writeln!(out, "<li>{}</li>", bold(item.trim()));
        } else if let Some((level, title)) = heading {
            flush(&mut out, &mut paragraph);
            // Notes sit under the exercise's h3: their headings start at h4.
            let tag = (level + 3).min(6);
            let _ = writeln!(out, "<h{tag}>{}</h{tag}>", bold(title));
        } else if trimmed.is_empty() {
            flush(&mut out, &mut paragraph);
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut out, &mut paragraph);
    if in_list {
        out.push_str("</ul>\n");
    }
    out
}

/// `**text**` -> `<strong>text</strong>` in already escaped text, when the markers pair up.
pub(crate) fn bold(escaped: &str) -> String {
    let parts: Vec<&str> = escaped.split("**").collect();
    if parts.len() < 3 || parts.len().is_multiple_of(2) {
        return escaped.to_string();
    }
    let mut out = String::new();
    for (index, part) in parts.iter().enumerate() {
        if index % 2 == 1 {
            let _ = write!(out, "<strong>{part}</strong>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// `## Title` -> (2, "Title"); a `#` run must be followed by a space.
pub(crate) fn heading_level(line: &str) -> Option<(usize, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    let title = rest.strip_prefix(' ')?.trim();
    Some((hashes, title))
}
