//! `atelier case validate` says why a case is refused in the user's language: for each family
//! of rules (the case format, the referentiel, serde's types and fields, JSON syntax, and each
//! kind's configuration), one broken case read with `--lang fr` and `--lang en`. The French
//! sentence keeps the JSON path (or line and column) and holds no English word; the English
//! one is the sentence of before.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn validate(dir: &Path, text: &str, lang: &str) -> Output {
    let path = dir.join(format!("case-{lang}.json"));
    std::fs::write(&path, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["case", "validate", path.to_str().unwrap(), "--lang", lang])
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// The one line of the refusal (exit 1, `atelier: ` first).
fn refusal(output: &Output) -> String {
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("atelier: "), "{err}");
    err.trim_end().to_string()
}

type Change = fn(&mut Value);

/// One broken case per family: name, change to the embedded case, the JSON path (or the
/// position) the message keeps, a piece of the English sentence, a piece of the French one.
fn broken_cases() -> Vec<(
    &'static str,
    Change,
    &'static str,
    &'static str,
    &'static str,
)> {
    vec![
        (
            "case: format",
            |c| c["format"] = 2.into(),
            "$.format",
            "expected format 1, found 2",
            "le format attendu est 1",
        ),
        (
            "case: unknown reference",
            |c| c["organisation"]["actors"][0]["department"] = "nowhere".into(),
            "$.organisation.actors[0].department",
            "unknown department \"nowhere\"",
            "département inconnu\u{a0}: «\u{a0}nowhere\u{a0}»",
        ),
        (
            "case: id used twice",
            |c| {
                let first = c["organisation"]["departments"][0]["id"].clone();
                c["organisation"]["departments"][1]["id"] = first;
            },
            "$.organisation.departments[1].id",
            "is used twice",
            "apparaît deux fois parmi les départements",
        ),
        (
            "case: board",
            |c| c["exercises"][1]["board"]["columns"] = 0.into(),
            "$.exercises[1].board.columns",
            "expected 1 to 12 columns and 1 to 6 rows",
            "il faut de 1 à 12 colonnes et de 1 à 6 lignes",
        ),
        (
            "case: scale",
            |c| c["exercises"][1]["rubric"][0]["scale"] = 0.into(),
            "$.exercises[1].rubric[0].scale",
            "expected a scale of at least 1",
            "le barème doit aller au moins jusqu'à 1",
        ),
        (
            "case: levels",
            |c| {
                c["exercises"][1]["rubric"][0]["levels"]
                    .as_array_mut()
                    .unwrap()
                    .pop();
            },
            "$.exercises[1].rubric[0].levels",
            "expected 5 descriptors, one per score from 0 to 4, found 4",
            "il faut 5 descripteurs, un par note de 0 à 4\u{a0}; il y en a 4",
        ),
        (
            "case: decision rule",
            |c| c["exercises"][1]["pass"]["min_total"] = 999.into(),
            "$.exercises[1].pass.min_total",
            "the rule cannot be met: A2 needs a total of 999",
            "la règle est impossible à remplir\u{a0}: A2 demande un total de 999",
        ),
        (
            "case: map",
            |c| c["exercises"][2]["config"]["places"][0]["lat"] = 100.into(),
            "$.exercises[2].config.places[0]",
            "expected a latitude from -90 to 90",
            "la latitude va de -90 à 90",
        ),
        (
            "referentiel: criterion",
            |c| c["exercises"][1]["rubric"][0]["criterion"] = "XX".into(),
            "$.exercises[1].rubric[0].criterion",
            "unknown criterion \"XX\"",
            "critère inconnu\u{a0}: «\u{a0}XX\u{a0}»",
        ),
        (
            "referentiel: decision rule",
            |c| {
                c["exercises"][1].as_object_mut().unwrap().remove("pass");
            },
            "$.exercises[1].pass",
            "expected a decision rule",
            "une règle de décision est attendue",
        ),
        (
            "serde: type",
            |c| c["exercises"][1]["rubric"][0]["scale"] = "four".into(),
            "$.exercises[1].rubric[0].scale",
            "invalid type: string \"four\", expected u8",
            "type incorrect\u{a0}: on attend un entier de 0 à 255, pas le texte «\u{a0}four\u{a0}»",
        ),
        (
            "serde: missing field",
            |c| {
                c["organisation"].as_object_mut().unwrap().remove("name");
            },
            "$.organisation",
            "missing field `name`",
            "le champ «\u{a0}name\u{a0}» manque",
        ),
        (
            "serde: unknown field",
            |c| c["exercises"][0]["colour"] = "red".into(),
            "$.exercises[0]",
            "unknown field `colour`",
            "champ inconnu\u{a0}: «\u{a0}colour\u{a0}»",
        ),
        (
            "serde: unknown variant",
            |c| c["exercises"][0]["kind"] = "spreadsheet".into(),
            "$.exercises[0].kind",
            "unknown variant `spreadsheet`",
            "valeur inconnue\u{a0}: «\u{a0}spreadsheet\u{a0}»",
        ),
        (
            "code: limit",
            |c| c["exercises"][0]["config"]["time_limit_s"] = 0.into(),
            "$.exercises[0].config.time_limit_s",
            "expected a time limit above 0 and at most 120 seconds",
            "la limite de temps doit être de plus de 0",
        ),
        (
            "code: test",
            |c| c["exercises"][0]["config"]["tests"][0]["function"] = "1 bad".into(),
            "$.exercises[0].config.tests[0].function",
            "\"1 bad\" is not a Python function name",
            "«\u{a0}1 bad\u{a0}» n'est pas un nom de fonction Python",
        ),
        (
            "notes: schemes",
            |c| c["exercises"][3]["config"]["min_picks"] = 99.into(),
            "$.exercises[3].config.min_picks",
            "expected at most",
            "min_picks ne peut pas dépasser ce nombre",
        ),
        (
            "deck: slides",
            |c| c["exercises"][14]["config"]["max_slides"] = 0.into(),
            "$.exercises[14].config.max_slides",
            "expected 1 to 50 slides",
            "il faut de 1 à 50 diapositives",
        ),
        (
            "grid: column",
            |c| c["exercises"][7]["config"]["grids"][0]["columns"][0]["id"] = "".into(),
            "$.exercises[7].config.grids[0].columns[0].id",
            "expected a short id",
            "un identifiant court est attendu",
        ),
        (
            "grid: rule",
            |c| c["exercises"][9]["config"]["rules"][0]["grid"] = "nowhere".into(),
            "$.exercises[9].config.rules[0]",
            "unknown grid \"nowhere\"",
            "grille inconnue\u{a0}: «\u{a0}nowhere\u{a0}»",
        ),
        (
            "sheet: type",
            |c| c["exercises"][6]["config"]["min_processings"] = "six".into(),
            "$.exercises[6].config.min_processings",
            "invalid type: string \"six\"",
            "pas le texte «\u{a0}six\u{a0}»",
        ),
    ]
}

