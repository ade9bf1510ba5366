//! The grid workbench: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

use crate::i18n::findings::plural;
use crate::i18n::Lang;
use crate::workbench::check::Finding;
/// The grid workbench's fixed strings (keys of `Text::Grid(GridText::Grid)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridText {
    GridFixedRows,
    GridNoRow,
    GridCellReadOnly,
    GridNotAdjustable,
    GridSeedCleared,
    GridSortedNoMove,
    EditCell,
    KeyEditCell,
    KeyAddRow,
    KeyDeleteRow,
    KeyIncrease,
    KeyDecrease,
    KeySort,
    KeyNextColumn,
    KeyPrevColumn,
    KeyNextTab,
    PickOption,
    Totals,
    Reference,
    ListeningVolume,
    ListeningTerms,
    ListeningSentiment,
    ListeningComplaints,
    ListeningSamples,
    ListeningImported,
    Hotspot,
    NoChartData,
    Grid,
    ListeningPosts,
}

impl GridText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use GridText::*;
        match self {
        GridFixedRows => "Les lignes de ce tableau viennent du cas : on les complète, on n'en ajoute pas.",
        GridNoRow => "Aucune ligne : a pour en ajouter une.",
        GridCellReadOnly => "Cette cellule est calculée ou fournie par le cas.",
        GridNotAdjustable => "+ et - changent les nombres, les niveaux et les choix ; Entrée pour écrire.",
        GridSeedCleared => "Saisies de la ligne effacées (u pour annuler).",
        GridSortedNoMove => "Tableau trié : s jusqu'à « non trié » pour réordonner les lignes.",
        EditCell => "Cellule",
        KeyEditCell => "modifier la cellule",
        KeyAddRow => "ajouter une ligne",
        KeyDeleteRow => "supprimer la ligne",
        KeyIncrease => "+1 / choix suivant (vote)",
        KeyDecrease => "-1 / choix précédent",
        KeySort => "trier par la colonne",
        KeyNextColumn => "colonne suivante",
        KeyPrevColumn => "colonne précédente",
        KeyNextTab => "onglet suivant",
        PickOption => "Choisir une valeur",
        Totals => "Total",
        Reference => "Données du cas",
        ListeningVolume => "Volume par mois",
        ListeningTerms => "Termes les plus fréquents",
        ListeningSentiment => "Sentiment par mois",
        ListeningComplaints => "Principales plaintes",
        ListeningSamples => "Corpus du cas (publications fournies) ; importez le vôtre : atelier import --exercise ID FICHIER.csv",
        ListeningImported => "Corpus importé",
        Hotspot => "point chaud",
        NoChartData => "(pas encore de données : remplissez le tableau)",
        Grid => "Tableaux",
        ListeningPosts => "Publications et score de sentiment (↑ ↓)",
        }
    }

    fn en(self) -> &'static str {
        use GridText::*;
        match self {
        GridFixedRows => "This table's rows come from the case: complete them, you cannot add any.",
        GridNoRow => "No row yet: a to add one.",
        GridCellReadOnly => "This cell is computed or given by the case.",
        GridNotAdjustable => "+ and - change numbers, levels and choices; Enter to type.",
        GridSeedCleared => "The row's entries cleared (u to undo).",
        GridSortedNoMove => "The table is sorted: press s until unsorted to reorder rows.",
        EditCell => "Cell",
        KeyEditCell => "edit the cell",
        KeyAddRow => "add a row",
        KeyDeleteRow => "delete the row",
        KeyIncrease => "+1 / next choice (vote)",
        KeyDecrease => "-1 / previous choice",
        KeySort => "sort by the column",
        KeyNextColumn => "next column",
        KeyPrevColumn => "previous column",
        KeyNextTab => "next tab",
        PickOption => "Choose a value",
        Totals => "Total",
        Reference => "Case data",
        ListeningVolume => "Volume per month",
        ListeningTerms => "Most frequent terms",
        ListeningSentiment => "Sentiment per month",
        ListeningComplaints => "Top complaints",
        ListeningSamples => {
            "The case's corpus (sample posts); import yours: atelier import --exercise ID FILE.csv"
        }
        ListeningImported => "Imported corpus",
        Hotspot => "hotspot",
        NoChartData => "(no data yet: fill in the table)",
        Grid => "Tables",
        ListeningPosts => "Posts and sentiment score (↑ ↓)",
        }
    }
}

impl From<GridText> for crate::i18n::Text {
    fn from(text: GridText) -> Self {
        crate::i18n::Text::Grid(text)
    }
}

