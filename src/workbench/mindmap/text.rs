//! The A5 mind map: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

/// The A5 mind map's fixed strings (keys of `Text::Mindmap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MindmapText {
    KeyAddChild,
    KeyAddSibling,
    KeyIndent,
    KeyOutdent,
    KeyCut,
    KeyCopy,
    KeyPaste,
    KeyToggleFold,
    KeyFoldAll,
    KeyUnfoldAll,
    KeyFoldLevel,
    KeyUnfoldLevel,
    KeyParent,
    KeyChild,
    KeyFirst,
    KeyLast,
    KeySearch,
    KeySearchNext,
    KeyNote,
    KeyLinkUrl,
    KeyTags,
    KeyAddSource,
    KeyRemoveSource,
    KeyNewLine,
    EditNode,
    EditNote,
    EditLink,
    EditSourceTitle,
    EditSourcePublisher,
    EditSourceUrl,
    EditSourceYear,
    SearchPrompt,
    PickTagsTitle,
    NoMatch,
    Match,
    Cut,
    Copied,
    Pasted,
    ClipboardEmpty,
    RootStays,
    NoTags,
    Sources,
    Tags,
    Link,
    Depth,
    MindMap,
    NodeNoNote,
    NodeNoSource,
    KeyEditSource,
    PickSourceTitle,
    ReportOutline,
    Source,
    LinkTo,
}

impl MindmapText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use MindmapText::*;
        match self {
            KeyAddChild => "ajouter un enfant",
            KeyAddSibling => "ajouter un frère (à la suite)",
            KeyIndent => "décaler à droite (enfant du précédent)",
            KeyOutdent => "décaler à gauche (frère du parent)",
            KeyCut => "couper la branche",
            KeyCopy => "copier la branche",
            KeyPaste => "coller comme enfant",
            KeyToggleFold => "plier / déplier",
            KeyFoldAll => "tout plier",
            KeyUnfoldAll => "tout déplier",
            KeyFoldLevel => "plier un niveau",
            KeyUnfoldLevel => "déplier un niveau",
            KeyParent => "plier ou aller au parent",
            KeyChild => "déplier ou aller au premier enfant",
            KeyFirst => "aller au début",
            KeyLast => "aller à la fin",
            KeySearch => "chercher",
            KeySearchNext => "résultat suivant",
            KeyNote => "note du nœud",
            KeyLinkUrl => "lien du nœud",
            KeyTags => "étiquettes",
            KeyAddSource => "ajouter une source",
            KeyRemoveSource => "retirer la dernière source",
            KeyNewLine => "nouvelle ligne (notes)",
            EditNode => "Texte du nœud",
            EditNote => "Note du nœud (Ctrl+J : nouvelle ligne)",
            EditLink => "Lien (URL)",
            EditSourceTitle => "Source : titre",
            EditSourcePublisher => "Source : éditeur ou auteur",
            EditSourceUrl => "Source : lien (URL)",
            EditSourceYear => "Source : année de publication",
            SearchPrompt => "Chercher (texte, note, étiquette)",
            PickTagsTitle => "Étiquettes du nœud",
            NoMatch => "Aucun résultat",
            Match => "Résultat",
            Cut => "Branche coupée : p pour la coller",
            Copied => "Branche copiée : p pour la coller",
            Pasted => "Branche collée",
            ClipboardEmpty => "Rien à coller : x coupe, y copie une branche",
            RootStays => "La racine ne peut pas être supprimée ni déplacée",
            NoTags => "Le cas ne propose pas d'étiquettes",
            Sources => "Sources",
            Tags => "Étiquettes",
            Link => "Lien",
            Depth => "profondeur",
            MindMap => "Carte mentale",
            NodeNoNote => "Pas de note : N pour en écrire une.",
            NodeNoSource => "Pas de source : s pour en ajouter une.",
            KeyEditSource => "modifier une source",
            PickSourceTitle => "Source à modifier",
            ReportOutline => "Plan de la carte, avec les notes et les sources",
            Source => "Source",
            LinkTo => "lien vers",
        }
    }

    fn en(self) -> &'static str {
        use MindmapText::*;
        match self {
            KeyAddChild => "add a child",
            KeyAddSibling => "add a sibling (after)",
            KeyIndent => "indent (child of the previous)",
            KeyOutdent => "outdent (sibling of the parent)",
            KeyCut => "cut the branch",
            KeyCopy => "copy the branch",
            KeyPaste => "paste as a child",
            KeyToggleFold => "fold / unfold",
            KeyFoldAll => "fold all",
            KeyUnfoldAll => "unfold all",
            KeyFoldLevel => "fold one level",
            KeyUnfoldLevel => "unfold one level",
            KeyParent => "fold or go to the parent",
            KeyChild => "unfold or go to the first child",
            KeyFirst => "go to the top",
            KeyLast => "go to the end",
            KeySearch => "search",
            KeySearchNext => "next match",
            KeyNote => "node's note",
            KeyLinkUrl => "node's link",
            KeyTags => "tags",
            KeyAddSource => "add a source",
            KeyRemoveSource => "remove the last source",
            KeyNewLine => "new line (notes)",
            EditNode => "Node text",
            EditNote => "Node note (Ctrl+J: new line)",
            EditLink => "Link (URL)",
            EditSourceTitle => "Source: title",
            EditSourcePublisher => "Source: publisher or author",
            EditSourceUrl => "Source: link (URL)",
            EditSourceYear => "Source: year of publication",
            SearchPrompt => "Search (text, note, tag)",
            PickTagsTitle => "Node's tags",
            NoMatch => "No match",
            Match => "Match",
            Cut => "Branch cut: p pastes it",
            Copied => "Branch copied: p pastes it",
            Pasted => "Branch pasted",
            ClipboardEmpty => "Nothing to paste: x cuts, y copies a branch",
            RootStays => "The root cannot be deleted or moved",
            NoTags => "The case offers no tags",
            Sources => "Sources",
            Tags => "Tags",
            Link => "Link",
            Depth => "depth",
            MindMap => "Mind map",
            NodeNoNote => "No note: N writes one.",
            NodeNoSource => "No source: s adds one.",
            KeyEditSource => "edit a source",
            PickSourceTitle => "Source to edit",
            ReportOutline => "Outline of the map, with its notes and sources",
            Source => "Source",
            LinkTo => "link to",
        }
    }
}

