//! The case's words, in French and English: its errors (`CaseError::message`), a pass
//! rule in words, and why a case file is refused: the reasons of the case format and of
//! the referentiel here, the kinds' own in their `text.rs`, and serde's sentences about types
//! and fields translated by their shape (serde only speaks English).

use crate::case::reason::{CaseReason, Collection, Reason, ReferentielReason};
use crate::case::CaseError;
use crate::i18n::errors::io_reason;
use crate::i18n::{plural, Lang};
use std::io;

/// The sentence of a reason in `lang`.
pub fn reason(lang: Lang, reason: &Reason) -> String {
    match reason {
        Reason::Case(reason) => case_reason(lang, reason),
        Reason::Referentiel(reason) => referentiel_reason(lang, reason),
        Reason::Code(reason) => crate::workbench::code::text::config_reason(lang, reason),
        Reason::Grid(reason) => crate::workbench::grid::text::config_reason(lang, reason),
        Reason::Notes(reason) => crate::workbench::notes::text::config_reason(lang, reason),
        Reason::Serde(message) => serde_sentence(lang, message),
    }
}

/// The English singular used in "the department id" and "unknown department".
fn noun_en(what: Collection) -> &'static str {
    match what {
        Collection::Department => "department",
        Collection::Actor => "actor",
        Collection::Processing => "processing",
        Collection::Exercise => "exercise",
        Collection::Criterion => "criterion",
        Collection::Zone => "zone",
        Collection::StrategyKind => "strategy kind",
    }
}

/// The French plural of "parmi les départements".
fn plural_fr(what: Collection) -> &'static str {
    match what {
        Collection::Department => "départements",
        Collection::Actor => "acteurs",
        Collection::Processing => "traitements",
        Collection::Exercise => "exercices",
        Collection::Criterion => "critères",
        Collection::Zone => "zones",
        Collection::StrategyKind => "types de stratégie",
    }
}

/// The French "département inconnu", agreed in gender.
fn unknown_fr(what: Collection) -> &'static str {
    match what {
        Collection::Department => "département inconnu",
        Collection::Actor => "acteur inconnu",
        Collection::Processing => "traitement inconnu",
        Collection::Exercise => "exercice inconnu",
        Collection::Criterion => "critère inconnu",
        Collection::Zone => "zone inconnue",
        Collection::StrategyKind => "type de stratégie inconnu",
    }
}