fn rows_list(rows: &[usize]) -> String {
    let shown: Vec<String> = rows.iter().take(8).map(usize::to_string).collect();
    let more = if rows.len() > 8 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

fn expected_text(lang: Lang, expected: crate::workbench::grid::model::Expected) -> &'static str {
    use crate::workbench::grid::model::Expected::*;
    match (lang, expected) {
        (Lang::Fr, Number) => "un nombre",
        (Lang::En, Number) => "a number",
        (Lang::Fr, Level) => "un niveau de 1 à 5",
        (Lang::En, Level) => "a level from 1 to 5",
        (Lang::Fr, Option) => "une des valeurs proposées",
        (Lang::En, Option) => "one of the offered values",
        (Lang::Fr, Date) => "une date AAAA-MM-JJ",
        (Lang::En, Date) => "a date YYYY-MM-DD",
        (Lang::Fr, Quarter) => "un trimestre comme 2026-T3",
        (Lang::En, Quarter) => "a quarter such as 2026-T3",
        (Lang::Fr, Colour) => "une couleur #RRGGBB",
        (Lang::En, Colour) => "a colour #RRGGBB",
    }
}

/// The social-listening tally: "12 publications · 5 positives · 1 neutre · 6 négatives"
/// (each adjective agrees with its count, "0 positive", by the CLDR rules).
pub fn listening_tally(
    lang: Lang,
    posts: usize,
    positive: usize,
    neutral: usize,
    negative: usize,
) -> String {
    let parts = match lang {
        Lang::Fr => [
            plural(lang, posts, "publication", "publications"),
            plural(lang, positive, "positive", "positives"),
            plural(lang, neutral, "neutre", "neutres"),
            plural(lang, negative, "négative", "négatives"),
        ],
        Lang::En => [
            plural(lang, posts, "post", "posts"),
            format!("{} positive", crate::i18n::numbers::count(lang, positive)),
            format!("{} neutral", crate::i18n::numbers::count(lang, neutral)),
            format!("{} negative", crate::i18n::numbers::count(lang, negative)),
        ],
    };
    parts.join(" · ")
}

/// The headings of the report's monthly listening table: month, posts, mean score.
pub fn listening_heading(lang: Lang, column: usize) -> &'static str {
    match (lang, column) {
        (Lang::Fr, 0) => "Mois",
        (Lang::Fr, 1) => "Publications",
        (Lang::Fr, _) => "Score moyen",
        (Lang::En, 0) => "Month",
        (Lang::En, 1) => "Posts",
        (Lang::En, _) => "Mean score",
    }
}

/// Why a corpus of posts was refused, in the user's language (the line, then the reason).
pub fn posts_import_error(
    lang: Lang,
    error: &crate::workbench::grid::posts_csv::ImportError,
) -> String {
    use crate::workbench::grid::posts_csv::{ImportError, PostProblem};
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, ImportError::Line { line, problem }) => {
            let reason = match problem {
                PostProblem::NoColumn { name, separator } => format!(
                    "l'en-tête n'a pas de colonne « {name} » (attendu : date,source,text et, si l'on veut, rating, séparés par {})",
                    if *separator == "tab" { "une tabulation" } else { separator }
                ),
                PostProblem::BadDate(date) => {
                    format!("la date « {date} » n'est pas une date du calendrier AAAA-MM-JJ")
                }
                PostProblem::EmptyText => "le texte est vide".into(),
                PostProblem::BadRating(rating) => {
                    format!("la note « {rating} » n'est pas un nombre entier de 1 à 5")
                }
                PostProblem::FieldCount { found, expected } => format!(
                    "{} là où l'en-tête en a {expected}",
                    plural(lang, *found, "champ", "champs")
                ),
                PostProblem::NotUtf8 => "le texte n'est pas en UTF-8 valide".into(),
                PostProblem::Unreadable(message) => message.clone(),
            };
            format!("ligne {line} : {reason}")
        }
        (Lang::Fr, ImportError::Empty) => {
            "le fichier n'a pas de ligne d'en-tête (attendu : date,source,text et, si l'on veut, rating)"
                .into()
        }
    }
}

pub fn expected_message(lang: Lang, expected: crate::workbench::grid::model::Expected) -> String {
    match lang {
        Lang::Fr => format!("attendu : {}", expected_text(lang, expected)),
        Lang::En => format!("expected {}", expected_text(lang, expected)),
    }
}

