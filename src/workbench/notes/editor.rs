//! The note's and the deck's editor: opening it on a target (a section, a reference's
//! field, a slide, an objection, the oral session's fields), copying what is typed into the
//! answer as it goes, and what Enter and Esc do there. Called by `update` with the editor's
//! state (`NoteDeckState`) and a `BenchCx`.

use crate::case::NoteConfig;
use crate::i18n::Text;
use crate::workbench::deck::model::{oral_date, oral_minutes};
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::{Editor, NoteDeckState, RefField, Target};
use crate::workbench::notes::update::{clamp, current_answer, oral_of, to_key};
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::Effect;
use crate::workspace::Answer;
use ratatui_textarea::CursorMove;

/// Opens the editor on a target, taking an undo snapshot first.
pub(super) fn open_editor(nd: &mut NoteDeckState, cx: &mut BenchCx, target: Target) {
    let before = current_answer(cx);
    cx.record_before_edit();
    open_editor_from(nd, cx, target, before);
}

/// Opens the editor; `before` is what Esc on a one-line field goes back to.
pub(super) fn open_editor_from(
    nd: &mut NoteDeckState,
    cx: &mut BenchCx,
    target: Target,
    before: Answer,
) {
    // A note's sections exist before their text is typed.
    if matches!(target, Target::Section(_)) {
        let titles = NoteConfig::of(cx.exercise).section_titles();
        let answer = cx.answer_mut();
        let note = answer.note.get_or_insert_default();
        *note = note.with_sections(&titles);
    }
    let text = target_text(cx, &target);
    let lines: Vec<String> = if target.multiline() {
        text.lines().map(str::to_string).collect()
    } else {
        vec![text]
    };
    // Wrapped by words; undo by word (`Editor::undo`), a whole session deep.
    let mut area = crate::workbench::screen::session::notes_editor_of_lines(lines);
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    nd.editor = Some(Editor {
        target,
        area,
        before,
        undo: Default::default(),
    });
}

fn target_text(cx: &BenchCx, target: &Target) -> String {
    let answer = current_answer(cx);
    let note = answer.note.clone().unwrap_or_default();
    let deck = answer.deck.clone().unwrap_or_default();
    match target {
        Target::Section(i) => note
            .sections
            .get(*i)
            .map(|s| s.text.clone())
            .unwrap_or_default(),
        Target::Reference(i, field) => note
            .references
            .get(*i)
            .map(|r| field.get(r).to_string())
            .unwrap_or_default(),
        Target::Argument(id) => note
            .pick(id)
            .map(|p| p.argument.clone())
            .unwrap_or_default(),
        Target::Counterparts(id) => note
            .pick(id)
            .map(|p| p.counterparts.clone())
            .unwrap_or_default(),
        Target::Caption(id) => note
            .attachments
            .iter()
            .find(|a| &a.exercise == id)
            .map(|a| a.caption.clone())
            .unwrap_or_default(),
        Target::SlideTitle(i) => deck
            .slides
            .get(*i)
            .map(|s| s.title.clone())
            .unwrap_or_default(),
        Target::SlidePoints(i) => deck
            .slides
            .get(*i)
            .map(|s| s.points.join("\n"))
            .unwrap_or_default(),
        Target::SlideNotes(i) => deck
            .slides
            .get(*i)
            .map(|s| s.notes.clone())
            .unwrap_or_default(),
        Target::ObjectionText(i) => deck
            .objections
            .get(*i)
            .map(|o| o.objection.clone())
            .unwrap_or_default(),
        Target::ObjectionAnswer(i) => deck
            .objections
            .get(*i)
            .map(|o| o.answer.clone())
            .unwrap_or_default(),
        // A first record is most often made on the day: today is offered.
        Target::OralDate => match &deck.oral {
            Some(oral) => oral.date.clone(),
            None => cx.clock.date().chars().take(10).collect(),
        },
        Target::OralMinutes => deck
            .oral
            .and_then(|o| o.minutes)
            .map(|m| m.to_string())
            .unwrap_or_default(),
        Target::OralQuestions => deck
            .oral
            .map(|o| o.questions.join("\n"))
            .unwrap_or_default(),
    }
}