fn case_reason(lang: Lang, reason: &CaseReason) -> String {
    use CaseReason::*;
    match lang {
        Lang::En => match reason {
            NonEmpty => "expected a non-empty string".into(),
            UsedTwice { what, id } => format!("the {} id \"{id}\" is used twice", noun_en(*what)),
            Unknown { what, id } => format!("unknown {} \"{id}\"", noun_en(*what)),
            Format { expected, found } => format!("expected format {expected}, found {found}"),
            IdCharacters => {
                "expected only letters, digits, '-' and '_' (the id names files)".into()
            }
            Language => "expected \"fr\" or \"en\"".into(),
            Intensity => "expected an intensity from 1 to 3".into(),
            NoExercise => "expected at least one exercise".into(),
            Bloc => "expected a bloc from 1 to 4".into(),
            Competence { found } => {
                format!("expected a competence id C1 to C19, found \"{found}\"")
            }
            Scale => "expected a scale of at least 1".into(),
            MaxWords => "expected max_words to be at least min_words (or 0 for no limit)".into(),
            Coordinates => {
                "expected a latitude from -90 to 90 and a longitude from -180 to 180".into()
            }
            BoardMissing => {
                "a board exercise needs a \"board\" object (columns, rows, zones)".into()
            }
            Levels { scale, found } => format!(
                "expected {} descriptors, one per score from 0 to {scale}, found {found}",
                usize::from(*scale) + 1
            ),
            PassEach {
                exercise,
                min_each,
                criterion,
                scale,
            } => format!(
                "the rule cannot be met: {exercise} needs at least {min_each} on every criterion, but {criterion} scores at most {scale}"
            ),
            PassTotal {
                exercise,
                min_total,
                max,
            } => format!(
                "the rule cannot be met: {exercise} needs a total of {min_total}, but its rubric adds up to {max} at most"
            ),
            BoardSize => "expected 1 to 12 columns and 1 to 6 rows".into(),
            NoZone => "expected at least one zone".into(),
            Spans => "expected spans of at least 1".into(),
            ZoneOutside { columns, rows } => format!(
                "the zone does not fit in the board's {columns} columns and {rows} rows"
            ),
            ZoneOverlap { col, row } => {
                format!("the zone overlaps another zone at column {col}, row {row}")
            }
            NoCombinedZone => "expected at least one zone id".into(),
        },
        Lang::Fr => match reason {
            NonEmpty => "un texte non vide est attendu".into(),
            UsedTwice { what, id } => format!(
                "l'identifiant «\u{a0}{id}\u{a0}» apparaît deux fois parmi les {}",
                plural_fr(*what)
            ),
            Unknown { what, id } => format!("{}\u{a0}: «\u{a0}{id}\u{a0}»", unknown_fr(*what)),
            Format { expected, found } => {
                format!("le format attendu est {expected}, ce fichier est au format {found}")
            }
            IdCharacters => "seuls les lettres sans accent, les chiffres, «\u{a0}-\u{a0}» et «\u{a0}_\u{a0}» sont permis (l'identifiant nomme des fichiers)".into(),
            Language => "la langue doit être «\u{a0}fr\u{a0}» ou «\u{a0}en\u{a0}»".into(),
            Intensity => "l'intensité va de 1 à 3".into(),
            NoExercise => "il faut au moins un exercice".into(),
            Bloc => "le bloc va de 1 à 4".into(),
            Competence { found } => {
                format!("une compétence de C1 à C19 est attendue, pas «\u{a0}{found}\u{a0}»")
            }
            Scale => "le barème doit aller au moins jusqu'à 1".into(),
            MaxWords => "max_words doit être au moins égal à min_words (ou 0 pour aucune limite)".into(),
            Coordinates => "la latitude va de -90 à 90 et la longitude de -180 à 180".into(),
            BoardMissing => "un exercice de type tableau demande un objet «\u{a0}board\u{a0}» (colonnes, lignes, zones)".into(),
            Levels { scale, found } => format!(
                "il faut {}, un par note de 0 à {scale}\u{a0}; il y en a {found}",
                plural::count(lang, usize::from(*scale) + 1, "descripteur", "descripteurs")
            ),
            PassEach {
                exercise,
                min_each,
                criterion,
                scale,
            } => format!(
                "la règle est impossible à remplir\u{a0}: {exercise} demande au moins {min_each} à chaque critère, mais {criterion} ne dépasse pas {scale}"
            ),
            PassTotal {
                exercise,
                min_total,
                max,
            } => format!(
                "la règle est impossible à remplir\u{a0}: {exercise} demande un total de {min_total}, mais sa grille ne dépasse pas {max}"
            ),
            BoardSize => "il faut de 1 à 12 colonnes et de 1 à 6 lignes".into(),
            NoZone => "il faut au moins une zone".into(),
            Spans => "une zone s'étend sur au moins une colonne et une ligne".into(),
            ZoneOutside { columns, rows } => format!(
                "la zone dépasse du tableau, qui a {} et {}",
                plural::count(lang, usize::from(*columns), "colonne", "colonnes"),
                plural::count(lang, usize::from(*rows), "ligne", "lignes")
            ),
            ZoneOverlap { col, row } => {
                format!("la zone en chevauche une autre à la colonne {col}, ligne {row}")
            }
            NoCombinedZone => "il faut au moins un identifiant de zone".into(),
        },
    }
}

