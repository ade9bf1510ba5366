//! The note and deck workbenches: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

/// The note and deck workbenches's fixed strings (keys of `Text::NoteDeck`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesText {
    Sections,
    ReferencesPanel,
    Schemes,
    Attachments,
    Slides,
    KeyWrite,
    KeyPick,
    KeyArgue,
    KeyCounterparts,
    KeyAttach,
    KeyCaption,
    KeyEditTitle,
    KeyEditPoints,
    KeyEditSpeakerNotes,
    KeyPresent,
    KeyPresentHere,
    KeyNextSlide,
    KeyPrevSlide,
    KeyPause,
    KeyRestart,
    KeyLeavePresenter,
    EditSection,
    EditRefId,
    EditRefAuthor,
    EditRefTitle,
    EditRefPublisher,
    EditRefYear,
    EditRefUrl,
    EditArgument,
    EditCounterparts,
    EditCaption,
    EditSlideTitle,
    EditSlidePoints,
    EditSpeakerNotes,
    NoReferences,
    NoSlides,
    NoAttachable,
    Picked,
    Argument,
    Counterparts,
    CounterpartsExpected,
    Eligibility,
    FundingBody,
    FundingForm,
    SpeakerNotes,
    NextSlideLabel,
    LastSlide,
    Paused,
    SlideTimes,
    Rehearsals,
    RehearsalRecorded,
    SlideLabel,
    Cited,
    NotCited,
    CaseFacts,
    Total,
    Limit,
    AttachedExports,
    EmptySection,
    PresenterNeedsSlides,
    Objections,
    EditObjection,
    EditObjectionAnswer,
    NoObjections,
    ExpectedObjections,
    AnswerLabel,
    KeyEditObjection,
    KeyRecordOral,
    EditOralDate,
    EditOralMinutes,
    EditOralQuestions,
    BadOralDate,
    BadOralMinutes,
    OralRecorded,
    OralSession,
    OralNotYet,
    OralQuestionsAsked,
}

