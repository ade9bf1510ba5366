//! Exports of the `note` kind (Markdown with its sections, scheme picks, attachments and
//! references; citations stay `[@key]`, which pandoc also reads) and of the `deck` kind:
//! Markdown for presenterm (slides separated by `<!-- end_slide -->`, speaker notes in
//! the block form `<!--` / `speaker_note: |` / the note indented / `-->`) and a self-contained HTML deck (one file, no network, full
//! screen, arrow keys; every text escaped).

use crate::case::{Case, DeckConfig, Exercise, Kind, NoteConfig};
use crate::i18n::{Lang, Text};
use crate::workbench::deck::model::{clock_text, OralSession, Slide};
use crate::workbench::export::ExportFormat;
use crate::workbench::export::{one_line, ExportError};
use crate::workbench::notes::model::SchemePick;
use crate::workbench::notes::text::NotesText;
use crate::workspace::{Answer, Deck, Note};
use std::fmt::Write;

/// The kind-specific exports; `None` when the format is not one of these kinds'.
pub(crate) fn export(
    case: &Case,
    exercise: &Exercise,
    answer: &Answer,
    format: ExportFormat,
    lang: Lang,
) -> Option<Result<Vec<u8>, ExportError>> {
    match (exercise.kind, format) {
        (Kind::Deck, ExportFormat::Md) => {
            Some(Ok(
                deck_presenterm(exercise, &deck_of(answer), lang).into_bytes()
            ))
        }
        (Kind::Deck, ExportFormat::Html) => Some(Ok(deck_html(
            exercise,
            &deck_of(answer),
            &case.organisation.name,
            lang,
        )
        .into_bytes())),
        (_, ExportFormat::Html) => Some(Err(ExportError::Unsupported {
            exercise: exercise.id.clone(),
            format: "html".into(),
        })),
        _ => None,
    }
}

fn deck_of(answer: &Answer) -> Deck {
    answer.deck.clone().unwrap_or_default()
}

/// The note as the case shapes it (every section the case sets, in its order).
pub fn shaped_note(exercise: &Exercise, answer: &Answer) -> Note {
    let config = NoteConfig::of(exercise);
    answer
        .note
        .clone()
        .unwrap_or_default()
        .with_sections(&config.section_titles())
}

/// The kind's part of `exercise_markdown` (the report and `exports/ID.md`).
pub fn answer_markdown(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    match exercise.kind {
        Kind::Note if answer.note.is_some() => note_markdown(exercise, answer, lang),
        Kind::Deck if answer.deck.is_some() => deck_markdown(exercise, &deck_of(answer), lang),
        _ => String::new(),
    }
}

/// A picked scheme as table cells: name, funding body, form, argument, counterparts (the
/// scheme's own fields from the case, or its bare id if the case no longer has it).
pub fn scheme_pick_cells(config: &NoteConfig, pick: &SchemePick, lang: Lang) -> [String; 5] {
    let (name, body, form) = match config.scheme(&pick.scheme) {
        Some(s) => (
            s.name.clone(),
            s.body.clone(),
            s.form.label(lang).to_string(),
        ),
        None => (pick.scheme.clone(), String::new(), String::new()),
    };
    [
        name,
        body,
        form,
        pick.argument.clone(),
        pick.counterparts.clone(),
    ]
}

fn md_cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

