//! Social listening (A12): the analysis of a corpus of posts or reviews (read from CSV by
//! [`crate::workbench::grid::posts_csv`]): volume per month, the most frequent terms (French and English stop words removed), a
//! lexicon-based sentiment per post and per month, and the top complaints.
//!
//! The sentiment of a post is the number of positive lexicon words minus the number of
//! negative ones; a negation (ne/pas/jamais/sans, not/no/never) within the three words
//! before a sentiment word flips it, and is not itself scored. A lexicon entry ending in `*` matches every word that
//! starts with it. Complaints are the case's themes, ranked by how many negative posts
//! mention them (a post mentions a theme when one of its words starts with a theme word).
//! Everything is linear in the corpus, so thousands of posts take milliseconds.

use crate::workbench::grid::model::Post;
pub use crate::workbench::grid::posts_csv::{read_posts_csv, ImportError};
use serde::Serialize;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

const STOP_WORDS: &[&str] = &[
    // French
    "a", "à", "ai", "aie", "ainsi", "alors", "après", "as", "au", "aucun", "aucune", "aussi",
    "autre", "aux", "avec", "avoir", "avons", "avez", "ont", "bien", "c", "ça", "car", "ce",
    "ceci", "cela", "celle", "celui", "ces", "cet", "cette", "chez", "ci", "comme", "comment", "d",
    "dans", "de", "des", "deux", "donc", "dont", "du", "elle", "elles", "en", "encore", "entre",
    "es", "est", "et", "étaient", "était", "été", "être", "eu", "fait", "faire", "fois", "font",
    "il", "ils", "j", "je", "jusqu", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma",
    "mais", "me", "même", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ou",
    "où", "par", "parce", "pas", "peu", "peut", "plus", "pour", "pourquoi", "qu", "quand", "que",
    "quel", "quelle", "qui", "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sous", "suis",
    "sur", "t", "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "très", "tu",
    "un", "une", "vos", "votre", "vous", "y", "été", "avait", "avant", "depuis", "jamais", "rien",
    "cet", "ses", "ceux", "lors", "là", "qu'il", "faut", "faudrait", "fois", "déjà", "été", "soit",
    "sera", "ont", "vraiment", // English
    "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "me", "more", "my", "no", "not", "of", "on", "one", "or", "our", "out", "she",
    "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
    "too", "up", "us", "very", "was", "we", "were", "what", "when", "which", "who", "why", "will",
    "with", "would", "you", "your",
];

const POSITIVE: &[&str] = &[
    "adoré*",
    "adore*",
    "agréable*",
    "aimable*",
    "bravo",
    "ravi*",
    "super",
    "top",
    "merci",
    "parfait*",
    "excellent*",
    "génial*",
    "geniale",
    "efficace*",
    "rapide*",
    "beau",
    "belle*",
    "bon",
    "bonne*",
    "compétent*",
    "conseil*",
    "content*",
    "satisfait*",
    "recommande*",
    "qualité",
    "sympa*",
    "accueil*",
    "chaleureu*",
    "aidé*",
    "aide",
    "pratique*",
    "facile*",
    "love*",
    "great",
    "good",
    "nice",
    "excellent",
    "helpful",
    "happy",
    "perfect",
    "fast",
    "friendly",
    "recommend*",
    "amazing",
    "thanks",
    "thank",
];

const NEGATIVE: &[&str] = &[
    "annul*",
    "attendu",
    "attente*",
    "bug*",
    "plante",
    "planté*",
    "cher",
    "chère*",
    "chers",
    "déçu*",
    "déception*",
    "dommage",
    "erreur*",
    "introuvable*",
    "lent*",
    "mauvais*",
    "mort*",
    "nul*",
    "panne*",
    "perdu*",
    "personne",
    "plainte*",
    "problème*",
    "retard*",
    "rupture*",
    "spam*",
    "arnaque*",
    "inadmissible*",
    "honte*",
    "impossible*",
    "inutil*",
    "jamais",
    "aucun",
    "fané*",
    "abîm*",
    "cassé*",
    "sale*",
    "incompétent*",
    "injoignable*",
    "bad",
    "slow",
    "broken",
    "late",
    "never",
    "worst",
    "disappoint*",
    "refund*",
    "poor",
    "terrible",
    "awful",
    "rude",
    "dead",
    "expensive",
];

