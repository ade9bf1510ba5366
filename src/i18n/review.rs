//! The examiners' review, grading and gradebook: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

/// The examiners' review, grading and gradebook's fixed strings (keys of `Text::Review`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewText {
    Summary,
    Status,
    Created,
    Updated,
    AppVersion,
    Exercise,
    Title,
    FindingCount,
    Strategy,
    Wording,
    Criterion,
    Competence,
    Scale,
    NoAnswer,
    ReviewReadOnly,
    IntegrityOk,
    IntegrityFailed,
    IntegrityFailedHint,
    GradesStale,
    ReadOnlyRefused,
    Grading,
    Decision,
    Validated,
    NotValidated,
    Undecided,
    Comment,
    EditComment,
    Decided,
    Examiner,
    AnswerKey,
    HiddenTests,
    PlantedFlaws,
    NoRunner,
    TestsPassed,
    RunningHiddenTests,
    WeakSandbox,
    Expected,
    Got,
    TestStdout,
    TestStderr,
    ExtraFindings,
    FlawFound,
    FlawsFound,
    FlawMissed,
    NoExaminerFile,
    GradesSaved,
    GradesUnsaved,
    Certification,
    KeyFocusGrading,
    KeyNextExercise,
    KeyPrevExercise,
    KeyScore,
    KeyScoreUp,
    KeyScoreDown,
    KeyClearScore,
    KeyComment,
    KeyValidate,
    KeyReject,
    KeyUndecide,
    KeyKeyDisplay,
    KeysShown,
    KeysHidden,
    Typing,
    HandedIn,
    DemoNotice,
    EditReason,
    ReasonNeeded,
    ReasonRefused,
    ReasonKept,
    Reason,
    ReasonDraft,
    Rule,
    NoRule,
    Proposal,
    ProposalPending,
    Levels,
    KeyHistory,
    History,
    NoHistory,
    Moderation,
    OtherMarkers,
    Gap,
    Blind,
}

