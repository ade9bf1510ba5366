//! Sentences for the findings of the checks, in French and English, with their counts and examples.

use crate::i18n::Lang;
use crate::i18n::SheetLabel;
use crate::workbench::check::Finding;
use crate::workbench::grid::text::grid_finding_message;

pub(crate) use crate::i18n::plural::count as plural;

pub fn finding_message(lang: Lang, finding: &Finding) -> String {
    use Finding::*;
    match (lang, finding) {
        (Lang::En, TooFewItems { zone, count, min }) => format!(
            "{zone} has {}, the case asks for at least {min}",
            plural(lang, *count, "item", "items")
        ),
        (Lang::Fr, TooFewItems { zone, count, min }) => format!(
            "{zone} : {}, le cas en demande au moins {min}",
            plural(lang, *count, "élément", "éléments")
        ),
        (Lang::En, MissingEvidence { zone, item }) => {
            format!("{zone}: \"{item}\" has no evidence or source")
        }
        (Lang::Fr, MissingEvidence { zone, item }) => {
            format!("{zone} : « {item} » n'a ni preuve ni source")
        }
        (Lang::En, EmptyItem { zone }) => format!("{zone} has an empty item"),
        (Lang::Fr, EmptyItem { zone }) => format!("{zone} contient un élément vide"),
        (Lang::En, TooFewStrategies { recommendation, kind, count, min }) => format!(
            "{kind}: {}, the case asks for at least {min}",
            if *recommendation {
                plural(lang, *count, "recommendation", "recommendations")
            } else {
                plural(lang, *count, "strategy", "strategies")
            }
        ),
        (Lang::Fr, TooFewStrategies { recommendation, kind, count, min }) => format!(
            "{kind} : {}, le cas en demande au moins {min}",
            if *recommendation {
                plural(lang, *count, "recommandation", "recommandations")
            } else {
                plural(lang, *count, "stratégie", "stratégies")
            }
        ),
        (Lang::En, StrategyWithoutText { recommendation, label }) => format!(
            "{} {label} has no text",
            if *recommendation { "recommendation" } else { "strategy" }
        ),
        (Lang::Fr, StrategyWithoutText { recommendation, label }) => format!(
            "{} {label} n'a pas de texte",
            if *recommendation { "la recommandation" } else { "la stratégie" }
        ),
        (Lang::En, StrategyMissingZone { recommendation, label, zone }) => format!(
            "{} {label} references no item of {zone}",
            if *recommendation { "recommendation" } else { "strategy" }
        ),
        (Lang::Fr, StrategyMissingZone { recommendation, label, zone }) => format!(
            "{} {label} ne cite aucun élément de {zone}",
            if *recommendation { "la recommandation" } else { "la stratégie" }
        ),
        (Lang::En, TooFewPriorities { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(lang, *count, "priority", "priorities")
        ),
        (Lang::Fr, TooFewPriorities { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(lang, *count, "priorité", "priorités")
        ),
        (Lang::En, TooFewKpis { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(lang, *count, "KPI", "KPIs")
        ),
        (Lang::Fr, TooFewKpis { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(lang, *count, "indicateur", "indicateurs")
        ),
        (Lang::En, KpiWithoutTarget { name }) => format!("KPI \"{name}\" has no numeric target"),
        (Lang::Fr, KpiWithoutTarget { name }) => {
            format!("l'indicateur « {name} » n'a pas de cible chiffrée")
        }
        (Lang::En, KpiWithoutUnit { name }) => format!("KPI \"{name}\" has no unit"),
        (Lang::Fr, KpiWithoutUnit { name }) => format!("l'indicateur « {name} » n'a pas d'unité"),
        (Lang::En, NotesTooFewLines { lines, min }) => format!(
            "the notes have {}, the brief asks for at least {min}",
            plural(lang, *lines, "line", "lines")
        ),
        (Lang::Fr, NotesTooFewLines { lines, min }) => format!(
            "les notes font {}, la consigne en demande au moins {min}",
            plural(lang, *lines, "ligne", "lignes")
        ),
        (Lang::En, HeaderPlaceholder { line, text }) => format!(
            "program.py, line {line}: the header still reads \"{text}\": fill it in"
        ),
        (Lang::Fr, HeaderPlaceholder { line, text }) => format!(
            "program.py, ligne {line} : l'en-tête indique encore « {text} » : complétez-le"
        ),
        (Lang::En, NotesTooShort { words, min }) => {
            format!("the notes have {}, the case asks for at least {min}", plural(lang, *words, "word", "words"))
        }
        (Lang::Fr, NotesTooShort { words, min }) => {
            format!("les notes font {}, le cas en demande au moins {min}", plural(lang, *words, "mot", "mots"))
        }
        (Lang::En, NotesTooLong { words, max }) => {
            format!("the notes have {}, the case allows at most {max}", plural(lang, *words, "word", "words"))
        }
        (Lang::Fr, NotesTooLong { words, max }) => {
            format!("les notes font {}, le cas en autorise au plus {max}", plural(lang, *words, "mot", "mots"))
        }
        // -- code: A1 Python runner and sketch (issue 3) --
        (Lang::En, ProgramMissing) => "program.py is missing or empty".into(),
        (Lang::Fr, ProgramMissing) => "program.py est absent ou vide".into(),
        (Lang::En, ProgramNotRun) => {
            "the tests have not been run on the program as it is now (F5)".into()
        }
        (Lang::Fr, ProgramNotRun) => {
            "les tests n'ont pas été lancés sur le programme tel qu'il est (F5)".into()
        }
        (Lang::En, ProgramSyntaxError { line, message }) => {
            format!("syntax error at line {line}: {message}")
        }
        (Lang::Fr, ProgramSyntaxError { line, message }) => {
            format!("erreur de syntaxe ligne {line} : {message}")
        }
        (Lang::En, ProgramRunFailed { status }) => {
            format!(
                "the last run ended with {}",
                crate::workbench::code::text::status_label(lang, *status)
            )
        }
        (Lang::Fr, ProgramRunFailed { status }) => {
            format!(
                "la dernière exécution a échoué ({})",
                crate::workbench::code::text::status_label(lang, *status)
            )
        }
        (Lang::En, TestsFailing { passed, total }) => format!("{passed} of {total} tests pass"),
        (Lang::Fr, TestsFailing { passed, total }) => {
            format!(
                "{} sur {total}",
                plural(lang, *passed, "test réussi", "tests réussis")
            )
        }
        (Lang::En, MissingHeaderComment) => {
            "the program has no header comment or module docstring".into()
        }
        (Lang::Fr, MissingHeaderComment) => {
            "le programme n'a ni commentaire d'en-tête ni docstring de module".into()
        }
        (Lang::En, MissingDocstring { name, line }) => {
            format!("{name} (line {line}) has no docstring")
        }
        (Lang::Fr, MissingDocstring { name, line }) => {
            format!("{name} (ligne {line}) n'a pas de docstring")
        }
        (Lang::En, ShadowedBuiltin { name, line }) => {
            format!("the name {name} (line {line}) hides a Python builtin")
        }
        (Lang::Fr, ShadowedBuiltin { name, line }) => {
            format!("le nom {name} (ligne {line}) masque une fonction native de Python")
        }
        (Lang::En, SketchMissing) => "sketch.py is missing or empty".into(),
        (Lang::Fr, SketchMissing) => "sketch.py est absent ou vide".into(),
        // -- tree: A5 mind map (issue 4) --
        (Lang::En, TooFewSectors { count, min }) => format!(
            "the map has {}, the case asks for at least {min}",
            plural(lang, *count, "sector (first-level branch)", "sectors (first-level branches)")
        ),
        (Lang::Fr, TooFewSectors { count, min }) => format!(
            "la carte a {}, le cas en demande au moins {min}",
            plural(lang, *count, "secteur (branche de premier niveau)", "secteurs (branches de premier niveau)")
        ),
        (Lang::En, MapTooShallow { depth, min }) => format!(
            "the map goes {} below the root, the case asks for at least {min}",
            plural(lang, *depth, "level", "levels")
        ),
        (Lang::Fr, MapTooShallow { depth, min }) => format!(
            "la carte descend de {} sous la racine, le cas en demande au moins {min}",
            plural(lang, *depth, "niveau", "niveaux")
        ),
        (Lang::En, EmptyNodes { count }) => format!("{} without text", plural(lang, *count, "node", "nodes")),
        (Lang::Fr, EmptyNodes { count }) => format!("{} sans texte", plural(lang, *count, "nœud", "nœuds")),
        (Lang::En, LeavesWithoutSource { count, examples }) => format!(
            "{} without a source ({})",
            plural(lang, *count, "trend", "trends"),
            quoted(examples, *count, "“", "”")
        ),
        (Lang::Fr, LeavesWithoutSource { count, examples }) => format!(
            "{} sans source ({})",
            plural(lang, *count, "tendance", "tendances"),
            quoted(examples, *count, "« ", " »")
        ),
        (Lang::En, OutdatedSource { node, source, year, oldest }) => format!(
            "\"{node}\": the source \"{source}\" dates from {year}, the case asks for {oldest} or later"
        ),
        (Lang::Fr, OutdatedSource { node, source, year, oldest }) => format!(
            "« {node} » : la source « {source} » date de {year}, le cas demande {oldest} ou après"
        ),
        (Lang::En, SourceWithoutYear { node, source }) => {
            format!("\"{node}\": the source \"{source}\" has no year")
        }
        (Lang::Fr, SourceWithoutYear { node, source }) => {
            format!("« {node} » : la source « {source} » n'a pas d'année")
        }
        (Lang::En, SourceWithoutLink { node, source }) => {
            format!("\"{node}\": the source \"{source}\" has no link")
        }
        (Lang::Fr, SourceWithoutLink { node, source }) => {
            format!("« {node} » : la source « {source} » n'a pas de lien")
        }
        (Lang::En, DuplicateNode { text, count }) => {
            format!("\"{text}\" appears {count} times: merge or tell them apart")
        }
        (Lang::Fr, DuplicateNode { text, count }) => {
            format!("« {text} » apparaît {count} fois : fusionnez ou distinguez")
        }
        // -- map: A3 world map (issue 4) --
        (Lang::En, MapWithoutTitle) => "the map has no title (its problématique)".to_string(),
        (Lang::Fr, MapWithoutTitle) => "la carte n'a pas de titre (sa problématique)".to_string(),
        (Lang::En, TooFewActors { count, min }) => format!(
            "the map places {}, the case asks for at least {min}",
            plural(lang, *count, "actor", "actors")
        ),
        (Lang::Fr, TooFewActors { count, min }) => format!(
            "la carte place {}, le cas en demande au moins {min}",
            plural(lang, *count, "acteur", "acteurs")
        ),
        (Lang::En, ActorWithoutCategory { actor }) => {
            format!("\"{actor}\" has no category of the legend")
        }
        (Lang::Fr, ActorWithoutCategory { actor }) => {
            format!("« {actor} » n'a pas de catégorie de la légende")
        }
        (Lang::En, CategoryNotInLegend { actor }) => {
            format!("the category of \"{actor}\" is not (or not named) in the legend")
        }
        (Lang::Fr, CategoryNotInLegend { actor }) => {
            format!("la catégorie de « {actor} » n'est pas (ou mal) nommée dans la légende")
        }
        (Lang::En, NoRecommendations) => "no recommendation yet".to_string(),
        (Lang::Fr, NoRecommendations) => "aucune recommandation pour l'instant".to_string(),
        (Lang::En, RecommendationWithoutActor { rank }) => {
            format!("recommendation {rank} references no actor of the map")
        }
        (Lang::Fr, RecommendationWithoutActor { rank }) => {
            format!("la recommandation {rank} ne cite aucun acteur de la carte")
        }
        // -- sheet: A7 GDPR audit sheet (issue 6) --
        (Lang::En, TooFewProcessings { count, min }) => format!(
            "the register has {}, the case asks for at least {min}",
            plural(lang, *count, "processing", "processings")
        ),
        (Lang::Fr, TooFewProcessings { count, min }) => format!(
            "le registre compte {}, le cas en demande au moins {min}",
            plural(lang, *count, "traitement", "traitements")
        ),
        (Lang::En, ProcessingWithoutId { row }) => format!("processing {row} has no id"),
        (Lang::Fr, ProcessingWithoutId { row }) => format!("le traitement n° {row} n'a pas d'identifiant"),
        (Lang::En, DuplicateProcessingId { id }) => format!("two processings have the id {id}"),
        (Lang::Fr, DuplicateProcessingId { id }) => format!("deux traitements ont l'identifiant {id}"),
        (lang, GdprRule { rule, processing }) => match lang {
            Lang::En => format!(
                "{processing}: {} (accept or dismiss {})",
                rule.label(lang),
                crate::workbench::gdpr::audit::proposal_id(processing, *rule)
            ),
            Lang::Fr => format!(
                "{processing} : {} (à retenir ou écarter : {})",
                rule.label(lang),
                crate::workbench::gdpr::audit::proposal_id(processing, *rule)
            ),
        },
        (Lang::En, DismissedWithoutReason { id }) => format!("{id} is dismissed without a reason"),
        (Lang::Fr, DismissedWithoutReason { id }) => format!("{id} est écarté sans motif"),
        (Lang::En, RisksNotAssessed { processing }) => format!(
            "{processing}: the three risks need a severity and a likelihood"
        ),
        (Lang::Fr, RisksNotAssessed { processing }) => format!(
            "{processing} : les trois risques demandent une gravité et une vraisemblance"
        ),
        (Lang::En, ChecklistIncomplete { answered, total }) => {
            format!("security checklist: {answered} of {} answered", plural(lang, *total, "item", "items"))
        }
        (Lang::Fr, ChecklistIncomplete { answered, total }) => {
            format!("liste de contrôle sécurité : {} sur {total}", plural(lang, *answered, "point renseigné", "points renseignés"))
        }
        (Lang::En, FindingUnknownProcessing { id, processing }) => {
            format!("finding {id} concerns {processing}, which is not in the register")
        }
        (Lang::Fr, FindingUnknownProcessing { id, processing }) => {
            format!("le constat {id} porte sur {processing}, absent du registre")
        }
        (Lang::En, FindingWithoutArgument { id }) => format!("finding {id} has no argument"),
        (Lang::Fr, FindingWithoutArgument { id }) => format!("le constat {id} n'est pas argumenté"),
        (Lang::En, FindingWithoutSeverity { id }) => format!("finding {id} has no severity"),
        (Lang::Fr, FindingWithoutSeverity { id }) => format!("le constat {id} n'a pas de gravité"),
        (Lang::En, FindingWithoutRecommendation { id }) => {
            format!("finding {id} has no recommendation")
        }
        (Lang::Fr, FindingWithoutRecommendation { id }) => {
            format!("le constat {id} n'a pas de préconisation")
        }
        (Lang::En, RecommendationIncomplete { id }) => format!(
            "finding {id}: every recommendation needs a text, an owner, a priority and a deadline"
        ),
        (Lang::Fr, RecommendationIncomplete { id }) => format!(
            "constat {id} : chaque préconisation demande un texte, un responsable, une priorité et une échéance"
        ),
        (Lang::En, OpinionMissing) => "the sheet has no closing opinion".to_string(),
        (Lang::Fr, OpinionMissing) => "la fiche n'a pas d'avis de synthèse".to_string(),
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
        (Lang::En, SectionEmpty { section }) => format!("the section \"{section}\" is empty"),
        (Lang::Fr, SectionEmpty { section }) => format!("la section « {section} » est vide"),
        (Lang::En, CitationUnknown { key }) => {
            format!("the citation [@{key}] matches no reference of the list")
        }
        (Lang::Fr, CitationUnknown { key }) => {
            format!("la citation [@{key}] ne renvoie à aucune référence de la liste")
        }
        (Lang::En, ReferenceUnused { key }) => {
            format!("the reference {key} is never cited in the text (cite it as [@{key}])")
        }
        (Lang::Fr, ReferenceUnused { key }) => {
            format!("la référence {key} n'est jamais citée dans le texte (citez-la avec [@{key}])")
        }
        (Lang::En, ReferenceIncomplete { key }) => {
            format!("the reference {key} lacks its author, title or year")
        }
        (Lang::Fr, ReferenceIncomplete { key }) => {
            format!("il manque l'auteur, le titre ou l'année de la référence {key}")
        }
        (Lang::En, TooFewReferences { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(lang, *count, "reference", "references")
        ),
        (Lang::Fr, TooFewReferences { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(lang, *count, "référence", "références")
        ),
        (Lang::En, TooFewPicks { count, min }) => format!(
            "{} picked, the case asks for at least {min}",
            plural(lang, *count, "scheme", "schemes")
        ),
        (Lang::Fr, TooFewPicks { count, min }) => format!(
            "{} {}, le cas en demande au moins {min}",
            plural(lang, *count, "dispositif", "dispositifs"),
            crate::i18n::plural::form(lang, *count, "retenu", "retenus")
        ),
        (Lang::En, PickWithoutArgument { scheme }) => {
            format!("the pick \"{scheme}\" has no argument")
        }
        (Lang::Fr, PickWithoutArgument { scheme }) => {
            format!("le choix « {scheme} » n'est pas argumenté")
        }
        (Lang::En, PickWithoutCounterparts { scheme }) => {
            format!("the counterparts of \"{scheme}\" are not discussed")
        }
        (Lang::Fr, PickWithoutCounterparts { scheme }) => {
            format!("les contreparties de « {scheme} » ne sont pas discutées")
        }
        (Lang::En, UnknownScheme { scheme }) => {
            format!("the pick {scheme} is not in the case's table of schemes")
        }
        (Lang::Fr, UnknownScheme { scheme }) => {
            format!("le dispositif {scheme} n'est pas dans le tableau du cas")
        }
        (Lang::En, AttachmentUnavailable { exercise }) => {
            format!("the attached exercise {exercise} has no answer to export")
        }
        (Lang::Fr, AttachmentUnavailable { exercise }) => {
            format!("l'exercice joint {exercise} n'a pas de réponse à exporter")
        }
        (Lang::En, NoSlides) => "the deck has no slides".to_string(),
        (Lang::Fr, NoSlides) => "la présentation n'a aucune diapositive".to_string(),
        (Lang::En, TooManySlides { count, max }) => {
            format!("the deck has {}, the case allows at most {max}", plural(lang, *count, "slide", "slides"))
        }
        (Lang::Fr, TooManySlides { count, max }) => {
            format!("la présentation compte {}, le cas en autorise au plus {max}", plural(lang, *count, "diapositive", "diapositives"))
        }
        (Lang::En, SlideWithoutTitle { slide }) => format!("slide {slide} has no title"),
        (Lang::Fr, SlideWithoutTitle { slide }) => format!("la diapositive {slide} n'a pas de titre"),
        (Lang::En, SlideWithoutPoints { slide }) => format!("slide {slide} has no points"),
        (Lang::Fr, SlideWithoutPoints { slide }) => {
            format!("la diapositive {slide} n'a aucun point")
        }
        (Lang::En, SlideWithoutNotes { slide }) => format!("slide {slide} has no speaker notes"),
        (Lang::Fr, SlideWithoutNotes { slide }) => {
            format!("la diapositive {slide} n'a pas de notes d'orateur")
        }
        (Lang::En, PointTooLong { slide, words, max }) => format!(
            "slide {slide} has a point of {}, keep points under {max}", plural(lang, *words, "word", "words")
        ),
        (Lang::Fr, PointTooLong { slide, words, max }) => format!(
            "la diapositive {slide} a un point de {} : restez sous {max}", plural(lang, *words, "mot", "mots")
        ),
        (Lang::En, NotRehearsed) => "the pitch was never rehearsed in presenter mode".to_string(),
        (Lang::Fr, NotRehearsed) => {
            "le pitch n'a jamais été répété en mode présentateur".to_string()
        }
        (Lang::En, TooFewObjections { count, min }) => format!(
            "{} prepared for the jury, the case asks for at least {min}",
            plural(lang, *count, "objection", "objections")
        ),
        (Lang::Fr, TooFewObjections { count, min }) => format!(
            "{} {} pour le jury, le cas en demande au moins {min}",
            plural(lang, *count, "objection", "objections"),
            crate::i18n::plural::form(lang, *count, "préparée", "préparées")
        ),
        (Lang::En, ObjectionWithoutAnswer { objection }) => {
            format!("the objection \"{objection}\" has no answer")
        }
        (Lang::Fr, ObjectionWithoutAnswer { objection }) => {
            format!("l'objection « {objection} » n'a pas de réponse")
        }
        (
            Lang::En,
            RehearsalOverTime {
                seconds,
                max_minutes,
            },
        ) => format!(
            "the last rehearsal took {}, over the {max_minutes}-minute limit",
            crate::workbench::deck::model::clock_text(*seconds as i64)
        ),
        (
            Lang::Fr,
            RehearsalOverTime {
                seconds,
                max_minutes,
            },
        ) => format!(
            "la dernière répétition a duré {}, au-delà des {max_minutes} minutes",
            crate::workbench::deck::model::clock_text(*seconds as i64)
        ),
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        (lang, Graph(finding)) => finding.message(lang),
        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
        (lang, finding) => grid_finding_message(lang, finding),
    }
}

/// Said in the status line when a slide beyond the case's limit is added.
pub fn slide_limit_message(lang: Lang, count: usize, max: u32) -> String {
    match lang {
        Lang::Fr => format!(
            "{} : le cas en autorise {max} au plus. Regroupez ou supprimez-en une (d).",
            plural(lang, count, "diapositive", "diapositives")
        ),
        Lang::En => {
            format!(
                "{}: the case allows at most {max}. Merge or delete one (d).",
                plural(lang, count, "slide", "slides")
            )
        }
    }
}

/// Quoted examples, with an ellipsis when there are more than shown.
pub(crate) fn quoted(examples: &[String], count: usize, open: &str, close: &str) -> String {
    let mut out = examples
        .iter()
        .map(|e| format!("{open}{e}{close}"))
        .collect::<Vec<_>>()
        .join(", ");
    if count > examples.len() {
        out.push_str(", …");
    }
    out
}