/// Sections, then A4's picks, MC's attachments and the references.
pub fn note_markdown(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    let config = NoteConfig::of(exercise);
    let note = shaped_note(exercise, answer);
    let t = |text: Text| text.get(lang);
    let mut md = String::new();
    for section in &note.sections {
        if !section.title.is_empty() {
            let _ = write!(md, "### {}\n\n", one_line(&section.title));
        }
        if !section.text.trim().is_empty() {
            let _ = write!(md, "{}\n\n", section.text.trim());
        }
    }
    if !config.schemes.is_empty() && !note.picks.is_empty() {
        let _ = write!(
            md,
            "### {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
            t(Text::NoteDeck(NotesText::Schemes)),
            t(Text::NoteDeck(NotesText::Schemes)),
            t(Text::NoteDeck(NotesText::FundingBody)),
            t(Text::NoteDeck(NotesText::FundingForm)),
            t(Text::NoteDeck(NotesText::Argument)),
            t(Text::NoteDeck(NotesText::Counterparts))
        );
        for pick in &note.picks {
            let cells = scheme_pick_cells(&config, pick, lang).map(|c| md_cell(&c));
            let _ = writeln!(md, "| {} |", cells.join(" | "));
        }
        md.push('\n');
    }
    if !note.attachments.is_empty() {
        let _ = write!(md, "### {}\n\n", t(Text::NoteDeck(NotesText::Attachments)));
        for attachment in &note.attachments {
            let _ = writeln!(
                md,
                "- **{}** {} (exports/{}.*)",
                one_line(&attachment.exercise),
                one_line(&attachment.caption),
                one_line(&attachment.exercise)
            );
        }
        md.push('\n');
    }
    if !note.references.is_empty() {
        let _ = write!(
            md,
            "### {}\n\n",
            t(Text::NoteDeck(NotesText::ReferencesPanel))
        );
        for reference in &note.references {
            let _ = writeln!(
                md,
                "- [@{}] {}",
                one_line(&reference.id),
                one_line(&reference.citation())
            );
        }
        md.push('\n');
    }
    md
}

fn slide_title(slide: &Slide, index: usize, lang: Lang) -> String {
    let title = one_line(&slide.title);
    if title.is_empty() {
        format!(
            "{} {}",
            Text::NoteDeck(NotesText::SlideLabel).get(lang),
            index + 1
        )
    } else {
        title
    }
}

/// The day and length of an oral session, as a line: "15 décembre 2026 · 18 min".
pub fn oral_head(oral: &OralSession, lang: Lang) -> String {
    let mut head = vec![crate::i18n::numbers::date(lang, &oral.date)];
    if let Some(minutes) = oral.minutes {
        head.push(format!("{minutes} min"));
    }
    head.join(" · ")
}

/// The deck, readably, for the report: slides with points and notes, then rehearsals.
pub fn deck_markdown(exercise: &Exercise, deck: &Deck, lang: Lang) -> String {
    let config = DeckConfig::of(exercise);
    let t = |text: Text| text.get(lang);
    let mut md = String::new();
    for (index, slide) in deck.slides.iter().enumerate() {
        let _ = write!(
            md,
            "### {}/{} — {}\n\n",
            index + 1,
            config.max_slides,
            slide_title(slide, index, lang)
        );
        for point in slide.filled_points() {
            let _ = writeln!(md, "- {}", one_line(point));
        }
        if !slide.notes.trim().is_empty() {
            let _ = write!(
                md,
                "\n_{} :_ {}\n",
                t(Text::NoteDeck(NotesText::SpeakerNotes)),
                one_line(&slide.notes)
            );
        }
        md.push('\n');
    }
    if !deck.objections.is_empty() {
        let _ = write!(md, "### {}\n\n", t(Text::NoteDeck(NotesText::Objections)));
        for objection in &deck.objections {
            let _ = writeln!(
                md,
                "- **{}** {}",
                one_line(&objection.objection),
                one_line(&objection.answer)
            );
        }
        md.push('\n');
    }
    if let Some(oral) = &deck.oral {
        let _ = write!(
            md,
            "### {}\n\n{}\n\n",
            t(Text::NoteDeck(NotesText::OralSession)),
            oral_head(oral, lang)
        );
        let asked: Vec<&str> = oral.asked().collect();
        if !asked.is_empty() {
            let _ = write!(
                md,
                "**{}**\n\n",
                t(Text::NoteDeck(NotesText::OralQuestionsAsked))
            );
            for (index, question) in asked.iter().enumerate() {
                let _ = writeln!(md, "{}. {}", index + 1, one_line(question));
            }
            md.push('\n');
        }
    }
    if !deck.rehearsals.is_empty() {
        let _ = write!(
            md,
            "### {}\n\n| # | {} | {} |\n|---|---|---|\n",
            t(Text::NoteDeck(NotesText::Rehearsals)),
            t(Text::NoteDeck(NotesText::Total)),
            t(Text::NoteDeck(NotesText::Limit))
        );
        for (index, rehearsal) in deck.rehearsals.iter().enumerate() {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                index + 1,
                clock_text(rehearsal.total_seconds() as i64),
                clock_text(rehearsal.limit_seconds as i64)
            );
        }
        md.push('\n');
    }
    md
}

