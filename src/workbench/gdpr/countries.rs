//! Country data for the transfer rule of the A7 GDPR audit: the ISO 3166-1 alpha-2 codes,
//! the European Economic Area, and the countries with an EU adequacy decision. Plain data,
//! kept in the code so that a rule reads the same everywhere (TUI, `atelier check`, report).

pub use super::country_names::COUNTRY_NAMES;

/// ISO 3166-1 alpha-2 codes, taken on 2026-11-22 from the public-domain table
/// `iso3166.tab` of the IANA time zone database (tzdata, "current as of ISO/TC 46 N1108,
/// 2023-04-05"), 249 codes.
pub const ISO_3166_ALPHA2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The European Economic Area: the 27 member states of the EU, the EU's outermost regions
/// that have their own ISO code (Åland, French Guiana, Guadeloupe, Martinique, Réunion,
/// Mayotte, Saint-Martin), and Iceland, Liechtenstein and Norway (EEA Agreement). The GDPR
/// applies there, so a transfer to them needs no chapter V safeguard.
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", // EU 27
    "AX", "GF", "GP", "MQ", "RE", "YT", "MF", // outermost regions
    "IS", "LI", "NO", // EEA Agreement
];

/// How far an EU adequacy decision (GDPR art. 45) covers a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adequacy {
    /// The whole country is adequate: no further safeguard is needed.
    Full,
    /// Only some recipients are covered (the United States: organisations certified under
    /// the EU-US Data Privacy Framework; Canada: commercial organisations under PIPEDA), so
    /// the register must say that the recipient is covered (safeguard `adequacy`) or name
    /// another safeguard.
    Partial,
}

/// An EU adequacy decision (GDPR art. 45(3)): the country, how far it reaches, the act that
/// adopted it and its date (the day the Commission adopted it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdequacyDecision {
    pub country: &'static str,
    pub scope: Adequacy,
    pub act: &'static str,
    /// ISO 8601 date of adoption.
    pub adopted: &'static str,
}

const fn decision(
    country: &'static str,
    scope: Adequacy,
    act: &'static str,
    adopted: &'static str,
) -> AdequacyDecision {
    AdequacyDecision {
        country,
        scope,
        act,
        adopted,
    }
}

/// The EU adequacy decisions in force in late 2026, after the European Commission's page
/// "Adequacy decisions" (commission.europa.eu > Law > Data protection > International
/// dimension of data protection), each act checked by its number and date. Decisions adopted
/// under Directive 95/46/EC remain in force under GDPR art. 45(9). The European Patent
/// Organisation's decision is in `ADEQUATE_ORGANISATIONS`: it is not a country.
pub const ADEQUATE: &[AdequacyDecision] = &[
    decision("AD", Adequacy::Full, "Décision 2010/625/UE", "2010-10-19"),
    decision("AR", Adequacy::Full, "Décision 2003/490/CE", "2003-06-30"),
    decision(
        "BR",
        Adequacy::Full,
        "Décision d'exécution (UE) 2026/179",
        "2026-01-26",
    ),
    // Commercial organisations subject to PIPEDA.
    decision("CA", Adequacy::Partial, "Décision 2002/2/CE", "2001-12-20"),
    decision("CH", Adequacy::Full, "Décision 2000/518/CE", "2000-07-26"),
    decision("FO", Adequacy::Full, "Décision 2010/146/UE", "2010-03-05"),
    // Renewed on 19 December 2025 until 27 December 2031 (first adopted by Implementing
    // Decision (EU) 2021/1772 of 28 June 2021).
    decision(
        "GB",
        Adequacy::Full,
        "Décision d'exécution de renouvellement de la décision (UE) 2021/1772",
        "2025-12-19",
    ),
    decision("GG", Adequacy::Full, "Décision 2003/821/CE", "2003-11-21"),
    decision("IL", Adequacy::Full, "Décision 2011/61/UE", "2011-01-31"),
    decision("IM", Adequacy::Full, "Décision 2004/411/CE", "2004-04-28"),
    decision("JE", Adequacy::Full, "Décision 2008/393/CE", "2008-05-08"),
    decision(
        "JP",
        Adequacy::Full,
        "Décision d'exécution (UE) 2019/419",
        "2019-01-23",
    ),
    decision(
        "KR",
        Adequacy::Full,
        "Décision d'exécution (UE) 2022/254",
        "2021-12-17",
    ),
    decision(
        "NZ",
        Adequacy::Full,
        "Décision d'exécution 2013/65/UE",
        "2012-12-19",
    ),
    // Only organisations certified under the EU-US Data Privacy Framework.
    decision(
        "US",
        Adequacy::Partial,
        "Décision d'exécution (UE) 2023/1795 (Data Privacy Framework)",
        "2023-07-10",
    ),
    decision("UY", Adequacy::Full, "Décision 2012/484/UE", "2012-08-21"),
];

