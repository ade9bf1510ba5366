//! The `note` kind (A4, A9, RE, MI, MC): a long-form text in the sections the case sets, a
//! references list cited from the text as `[@id]`, the picks of A4's funding schemes, and
//! MC's attachments (other exercises whose exports the memoir leans on). Pure data.
//!
//! **Word counting (French).** A word is a whitespace-separated run holding at least one
//! letter or digit, with two French rules:
//! - an *elision* counts as its own word: `l'entreprise`, `d'innovation`, `qu'il`,
//!   `jusqu'à` are two words each (the elided article, pronoun or conjunction is a word
//!   that lost its vowel). Only the elided forms (l, d, j, m, n, s, t, c, qu, jusqu,
//!   lorsqu, puisqu, quoiqu, presqu) split, so `aujourd'hui` or `prud'hommes` stay one word;
//!   both the straight `'` and the typographic `’` apostrophes are recognised;
//! - a hyphenated compound is one word: `peut-être`, `porte-parole`, `vingt-deux`,
//!   `a-t-il` (the hyphen binds; a dash standing alone, `—` or `-`, is no word).
//!
//! Punctuation runs (`:`, `—`, `%`, `…`) are no words; numbers are (`9 %` is one word).

use serde::{Deserialize, Serialize};

/// Elided forms that stand as a word of their own before an apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Lines as a brief counts them ("10 à 20 lignes"): each paragraph wrapped at 80 characters
/// (a printed line), blank lines not counted.
pub fn count_lines(text: &str) -> usize {
    const WIDTH: usize = 80;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|paragraph| {
            let mut lines = 1;
            let mut used = 0;
            for word in paragraph.split_whitespace() {
                let width = unicode_width::UnicodeWidthStr::width(word);
                if used > 0 && used + 1 + width > WIDTH {
                    lines += 1;
                    used = width;
                } else {
                    used += usize::from(used > 0) + width;
                }
            }
            lines
        })
        .sum()
}

/// Words of a French (or English) text, by the rule in the module documentation.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().map(words_in_token).sum()
}

fn words_in_token(token: &str) -> usize {
    if !token.chars().any(char::is_alphanumeric) {
        return 0;
    }
    let mut count = 0;
    let mut rest = token;
    // Peel elided forms off the front: "jusqu'à" -> "jusqu'" + "à"; "qu'l'..." is not French,
    // but each recognised elision counts once.
    while let Some(at) = rest.find(['\'', '’']) {
        let head: String = rest[..at]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let tail = &rest[at + rest[at..].chars().next().map_or(1, char::len_utf8)..];
        if ELISIONS.contains(&head.as_str()) && tail.chars().any(char::is_alphanumeric) {
            count += 1;
            rest = tail;
        } else {
            break;
        }
    }
    if rest.chars().any(char::is_alphanumeric) {
        count += 1;
    }
    count
}

/// One section of a note, in the order the case sets.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Section {
    pub title: String,
    #[serde(default)]
    pub text: String,
}

/// A bibliographic reference, cited from the text as `[@id]`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Reference {
    /// Short key used in citations: letters, digits, `-` and `_`.
    pub id: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub url: String,
}

impl Reference {
    /// "Author, *Title*, Publisher, Year, URL" without the empty parts.
    pub fn citation(&self) -> String {
        [
            self.author.as_str(),
            self.title.as_str(),
            self.publisher.as_str(),
            self.year.as_str(),
            self.url.as_str(),
        ]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// A4: a funding scheme of the case's table the candidate retains, with the argument.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SchemePick {
    /// The scheme's id in the case.
    pub scheme: String,
    /// Why this scheme, for which project, and Maison Verdier's eligibility.
    #[serde(default)]
    pub argument: String,
    /// What the organisation gives in return: co-funding, reporting, controls, refunds.
    #[serde(default)]
    pub counterparts: String,
}

/// MC: an exercise whose exports the memoir leans on (the sociogram's GEXF for Gephi...).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    /// The attached exercise's id.
    pub exercise: String,
    /// What the attachment shows, in the memoir's words.
    #[serde(default)]
    pub caption: String,
}

/// The structured answer of a `note` exercise.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Note {
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<SchemePick>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

impl Note {
    pub fn is_empty(&self) -> bool {
        self.sections.iter().all(|s| s.text.trim().is_empty())
            && self.references.is_empty()
            && self.picks.is_empty()
            && self.attachments.is_empty()
    }

