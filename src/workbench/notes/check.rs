//! Checks of the `note` kind (sections, citations and references, A4's scheme picks, MC's
//! attachments) and of the `deck` kind (A15: slide limit, titles, points, speaker notes,
//! rehearsals against the time limit).

use crate::case::{Case, DeckConfig, Exercise, Kind, NoteConfig};
use crate::workbench::check::{count_words, ExerciseReport, Finding, Status};
use crate::workspace::{Answer, Deck, Note, Workspace};

/// Words counted against the case's limits: the free notes, plus a note's sections.
pub fn text_words(exercise: &Exercise, answer: &Answer) -> usize {
    let free = count_words(&answer.notes);
    match (exercise.kind, &answer.note) {
        (Kind::Note, Some(note)) => free + note.word_count(),
        _ => free,
    }
}

pub(crate) fn check_note(exercise: &Exercise, answer: &Answer) -> Vec<Finding> {
    let config = NoteConfig::of(exercise);
    let note = answer
        .note
        .clone()
        .unwrap_or_default()
        .with_sections(&config.section_titles());
    let mut findings = Vec::new();
    for section in &note.sections {
        if config.sections.contains(&section.title) && section.text.trim().is_empty() {
            findings.push(Finding::SectionEmpty {
                section: section.title.clone(),
            });
        }
    }
    findings.extend(check_references(
        &note,
        &answer.notes,
        config.min_references,
    ));
    if !config.schemes.is_empty() {
        findings.extend(check_picks(&config, &note));
    }
    findings
}

fn check_references(note: &Note, free_notes: &str, min: u32) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut cited = note.citations();
    for key in crate::workbench::notes::model::citations_in(free_notes) {
        if !cited.contains(&key) {
            cited.push(key);
        }
    }
    for key in &cited {
        if note.reference(key).is_none() {
            findings.push(Finding::CitationUnknown { key: key.clone() });
        }
    }
    for reference in &note.references {
        if reference.author.trim().is_empty()
            || reference.title.trim().is_empty()
            || reference.year.trim().is_empty()
        {
            findings.push(Finding::ReferenceIncomplete {
                key: reference.id.clone(),
            });
        }
        if !cited.contains(&reference.id) {
            findings.push(Finding::ReferenceUnused {
                key: reference.id.clone(),
            });
        }
    }
    if note.references.len() < min as usize {
        findings.push(Finding::TooFewReferences {
            count: note.references.len(),
            min,
        });
    }
    findings
}

fn check_picks(config: &NoteConfig, note: &Note) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut known = 0;
    for pick in &note.picks {
        let Some(scheme) = config.scheme(&pick.scheme) else {
            findings.push(Finding::UnknownScheme {
                scheme: pick.scheme.clone(),
            });
            continue;
        };
        known += 1;
        if count_words(&pick.argument) == 0 {
            findings.push(Finding::PickWithoutArgument {
                scheme: scheme.name.clone(),
            });
        }
        if count_words(&pick.counterparts) == 0 {
            findings.push(Finding::PickWithoutCounterparts {
                scheme: scheme.name.clone(),
            });
        }
    }
    if known < config.min_picks as usize {
        findings.push(Finding::TooFewPicks {
            count: known,
            min: config.min_picks,
        });
    }
    findings
}

/// An attachment must name an exercise of the case that has an answer to export.
pub(crate) fn check_attachments(
    case: &Case,
    workspace: &Workspace,
    reports: &mut [ExerciseReport],
) {
    for report in reports.iter_mut() {
        let Some(note) = workspace.answer(&report.id).and_then(|a| a.note.as_ref()) else {
            continue;
        };
        for attachment in &note.attachments {
            let available = case.exercise(&attachment.exercise).is_some()
                && workspace
                    .answer(&attachment.exercise)
                    .is_some_and(|a| !a.is_empty());
            if !available {
                report.findings.push(Finding::AttachmentUnavailable {
                    exercise: attachment.exercise.clone(),
                });
                if report.status == Status::Complete {
                    report.status = Status::InProgress;
                }
            }
        }
    }
}

fn check_objections(config: &DeckConfig, deck: &Deck) -> Vec<Finding> {
    let mut findings = Vec::new();
    let raised: Vec<_> = deck
        .objections
        .iter()
        .filter(|o| count_words(&o.objection) > 0)
        .collect();
    if raised.len() < config.min_objections as usize {
        findings.push(Finding::TooFewObjections {
            count: raised.len(),
            min: config.min_objections,
        });
    }
    for objection in raised {
        if count_words(&objection.answer) == 0 {
            findings.push(Finding::ObjectionWithoutAnswer {
                objection: objection.objection.trim().to_string(),
            });
        }
    }
    findings
}

