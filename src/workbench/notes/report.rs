//! The report's HTML for the `note` kind (sections, A4's picks, MC's attachments,
//! references) and the `deck` kind (slides with points and speaker notes, rehearsals).
//! Every text of the candidate goes through `escape` (or `markdown_html`, which escapes).

use crate::case::{DeckConfig, Exercise, Kind, NoteConfig};
use crate::i18n::{Lang, Text};
use crate::workbench::deck::model::clock_text;
use crate::workbench::html::{escape, markdown_html};
use crate::workbench::notes::formats::shaped_note;
use crate::workbench::notes::text::NotesText;
use crate::workspace::Answer;
use std::fmt::Write;

/// Extra CSS of these kinds.
pub(crate) const CSS: &str = r#"
.slides { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 0.8rem; }
.slide { border: 1px solid #888; border-radius: 4px; padding: 0.5rem 0.8rem; overflow-wrap: anywhere; }
.slide h4 { margin: 0 0 0.4rem 0; }
.slide .speaker { color: #444; font-size: 0.9em; border-top: 1px dashed #bbb; padding-top: 0.3rem; }
.over { color: #a00; font-weight: 600; }
"#;

pub(crate) fn answer_html(out: &mut String, exercise: &Exercise, answer: &Answer, lang: Lang) {
    match exercise.kind {
        Kind::Note if answer.note.is_some() => note_html(out, exercise, answer, lang),
        Kind::Deck if answer.deck.is_some() => deck_html(out, exercise, answer, lang),
        _ => {}
    }
}

fn note_html(out: &mut String, exercise: &Exercise, answer: &Answer, lang: Lang) {
    let t = |text: Text| escape(text.get(lang));
    let config = NoteConfig::of(exercise);
    let note = shaped_note(exercise, answer);
    out.push_str("<div class=\"note\">\n");
    for section in &note.sections {
        if !section.title.is_empty() {
            let _ = writeln!(out, "<h4>{}</h4>", escape(&section.title));
        }
        if section.text.trim().is_empty() {
            let _ = writeln!(out, "<p class=\"empty\">—</p>");
        } else {
            out.push_str(&link_citations(
                &markdown_html(&section.text),
                &exercise.id,
                &note,
            ));
        }
    }
    out.push_str("</div>\n");
    if !config.schemes.is_empty() && !note.picks.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"schemes\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            t(Text::NoteDeck(NotesText::Schemes)),
            t(Text::NoteDeck(NotesText::Schemes)),
            t(Text::NoteDeck(NotesText::FundingBody)),
            t(Text::NoteDeck(NotesText::FundingForm)),
            t(Text::NoteDeck(NotesText::Argument)),
            t(Text::NoteDeck(NotesText::Counterparts))
        );
        for pick in &note.picks {
            let cells = crate::workbench::notes::formats::scheme_pick_cells(&config, pick, lang)
                .map(|c| format!("<td>{}</td>", escape(&c)));
            let _ = writeln!(out, "<tr>{}</tr>", cells.concat());
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !note.attachments.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"attachments\">",
            t(Text::NoteDeck(NotesText::Attachments))
        );
        for attachment in &note.attachments {
            let id = escape(&attachment.exercise);
            let _ = writeln!(
                out,
                "<li><a href=\"#{id}\">{id}</a> {} <span class=\"evidence\">(exports/{id}.*, {})</span></li>",
                escape(&attachment.caption),
                t(Text::NoteDeck(NotesText::AttachedExports))
            );
        }
        out.push_str("</ul>\n");
    }
    if !note.references.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"references\">",
            t(Text::NoteDeck(NotesText::ReferencesPanel))
        );
        for reference in &note.references {
            let _ = writeln!(
                out,
                "<li id=\"{}\"><span class=\"label\">[@{}]</span> {}</li>",
                escape(&anchor(&exercise.id, &reference.id)),
                escape(&reference.id),
                escape(&reference.citation())
            );
        }
        out.push_str("</ul>\n");
    }
}

/// The anchor of a reference in the page: `ref-A9-chesbrough2003`.
fn anchor(exercise: &str, key: &str) -> String {
    format!("ref-{exercise}-{key}")
}

/// `[@key]` in the (already escaped) text becomes a link to its reference in the list.
/// Keys hold only letters, digits, `-` and `_`, so they need no escaping of their own.
fn link_citations(html: &str, exercise: &str, note: &crate::workspace::Note) -> String {
    let mut out = html.to_string();
    for reference in &note.references {
        let key = &reference.id;
        if key.is_empty() || !key.chars().all(crate::workbench::notes::model::is_key_char) {
            continue;
        }
        let cited = format!("[@{key}]");
        let link = format!(
            "<a href=\"#{}\">[@{key}]</a>",
            escape(&anchor(exercise, key))
        );
        out = out.replace(&cited, &link);
    }
    out
}