/// International organisations with an adequacy decision: the European Patent Organisation,
/// the first of them.
pub const ADEQUATE_ORGANISATIONS: &[(&str, &str, &str)] = &[(
    "Organisation européenne des brevets",
    "Décision d'exécution (UE) 2025/1382",
    "2025-07-15",
)];

pub fn is_country_code(code: &str) -> bool {
    ISO_3166_ALPHA2.contains(&code)
}

/// The ISO code a candidate means: a code in any case ("br"), or a country's name in French
/// or English, with or without accents, hyphens or apostrophes ("Brésil", "etats unis",
/// "United Kingdom"), or one of the usual short names ("UK", "USA").
pub fn country_code(text: &str) -> Option<&'static str> {
    let text = text.trim();
    if text.len() == 2 {
        let upper = text.to_ascii_uppercase();
        if let Some(code) = ISO_3166_ALPHA2.iter().find(|c| **c == upper) {
            return Some(code);
        }
    }
    let wanted = name_key(text);
    if wanted.is_empty() {
        return None;
    }
    COUNTRY_NAMES
        .iter()
        .find(|(_, fr, en)| name_key(fr) == wanted || name_key(en) == wanted)
        .map(|(code, _, _)| *code)
        .or_else(|| {
            SHORT_NAMES
                .iter()
                .find(|(name, _)| name_key(name) == wanted)
                .map(|(_, code)| *code)
        })
}

/// Names people write that are neither CLDR's French nor English name.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("UK", "GB"),
    ("Grande-Bretagne", "GB"),
    ("Great Britain", "GB"),
    ("USA", "US"),
    ("US", "US"),
    ("États-Unis d'Amérique", "US"),
    ("United States of America", "US"),
    ("Corée", "KR"),
    ("Korea", "KR"),
    ("Republic of Korea", "KR"),
    ("Vatican", "VA"),
];

/// A name reduced to what tells it apart: no accents, no case, no punctuation.
fn name_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut key = String::new();
    for c in name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if !key.is_empty() && !key.ends_with(' ') {
            key.push(' ');
        }
    }
    key.trim_end().to_string()
}

/// The French or English name of a code, for messages.
pub fn country_name(code: &str, lang: crate::i18n::Lang) -> Option<&'static str> {
    COUNTRY_NAMES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, fr, en)| match lang {
            crate::i18n::Lang::Fr => *fr,
            crate::i18n::Lang::En => *en,
        })
}

pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

pub fn adequacy(code: &str) -> Option<Adequacy> {
    adequacy_decision(code).map(|d| d.scope)
}