fn referentiel_reason(lang: Lang, reason: &ReferentielReason) -> String {
    use ReferentielReason::*;
    match lang {
        Lang::En => match reason {
            NotAnActivity { id } => format!(
                "the exercise \"{id}\" is not an activity of the referentiel (A1 to A15, RE, MI, MC)"
            ),
            Bloc { activity, bloc } => {
                let expected = match bloc {
                    Some(bloc) => format!("bloc {bloc}"),
                    None => "no bloc".to_string(),
                };
                format!("the referentiel puts {activity} in {expected}")
            }
            Competence {
                activity,
                allowed,
                found,
            } => format!("the referentiel gives {activity} the competences {allowed}, not {found}"),
            NoCriterion => {
                "expected the id of the referentiel's criterion this line assesses".into()
            }
            CriterionElsewhere {
                criterion,
                owner,
                activity,
            } => format!("the criterion {criterion} belongs to {owner}, not {activity}"),
            UnknownCriterion { id } => format!("unknown criterion \"{id}\""),
            Wording { criterion, text } => format!(
                "expected the referentiel's wording of {criterion} (\"{text}\"); put what the case \
                 expects in \"expectations\", or mark an adaptation with \"adapted\": true"
            ),
            NoLevels { scale } => format!(
                "expected \"levels\": one descriptor per score from 0 to {scale}, saying what each score looks like"
            ),
            CompetenceNotListed { competence } => {
                format!("{competence} is not among the exercise's competences")
            }
            Unassessed { criterion, text } => format!(
                "no rubric line assesses the referentiel's criterion {criterion} (\"{text}\")"
            ),
            NoPass => {
                "expected a decision rule, e.g. \"pass\": {\"min_each\": 2, \"min_total\": 10}"
                    .into()
            }
            MissingActivity { activity, title } => {
                format!("the referentiel's {activity} ({title}) has no exercise")
            }
        },
        Lang::Fr => match reason {
            NotAnActivity { id } => format!(
                "l'exercice «\u{a0}{id}\u{a0}» n'est pas une activité du référentiel (A1 à A15, RE, MI, MC)"
            ),
            Bloc { activity, bloc } => match bloc {
                Some(bloc) => format!("le référentiel place {activity} dans le bloc {bloc}"),
                None => format!("le référentiel ne place {activity} dans aucun bloc"),
            },
            Competence {
                activity,
                allowed,
                found,
            } => format!(
                "le référentiel donne à {activity} les compétences {allowed}, pas {found}"
            ),
            NoCriterion => {
                "l'identifiant du critère du référentiel qu'évalue cette ligne est attendu".into()
            }
            CriterionElsewhere {
                criterion,
                owner,
                activity,
            } => format!("le critère {criterion} appartient à {owner}, pas à {activity}"),
            UnknownCriterion { id } => format!("critère inconnu\u{a0}: «\u{a0}{id}\u{a0}»"),
            Wording { criterion, text } => format!(
                "le libellé du référentiel pour {criterion} est attendu («\u{a0}{text}\u{a0}»)\u{a0}; placez ce \
                 qu'attend le cas dans «\u{a0}expectations\u{a0}», ou marquez une adaptation par «\u{a0}adapted\u{a0}»\u{a0}: true"
            ),
            NoLevels { scale } => format!(
                "«\u{a0}levels\u{a0}» est attendu\u{a0}: un descripteur par note de 0 à {scale}, qui dit à quoi ressemble chaque note"
            ),
            CompetenceNotListed { competence } => {
                format!("{competence} n'est pas parmi les compétences de l'exercice")
            }
            Unassessed { criterion, text } => format!(
                "aucune ligne de la grille n'évalue le critère {criterion} du référentiel («\u{a0}{text}\u{a0}»)"
            ),
            NoPass => "une règle de décision est attendue, par exemple «\u{a0}pass\u{a0}»\u{a0}: {\"min_each\": 2, \"min_total\": 10}".into(),
            MissingActivity { activity, title } => {
                format!("l'activité {activity} du référentiel ({title}) n'a pas d'exercice")
            }
        },
    }
}