impl NotesText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use NotesText::*;
        match self {
            Sections => "Sections",
            ReferencesPanel => "Références",
            Schemes => "Dispositifs",
            Attachments => "Pièces jointes",
            Slides => "Diapositives",
            KeyWrite => "écrire la section",
            KeyPick => "retenir ou écarter le dispositif",
            KeyArgue => "argumenter le choix",
            KeyCounterparts => "discuter les contreparties",
            KeyAttach => "joindre ou retirer l'exercice",
            KeyCaption => "légende de la pièce jointe",
            KeyEditTitle => "titre de la diapositive",
            KeyEditPoints => "points (un par ligne)",
            KeyEditSpeakerNotes => "notes d'orateur",
            KeyPresent => "présenter depuis le début",
            KeyPresentHere => "présenter depuis la diapositive choisie",
            KeyNextSlide => "diapositive suivante",
            KeyPrevSlide => "diapositive précédente",
            KeyPause => "pause / reprise du chrono",
            KeyRestart => "recommencer le chrono",
            KeyLeavePresenter => "quitter (la répétition est enregistrée)",
            EditSection => "Section",
            EditRefId => "Clé de citation (pour [@clé])",
            EditRefAuthor => "Auteur",
            EditRefTitle => "Titre",
            EditRefPublisher => "Éditeur ou revue",
            EditRefYear => "Année",
            EditRefUrl => "URL",
            EditArgument => "Argument : projet visé, éligibilité, apport",
            EditCounterparts => "Contreparties : cofinancement, reporting, contrôles",
            EditCaption => "Légende de la pièce jointe",
            EditSlideTitle => "Titre de la diapositive",
            EditSlidePoints => "Points de la diapositive, un par ligne (Échap pour finir)",
            EditSpeakerNotes => "Notes d'orateur (Échap pour finir)",
            NoReferences => {
                "Aucune référence : a pour en ajouter, puis citez-la dans le texte avec [@clé]."
            }
            NoSlides => "Aucune diapositive : a pour en ajouter une.",
            NoAttachable => "Aucun autre exercice de ce cas.",
            Picked => "Dispositifs retenus",
            Argument => "Argument",
            Counterparts => "Contreparties discutées",
            CounterpartsExpected => "Contreparties attendues",
            Eligibility => "Éligibilité",
            FundingBody => "Guichet",
            FundingForm => "Forme",
            SpeakerNotes => "Notes d'orateur",
            NextSlideLabel => "Suivante",
            LastSlide => "Dernière diapositive",
            Paused => "EN PAUSE",
            SlideTimes => "Temps par diapositive",
            Rehearsals => "Répétitions",
            RehearsalRecorded => "Répétition enregistrée dans la réponse.",
            SlideLabel => "Diapositive",
            Cited => "citée",
            NotCited => "jamais citée",
            CaseFacts => "Faits du cas",
            Total => "Total",
            Limit => "limite",
            AttachedExports => "exports dans le paquet",
            EmptySection => "(section vide : Entrée pour écrire)",
            PresenterNeedsSlides => "Ajoutez d'abord une diapositive.",
            Objections => "Objections",
            EditObjection => "Objection ou question du jury",
            EditObjectionAnswer => "Votre réponse",
            NoObjections => "Aucune objection préparée : a pour en ajouter une, avec sa réponse.",
            ExpectedObjections => "Objections que le cas laisse prévoir",
            AnswerLabel => "Réponse",
            KeyEditObjection => "modifier l'objection puis la réponse",
            KeyRecordOral => "noter la soutenance : date, durée, questions du jury",
            EditOralDate => "Date de la soutenance (15/12/2026 ou 2026-12-15)",
            EditOralMinutes => "Durée de la soutenance, en minutes",
            EditOralQuestions => "Questions posées par le jury, une par ligne (Échap pour finir)",
            BadOralDate => "Cette date n'existe pas : écrivez-la 15/12/2026 ou 2026-12-15.",
            BadOralMinutes => "La durée s'écrit en minutes entières, de 1 à 240 (par exemple 18).",
            OralRecorded => "Soutenance enregistrée.",
            OralSession => "Soutenance",
            OralNotYet => "pas encore notée (o pour la noter après l'oral)",
            OralQuestionsAsked => "Questions du jury",
        }
    }

    fn en(self) -> &'static str {
        use NotesText::*;
        match self {
            Sections => "Sections",
            ReferencesPanel => "References",
            Schemes => "Schemes",
            Attachments => "Attachments",
            Slides => "Slides",
            KeyWrite => "write the section",
            KeyPick => "pick or drop the scheme",
            KeyArgue => "argue the choice",
            KeyCounterparts => "discuss the counterparts",
            KeyAttach => "attach or detach the exercise",
            KeyCaption => "caption of the attachment",
            KeyEditTitle => "slide title",
            KeyEditPoints => "points (one per line)",
            KeyEditSpeakerNotes => "speaker notes",
            KeyPresent => "present from the start",
            KeyPresentHere => "present from the selected slide",
            KeyNextSlide => "next slide",
            KeyPrevSlide => "previous slide",
            KeyPause => "pause / resume the timer",
            KeyRestart => "restart the timer",
            KeyLeavePresenter => "leave (the rehearsal is recorded)",
            EditSection => "Section",
            EditRefId => "Citation key (for [@key])",
            EditRefAuthor => "Author",
            EditRefTitle => "Title",
            EditRefPublisher => "Publisher or journal",
            EditRefYear => "Year",
            EditRefUrl => "URL",
            EditArgument => "Argument: target project, eligibility, contribution",
            EditCounterparts => "Counterparts: co-funding, reporting, controls",
            EditCaption => "Caption of the attachment",
            EditSlideTitle => "Slide title",
            EditSlidePoints => "Slide points, one per line (Esc to finish)",
            EditSpeakerNotes => "Speaker notes (Esc to finish)",
            NoReferences => "No references: a adds one; cite it in the text with [@key].",
            NoSlides => "No slides: a adds one.",
            NoAttachable => "No other exercise in this case.",
            Picked => "Schemes picked",
            Argument => "Argument",
            Counterparts => "Counterparts discussed",
            CounterpartsExpected => "Counterparts expected",
            Eligibility => "Eligibility",
            FundingBody => "Body",
            FundingForm => "Form",
            SpeakerNotes => "Speaker notes",
            NextSlideLabel => "Next",
            LastSlide => "Last slide",
            Paused => "PAUSED",
            SlideTimes => "Time per slide",
            Rehearsals => "Rehearsals",
            RehearsalRecorded => "Rehearsal recorded in the answer.",
            SlideLabel => "Slide",
            Cited => "cited",
            NotCited => "never cited",
            CaseFacts => "Facts of the case",
            Total => "Total",
            Limit => "limit",
            AttachedExports => "exports in the bundle",
            EmptySection => "(empty section: Enter to write)",
            PresenterNeedsSlides => "Add a slide first.",
            Objections => "Objections",
            EditObjection => "The jury's objection or question",
            EditObjectionAnswer => "Your answer",
            NoObjections => "No objection prepared: a adds one, with its answer.",
            ExpectedObjections => "Objections the case suggests",
            AnswerLabel => "Answer",
            KeyEditObjection => "edit the objection, then the answer",
            KeyRecordOral => "record the oral session: date, length, the jury's questions",
            EditOralDate => "Day of the oral (2026-12-15 or 15/12/2026)",
            EditOralMinutes => "Length of the oral, in minutes",
            EditOralQuestions => "The jury's questions, one per line (Esc to finish)",
            BadOralDate => "That date does not exist: write it 2026-12-15 or 15/12/2026.",
            BadOralMinutes => "The length is in whole minutes, from 1 to 240 (for example 18).",
            OralRecorded => "Oral session recorded.",
            OralSession => "Oral session",
            OralNotYet => "not recorded yet (o to record it after the oral)",
            OralQuestionsAsked => "The jury's questions",
        }
    }
}