/// A line of a speaker note made safe inside presenterm's comment: `-->` would close the
/// comment early, and YAML refuses control characters and reads the Unicode line breaks
/// (NEL, LS, PS) as line ends, which would end the block scalar; tabs become spaces and the
/// line is trimmed, so that its indentation is the block's.
fn note_line_safe(line: &str) -> String {
    let cleaned: String = line
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => ' ',
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => ' ',
            c => c,
        })
        .collect();
    let mut out = cleaned.trim().to_string();
    while out.contains("-->") {
        out = out.replace("-->", "-- >");
    }
    out
}

/// The speaker notes of a slide in presenterm's block form, which holds any text (a French
/// " : " included) since YAML reads a block scalar's lines as they are:
///
/// ```text
/// <!--
/// speaker_note: |
///   first line
///   second line
/// -->
/// ```
///
/// Empty when the slide has no notes.
fn speaker_notes(notes: &str) -> String {
    let lines: Vec<String> = notes
        .split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'])
        .map(note_line_safe)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    let mut out = String::from("<!--\nspeaker_note: |\n");
    for line in lines {
        let _ = writeln!(out, "  {line}");
    }
    out.push_str("-->\n");
    out
}

/// Markdown that presenterm presents: front matter, one slide per `<!-- end_slide -->`,
/// the title as a setext heading (presenterm's slide title), the points as a list, the
/// speaker notes in one `speaker_note: |` block comment.
pub fn deck_presenterm(exercise: &Exercise, deck: &Deck, lang: Lang) -> String {
    let mut md = String::new();
    let title = serde_json::to_string(&one_line(&exercise.title)).unwrap_or_default();
    let _ = write!(md, "---\ntitle: {title}\n---\n\n");
    for (index, slide) in deck.slides.iter().enumerate() {
        if index > 0 {
            md.push_str("<!-- end_slide -->\n\n");
        }
        let title = slide_title(slide, index, lang);
        let _ = write!(md, "{title}\n{}\n\n", "=".repeat(3));
        for point in slide.filled_points() {
            let _ = writeln!(md, "* {}", one_line(point));
        }
        md.push('\n');
        let notes = speaker_notes(&slide.notes);
        if !notes.is_empty() {
            md.push_str(&notes);
            md.push('\n');
        }
    }
    md
}

/// Escapes the five characters that matter in HTML text and attributes.
fn escape(text: &str) -> String {
    crate::workbench::html::escape(text)
}

const DECK_CSS: &str = "html,body{margin:0;height:100%;background:#10151c;color:#f4f6f8;\
font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}\
.slide{display:none;box-sizing:border-box;width:100vw;height:100vh;padding:7vh 8vw;\
flex-direction:column;justify-content:center}\
.slide.active{display:flex}\
.slide h1{font-size:7vh;line-height:1.15;margin:0 0 5vh;color:#7fd1b9}\
.slide ul{margin:0;padding-left:1.2em}\
.slide li{font-size:4.2vh;line-height:1.35;margin:0 0 2vh}\
.notes{display:none;position:fixed;left:0;right:0;bottom:0;max-height:30vh;overflow:auto;\
background:#222b36;color:#e8e8e8;font-size:2.4vh;padding:2vh 8vw;margin:0}\
body.show-notes .slide.active .notes{display:block}\
.counter{position:fixed;bottom:2vh;right:3vw;font-size:2.2vh;opacity:.7}\
.help{position:fixed;bottom:2vh;left:3vw;font-size:1.8vh;opacity:.45}\
@media print{.slide{display:flex;page-break-after:always}.counter,.help{display:none}}";