/// Words that negate what follows. "plus" is left out: in reviews it is mostly a comparative
/// ("plus chers"), and "ne ... plus" is caught by "ne".
const NEGATIONS: &[&str] = &[
    "ne", "n", "pas", "jamais", "sans", "not", "no", "never", "don't", "didn't",
];

/// Lower-case words of a text in Unicode NFC (so decomposed text, as macOS writes it, gives
/// the same words): letters and digits, apostrophes split (m'expliquer -> m, expliquer);
/// words of digits only are dropped.
pub fn words(text: &str) -> impl Iterator<Item = String> {
    let text: String = text.nfc().collect();
    text.split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty() && w != &"&")
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .into_iter()
}

/// A lexicon of exact words and prefixes (`word*`).
#[derive(Debug, Default)]
struct Lexicon {
    exact: std::collections::HashSet<String>,
    prefixes: Vec<String>,
}

impl Lexicon {
    fn new<'a>(entries: impl Iterator<Item = &'a str>) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for entry in entries {
            let entry = entry.trim().nfc().collect::<String>().to_lowercase();
            match entry.strip_suffix('*') {
                Some(prefix) if !prefix.is_empty() => lexicon.prefixes.push(prefix.to_string()),
                _ if !entry.is_empty() => {
                    lexicon.exact.insert(entry);
                }
                _ => {}
            }
        }
        lexicon
    }
    fn matches(&self, word: &str) -> bool {
        self.exact.contains(word) || self.prefixes.iter().any(|p| word.starts_with(p.as_str()))
    }
}

/// Sentiment of one post.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostSentiment {
    /// Position of the post in the corpus (from 1).
    pub post: usize,
    pub date: String,
    pub source: String,
    pub score: i32,
    pub sentiment: Sentiment,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sentiment {
    Positive,
    Neutral,
    Negative,
}

/// Volume and sentiment of one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthStat {
    /// YYYY-MM.
    pub month: String,
    pub posts: usize,
    pub positive: usize,
    pub neutral: usize,
    pub negative: usize,
    /// Mean score of the month's posts.
    pub mean_score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermCount {
    pub term: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaint {
    pub theme: String,
    pub label: String,
    /// Negative posts mentioning the theme.
    pub count: usize,
    /// The first such post, as an example.
    pub example: String,
}

/// The whole analysis, as the screen shows it and `export --format json` writes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub posts: usize,
    pub positive: usize,
    pub neutral: usize,
    pub negative: usize,
    pub months: Vec<MonthStat>,
    /// Every term with its count, most frequent first (ties alphabetical).
    pub terms: Vec<TermCount>,
    pub sentiment: Vec<PostSentiment>,
    pub complaints: Vec<Complaint>,
}

impl Analysis {
    pub fn top_terms(&self, n: usize) -> &[TermCount] {
        &self.terms[..n.min(self.terms.len())]
    }

    /// What a recommendation can cite: the words of the complaint themes found (as
    /// prefixes), and the `top` most frequent terms.
    pub fn found_words(
        &self,
        config: Option<&crate::workbench::grid::config::ListeningConfig>,
        top: usize,
    ) -> Vec<String> {
        let mut found: Vec<String> = self.top_terms(top).iter().map(|t| t.term.clone()).collect();
        if let Some(config) = config {
            for complaint in &self.complaints {
                if let Some(theme) = config.themes.iter().find(|t| t.id == complaint.theme) {
                    found.extend(theme.words.iter().map(|w| w.to_lowercase()));
                }
            }
        }
        found
    }
}