impl From<MindmapText> for crate::i18n::Text {
    fn from(text: MindmapText) -> Self {
        crate::i18n::Text::Mindmap(text)
    }
}

/// Why a `.mm` or OPML file was refused, in the user's language, with its line and column.
/// A count of nodes: "1 nœud", "12 nœuds"; "1 node", "12 nodes".
pub fn nodes(lang: crate::i18n::Lang, n: usize) -> String {
    match lang {
        crate::i18n::Lang::Fr => crate::i18n::plural::count(lang, n, "nœud", "nœuds"),
        crate::i18n::Lang::En => crate::i18n::plural::count(lang, n, "node", "nodes"),
    }
}

pub fn format_error(
    err: &crate::workbench::mindmap::formats::FormatError,
    lang: crate::i18n::Lang,
) -> String {
    use crate::i18n::Lang;
    use crate::workbench::mindmap::formats::{FormatError, XmlReason};
    match (lang, err) {
        (Lang::En, err) => err.to_string(),
        (
            Lang::Fr,
            FormatError::Xml {
                line,
                column,
                reason,
            },
        ) => {
            let reason = match reason {
                XmlReason::MismatchedEnd { expected, found } => {
                    format!("</{found}> ferme <{expected}>")
                }
                XmlReason::UnmatchedEnd(name) => format!("</{name}> ne ferme aucun élément"),
                XmlReason::UnclosedMarkup => {
                    "une balise, un commentaire ou une déclaration n'est jamais fermé".to_string()
                }
                XmlReason::Other(text) => text.clone(),
            };
            format!("ligne {line}, colonne {column} : le fichier n'est pas du XML bien formé ({reason})")
        }
        (
            Lang::Fr,
            FormatError::Unclosed {
                element,
                line,
                column,
            },
        ) => format!(
            "ligne {line}, colonne {column} : l'élément <{element}> ouvert ici n'est jamais \
             fermé (le fichier est-il tronqué ?)"
        ),
        (
            Lang::Fr,
            FormatError::TooDeep {
                limit,
                line,
                column,
            },
        ) => format!(
            "ligne {line}, colonne {column} : la carte a plus de {} niveaux d'imbrication",
            crate::i18n::numbers::count(Lang::Fr, *limit)
        ),
        (Lang::Fr, FormatError::Missing(what)) => {
            format!("le fichier ne contient aucun {what} (est-ce le bon type de fichier ?)")
        }
    }
}