    /// The note with exactly the sections the case sets, in its order: missing ones are
    /// added empty, texts of sections the case no longer sets are kept at the end.
    pub fn with_sections(&self, titles: &[String]) -> Note {
        let mut note = self.clone();
        let mut ordered: Vec<Section> = titles
            .iter()
            .map(|title| {
                note.sections
                    .iter()
                    .find(|s| &s.title == title)
                    .cloned()
                    .unwrap_or_else(|| Section {
                        title: title.clone(),
                        text: String::new(),
                    })
            })
            .collect();
        for section in &note.sections {
            if !titles.contains(&section.title) && !section.text.trim().is_empty() {
                ordered.push(section.clone());
            }
        }
        note.sections = ordered;
        note
    }

    /// The whole text, section by section.
    pub fn body(&self) -> String {
        self.sections
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    pub fn word_count(&self) -> usize {
        self.sections.iter().map(|s| count_words(&s.text)).sum()
    }

    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    pub fn pick(&self, scheme: &str) -> Option<&SchemePick> {
        self.picks.iter().find(|p| p.scheme == scheme)
    }

    /// Picks or unpicks a scheme; returns whether it is now picked. Unpicking keeps nothing.
    pub fn toggle_pick(&mut self, scheme: &str) -> bool {
        if let Some(at) = self.picks.iter().position(|p| p.scheme == scheme) {
            self.picks.remove(at);
            false
        } else {
            self.picks.push(SchemePick {
                scheme: scheme.to_string(),
                ..SchemePick::default()
            });
            true
        }
    }

    pub fn pick_mut(&mut self, scheme: &str) -> Option<&mut SchemePick> {
        self.picks.iter_mut().find(|p| p.scheme == scheme)
    }

    pub fn toggle_attachment(&mut self, exercise: &str) -> bool {
        if let Some(at) = self.attachments.iter().position(|a| a.exercise == exercise) {
            self.attachments.remove(at);
            false
        } else {
            self.attachments.push(Attachment {
                exercise: exercise.to_string(),
                caption: String::new(),
            });
            true
        }
    }

    /// A fresh reference id (`ref1`, `ref2`...) that no reference uses yet.
    pub fn fresh_reference_id(&self) -> String {
        (1..)
            .map(|n| format!("ref{n}"))
            .find(|id| self.reference(id).is_none())
            .unwrap_or_default()
    }

    /// Citation keys used in the text, in order of first use.
    pub fn citations(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for section in &self.sections {
            for key in citations_in(&section.text) {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
        keys
    }
}

/// Keys of the `[@key]` citations in a text; `[@a; @b]` cites two.
pub fn citations_in(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[@") {
        let after = &rest[start + 1..];
        let Some(end) = after.find(']') else {
            break;
        };
        for part in after[..end].split([';', ',']) {
            let key = part.trim().trim_start_matches('@').trim();
            if !key.is_empty() && key.chars().all(is_key_char) {
                keys.push(key.to_string());
            }
        }
        rest = &after[end..];
    }
    keys
}

pub fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elisions_split_and_hyphens_bind() {
        assert_eq!(count_words("l'entreprise"), 2);
        assert_eq!(count_words("l’entreprise"), 2);
        assert_eq!(count_words("peut-être"), 1);
        assert_eq!(count_words("aujourd'hui"), 1);
        assert_eq!(count_words("jusqu'à présent"), 3);
        assert_eq!(count_words("Qu'est-ce que c'est ?"), 5);
        assert_eq!(
            count_words("L'innovation ouverte, c'est peut-être l'avenir — 9 % de pertes."),
            11
        );
        assert_eq!(count_words("a-t-il dit : « oui » …"), 3);
        assert_eq!(count_words("' - — l'"), 1);
    }

    #[test]
    fn citations_are_found_in_order() {
        assert_eq!(
            citations_in("Chesbrough [@chesbrough2003] puis [@oecd; @bpi-2024], pas [email]."),
            ["chesbrough2003", "oecd", "bpi-2024"]
        );
        assert!(citations_in("[@ ] [@pas une clé]").is_empty());
    }

    #[test]
    fn sections_follow_the_case_and_keep_stray_text() {
        let note = Note {
            sections: vec![
                Section {
                    title: "Ancienne".into(),
                    text: "gardé".into(),
                },
                Section {
                    title: "B".into(),
                    text: "b".into(),
                },
            ],
            ..Note::default()
        };
        let shaped = note.with_sections(&["A".into(), "B".into()]);
        let titles: Vec<_> = shaped.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["A", "B", "Ancienne"]);
        assert_eq!(shaped.sections[1].text, "b");
    }

    #[test]
    fn picks_toggle() {
        let mut note = Note::default();
        assert!(note.toggle_pick("cir"));
        note.pick_mut("cir").unwrap().argument = "x".into();
        assert!(!note.toggle_pick("cir"));
        assert!(note.picks.is_empty());
        assert_eq!(note.fresh_reference_id(), "ref1");
    }
}