/// Analyses a corpus with the built-in lexicon extended by the case's words and themes.
pub fn analyse(
    posts: &[Post],
    positive: &[String],
    negative: &[String],
    themes: &[crate::workbench::grid::config::Theme],
    extra_stop_words: &[String],
) -> Analysis {
    let extra: Vec<String> = extra_stop_words
        .iter()
        .map(|w| w.nfc().collect::<String>().to_lowercase())
        .collect();
    let stop: std::collections::HashSet<&str> = STOP_WORDS
        .iter()
        .copied()
        .chain(extra.iter().map(String::as_str))
        .collect();
    let pos = Lexicon::new(
        POSITIVE
            .iter()
            .copied()
            .chain(positive.iter().map(String::as_str)),
    );
    let neg = Lexicon::new(
        NEGATIVE
            .iter()
            .copied()
            .chain(negative.iter().map(String::as_str)),
    );
    let theme_words: Vec<Vec<String>> = themes
        .iter()
        .map(|t| {
            t.words
                .iter()
                .map(|w| w.nfc().collect::<String>().to_lowercase())
                .collect()
        })
        .collect();
    let mut term_counts: HashMap<String, usize> = HashMap::new();
    let mut months: std::collections::BTreeMap<String, (usize, usize, usize, usize, i64)> =
        Default::default();
    let mut sentiment = Vec::with_capacity(posts.len());
    let mut complaint_counts = vec![0usize; themes.len()];
    let mut complaint_examples: Vec<Option<String>> = vec![None; themes.len()];
    for (index, post) in posts.iter().enumerate() {
        let tokens: Vec<String> = words(&post.text).collect();
        let mut score = 0i32;
        for (i, token) in tokens.iter().enumerate() {
            // A negation word negates; it is not itself scored ("ne ... jamais").
            let value = if NEGATIONS.contains(&token.as_str()) {
                0
            } else if pos.matches(token) {
                1
            } else if neg.matches(token) {
                -1
            } else {
                0
            };
            if value != 0 {
                let negated = tokens[i.saturating_sub(3)..i]
                    .iter()
                    .any(|w| NEGATIONS.contains(&w.as_str()));
                score += if negated { -value } else { value };
            }
            if !stop.contains(token.as_str()) && token.chars().count() > 1 {
                *term_counts.entry(token.clone()).or_default() += 1;
            }
        }
        let label = match score.cmp(&0) {
            std::cmp::Ordering::Greater => Sentiment::Positive,
            std::cmp::Ordering::Less => Sentiment::Negative,
            std::cmp::Ordering::Equal => Sentiment::Neutral,
        };
        if label == Sentiment::Negative {
            for (t, words) in theme_words.iter().enumerate() {
                let hit = tokens
                    .iter()
                    .any(|tok| words.iter().any(|w| tok.starts_with(w.as_str())));
                if hit {
                    complaint_counts[t] += 1;
                    complaint_examples[t].get_or_insert_with(|| post.text.clone());
                }
            }
        }
        let month = post.date.get(..7).unwrap_or("").to_string();
        let entry = months.entry(month).or_default();
        entry.0 += 1;
        match label {
            Sentiment::Positive => entry.1 += 1,
            Sentiment::Neutral => entry.2 += 1,
            Sentiment::Negative => entry.3 += 1,
        }
        entry.4 += i64::from(score);
        sentiment.push(PostSentiment {
            post: index + 1,
            date: post.date.clone(),
            source: post.source.clone(),
            score,
            sentiment: label,
            rating: post.rating,
        });
    }
    let mut terms: Vec<TermCount> = term_counts
        .into_iter()
        .map(|(term, count)| TermCount { term, count })
        .collect();
    terms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
    let mut complaints: Vec<Complaint> = themes
        .iter()
        .enumerate()
        .filter(|(t, _)| complaint_counts[*t] > 0)
        .map(|(t, theme)| Complaint {
            theme: theme.id.clone(),
            label: theme.label.clone(),
            count: complaint_counts[t],
            example: complaint_examples[t].clone().unwrap_or_default(),
        })
        .collect();
    complaints.sort_by_key(|c| std::cmp::Reverse(c.count));
    let count = |s: Sentiment| sentiment.iter().filter(|p| p.sentiment == s).count();
    Analysis {
        posts: posts.len(),
        positive: count(Sentiment::Positive),
        neutral: count(Sentiment::Neutral),
        negative: count(Sentiment::Negative),
        months: months
            .into_iter()
            .map(|(month, (n, p, z, m, total))| MonthStat {
                month,
                posts: n,
                positive: p,
                neutral: z,
                negative: m,
                mean_score: total as f64 / n as f64,
            })
            .collect(),
        terms,
        sentiment,
        complaints,
    }
}

/// The corpus a grid exercise analyses: the imported posts, else the case's samples.
pub fn corpus<'a>(
    config: &'a crate::workbench::grid::config::GridExercise,
    answer: Option<&'a crate::workbench::grid::model::GridAnswer>,
) -> &'a [Post] {
    match (answer, &config.listening) {
        (Some(a), _) if !a.posts.is_empty() => &a.posts,
        (_, Some(listening)) => &listening.sample_posts,
        _ => &[],
    }
}