/// serde's and serde_json's sentences, which are English only, by their shape: the names
/// between backquotes are kept, the words around them translated. A sentence of an unknown
/// shape is kept as serde wrote it.
pub fn serde_sentence(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    // serde_json ends some with " at line L column C", which the sentence around says.
    let message = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => message,
    };
    if let Some(name) = message.strip_prefix("missing field ") {
        return format!("le champ {} manque", quoted(name));
    }
    if let Some(name) = message.strip_prefix("duplicate field ") {
        return format!("le champ {} apparaît deux fois", quoted(name));
    }
    for (prefix, what, expected_what) in [
        ("unknown field ", "champ inconnu", "champs attendus"),
        ("unknown variant ", "valeur inconnue", "valeurs attendues"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (name, expected) = rest.split_once(", ").unwrap_or((rest, ""));
            let expected = if let Some(list) = expected.strip_prefix("expected one of ") {
                format!("\u{a0}; {expected_what}\u{a0}: {}", quoted(list))
            } else if let Some(one) = expected.strip_prefix("expected ") {
                format!("\u{a0}; attendu\u{a0}: {}", quoted(one))
            } else if expected.starts_with("there are no") {
                "\u{a0}; aucun n'est attendu ici".to_string()
            } else {
                String::new()
            };
            return format!("{what}\u{a0}: {}{expected}", quoted(name));
        }
    }
    for (prefix, what) in [
        ("invalid type: ", "type incorrect"),
        ("invalid value: ", "valeur incorrecte"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return format!(
                    "{what}\u{a0}: on attend {}, pas {}",
                    expected_fr(expected),
                    unexpected_fr(found)
                );
            }
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((length, expected)) = rest.split_once(", expected ") {
            let found = match length.parse::<usize>() {
                Ok(n) => plural::count(lang, n, "élément", "éléments"),
                Err(_) => length.to_string(),
            };
            return format!(
                "longueur incorrecte\u{a0}: on attend {}, pas {found}",
                expected_fr(expected)
            );
        }
    }
    syntax_fr(message).unwrap_or_else(|| message.to_string())
}

/// serde's list of names, "`a`, `b`", in French quotes: "« a », « b »" (non-breaking spaces).
fn quoted(names: &str) -> String {
    names
        .split(", ")
        .map(|name| format!("«\u{a0}{}\u{a0}»", name.trim_matches('`')))
        .collect::<Vec<_>>()
        .join(", ")
}

/// serde's description of a value it did not expect: `string "four"`, `integer `300``.
fn unexpected_fr(found: &str) -> String {
    let pairs = [
        ("string ", "le texte "),
        ("integer ", "l'entier "),
        ("floating point ", "le nombre "),
        ("boolean ", "le booléen "),
        ("char ", "le caractère "),
    ];
    for (en, fr) in pairs {
        if let Some(value) = found.strip_prefix(en) {
            let value = value.trim_matches('`').trim_matches('"');
            return format!("{fr}«\u{a0}{value}\u{a0}»");
        }
    }
    match found {
        "null" => "null".into(),
        "unit value" => "une valeur vide".into(),
        "sequence" => "une liste".into(),
        "map" => "un objet".into(),
        "boolean" => "un booléen".into(),
        "string" => "un texte".into(),
        other => format!("«\u{a0}{other}\u{a0}»"),
    }
}

/// serde's description of what a field takes: `u8`, `a string`, `struct Zone`.
fn expected_fr(expected: &str) -> String {
    let range = |low: &str, high: &str| format!("un entier de {low} à {high}");
    match expected {
        "u8" => range("0", "255"),
        "u16" => range("0", "65\u{202f}535"),
        "u32" | "u64" | "usize" => "un entier positif".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "un entier".into(),
        "f32" | "f64" => "un nombre".into(),
        "a string" | "a borrowed string" => "un texte".into(),
        "a boolean" => "un booléen (true ou false)".into(),
        "a sequence" => "une liste".into(),
        "a map" => "un objet".into(),
        "a character" | "a char" => "un caractère".into(),
        "unit" => "une valeur vide".into(),
        "a valid date" => "une date".into(),
        other => {
            if let Some(name) = other.strip_prefix("struct ") {
                format!("un objet ({name})")
            } else if let Some(list) = other.strip_prefix("one of ") {
                format!("une valeur parmi {}", quoted(list))
            } else if let Some(n) = other
                .strip_prefix("an array of length ")
                .or_else(|| other.strip_prefix("a tuple of size "))
                .or_else(|| other.strip_prefix("tuple of size "))
            {
                format!("une liste de {n} éléments")
            } else {
                format!("«\u{a0}{other}\u{a0}»")
            }
        }
    }
}