fn deck_html(out: &mut String, exercise: &Exercise, answer: &Answer, lang: Lang) {
    let t = |text: Text| escape(text.get(lang));
    let config = DeckConfig::of(exercise);
    let Some(deck) = &answer.deck else {
        return;
    };
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<div class=\"slides\">",
        t(Text::NoteDeck(NotesText::Slides))
    );
    for (index, slide) in deck.slides.iter().enumerate() {
        let _ = writeln!(
            out,
            "<div class=\"slide\">\n<h4><span class=\"label\">{}/{}</span>{}</h4>",
            index + 1,
            config.max_slides,
            escape(&slide.title)
        );
        let points: Vec<&str> = slide.filled_points().collect();
        if !points.is_empty() {
            out.push_str("<ul>\n");
            for point in points {
                let _ = writeln!(out, "<li>{}</li>", escape(point));
            }
            out.push_str("</ul>\n");
        }
        if !slide.notes.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"speaker\"><strong>{}</strong>{}{}</p>",
                t(Text::NoteDeck(NotesText::SpeakerNotes)),
                lang.colon(),
                escape(slide.notes.trim()).replace('\n', "<br>")
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    if !deck.objections.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"objections\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            t(Text::NoteDeck(NotesText::Objections)),
            t(Text::NoteDeck(NotesText::Objections)),
            t(Text::NoteDeck(NotesText::AnswerLabel))
        );
        for objection in &deck.objections {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&objection.objection),
                escape(&objection.answer)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(oral) = &deck.oral {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p>{}</p>",
            t(Text::NoteDeck(NotesText::OralSession)),
            escape(&crate::workbench::notes::formats::oral_head(oral, lang))
        );
        let asked: Vec<&str> = oral.asked().collect();
        if !asked.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ol class=\"jury-questions\">",
                t(Text::NoteDeck(NotesText::OralQuestionsAsked))
            );
            for question in asked {
                let _ = writeln!(out, "<li>{}</li>", escape(question));
            }
            out.push_str("</ol>\n");
        }
    }
    if deck.rehearsals.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table class=\"rehearsals\">\n<thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        t(Text::NoteDeck(NotesText::Rehearsals)),
        t(Text::NoteDeck(NotesText::Total)),
        t(Text::NoteDeck(NotesText::Limit)),
        t(Text::NoteDeck(NotesText::SlideTimes))
    );
    for (index, rehearsal) in deck.rehearsals.iter().enumerate() {
        let class = if rehearsal.over_time() {
            " class=\"over\""
        } else {
            ""
        };
        let times = rehearsal
            .slides
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {}", i + 1, clock_text(s.seconds as i64)))
            .collect::<Vec<_>>()
            .join(" · ");
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td{class}>{}</td><td>{}</td><td>{}</td></tr>",
            index + 1,
            clock_text(rehearsal.total_seconds() as i64),
            clock_text(rehearsal.limit_seconds as i64),
            escape(&times)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::workbench::deck::model::Slide;
    use crate::workbench::notes::model::{Reference, Section};
    use crate::workspace::{Deck, Note};

    #[test]
    fn hostile_text_of_notes_and_slides_is_escaped() {
        let case = Case::embedded_default();
        let evil = "<script>alert('x')</script> & \"q\"";
        let mut note = Note {
            sections: vec![Section {
                title: "Dispositifs retenus".into(),
                text: evil.into(),
            }],
            references: vec![Reference {
                id: "k".into(),
                author: evil.into(),
                ..Reference::default()
            }],
            ..Note::default()
        };
        note.toggle_pick("cir");
        note.pick_mut("cir").unwrap().argument = evil.into();
        note.toggle_attachment("<b>");
        let answer = Answer {
            note: Some(note),
            ..Answer::default()
        };
        let mut out = String::new();
        answer_html(&mut out, case.exercise("A4").unwrap(), &answer, Lang::Fr);
        let deck = Answer {
            deck: Some(Deck {
                slides: vec![Slide {
                    title: evil.into(),
                    points: vec![evil.into()],
                    notes: evil.into(),
                }],
                objections: vec![crate::workbench::deck::model::Objection {
                    objection: evil.into(),
                    answer: evil.into(),
                }],
                rehearsals: Vec::new(),
                oral: Some(crate::workbench::deck::model::OralSession {
                    date: "2026-12-15".into(),
                    minutes: Some(18),
                    questions: vec![evil.into(), "  ".into()],
                }),
            }),
            ..Answer::default()
        };
        answer_html(&mut out, case.exercise("A15").unwrap(), &deck, Lang::Fr);
        // The oral session: its day in words, its length, the questions asked (blank lines
        // are not questions), escaped like the rest.
        assert!(
            out.contains("<h3>Soutenance</h3>\n<p>15 décembre 2026 · 18 min</p>"),
            "{out}"
        );
        let questions = out.split("<ol class=\"jury-questions\">").nth(1).unwrap();
        let questions = questions.split("</ol>").next().unwrap();
        assert_eq!(questions.matches("<li>").count(), 1, "{questions}");
        assert!(!out.contains("<script>"), "{out}");
        assert!(!out.contains("<b>"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
        assert!(out.contains("<table class=\"schemes\">"));
        assert!(out.contains("<div class=\"slides\">"));
        assert!(out.contains("<table class=\"objections\">"));
    }

    #[test]
    fn citations_link_to_their_reference() {
        let case = Case::embedded_default();
        let answer = Answer {
            note: Some(Note {
                sections: vec![Section {
                    title: "L'innovation ouverte en bref".into(),
                    text: "Selon [@chesbrough2003], et [@absent].".into(),
                }],
                references: vec![Reference {
                    id: "chesbrough2003".into(),
                    ..Reference::default()
                }],
                ..Note::default()
            }),
            ..Answer::default()
        };
        let mut out = String::new();
        answer_html(&mut out, case.exercise("A9").unwrap(), &answer, Lang::Fr);
        assert!(out.contains(
            "Selon <a href=\"#ref-A9-chesbrough2003\">[@chesbrough2003]</a>, et [@absent]."
        ));
        assert!(out.contains("<li id=\"ref-A9-chesbrough2003\">"));
    }
}