const DECK_JS: &str = "(function(){var s=document.querySelectorAll('.slide'),i=0,\
c=document.getElementById('counter');\
function show(n){if(!s.length)return;i=Math.max(0,Math.min(s.length-1,n));\
for(var k=0;k<s.length;k++){s[k].classList.toggle('active',k===i);}\
c.textContent=(i+1)+' / '+s.length;history.replaceState(null,'','#'+(i+1));}\
document.addEventListener('keydown',function(e){var k=e.key;\
if(k==='ArrowRight'||k==='PageDown'||k===' '||k==='ArrowDown'){show(i+1);e.preventDefault();}\
else if(k==='ArrowLeft'||k==='PageUp'||k==='ArrowUp'){show(i-1);e.preventDefault();}\
else if(k==='Home'){show(0);}else if(k==='End'){show(s.length-1);}\
else if(k==='n'||k==='N'){document.body.classList.toggle('show-notes');}\
else if(k==='f'||k==='F'){if(document.fullscreenElement){document.exitFullscreen();}\
else if(document.documentElement.requestFullscreen){document.documentElement.requestFullscreen();}}});\
document.addEventListener('click',function(e){show(e.clientX<window.innerWidth/3?i-1:i+1);});\
var h=parseInt((location.hash||'#1').slice(1),10);show(isNaN(h)?0:h-1);})();";

/// A self-contained HTML deck: one `<section class="slide">` per slide, full screen,
/// arrow keys (and Space, PageUp/PageDown, Home/End, click) to move, `f` full screen,
/// `n` the speaker notes. No external resource.
pub fn deck_html(exercise: &Exercise, deck: &Deck, organisation: &str, lang: Lang) -> String {
    let code = lang.code();
    let help = crate::i18n::messages::deck_html_help(lang);
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"generator\" content=\"atelier {}\">\n<title>{} — {}</title>\n<style>{DECK_CSS}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&one_line(&exercise.title)),
        escape(organisation)
    );
    for (index, slide) in deck.slides.iter().enumerate() {
        let _ = write!(
            html,
            "<section class=\"slide\" id=\"slide-{n}\" data-slide=\"{n}\">\n<h1>{}</h1>\n",
            escape(&slide_title(slide, index, lang)),
            n = index + 1
        );
        let points: Vec<&str> = slide.filled_points().collect();
        if !points.is_empty() {
            html.push_str("<ul>\n");
            for point in points {
                let _ = writeln!(html, "<li>{}</li>", escape(&one_line(point)));
            }
            html.push_str("</ul>\n");
        }
        if !slide.notes.trim().is_empty() {
            let _ = writeln!(
                html,
                "<aside class=\"notes\">{}</aside>",
                escape(slide.notes.trim()).replace('\n', "<br>")
            );
        }
        html.push_str("</section>\n");
    }
    let _ = write!(
        html,
        "<div class=\"counter\" id=\"counter\"></div>\n<div class=\"help\">{}</div>\n<script>{DECK_JS}</script>\n</body>\n</html>\n",
        escape(help)
    );
    html
}

/// Extra files of the bundle: the deck's HTML (its Markdown is `exports/ID.md`).
pub fn bundle_files(
    case: &Case,
    exercise: &Exercise,
    answer: &Answer,
    lang: Lang,
) -> Vec<(String, Vec<u8>)> {
    match exercise.kind {
        Kind::Deck if answer.deck.as_ref().is_some_and(|d| !d.slides.is_empty()) => vec![(
            format!("exports/{}.html", exercise.id),
            deck_html(exercise, &deck_of(answer), &case.organisation.name, lang).into_bytes(),
        )],
        _ => Vec::new(),
    }
}