/// Copies the editor's text into the answer.
pub(super) fn apply_editor(nd: &mut NoteDeckState, cx: &mut BenchCx) {
    let Some(editor) = nd.editor.as_ref() else {
        return;
    };
    let target = editor.target.clone();
    let lines = editor.area.lines().to_vec();
    let text = if target.multiline() {
        lines.join("\n")
    } else {
        lines.join(" ")
    };
    let answer = cx.answer_mut();
    match target {
        Target::Section(i) => {
            if let Some(section) = answer.note.get_or_insert_default().sections.get_mut(i) {
                section.text = text;
            }
        }
        Target::Reference(i, field) => {
            if let Some(reference) = answer.note.get_or_insert_default().references.get_mut(i) {
                field.set(reference, text);
            }
        }
        Target::Argument(scheme) => {
            if let Some(pick) = answer.note.get_or_insert_default().pick_mut(&scheme) {
                pick.argument = text;
            }
        }
        Target::Counterparts(scheme) => {
            if let Some(pick) = answer.note.get_or_insert_default().pick_mut(&scheme) {
                pick.counterparts = text;
            }
        }
        Target::Caption(exercise) => {
            if let Some(attachment) = answer
                .note
                .get_or_insert_default()
                .attachments
                .iter_mut()
                .find(|a| a.exercise == exercise)
            {
                attachment.caption = text;
            }
        }
        Target::SlideTitle(i) => {
            if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                slide.title = text;
            }
        }
        Target::SlidePoints(i) => {
            if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                slide.points = text.lines().map(|l| l.trim_end().to_string()).collect();
            }
        }
        Target::SlideNotes(i) => {
            if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                slide.notes = text;
            }
        }
        Target::ObjectionText(i) => {
            if let Some(o) = answer.deck.get_or_insert_default().objections.get_mut(i) {
                o.objection = text;
            }
        }
        Target::ObjectionAnswer(i) => {
            if let Some(o) = answer.deck.get_or_insert_default().objections.get_mut(i) {
                o.answer = text;
            }
        }
        // Kept as typed (an autosave keeps it); checked when confirmed.
        Target::OralDate => oral_of(answer).date = text,
        Target::OralMinutes => {
            let oral = oral_of(answer);
            if text.trim().is_empty() {
                oral.minutes = None;
            } else if let Some(minutes) = oral_minutes(&text) {
                oral.minutes = Some(minutes);
            }
        }
        Target::OralQuestions => {
            oral_of(answer).questions = text.lines().map(|l| l.trim_end().to_string()).collect();
        }
    }
    *cx.dirty = true;
}

/// Enter on a field of the oral session: the date and the length must be real before the
/// next field opens (a wrong one stays open with one sentence); the questions end it.
/// `None` for any other target.
fn confirm_oral(
    nd: &mut NoteDeckState,
    cx: &mut BenchCx,
    target: Target,
    editor: &Editor,
) -> Option<Vec<Effect>> {
    let typed = editor.area.lines().join(" ");
    let refused = match target {
        Target::OralDate => match oral_date(&typed) {
            Some(date) => {
                oral_of(cx.answer_mut()).date = date;
                None
            }
            None => Some(NotesText::BadOralDate),
        },
        Target::OralMinutes if !typed.trim().is_empty() && oral_minutes(&typed).is_none() => {
            Some(NotesText::BadOralMinutes)
        }
        Target::OralMinutes | Target::OralQuestions => None,
        _ => return None,
    };
    if let Some(why) = refused {
        cx.error(cx.t(Text::NoteDeck(why)));
        nd.editor = Some(Editor {
            target,
            area: editor.area.clone(),
            before: editor.before.clone(),
            undo: editor.undo.clone(),
        });
        return Some(Vec::new());
    }
    match target {
        Target::OralDate => open_editor_from(nd, cx, Target::OralMinutes, editor.before.clone()),
        Target::OralMinutes => {
            open_editor_from(nd, cx, Target::OralQuestions, editor.before.clone())
        }
        _ => {
            *cx.dirty = true;
            cx.info(cx.t(Text::NoteDeck(NotesText::OralRecorded)));
            cx.refresh_reports();
            return Some(vec![Effect::SaveNow]);
        }
    }
    cx.refresh_reports();
    Some(Vec::new())
}

pub(super) fn update_editor(
    nd: &mut NoteDeckState,
    cx: &mut BenchCx,
    action: Action,
) -> Vec<Effect> {
    let Some(editor) = nd.editor.take() else {
        return Vec::new();
    };
    match action {
        Action::Confirm => {
            if let Some(effects) = confirm_oral(nd, cx, editor.target.clone(), &editor) {
                return effects;
            }
            if let Target::ObjectionText(i) = editor.target {
                open_editor_from(nd, cx, Target::ObjectionAnswer(i), editor.before);
                cx.refresh_reports();
                return Vec::new();
            }
            if let Target::Reference(i, field) = &editor.target {
                let (i, field) = (*i, *field);
                if field == RefField::Id {
                    settle_reference_key(cx, i);
                }
                if let Some(next) = field.next() {
                    open_editor_from(nd, cx, Target::Reference(i, next), editor.before);
                    cx.refresh_reports();
                    return Vec::new();
                }
            }
            cx.refresh_reports();
            vec![Effect::SaveNow]
        }
        Action::Cancel => {
            *cx.answer_mut() = editor.before;
            clamp(nd, cx);
            cx.touch();
            Vec::new()
        }
        _ => {
            nd.editor = Some(editor);
            Vec::new()
        }
    }
}

/// A citation key is letters, digits, `-` and `_`, and unique: spaces become `-`, other
/// characters go, and an empty or taken key gets a fresh one.
fn settle_reference_key(cx: &mut BenchCx, index: usize) {
    let Some(note) = cx.answer_mut().note.as_mut() else {
        return;
    };
    let Some(wanted) = note.references.get(index).map(|r| to_key(&r.id)) else {
        return;
    };
    let taken = note
        .references
        .iter()
        .enumerate()
        .any(|(i, r)| i != index && r.id == wanted);
    let key = if wanted.is_empty() || taken {
        note.references[index].id = String::new();
        note.fresh_reference_id()
    } else {
        wanted
    };
    note.references[index].id = key;
}