impl ReviewText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use ReviewText::*;
        match self {
        ReviewReadOnly => "RÉVISION · lecture seule",
        IntegrityOk => "paquet intact",
        IntegrityFailed => "⚠ PAQUET NON CONFORME",
        IntegrityFailedHint => "Ce paquet a été modifié ou abîmé depuis sa création : ce qui s'affiche n'est peut-être pas le travail rendu. Ne le notez qu'en connaissance de cause.",
        GradesStale => "⚠ le paquet a changé depuis la saisie de cette notation",
        ReadOnlyRefused => "Révision en lecture seule : le travail du candidat ne peut pas être modifié.",
        Grading => "Notation",
        Decision => "Décision",
        Validated => "validé",
        NotValidated => "non validé",
        Undecided => "à décider",
        Comment => "Commentaire",
        EditComment => "Commentaire sur le critère",
        Decided => "décidés",
        Examiner => "Examinateur",
        AnswerKey => "Corrigé (examinateur)",
        HiddenTests => "Tests cachés (A1)",
        PlantedFlaws => "Failles introduites (A7)",
        NoRunner => "Tests cachés non exécutés (seule la commande atelier review les lance).",
        TestsPassed => "réussis",
        RunningHiddenTests => "exécution des tests cachés de A1 dans le bac à sable",
        WeakSandbox => "Tests cachés non lancés : le bac à sable de cette machine est incomplet (voir `atelier sandbox`). Relancez avec --allow-weak-sandbox pour les lancer quand même.",
        Expected => "attendu",
        Got => "obtenu",
        TestStdout => "sortie",
        TestStderr => "erreurs",
        ExtraFindings => "Constats du candidat hors des failles introduites (à apprécier)",
        FlawFound => "trouvée",
        FlawsFound => "trouvées",
        FlawMissed => "manquée",
        NoExaminerFile => "Pas de fichier examinateur (cases/ID.examiner.json ou --examiner-file) : ni corrigé ni tests cachés.",
        GradesSaved => "notation enregistrée",
        GradesUnsaved => "notation non enregistrée",
        Certification => "Certification",
        KeyFocusGrading => "notation ↔ travail",
        KeyNextExercise => "exercice suivant",
        KeyPrevExercise => "exercice précédent",
        KeyScore => "note du critère",
        KeyScoreUp => "note +1",
        KeyScoreDown => "note −1",
        KeyClearScore => "effacer la note",
        KeyComment => "commenter le critère",
        KeyValidate => "valider l'exercice",
        KeyReject => "ne pas valider",
        KeyUndecide => "décision à revoir",
        KeyKeyDisplay => "afficher les touches (projection)",
        KeysShown => "Affichage des touches activé (F2 pour le masquer)",
        KeysHidden => "Affichage des touches désactivé",
        Typing => "saisie",
        HandedIn => "Fichier rendu",
        DemoNotice => "Démonstration : copie jetable de l'exemple corrigé, effacée à la sortie. F2 affiche les touches.",
        Summary => "Synthèse",
        Status => "Statut",
        Created => "Créé le",
        Updated => "Mis à jour le",
        AppVersion => "Version d'atelier",
        Exercise => "Exercice",
        Title => "Titre",
        FindingCount => "Points à traiter",
        Strategy => "Stratégie",
        Wording => "Énoncé",
        Criterion => "Critère",
        Competence => "Compétence",
        Scale => "Barème",
        NoAnswer => "Pas de réponse.",
        EditReason => "Motif de la décision contraire à la règle",
        ReasonNeeded => "Cette décision va contre la règle du cas : donnez-en le motif (Entrée pour l'enregistrer ; Échap le garde en brouillon, sans décider).",
        ReasonRefused => "Décision refusée : une décision contraire à la règle du cas demande un motif.",
        ReasonKept => "Texte conservé en brouillon : la décision n'est enregistrée qu'avec un motif confirmé par Entrée.",
        Reason => "Motif",
        ReasonDraft => "Brouillon de motif, non confirmé",
        Rule => "Règle",
        NoRule => "le cas ne donne pas de règle de décision",
        Proposal => "proposition",
        ProposalPending => "après notation de tous les critères",
        Levels => "Niveaux",
        KeyHistory => "historique du critère",
        History => "Historique",
        NoHistory => "aucune modification enregistrée",
        Moderation => "MODÉRATION · note retenue",
        OtherMarkers => "Autres correcteurs",
        Gap => "écart de plus d'un niveau",
        Blind => "les notes des autres correcteurs s'affichent quand tous ont décidé",
        }
    }

    fn en(self) -> &'static str {
        use ReviewText::*;
        match self {
        ReviewReadOnly => "REVIEW · read-only",
        IntegrityOk => "bundle intact",
        IntegrityFailed => "⚠ BUNDLE FAILED VERIFICATION",
        IntegrityFailedHint => "This bundle was changed or damaged after it was made: what you see may not be the work handed in. Grade it only knowingly.",
        GradesStale => "⚠ the bundle changed since these grades were entered",
        ReadOnlyRefused => "Read-only review: the candidate's work cannot be changed.",
        Grading => "Grading",
        Decision => "Decision",
        Validated => "validated",
        NotValidated => "not validated",
        Undecided => "undecided",
        Comment => "Comment",
        EditComment => "Comment on the criterion",
        Decided => "decided",
        Examiner => "Examiner",
        AnswerKey => "Answer key (examiner)",
        HiddenTests => "Hidden tests (A1)",
        PlantedFlaws => "Planted flaws (A7)",
        NoRunner => "Hidden tests not run (only the atelier review command runs them).",
        TestsPassed => "passed",
        RunningHiddenTests => "running A1's hidden tests in the sandbox",
        WeakSandbox => "Hidden tests not run: this machine's sandbox is incomplete (see `atelier sandbox`). Run again with --allow-weak-sandbox to run them anyway.",
        Expected => "expected",
        Got => "got",
        TestStdout => "stdout",
        TestStderr => "stderr",
        ExtraFindings => "Candidate's findings outside the planted flaws (to weigh)",
        FlawFound => "found",
        FlawsFound => "found",
        FlawMissed => "missed",
        NoExaminerFile => "No examiner file (cases/ID.examiner.json or --examiner-file): no answer key, no hidden tests.",
        GradesSaved => "grades saved",
        GradesUnsaved => "grades not saved",
        Certification => "Certification",
        KeyFocusGrading => "grading ↔ work",
        KeyNextExercise => "next exercise",
        KeyPrevExercise => "previous exercise",
        KeyScore => "criterion's score",
        KeyScoreUp => "score +1",
        KeyScoreDown => "score −1",
        KeyClearScore => "clear the score",
        KeyComment => "comment on the criterion",
        KeyValidate => "validate the exercise",
        KeyReject => "do not validate",
        KeyUndecide => "decision undecided",
        KeyKeyDisplay => "show keys pressed (projection)",
        KeysShown => "Key display on (F2 to hide)",
        KeysHidden => "Key display off",
        Typing => "typing",
        HandedIn => "File handed in",
        DemoNotice => "Demo: a throwaway copy of the worked example, deleted on exit. F2 shows the keys pressed.",
        Summary => "Summary",
        Status => "Status",
        Created => "Created",
        Updated => "Updated",
        AppVersion => "atelier version",
        Exercise => "Exercise",
        Title => "Title",
        FindingCount => "Findings",
        Strategy => "Strategy",
        Wording => "Wording",
        Criterion => "Criterion",
        Competence => "Competence",
        Scale => "Scale",
        NoAnswer => "No answer.",
        EditReason => "Reason for deciding against the rule",
        ReasonNeeded => "This decision goes against the case's rule: give the reason (Enter to record it; Esc keeps it as a draft, undecided).",
        ReasonRefused => "Decision refused: a decision against the case's rule needs a reason.",
        ReasonKept => "Text kept as a draft: the decision is recorded only with a reason confirmed by Enter.",
        Reason => "Reason",
        ReasonDraft => "Draft reason, not confirmed",
        Rule => "Rule",
        NoRule => "the case gives no decision rule",
        Proposal => "proposal",
        ProposalPending => "once every criterion is scored",
        Levels => "Levels",
        KeyHistory => "criterion's history",
        History => "History",
        NoHistory => "no change recorded",
        Moderation => "MODERATION · agreed grade",
        OtherMarkers => "Other markers",
        Gap => "more than one level apart",
        Blind => "the other markers' marks show once every one has decided",
        }
    }
}

