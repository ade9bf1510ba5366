//! The A1 answer in report.html: the last run's tests, the sketch's frame (inline SVG, drawn
//! by atelier with every text escaped) and both files' text.

use crate::i18n::{Lang, Text};
use crate::workbench::code::model::CodeAnswer;
use crate::workbench::code::text::CodeText;
use crate::workbench::html::escape;
use std::fmt::Write as _;

pub fn code_html(out: &mut String, code: &CodeAnswer, lang: Lang) {
    if let Some(run) = &code.last_run {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"run {}\"><strong>{}</strong> ({}/{}, {} ms)</p>\n<table class=\"tests\">\n<tbody>",
            escape(Text::Code(CodeText::CodeTests).get(lang)),
            escape(run.status.as_str()),
            escape(crate::workbench::code::text::status_label(lang, run.status)),
            run.passed_count(),
            run.tests.len(),
            crate::i18n::numbers::count(lang, run.duration_ms as usize)
        );
        for test in &run.tests {
            let _ = writeln!(
                out,
                "<tr><td class=\"{}\">{}</td><td>{}</td><td>{}</td></tr>",
                if test.passed { "ok" } else { "ko" },
                if test.passed { "✓" } else { "✗" },
                escape(&test.name),
                escape(&crate::workbench::code::text::test_message(lang, test))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(svg) = &code.sketch_svg {
        let _ = writeln!(
            out,
            "<figure class=\"sketch\">\n{svg}<figcaption>sketch.py</figcaption>\n</figure>"
        );
    }
    for (name, text) in [("program.py", &code.program), ("sketch.py", &code.sketch)] {
        if !text.trim().is_empty() {
            let _ = writeln!(
                out,
                "<details class=\"source\">\n<summary>{name}</summary>\n<pre><code>{}</code></pre>\n</details>",
                escape(text)
            );
        }
    }
}