/// What `exports/ID.md` holds: presenterm's Markdown for a deck, the exercise otherwise.
pub fn markdown_file(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    match (exercise.kind, &answer.deck) {
        (Kind::Deck, Some(deck)) if !deck.slides.is_empty() => {
            deck_presenterm(exercise, deck, lang)
        }
        _ => crate::workbench::export::exercise_markdown(exercise, answer, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::notes::model::{Reference, Section};

    fn deck(n: usize) -> Deck {
        Deck {
            slides: (1..=n)
                .map(|i| Slide {
                    title: format!("Titre {i} <b>&</b>"),
                    points: vec![format!("Point {i}"), String::new(), "9 M€ --> 2027".into()],
                    notes: format!("Ligne 1 de {i} : détail\nfin --> <script>alert(1)</script>"),
                })
                .collect(),
            objections: Vec::new(),
            rehearsals: Vec::new(),
            oral: None,
        }
    }

    #[test]
    fn presenterm_markdown_has_one_slide_per_separator_and_speaker_notes() {
        let case = Case::embedded_default();
        let a15 = case.exercise("A15").unwrap();
        let md = deck_presenterm(a15, &deck(3), Lang::Fr);
        assert!(md.starts_with("---\ntitle: \""));
        let slides: Vec<&str> = md.split("<!-- end_slide -->").collect();
        assert_eq!(slides.len(), 3);
        for (i, slide) in slides.iter().enumerate() {
            assert!(slide.contains(&format!("Titre {} <b>&</b>\n===\n", i + 1)));
            assert!(slide.contains(&format!("* Point {}\n", i + 1)));
            // One block comment per slide, the note's lines indented under `speaker_note: |`.
            let block = format!(
                "<!--\nspeaker_note: |\n  Ligne 1 de {} : détail\n  fin -- > <script>alert(1)</script>\n-->\n",
                i + 1
            );
            assert!(slide.contains(&block), "{slide}");
            // A note never closes its comment early: the first `-->` after `<!--` ends it.
            let comment = slide.split("<!--\n").nth(1).unwrap();
            let comment = comment.split("-->").next().unwrap();
            assert!(comment.ends_with("alert(1)</script>\n"), "{comment}");
        }
        assert!(!md.contains("* \n"), "empty points are left out");
    }

    #[test]
    fn speaker_notes_hold_any_text_in_one_block() {
        assert_eq!(speaker_notes("  \n\n"), "");
        assert_eq!(
            speaker_notes("Prix : 9 € ; délai ?\r\n\tkey: value\u{2028}# suite\u{7}-->--> fin"),
            "<!--\nspeaker_note: |\n  Prix : 9 € ; délai ?\n  key: value\n  # suite -- >-- > fin\n-->\n"
        );
    }

    #[test]
    fn html_deck_is_self_contained_with_escaped_text() {
        let case = Case::embedded_default();
        let a15 = case.exercise("A15").unwrap();
        let html = deck_html(a15, &deck(10), "Maison <Verdier>", Lang::Fr);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert_eq!(html.matches("<section class=\"slide\"").count(), 10);
        assert_eq!(html.matches("</section>").count(), 10);
        assert_eq!(html.matches("<aside class=\"notes\">").count(), 10);
        assert!(html.contains("<h1>Titre 1 &lt;b&gt;&amp;&lt;/b&gt;</h1>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(
            html.matches("<script>").count(),
            1,
            "only the deck's own script"
        );
        assert!(html.contains("Maison &lt;Verdier&gt;"));
        assert!(html.contains("ArrowRight") && html.contains("requestFullscreen"));
        for external in ["src=", "href=", "@import", "url("] {
            assert!(!html.contains(external), "external resource: {external}");
        }
    }

    #[test]
    fn note_markdown_has_sections_picks_and_references() {
        let case = Case::embedded_default();
        let a4 = case.exercise("A4").unwrap();
        let mut note = Note {
            sections: vec![Section {
                title: "Dispositifs retenus".into(),
                text: "Le CIR [@bofip] | oui.".into(),
            }],
            references: vec![Reference {
                id: "bofip".into(),
                author: "DGFiP".into(),
                title: "BOFiP CIR".into(),
                year: "2024".into(),
                ..Reference::default()
            }],
            ..Note::default()
        };
        note.toggle_pick("cir");
        note.pick_mut("cir").unwrap().argument = "Prévision | ML".into();
        let answer = Answer {
            note: Some(note),
            ..Answer::default()
        };
        let md = note_markdown(a4, &answer, Lang::Fr);
        assert!(md.contains("### Synthèse pour le comité de direction\n"));
        assert!(md.contains("### Dispositifs retenus\n\nLe CIR [@bofip] | oui.\n"));
        assert!(md.contains("| Crédit d'impôt recherche (CIR) |"));
        assert!(md.contains("| Prévision \\| ML |"));
        assert!(md.contains("- [@bofip] DGFiP, BOFiP CIR, 2024\n"));
    }
}