impl From<ReviewText> for crate::i18n::Text {
    fn from(text: ReviewText) -> Self {
        crate::i18n::Text::Review(text)
    }
}

/// Why A1's hidden tests did not run: the bundle failed verification.
pub fn hidden_tests_not_run(lang: crate::i18n::Lang, reason: &str) -> String {
    match lang {
        crate::i18n::Lang::Fr => format!(
            "Tests cachés non exécutés : le paquet n'a pas passé la vérification ({reason}), \
             son code n'est pas lancé."
        ),
        crate::i18n::Lang::En => format!(
            "Hidden tests not run: the bundle failed verification ({reason}), so its code is \
             not started."
        ),
    }
}

/// A score above a criterion's scale, refused.
pub fn above_scale(lang: crate::i18n::Lang, criterion: &str, score: u8, scale: u8) -> String {
    match lang {
        crate::i18n::Lang::Fr => {
            format!("Note {score} refusée : le critère {criterion} se note de 0 à {scale}.")
        }
        crate::i18n::Lang::En => {
            format!("Score {score} refused: criterion {criterion} is scored from 0 to {scale}.")
        }
    }
}

/// Validating while criteria are unscored: the question.
pub fn unscored_ask(lang: crate::i18n::Lang, unscored: usize) -> String {
    match lang {
        // French: 0 and 1 take the singular.
        crate::i18n::Lang::Fr if unscored <= 1 => format!(
            "{unscored} critère n'est pas noté : appuyez de nouveau sur v pour valider quand même, sur une autre touche pour renoncer."
        ),
        crate::i18n::Lang::Fr => format!(
            "{unscored} critères ne sont pas notés : appuyez de nouveau sur v pour valider quand même, sur une autre touche pour renoncer."
        ),
        crate::i18n::Lang::En if unscored == 1 => "1 criterion is unscored: press v again to validate anyway, any other key to give up.".to_string(),
        crate::i18n::Lang::En => format!(
            "{unscored} criteria are unscored: press v again to validate anyway, any other key to give up."
        ),
    }
}