impl From<NotesText> for crate::i18n::Text {
    fn from(text: NotesText) -> Self {
        crate::i18n::Text::NoteDeck(text)
    }
}

/// A count of references: "1 référence", "2 références"; "1 reference", "2 references".
pub fn references(lang: crate::i18n::Lang, n: usize) -> String {
    match lang {
        crate::i18n::Lang::Fr => crate::i18n::plural::count(lang, n, "référence", "références"),
        crate::i18n::Lang::En => crate::i18n::plural::count(lang, n, "reference", "references"),
    }
}

/// Why a note or deck configuration is refused (`atelier case validate`, loading a case).
pub fn config_reason(
    lang: crate::i18n::Lang,
    reason: &crate::workbench::notes::config::NotesReason,
) -> String {
    use crate::i18n::Lang;
    use crate::workbench::notes::config::NotesReason::*;
    match lang {
        Lang::En => match reason {
            SectionTitle => "expected a non-empty section title used once".into(),
            SchemeId { id } => format!("the scheme id \"{id}\" is empty or used twice"),
            MinPicks { schemes } => {
                format!("expected at most {schemes} picks (the number of schemes)")
            }
            MaxSlides => "expected 1 to 50 slides".into(),
            MaxMinutes => "expected 1 to 120 minutes".into(),
        },
        Lang::Fr => match reason {
            SectionTitle => {
                "un titre de section non vide, et qui n'apparaît qu'une fois, est attendu".into()
            }
            SchemeId { id } => {
                format!(
                    "l'identifiant de dispositif «\u{a0}{id}\u{a0}» est vide ou apparaît deux fois"
                )
            }
            MinPicks { schemes } => format!(
                "le cas ne propose que {}\u{a0}: min_picks ne peut pas dépasser ce nombre",
                crate::i18n::plural::count(lang, *schemes, "dispositif", "dispositifs")
            ),
            MaxSlides => "il faut de 1 à 50 diapositives".into(),
            MaxMinutes => "il faut de 1 à 120 minutes".into(),
        },
    }
}