/// serde_json's syntax sentences ("expected `,` or `}`", "EOF while parsing an object").
fn syntax_fr(message: &str) -> Option<String> {
    let text = match message {
        "EOF while parsing a list" => "le fichier s'arrête au milieu d'une liste",
        "EOF while parsing an object" => "le fichier s'arrête au milieu d'un objet",
        "EOF while parsing a string" => "le fichier s'arrête au milieu d'un texte",
        "EOF while parsing a value" => "le fichier s'arrête avant une valeur attendue",
        "expected `:`" => "«\u{a0}:\u{a0}» est attendu",
        "expected `,` or `]`" => "«\u{a0},\u{a0}» ou «\u{a0}]\u{a0}» est attendu",
        "expected `,` or `}`" => "«\u{a0},\u{a0}» ou «\u{a0}}\u{a0}» est attendu",
        "expected ident" => "un mot de JSON (true, false, null) est attendu",
        "expected value" => "une valeur est attendue",
        "expected `\"`" | "key must be a string" => "un nom de champ entre guillemets est attendu",
        "invalid escape" => "séquence d'échappement invalide",
        "invalid number" => "nombre invalide",
        "number out of range" => "nombre hors limites",
        "invalid unicode code point" => "caractère Unicode invalide",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "caractère de contrôle dans un texte (un retour à la ligne s'écrit \\n)"
        }
        "trailing comma" => "virgule en trop avant la fin",
        "trailing characters" => "des caractères suivent la fin du JSON",
        "recursion limit exceeded" => "imbrication trop profonde",
        _ => return None,
    };
    Some(text.to_string())
}

impl CaseError {
    pub fn message(&self, lang: Lang) -> String {
        let error = self;
        if lang == Lang::En {
            return error.to_string();
        }
        match error {
            CaseError::Io { path, kind, .. } => format!(
                "impossible de lire le fichier du cas {path}\u{a0}: {}",
                io_reason(lang, &io::Error::from(*kind))
            ),
            CaseError::Syntax {
                line,
                column,
                message,
            } => format!(
                "le fichier du cas n'est pas du JSON valide (ligne {line}, colonne {column})\u{a0}: {}",
                serde_sentence(lang, message)
            ),
            CaseError::Invalid { path, reason } => {
                format!("en {path}\u{a0}: {}", reason.describe(lang))
            }
            CaseError::NotFound(id) => {
                format!("aucun cas nommé {id} (ni intégré, ni dans ./cases)")
            }
        }
    }
}

impl crate::case::PassRule {
    /// The rule in words.
    pub fn text(&self, lang: Lang) -> String {
        let (each, total) = (self.min_each, self.min_total);
        match lang {
            Lang::Fr => format!("au moins {each} à chaque critère et {total} au total"),
            Lang::En => format!("at least {each} on every criterion and {total} in all"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_sentences_are_translated_by_shape() {
        assert_eq!(
            serde_sentence(Lang::Fr, "missing field `name`"),
            "le champ «\u{a0}name\u{a0}» manque"
        );
        assert_eq!(
            serde_sentence(Lang::Fr, "unknown field `colour`, expected one of `id`, `title`"),
            "champ inconnu\u{a0}: «\u{a0}colour\u{a0}»\u{a0}; champs attendus\u{a0}: «\u{a0}id\u{a0}», «\u{a0}title\u{a0}»"
        );
        assert_eq!(
            serde_sentence(Lang::Fr, "invalid type: string \"four\", expected u8"),
            "type incorrect\u{a0}: on attend un entier de 0 à 255, pas le texte «\u{a0}four\u{a0}»"
        );
        assert_eq!(
            serde_sentence(Lang::Fr, "expected `,` or `}`"),
            "«\u{a0},\u{a0}» ou «\u{a0}}\u{a0}» est attendu"
        );
        assert_eq!(
            serde_sentence(Lang::En, "missing field `name`"),
            "missing field `name`"
        );
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn a_missing_case_is_said_in_french() {
        assert_eq!(
            CaseError::NotFound("x".into()).message(Lang::Fr),
            "aucun cas nommé x (ni intégré, ni dans ./cases)"
        );
    }
}
