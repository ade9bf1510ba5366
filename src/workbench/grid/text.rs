//! The grid workbench: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

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
    Posts,
    Positive,
    Neutral,
    Negative,
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
        Posts => "publications",
        Positive => "positives",
        Neutral => "neutres",
        Negative => "négatives",
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
        Posts => "posts",
        Positive => "positive",
        Neutral => "neutral",
        Negative => "negative",
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