pub(crate) fn check_deck(exercise: &Exercise, answer: &Answer) -> Vec<Finding> {
    let config = DeckConfig::of(exercise);
    let empty = Deck::default();
    let deck = answer.deck.as_ref().unwrap_or(&empty);
    let mut findings = check_objections(&config, deck);
    if deck.slides.is_empty() {
        findings.insert(0, Finding::NoSlides);
        return findings;
    }
    if deck.slides.len() > config.max_slides as usize {
        findings.push(Finding::TooManySlides {
            count: deck.slides.len(),
            max: config.max_slides,
        });
    }
    for (index, slide) in deck.slides.iter().enumerate() {
        let number = index + 1;
        if slide.title.trim().is_empty() {
            findings.push(Finding::SlideWithoutTitle { slide: number });
        }
        if slide.filled_points().next().is_none() {
            findings.push(Finding::SlideWithoutPoints { slide: number });
        }
        if count_words(&slide.notes) == 0 {
            findings.push(Finding::SlideWithoutNotes { slide: number });
        }
        for point in slide.filled_points() {
            let words = count_words(point);
            if config.max_point_words > 0 && words > config.max_point_words as usize {
                findings.push(Finding::PointTooLong {
                    slide: number,
                    words,
                    max: config.max_point_words,
                });
            }
        }
    }
    match deck.rehearsals.last() {
        None => findings.push(Finding::NotRehearsed),
        Some(last) if last.total_seconds() > u64::from(config.max_minutes) * 60 => {
            findings.push(Finding::RehearsalOverTime {
                seconds: last.total_seconds(),
                max_minutes: config.max_minutes,
            })
        }
        Some(_) => {}
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::workbench::check::check_exercise;
    use crate::workbench::deck::model::{Objection, Rehearsal, Slide, SlideTime};
    use crate::workbench::notes::model::{Reference, Section};

    fn case() -> Case {
        Case::embedded_default()
    }

    fn codes(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(Finding::code).collect()
    }

    #[test]
    fn citations_must_match_references_both_ways() {
        let case = case();
        let a9 = case.exercise("A9").unwrap();
        let answer = Answer {
            note: Some(Note {
                sections: vec![Section {
                    title: "L'innovation ouverte en bref".into(),
                    text: "Selon Chesbrough [@chesbrough2003] et [@inconnu].".into(),
                }],
                references: vec![
                    Reference {
                        id: "chesbrough2003".into(),
                        author: "Henry Chesbrough".into(),
                        title: "Open Innovation".into(),
                        year: "2003".into(),
                        ..Reference::default()
                    },
                    Reference {
                        id: "oublie".into(),
                        ..Reference::default()
                    },
                ],
                ..Note::default()
            }),
            ..Answer::default()
        };
        let findings = check_note(a9, &answer);
        assert!(findings.contains(&Finding::CitationUnknown {
            key: "inconnu".into()
        }));
        assert!(findings.contains(&Finding::ReferenceUnused {
            key: "oublie".into()
        }));
        assert!(findings.contains(&Finding::ReferenceIncomplete {
            key: "oublie".into()
        }));
        assert!(!findings.contains(&Finding::ReferenceUnused {
            key: "chesbrough2003".into()
        }));
        assert!(findings.contains(&Finding::SectionEmpty {
            section: "Trois recommandations".into()
        }));
        assert_eq!(
            Finding::CitationUnknown {
                key: "inconnu".into()
            }
            .message(Lang::Fr),
            "la citation [@inconnu] ne renvoie à aucune référence de la liste"
        );
    }

    #[test]
    fn picks_need_argument_counterparts_and_a_minimum() {
        let case = case();
        let a4 = case.exercise("A4").unwrap();
        let mut note = Note::default();
        note.toggle_pick("cir");
        note.pick_mut("cir").unwrap().argument = "Prévision de la demande.".into();
        note.toggle_pick("bpi_innovation");
        note.pick_mut("bpi_innovation").unwrap().counterparts = "Rapports.".into();
        let answer = Answer {
            note: Some(note),
            ..Answer::default()
        };
        let findings = check_note(a4, &answer);
        let codes = codes(&findings);
        assert!(codes.contains(&"pick-without-counterparts"));
        assert!(codes.contains(&"pick-without-argument"));
        assert!(findings.contains(&Finding::TooFewPicks { count: 2, min: 3 }));
        assert!(findings.contains(&Finding::PickWithoutCounterparts {
            scheme: "Crédit d'impôt recherche (CIR)".into()
        }));
    }

    fn slide(n: usize) -> Slide {
        Slide {
            title: format!("Diapositive {n}"),
            points: vec!["Un point court".into()],
            notes: "Ce que je dis.".into(),
        }
    }

    #[test]
    fn ten_slides_pass_an_eleventh_is_flagged() {
        let case = case();
        let a15 = case.exercise("A15").unwrap();
        let mut deck = Deck {
            slides: (1..=10).map(slide).collect(),
            objections: (1..=5)
                .map(|n| Objection {
                    objection: format!("Objection {n} ?"),
                    answer: "Réponse.".into(),
                })
                .collect(),
            rehearsals: vec![Rehearsal {
                date: String::new(),
                limit_seconds: 600,
                slides: vec![SlideTime {
                    title: String::new(),
                    seconds: 590,
                }],
            }],
            oral: None,
        };
        let answer = Answer {
            deck: Some(deck.clone()),
            ..Answer::default()
        };
        let report = check_exercise(a15, Some(&answer));
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        assert_eq!(report.status, Status::Complete);
        deck.slides.push(slide(11));
        let answer = Answer {
            deck: Some(deck),
            ..Answer::default()
        };
        let findings = check_deck(a15, &answer);
        assert_eq!(
            findings,
            vec![Finding::TooManySlides { count: 11, max: 10 }]
        );
        assert_eq!(
            findings[0].message(Lang::En),
            "the deck has 11 slides, the case allows at most 10"
        );
    }

    #[test]
    fn slides_need_title_points_notes_and_a_rehearsal_in_time() {
        let case = case();
        let a15 = case.exercise("A15").unwrap();
        let mut long = slide(2);
        long.points = vec![
            "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un".into(),
        ];
        let deck = Deck {
            slides: vec![Slide::default(), long],
            objections: vec![Objection {
                objection: "Et la DSI ?".into(),
                answer: String::new(),
            }],
            rehearsals: vec![Rehearsal {
                date: String::new(),
                limit_seconds: 600,
                slides: vec![SlideTime {
                    title: String::new(),
                    seconds: 650,
                }],
            }],
            oral: None,
        };
        let answer = Answer {
            deck: Some(deck),
            ..Answer::default()
        };
        let findings = check_deck(a15, &answer);
        assert!(findings.contains(&Finding::SlideWithoutTitle { slide: 1 }));
        assert!(findings.contains(&Finding::SlideWithoutPoints { slide: 1 }));
        assert!(findings.contains(&Finding::SlideWithoutNotes { slide: 1 }));
        assert!(findings.contains(&Finding::PointTooLong {
            slide: 2,
            words: 21,
            max: 20
        }));
        assert!(findings.contains(&Finding::RehearsalOverTime {
            seconds: 650,
            max_minutes: 10
        }));
        assert!(findings.contains(&Finding::TooFewObjections { count: 1, min: 5 }));
        assert!(findings.contains(&Finding::ObjectionWithoutAnswer {
            objection: "Et la DSI ?".into()
        }));
        assert_eq!(
            check_deck(a15, &Answer::default()),
            vec![
                Finding::NoSlides,
                Finding::TooFewObjections { count: 0, min: 5 }
            ]
        );
    }

    #[test]
    fn attachments_need_an_answered_exercise() {
        let case = case();
        let mut ws = crate::workspace::Workspace {
            format: 1,
            app_version: String::new(),
            candidate: String::new(),
            case_id: case.id.clone(),
            case_digest: String::new(),
            created: String::new(),
            updated: String::new(),
            exercises: Default::default(),
            group: Vec::new(),
            extra: Default::default(),
        };
        let note = ws.answer_mut("MC").note.get_or_insert_default();
        note.toggle_attachment("A6");
        note.toggle_attachment("Z9");
        let reports = crate::workbench::check::check_workspace(&case, &ws);
        let mc = reports.iter().find(|r| r.id == "MC").unwrap();
        assert!(mc.findings.contains(&Finding::AttachmentUnavailable {
            exercise: "A6".into()
        }));
        assert!(mc.findings.contains(&Finding::AttachmentUnavailable {
            exercise: "Z9".into()
        }));
        ws.answer_mut("A6").notes = "Sociogramme.".into();
        let reports = crate::workbench::check::check_workspace(&case, &ws);
        let mc = reports.iter().find(|r| r.id == "MC").unwrap();
        assert!(!mc.findings.contains(&Finding::AttachmentUnavailable {
            exercise: "A6".into()
        }));
    }

    #[test]
    fn worked_example_notes_and_deck_are_complete() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let mut ws = crate::workspace::Workspace {
            format: 1,
            app_version: String::new(),
            candidate: String::new(),
            case_id: loaded.case.id.clone(),
            case_digest: String::new(),
            created: String::new(),
            updated: String::new(),
            exercises: example.answers,
            group: Vec::new(),
            extra: Default::default(),
        };
        ws.exercises.retain(|_, a| !a.is_empty());
        let reports = crate::workbench::check::check_workspace(&loaded.case, &ws);
        for id in ["A4", "A9", "A15", "RE", "MI", "MC"] {
            let report = reports.iter().find(|r| r.id == id).unwrap();
            assert_eq!(
                report.status,
                Status::Complete,
                "{id}: {:?}",
                report.findings
            );
        }
        let mi = ws.exercises["MI"].note.as_ref().unwrap();
        assert!(mi.word_count() >= 3000);
        assert_eq!(ws.exercises["A15"].deck.as_ref().unwrap().slides.len(), 10);
    }

    #[test]
    fn free_notes_and_sections_both_count() {
        let case = case();
        let a9 = case.exercise("A9").unwrap();
        let answer = Answer {
            notes: "l'entreprise".into(),
            note: Some(Note {
                sections: vec![Section {
                    title: "x".into(),
                    text: "peut-être demain".into(),
                }],
                ..Note::default()
            }),
            ..Answer::default()
        };
        assert_eq!(text_words(a9, &answer), 4);
    }
}