/// The analysis of a grid exercise's corpus: the imported posts, else the case's samples;
/// says whether the posts were imported.
pub fn analyse_exercise(
    config: &crate::workbench::grid::config::GridExercise,
    answer: Option<&crate::workbench::grid::model::GridAnswer>,
) -> Option<(Analysis, bool)> {
    let listening = config.listening.as_ref()?;
    let imported = answer.is_some_and(|a| !a.posts.is_empty());
    let posts = corpus(config, answer);
    Some((
        analyse(
            posts,
            &listening.positive,
            &listening.negative,
            &listening.themes,
            &listening.stop_words,
        ),
        imported,
    ))
}

/// A listening analysis kept with the imported posts it was computed from, so that it is
/// computed again only when they change (5,000 posts take tens of milliseconds, a frame a
/// few). Plain data: its keeper refreshes it when the answer changes, and `get` gives it only
/// while it is still the analysis of the answer's corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisMemo {
    /// The answer's imported posts when it was computed (none: the case's samples).
    posts: Vec<Post>,
    analysis: Analysis,
    imported: bool,
}

fn imported_posts(answer: Option<&crate::workbench::grid::model::GridAnswer>) -> &[Post] {
    answer.map_or(&[], |a| a.posts.as_slice())
}

impl AnalysisMemo {
    /// Analyses the exercise's corpus; `None` when the exercise does not listen.
    pub fn new(
        config: &crate::workbench::grid::config::GridExercise,
        answer: Option<&crate::workbench::grid::model::GridAnswer>,
    ) -> Option<AnalysisMemo> {
        let (analysis, imported) = analyse_exercise(config, answer)?;
        Some(AnalysisMemo {
            posts: imported_posts(answer).to_vec(),
            analysis,
            imported,
        })
    }

    /// The analysis and whether the posts were imported, as `analyse_exercise` gives them,
    /// if they are those of this answer's corpus.
    pub fn get(
        &self,
        answer: Option<&crate::workbench::grid::model::GridAnswer>,
    ) -> Option<(&Analysis, bool)> {
        (self.posts.as_slice() == imported_posts(answer)).then_some((&self.analysis, self.imported))
    }