pub(crate) fn grid_finding_message(lang: Lang, finding: &Finding) -> String {
    use Finding::*;
    let number = |v: f64| crate::i18n::numbers::figure(lang, v);
    match (lang, finding) {
        (Lang::En, GridTooFewRows { grid, count, min }) => format!(
            "{grid} has {}, the case asks for at least {min}",
            plural(lang, *count, "filled row", "filled rows")
        ),
        (Lang::Fr, GridTooFewRows { grid, count, min }) => format!(
            "{grid} : {}, le cas en demande au moins {min}",
            plural(lang, *count, "ligne remplie", "lignes remplies")
        ),
        (Lang::En, GridCellsMissing { grid, column, rows }) => format!(
            "{grid}: \"{column}\" is empty in {} {}",
            crate::i18n::plural::form(lang, rows.len(), "row", "rows"),
            rows_list(rows)
        ),
        (Lang::Fr, GridCellsMissing { grid, column, rows }) => format!(
            "{grid} : « {column} » est vide {} {}",
            crate::i18n::plural::form(lang, rows.len(), "à la ligne", "aux lignes"),
            rows_list(rows)
        ),
        (
            Lang::En,
            GridCellInvalid {
                grid,
                row,
                column,
                value,
                expected,
            },
        ) => format!(
            "{grid}, row {row}: \"{value}\" in \"{column}\" is not {}",
            expected_text(lang, *expected)
        ),
        (
            Lang::Fr,
            GridCellInvalid {
                grid,
                row,
                column,
                value,
                expected,
            },
        ) => format!(
            "{grid}, ligne {row} : « {value} » dans « {column} » n'est pas {}",
            expected_text(lang, *expected)
        ),
        (
            Lang::En,
            GridTooFewDistinct {
                grid,
                column,
                count,
                min,
            },
        ) => format!(
            "{grid}: {} of \"{column}\", the case asks for at least {min}",
            plural(lang, *count, "different value", "different values")
        ),
        (
            Lang::Fr,
            GridTooFewDistinct {
                grid,
                column,
                count,
                min,
            },
        ) => format!(
            "{grid} : {} de « {column} », le cas en demande au moins {min}",
            plural(lang, *count, "valeur différente", "valeurs différentes")
        ),
        (
            Lang::En,
            GridTooFewMatching {
                grid,
                column,
                value,
                count,
                min,
            },
        ) => format!(
            "{grid}: {} with \"{column}\" = {value}, the case asks for at least {min}",
            plural(lang, *count, "row", "rows")
        ),
        (
            Lang::Fr,
            GridTooFewMatching {
                grid,
                column,
                value,
                count,
                min,
            },
        ) => format!(
            "{grid} : {} avec « {column} » = {value}, le cas en demande au moins {min}",
            plural(lang, *count, "ligne", "lignes")
        ),
        (
            Lang::En,
            GridTooFewPerOption {
                grid,
                option,
                count,
                min,
            },
        ) => format!(
            "{grid}: {option} has {}, the case asks for at least {min}",
            plural(lang, *count, "row", "rows")
        ),
        (
            Lang::Fr,
            GridTooFewPerOption {
                grid,
                option,
                count,
                min,
            },
        ) => format!(
            "{grid} : {option} a {}, le cas en demande au moins {min}",
            plural(lang, *count, "ligne", "lignes")
        ),
        (Lang::En, GridGapWithoutAction { grid, row, value }) => format!(
            "a gap of {} for {row} has no action in {grid}",
            number(*value)
        ),
        (Lang::Fr, GridGapWithoutAction { grid, row, value }) => format!(
            "un écart de {} pour {row} n'a aucune action dans {grid}",
            number(*value)
        ),
        (Lang::En, TooFewPosts { count, min }) => format!(
            "the corpus has {}, the analysis needs at least {min}",
            plural(lang, *count, "post", "posts")
        ),
        (Lang::Fr, TooFewPosts { count, min }) => format!(
            "le corpus compte {}, l'analyse en demande au moins {min}",
            plural(lang, *count, "publication", "publications")
        ),
        (
            Lang::En,
            GridTooFewColumnsFilled {
                grid,
                columns,
                count,
                min,
            },
        ) => format!(
            "{grid}: {} of {}, the case asks for at least {min}",
            plural(lang, *count, "column filled", "columns filled"),
            columns.join(", ")
        ),
        (
            Lang::Fr,
            GridTooFewColumnsFilled {
                grid,
                columns,
                count,
                min,
            },
        ) => format!(
            "{grid} : {} parmi {}, le cas en demande au moins {min}",
            plural(lang, *count, "colonne remplie", "colonnes remplies"),
            columns.join(", ")
        ),
        (
            Lang::En,
            GridEndsBeforeStart {
                grid,
                row,
                start,
                end,
            },
        ) => format!("{grid}, row {row}: it ends ({end}) before it starts ({start})"),
        (
            Lang::Fr,
            GridEndsBeforeStart {
                grid,
                row,
                start,
                end,
            },
        ) => format!("{grid}, ligne {row} : la fin ({end}) précède le début ({start})"),
        (Lang::En, GridTotalTooHigh { grid, column, total, max }) => format!(
            "{grid}: the total of \"{column}\" is {}, the case allows at most {}",
            number(*total),
            number(*max)
        ),
        (Lang::Fr, GridTotalTooHigh { grid, column, total, max }) => format!(
            "{grid} : le total de « {column} » est de {}, le cas autorise au plus {}",
            number(*total),
            number(*max)
        ),
        (Lang::En, GridRowNotTiedToListening { grid, row, column }) => format!(
            "{grid}, row {row}: \"{column}\" cites nothing the social listening found (a complaint theme or a frequent term)"
        ),
        (Lang::Fr, GridRowNotTiedToListening { grid, row, column }) => format!(
            "{grid}, ligne {row} : « {column} » ne cite rien de ce que l'écoute sociale a trouvé (thème de plainte ou terme fréquent)"
        ),
        _ => String::new(),
    }
}

