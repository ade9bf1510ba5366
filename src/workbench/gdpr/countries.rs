//! Country data for the transfer rule of the A7 GDPR audit: the ISO 3166-1 alpha-2 codes,
//! the European Economic Area, and the countries with an EU adequacy decision. Plain data,
//! kept in the code so that a rule reads the same everywhere (TUI, `atelier check`, report).

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

/// Countries with an EU adequacy decision (GDPR art. 45), after the European Commission's
/// page "Adequacy decisions" (commission.europa.eu > Law > Data protection > International
/// dimension of data protection), cross-checked on 2026-11-22 against the summary of that list
/// by activemind.legal ("Adequacy decisions: review of 11 third countries"): Andorra,
/// Argentina, Canada (commercial organisations), Faroe Islands, Guernsey, Israel, Isle of Man,
/// Japan, Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom, United States
/// (organisations certified under the Data Privacy Framework, decision of 10 July 2023) and
/// Uruguay. The European Patent Organisation, also listed, is not a country. Brazil, whose
/// draft decision the Commission published in September 2025, is not counted: a decision
/// adopted later must be added here.
pub const ADEQUATE: &[(&str, Adequacy)] = &[
    ("AD", Adequacy::Full),
    ("AR", Adequacy::Full),
    ("CA", Adequacy::Partial),
    ("FO", Adequacy::Full),
    ("GG", Adequacy::Full),
    ("IL", Adequacy::Full),
    ("IM", Adequacy::Full),
    ("JP", Adequacy::Full),
    ("JE", Adequacy::Full),
    ("NZ", Adequacy::Full),
    ("KR", Adequacy::Full),
    ("CH", Adequacy::Full),
    ("GB", Adequacy::Full),
    ("US", Adequacy::Partial),
    ("UY", Adequacy::Full),
];

pub fn is_country_code(code: &str) -> bool {
    ISO_3166_ALPHA2.contains(&code)
}

pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

pub fn adequacy(code: &str) -> Option<Adequacy> {
    ADEQUATE.iter().find(|(c, _)| *c == code).map(|(_, a)| *a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_consistent() {
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
        assert_eq!(EEA.len(), 27 + 7 + 3);
        for code in EEA.iter().chain(ADEQUATE.iter().map(|(c, _)| c)) {
            assert!(is_country_code(code), "{code}");
        }
        for (code, _) in ADEQUATE {
            assert!(!in_eea(code), "{code} is in the EEA");
        }
        assert!(in_eea("FR") && in_eea("NO") && !in_eea("CH"));
        assert_eq!(adequacy("TN"), None);
        assert_eq!(adequacy("US"), Some(Adequacy::Partial));
        assert_eq!(adequacy("GB"), Some(Adequacy::Full));
    }
}