    /// Analyses the corpus again if the answer's posts changed; says whether it did.
    pub fn refresh(
        &mut self,
        config: &crate::workbench::grid::config::GridExercise,
        answer: Option<&crate::workbench::grid::model::GridAnswer>,
    ) -> bool {
        if self.get(answer).is_some() {
            return false;
        }
        match AnalysisMemo::new(config, answer) {
            Some(memo) => {
                *self = memo;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::grid::config::Theme;

    const CORPUS: &str = "date,source,text,rating\n\
        2025-03-02,Google,\"Super conseil, vendeuse adorable et rapide\",5\n\
        2025-03-10,Facebook,Commande annulée : produit introuvable en magasin,1\n\
        2025-04-01,X,\"Livraison en retard, personne au téléphone\",\n\
        2025-04-15,Google,Le magasin n'est pas mauvais mais la livraison est lente,3\n";

    fn themes() -> Vec<Theme> {
        vec![
            Theme {
                id: "stock".into(),
                label: "Stock et click & collect".into(),
                words: vec!["introuvable".into(), "stock".into(), "annul".into()],
            },
            Theme {
                id: "livraison".into(),
                label: "Livraison".into(),
                words: vec!["livraison".into(), "retard".into()],
            },
        ]
    }

    #[test]
    fn known_corpus_gives_exact_counts() {
        let posts = read_posts_csv(CORPUS).unwrap();
        assert_eq!(posts.len(), 4);
        assert_eq!(posts[2].rating, None);
        let a = analyse(&posts, &[], &[], &themes(), &[]);
        assert_eq!(a.posts, 4);
        // Post 1: super, conseil, rapide = +3. Post 2: annulée, introuvable = -2.
        // Post 3: retard, personne = -2. Post 4: "pas mauvais" flipped (+1), lente (-1) = 0.
        let scores: Vec<i32> = a.sentiment.iter().map(|s| s.score).collect();
        assert_eq!(scores, vec![3, -2, -2, 0]);
        assert_eq!((a.positive, a.neutral, a.negative), (1, 1, 2));
        assert_eq!(a.months.len(), 2);
        assert_eq!(a.months[0].month, "2025-03");
        assert_eq!(a.months[0].posts, 2);
        assert_eq!(a.months[0].mean_score, 0.5);
        assert_eq!(a.months[1].negative, 1);
        assert_eq!(a.months[1].mean_score, -1.0);
        // "magasin" and "livraison" twice; stop words (le, la, en, est, et, au, n, pas) gone.
        assert_eq!(
            a.terms[0],
            TermCount {
                term: "livraison".into(),
                count: 2
            }
        );
        assert_eq!(
            a.terms[1],
            TermCount {
                term: "magasin".into(),
                count: 2
            }
        );
        assert!(a.terms.iter().all(|t| t.count == 1 || t.count == 2));
        assert!(!a
            .terms
            .iter()
            .any(|t| ["le", "la", "en", "est", "pas", "au"].contains(&t.term.as_str())));
        assert_eq!(a.terms.len(), 16);
        assert_eq!(a.complaints.len(), 2);
        assert_eq!(a.complaints[0].theme, "stock");
        assert_eq!(a.complaints[0].count, 1);
        assert_eq!(a.complaints[1].count, 1);
        assert!(a.complaints[1].example.starts_with("Livraison en retard"));
    }

    #[test]
    fn the_memo_holds_the_analysis_of_the_posts_until_they_change() {
        use crate::workbench::grid::config::GridExercise;
        use crate::workbench::grid::model::GridAnswer;
        let loaded = crate::case::load_default();
        let config: GridExercise =
            crate::case::parse_config("$", &loaded.case.exercise("A12").unwrap().config).unwrap();
        let mut answer = GridAnswer::default();
        let mut memo = AnalysisMemo::new(&config, None).unwrap();
        let samples = analyse_exercise(&config, None).unwrap();
        assert_eq!(memo.get(None), Some((&samples.0, false)));
        assert_eq!(memo.get(Some(&answer)), Some((&samples.0, false)));
        assert!(
            !memo.refresh(&config, Some(&answer)),
            "no posts: still the samples"
        );
        answer.posts = read_posts_csv(CORPUS).unwrap();
        assert_eq!(memo.get(Some(&answer)), None, "imported posts: out of date");
        assert!(memo.refresh(&config, Some(&answer)));
        let imported = analyse_exercise(&config, Some(&answer)).unwrap();
        assert_eq!(memo.get(Some(&answer)), Some((&imported.0, true)));
        assert!(!memo.refresh(&config, Some(&answer)));
        answer.posts[1].text = "Accueil parfait".into();
        assert_eq!(memo.get(Some(&answer)), None, "an edited post: out of date");
        assert!(memo.refresh(&config, Some(&answer)));
        assert_eq!(
            memo.get(Some(&answer)).map(|(a, _)| a.clone()),
            analyse_exercise(&config, Some(&answer)).map(|(a, _)| a)
        );
        assert!(AnalysisMemo::new(&GridExercise::default(), None).is_none());
    }

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/csv")
            .join(name);
        crate::workbench::csv_input::decode(&std::fs::read(path).unwrap())
            .unwrap()
            .0
    }

    #[test]
    fn a_french_excel_csv_gives_the_same_posts() {
        let excel = read_posts_csv(&fixture("posts_excel_fr_cp1252.csv")).unwrap();
        assert_eq!(excel, read_posts_csv(CORPUS).unwrap());
        assert_eq!(
            excel[1].text,
            "Commande annulée : produit introuvable en magasin"
        );
    }

    #[test]
    fn decomposed_text_counts_as_composed_text() {
        use unicode_normalization::UnicodeNormalization;
        let nfc = read_posts_csv(CORPUS).unwrap();
        let nfd: Vec<Post> = nfc
            .iter()
            .map(|p| Post {
                text: p.text.nfd().collect(),
                ..p.clone()
            })
            .collect();
        assert_ne!(nfd[1].text, nfc[1].text);
        let (a, b) = (
            analyse(&nfc, &[], &[], &themes(), &[]),
            analyse(&nfd, &[], &[], &themes(), &[]),
        );
        assert_eq!(a.terms, b.terms);
        assert!(a.terms.iter().any(|t| t.term == "téléphone"));
        assert_eq!(
            a.sentiment.iter().map(|s| s.score).collect::<Vec<_>>(),
            b.sentiment.iter().map(|s| s.score).collect::<Vec<_>>()
        );
        let counts = |a: &Analysis| -> Vec<(String, usize)> {
            a.complaints
                .iter()
                .map(|c| (c.theme.clone(), c.count))
                .collect()
        };
        assert_eq!(counts(&a), counts(&b));
        // Read from a CSV, decomposed text is stored composed.
        let csv: String = CORPUS.nfd().collect();
        assert_eq!(read_posts_csv(&csv).unwrap(), nfc);
    }
}