/// Why a grid configuration is refused (`atelier case validate`, loading a case).
pub fn config_reason(lang: Lang, reason: &crate::workbench::grid::config::GridReason) -> String {
    use crate::workbench::grid::config::GridReason::*;
    match lang {
        Lang::En => match reason {
            NoGrid => "expected at least one grid".into(),
            GridIdCharacters => {
                "expected letters, digits, '-' and '_' (the id names export files)".into()
            }
            GridIdTwice { id } => format!("the grid id \"{id}\" is used twice"),
            NoColumn => "expected at least one column".into(),
            ColumnId => "expected a short id".into(),
            ColumnIdTwice { id } => format!("the column id \"{id}\" is used twice"),
            ComputedNeedsFormula => "a computed column needs a formula".into(),
            FormulaNotComputed => "only a computed column has a formula".into(),
            ChoiceNeedsOptions => "a choice column needs options".into(),
            NotANumberColumn { input } => {
                format!("\"{input}\" is not a number column of this grid")
            }
            InputAfter => "a computed input must come before the column that uses it".into(),
            UnknownColumn { column } => format!("unknown column \"{column}\""),
            FixedRowsEmpty => "a grid with fixed rows needs rows from the case".into(),
            UnknownGrid { grid } => format!("unknown grid \"{grid}\""),
            UnknownColumnIn { column, grid } => {
                format!("unknown column \"{column}\" in grid \"{grid}\"")
            }
            MinAboveColumns { min, columns } => {
                format!("min is {min}, more than the {columns} columns named")
            }
            ListeningMissing => "cites_listening needs a \"listening\" section".into(),
            ChoiceColumnNeeded => "min_per_option needs a choice column".into(),
            Date => "expected a date YYYY-MM-DD".into(),
        },
        Lang::Fr => match reason {
            NoGrid => "il faut au moins une grille".into(),
            GridIdCharacters => "seuls les lettres sans accent, les chiffres, «\u{a0}-\u{a0}» et «\u{a0}_\u{a0}» sont permis (l'identifiant nomme les fichiers exportés)".into(),
            GridIdTwice { id } => format!("l'identifiant de grille «\u{a0}{id}\u{a0}» apparaît deux fois"),
            NoColumn => "il faut au moins une colonne".into(),
            ColumnId => "un identifiant court est attendu (lettres sans accent, chiffres, «\u{a0}-\u{a0}» et «\u{a0}_\u{a0}»)".into(),
            ColumnIdTwice { id } => {
                format!("l'identifiant de colonne «\u{a0}{id}\u{a0}» apparaît deux fois")
            }
            ComputedNeedsFormula => "une colonne calculée demande une formule".into(),
            FormulaNotComputed => "seule une colonne calculée a une formule".into(),
            ChoiceNeedsOptions => "une colonne à choix demande ses options".into(),
            NotANumberColumn { input } => {
                format!("«\u{a0}{input}\u{a0}» n'est pas une colonne de nombres de cette grille")
            }
            InputAfter => "une colonne calculée utilisée par une formule doit venir avant la colonne qui l'utilise".into(),
            UnknownColumn { column } => format!("colonne inconnue\u{a0}: «\u{a0}{column}\u{a0}»"),
            FixedRowsEmpty => "une grille aux lignes fixes demande ses lignes dans le cas".into(),
            UnknownGrid { grid } => format!("grille inconnue\u{a0}: «\u{a0}{grid}\u{a0}»"),
            UnknownColumnIn { column, grid } => {
                format!("la grille «\u{a0}{grid}\u{a0}» n'a pas de colonne «\u{a0}{column}\u{a0}»")
            }
            MinAboveColumns { min, columns } => format!(
                "min vaut {min}, mais la règle ne nomme que {}",
                plural(lang, *columns, "colonne", "colonnes")
            ),
            ListeningMissing => "cites_listening demande une section «\u{a0}listening\u{a0}»".into(),
            ChoiceColumnNeeded => "min_per_option demande une colonne à choix".into(),
            Date => "une date AAAA-MM-JJ est attendue".into(),
        },
    }
}