pub fn adequacy_decision(code: &str) -> Option<&'static AdequacyDecision> {
    ADEQUATE.iter().find(|d| d.country == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_french_or_english_are_read_as_codes() {
        for (text, code) in [
            ("Brésil", "BR"),
            ("bresil", "BR"),
            ("Brazil", "BR"),
            ("br", "BR"),
            ("États-Unis", "US"),
            ("Etats Unis", "US"),
            ("USA", "US"),
            ("United Kingdom", "GB"),
            ("royaume uni", "GB"),
            ("UK", "GB"),
            ("Côte d'Ivoire", "CI"),
            ("Corée du Sud", "KR"),
            ("  Tunisie ", "TN"),
            ("Suisse", "CH"),
            ("Switzerland", "CH"),
        ] {
            assert_eq!(country_code(text), Some(code), "{text}");
        }
        for text in ["", "Atlantide", "XX", "Europe", "-"] {
            assert_eq!(country_code(text), None, "{text}");
        }
    }

    #[test]
    fn every_code_has_both_names() {
        assert_eq!(COUNTRY_NAMES.len(), ISO_3166_ALPHA2.len());
        for code in ISO_3166_ALPHA2 {
            let fr = country_name(code, crate::i18n::Lang::Fr).expect(code);
            let en = country_name(code, crate::i18n::Lang::En).expect(code);
            // A name leads back to its own code (no two countries share a name).
            assert_eq!(country_code(fr), Some(*code), "{fr}");
            assert_eq!(country_code(en), Some(*code), "{en}");
        }
    }

    #[test]
    fn lists_are_consistent() {
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
        assert_eq!(EEA.len(), 27 + 7 + 3);
        for code in EEA.iter().chain(ADEQUATE.iter().map(|d| &d.country)) {
            assert!(is_country_code(code), "{code}");
        }
        for d in ADEQUATE {
            assert!(!in_eea(d.country), "{} is in the EEA", d.country);
        }
        assert!(in_eea("FR") && in_eea("NO") && !in_eea("CH"));
        assert_eq!(adequacy("TN"), None);
        assert_eq!(adequacy("US"), Some(Adequacy::Partial));
        assert_eq!(adequacy("GB"), Some(Adequacy::Full));
    }

    #[test]
    fn every_adequacy_decision_is_pinned_with_its_act_and_date() {
        let pinned: Vec<(&str, Adequacy, &str, &str)> = ADEQUATE
            .iter()
            .map(|d| (d.country, d.scope, d.act, d.adopted))
            .collect();
        use Adequacy::{Full, Partial};
        assert_eq!(
            pinned,
            [
                ("AD", Full, "Décision 2010/625/UE", "2010-10-19"),
                ("AR", Full, "Décision 2003/490/CE", "2003-06-30"),
                (
                    "BR",
                    Full,
                    "Décision d'exécution (UE) 2026/179",
                    "2026-01-26"
                ),
                ("CA", Partial, "Décision 2002/2/CE", "2001-12-20"),
                ("CH", Full, "Décision 2000/518/CE", "2000-07-26"),
                ("FO", Full, "Décision 2010/146/UE", "2010-03-05"),
                (
                    "GB",
                    Full,
                    "Décision d'exécution de renouvellement de la décision (UE) 2021/1772",
                    "2025-12-19"
                ),
                ("GG", Full, "Décision 2003/821/CE", "2003-11-21"),
                ("IL", Full, "Décision 2011/61/UE", "2011-01-31"),
                ("IM", Full, "Décision 2004/411/CE", "2004-04-28"),
                ("JE", Full, "Décision 2008/393/CE", "2008-05-08"),
                (
                    "JP",
                    Full,
                    "Décision d'exécution (UE) 2019/419",
                    "2019-01-23"
                ),
                (
                    "KR",
                    Full,
                    "Décision d'exécution (UE) 2022/254",
                    "2021-12-17"
                ),
                ("NZ", Full, "Décision d'exécution 2013/65/UE", "2012-12-19"),
                (
                    "US",
                    Partial,
                    "Décision d'exécution (UE) 2023/1795 (Data Privacy Framework)",
                    "2023-07-10"
                ),
                ("UY", Full, "Décision 2012/484/UE", "2012-08-21"),
            ]
        );
        assert_eq!(adequacy("BR"), Some(Adequacy::Full));
        assert_eq!(
            ADEQUATE_ORGANISATIONS[0].1,
            "Décision d'exécution (UE) 2025/1382"
        );
    }
}
