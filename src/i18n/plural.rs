//! Plurals by the CLDR rules of each language, through `intl_pluralrules`: French takes the
//! singular for 0 and 1 ("0 élément", "1 élément", "2 éléments"), English only for 1
//! ("0 items", "1 item", "2 items"). Every count a person reads is written by `count` (or
//! chooses its word with `form`), never by an `if n == 1` of its own.

use std::sync::OnceLock;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::i18n::{numbers, Lang};

fn rules(lang: Lang) -> &'static PluralRules {
    static FR: OnceLock<PluralRules> = OnceLock::new();
    static EN: OnceLock<PluralRules> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let id: LanguageIdentifier = lang
            .code()
            .parse()
            .expect("fr and en are valid language identifiers");
        PluralRules::create(id, PluralRuleType::CARDINAL)
            .expect("CLDR has the cardinal rules of French and English")
    })
}

/// The CLDR category of `n` in `lang` (French's "many", for round millions, is "other" here:
/// the noun takes its plural form either way).
pub fn category(lang: Lang, n: usize) -> PluralCategory {
    rules(lang).select(n).unwrap_or(PluralCategory::OTHER)
}

/// The word that goes with `n`: `one` where the language's rules say singular, else `other`.
pub fn form<'a>(lang: Lang, n: usize, one: &'a str, other: &'a str) -> &'a str {
    match category(lang, n) {
        PluralCategory::ONE => one,
        _ => other,
    }
}

/// `n` and its word, the number grouped as the language groups thousands: "0 élément",
/// "2 éléments", "1 200 éléments"; "0 items", "1 item".
pub fn count(lang: Lang, n: usize, one: &str, other: &str) -> String {
    format!("{} {}", numbers::count(lang, n), form(lang, n, one, other))
}

/// A count of words: "0 mot", "412 mots"; "1 word", "412 words".
pub fn words(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fr => count(lang, n, "mot", "mots"),
        Lang::En => count(lang, n, "word", "words"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_takes_the_singular_for_zero_and_one() {
        assert_eq!(count(Lang::Fr, 0, "élément", "éléments"), "0 élément");
        assert_eq!(count(Lang::Fr, 1, "élément", "éléments"), "1 élément");
        assert_eq!(count(Lang::Fr, 2, "élément", "éléments"), "2 éléments");
        assert_eq!(
            count(Lang::Fr, 1500, "référence", "références"),
            "1\u{202f}500 références"
        );
    }

    #[test]
    fn english_takes_the_singular_for_one_only() {
        assert_eq!(count(Lang::En, 0, "item", "items"), "0 items");
        assert_eq!(count(Lang::En, 1, "item", "items"), "1 item");
        assert_eq!(count(Lang::En, 2, "item", "items"), "2 items");
        assert_eq!(form(Lang::En, 1000, "post", "posts"), "posts");
    }

    #[test]
    fn round_millions_take_the_plural_in_french() {
        assert_eq!(form(Lang::Fr, 1_000_000, "ligne", "lignes"), "lignes");
    }
}