fn embedded() -> Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// English words that must not reach the French sentence, once the JSON paths and the names
/// quoted in « » (field names, ids, values from the file) are taken out.
const ENGLISH: &[&str] = &[
    "expected",
    "unknown",
    "missing",
    "invalid",
    "found",
    "needs",
    "must",
    "used",
    "twice",
    "the",
    "not",
    "only",
    "field",
    "string",
    "least",
    "most",
    "column",
    "columns",
    "grid",
    "cannot",
    "with",
    "from",
    "and",
    "is",
    "of",
    "to",
    "at",
    "no",
    "rule",
    "criterion",
    "while",
    "parsing",
    "line",
    "sequence",
    "map",
    "integer",
    "EOF",
    "value",
    "type:",
    "slides",
    "seconds",
];

fn english_words_in(french: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut quoted = false;
    for c in french.chars() {
        match c {
            '«' => quoted = true,
            '»' => quoted = false,
            _ if !quoted => kept.push(c),
            _ => {}
        }
    }
    kept.split(|c: char| c.is_whitespace())
        .filter(|token| !token.starts_with('$') && !token.contains('_'))
        .flat_map(|token| token.split(|c: char| "(),;.:".contains(c)))
        .filter(|word| ENGLISH.contains(word))
        .map(str::to_string)
        .collect()
}

#[test]
fn each_family_of_rules_speaks_french_and_english_with_the_path() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, change, path, english, french) in broken_cases() {
        let mut case = embedded();
        change(&mut case);
        let text = case.to_string();
        let en = refusal(&validate(tmp.path(), &text, "en"));
        assert!(en.contains(&format!("at {path}")), "{name}: {en}");
        assert!(en.contains(english), "{name}: {en} lacks {english:?}");
        let fr = refusal(&validate(tmp.path(), &text, "fr"));
        assert!(fr.contains(&format!("en {path}")), "{name}: {fr}");
        assert!(fr.contains(french), "{name}: {fr} lacks {french:?}");
    }
}

#[test]
fn no_validation_message_reaches_the_french_output_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let mut texts: Vec<(String, String)> = broken_cases()
        .into_iter()
        .map(|(name, change, ..)| {
            let mut case = embedded();
            change(&mut case);
            (name.to_string(), case.to_string())
        })
        .collect();
    let whole = embedded().to_string();
    texts.push((
        "syntax: cut short".into(),
        whole[..whole.len() / 2].to_string(),
    ));
    texts.push(("syntax: trailing comma".into(), "{\"format\": 1,}".into()));
    texts.push((
        "syntax: missing comma".into(),
        "{\"format\": 1 \"id\": 2}".into(),
    ));
    for (name, text) in texts {
        let fr = refusal(&validate(tmp.path(), &text, "fr"));
        let words = english_words_in(&fr);
        assert!(words.is_empty(), "{name}: {words:?} in {fr}");
    }
}

#[test]
fn syntax_errors_keep_line_and_column_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "{\n  \"format\": 1,\n  oops\n}";
    let en = refusal(&validate(tmp.path(), text, "en"));
    assert!(en.contains("not valid JSON (line 3, column"), "{en}");
    let fr = refusal(&validate(tmp.path(), text, "fr"));
    assert!(
        fr.contains("n'est pas du JSON valide (ligne 3, colonne"),
        "{fr}"
    );
    assert!(english_words_in(&fr).is_empty(), "{fr}");
}

#[test]
fn a_case_file_that_cannot_be_read_is_said_in_french() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("absent.json");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args([
            "case",
            "validate",
            missing.to_str().unwrap(),
            "--lang",
            "fr",
        ])
        .env_remove("LANG")
        .output()
        .unwrap();
    let fr = refusal(&out);
    assert!(
        fr.contains("impossible de lire le fichier du cas")
            && fr.contains("fichier ou dossier introuvable"),
        "{fr}"
    );
    assert!(english_words_in(&fr).is_empty(), "{fr}");
}
