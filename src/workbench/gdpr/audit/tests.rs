//! Tests of the rule engine, the sheet's checks and the planted flaws' review.

use super::*;
use crate::workbench::gdpr::model::*;

/// A processing every rule is happy with.
fn clean() -> Processing {
    Processing {
        id: "wifi".into(),
        name: "Wi-Fi".into(),
        purpose: "Fournir l'accès".into(),
        legal_basis: vec![LegalBasis::LegalObligation, LegalBasis::LegitimateInterests],
        joint_controllers: Vec::new(),
        data_subjects: vec!["clients".into()],
        data_categories: vec!["e-mail".into()],
        special_categories: vec![SpecialCategory::Health],
        art9_exception: Some(Art9Exception::ExplicitConsent),
        criminal_data: Some(true),
        art10_ground: "loi du 6 janvier 1978, art. 46".into(),
        minimisation: Vec::new(),
        recipients: vec!["DSI".into()],
        processors: vec!["opérateur".into()],
        processor_contract: Some(true),
        transfers: vec!["DE".into(), "GB".into(), "US".into(), "TN".into()],
        transfer_safeguard: Some(Safeguard::Scc),
        retention: "1 an".into(),
        security_measures: vec!["réseau isolé".into()],
        information_given: Some(true),
        dpia_criteria: vec![DpiaCriterion::LargeScale, DpiaCriterion::SensitiveData],
        dpia_done: Some(true),
        risks: Risks::default(),
    }
}

fn fires(change: impl FnOnce(&mut Processing)) -> Vec<Rule> {
    let mut p = clean();
    change(&mut p);
    fired_rules(&p)
}

#[test]
fn clean_register_fires_no_rule() {
    assert_eq!(fired_rules(&clean()), []);
    let sheet = Sheet {
        processings: vec![clean()],
        ..Sheet::default()
    };
    assert!(proposals(&sheet).is_empty());
}

#[test]
fn rule_legal_basis_missing() {
    assert_eq!(fires(|p| p.legal_basis.clear()), [Rule::LegalBasisMissing]);
}

#[test]
fn rule_data_not_minimised() {
    for pattern in Minimisation::ALL {
        assert_eq!(
            fires(|p| p.minimisation = vec![*pattern]),
            [Rule::DataNotMinimised]
        );
    }
}

#[test]
fn rule_criminal_data_without_ground() {
    assert_eq!(
        fires(|p| p.art10_ground.clear()),
        [Rule::CriminalDataWithoutGround]
    );
    // Criminal data are not special categories: art. 9(2) is not asked for them.
    assert_eq!(
        fires(|p| {
            p.special_categories.clear();
            p.art9_exception = None;
            p.art10_ground.clear();
        }),
        [Rule::CriminalDataWithoutGround]
    );
    assert_eq!(
        fires(|p| {
            p.criminal_data = Some(false);
            p.art10_ground.clear();
        }),
        []
    );
}

#[test]
fn rule_derogation_for_regular_transfer() {
    // An art. 49 derogation is a basis, but only for occasional transfers.
    assert_eq!(
        fires(|p| p.transfer_safeguard = Some(Safeguard::Derogation)),
        [Rule::DerogationForRegularTransfer]
    );
    // Brazil has had an adequacy decision since 26 January 2026: nothing to derogate from.
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["BR".into(), "DE".into()];
            p.transfer_safeguard = Some(Safeguard::Derogation);
        }),
        []
    );
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["BR".into()];
            p.transfer_safeguard = None;
        }),
        []
    );
}

#[test]
fn rule_purpose_missing() {
    assert_eq!(fires(|p| p.purpose = "  ".into()), [Rule::PurposeMissing]);
}

#[test]
fn rule_special_category_without_exception() {
    assert_eq!(
        fires(|p| p.art9_exception = None),
        [Rule::SpecialCategoryWithoutException]
    );
    // No special category: no exception needed.
    assert_eq!(
        fires(|p| {
            p.art9_exception = None;
            p.special_categories.clear();
        }),
        []
    );
}

#[test]
fn rule_retention_undefined() {
    assert_eq!(fires(|p| p.retention.clear()), [Rule::RetentionUndefined]);
    assert_eq!(
        fires(|p| p.retention = "Non définie".into()),
        [Rule::RetentionUndefined]
    );
    assert_eq!(
        fires(|p| p.retention = "12 mois ; sans limite pour le fichier".into()),
        [Rule::RetentionUndefined]
    );
    assert_eq!(
        fires(|p| p.retention = "Aucune purge".into()),
        [Rule::RetentionUndefined]
    );
    assert_eq!(fires(|p| p.retention = "30 jours, aucune copie".into()), []);
}

#[test]
fn rule_transfer_without_safeguard() {
    // Tunisia has no adequacy decision: a safeguard is needed.
    assert_eq!(
        fires(|p| p.transfer_safeguard = None),
        [Rule::TransferWithoutSafeguard]
    );
    assert_eq!(
        fires(|p| p.transfer_safeguard = Some(Safeguard::None)),
        [Rule::TransferWithoutSafeguard]
    );
    // Claiming adequacy for a country without a decision does not help.
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["TN".into()];
            p.transfer_safeguard = Some(Safeguard::Adequacy);
        }),
        [Rule::TransferWithoutSafeguard]
    );
    // The United States are adequate only for certified recipients: say so.
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["US".into()];
            p.transfer_safeguard = None;
        }),
        [Rule::TransferWithoutSafeguard]
    );
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["US".into()];
            p.transfer_safeguard = Some(Safeguard::Adequacy);
        }),
        []
    );
    // The EEA and fully adequate countries need nothing.
    assert_eq!(
        fires(|p| {
            p.transfers = vec!["NO".into(), "CH".into(), "JP".into()];
            p.transfer_safeguard = None;
        }),
        []
    );
}

#[test]
fn rule_processor_without_contract() {
    assert_eq!(
        fires(|p| p.processor_contract = Some(false)),
        [Rule::ProcessorWithoutContract]
    );
    assert_eq!(
        fires(|p| p.processor_contract = None),
        [Rule::ProcessorWithoutContract]
    );
}

#[test]
fn rule_dpia_required() {
    assert_eq!(fires(|p| p.dpia_done = None), [Rule::DpiaRequired]);
    // One criterion alone does not require a DPIA.
    assert_eq!(
        fires(|p| {
            p.dpia_done = Some(false);
            p.dpia_criteria.truncate(1);
        }),
        []
    );
}

#[test]
fn rule_information_missing() {
    assert_eq!(
        fires(|p| p.information_given = Some(false)),
        [Rule::InformationMissing]
    );
}

#[test]
fn rule_security_measures_missing() {
    assert_eq!(
        fires(|p| p.security_measures.clear()),
        [Rule::SecurityMeasuresMissing]
    );
}

#[test]
fn decisions_remove_proposals_from_the_checks() {
    let mut p = clean();
    p.retention.clear();
    p.information_given = None;
    let mut sheet = Sheet {
        processings: vec![p],
        ..Sheet::default()
    };
    let config = SheetConfig::default();
    let ids: Vec<String> = proposals(&sheet).iter().map(Proposal::id).collect();
    assert_eq!(
        ids,
        ["wifi:retention-undefined", "wifi:information-missing"]
    );
    let pending = |sheet: &Sheet| {
        check_sheet(&config, sheet)
            .into_iter()
            .filter(|f| matches!(f, Finding::GdprRule { .. }))
            .count()
    };
    assert_eq!(pending(&sheet), 2);
    sheet.dismissed.push(Dismissal {
        id: ids[1].clone(),
        reason: "affichette vue sur place".into(),
    });
    assert_eq!(decision(&sheet, &ids[1]), Decision::Dismissed);
    assert_eq!(pending(&sheet), 1);
}

#[test]
fn worked_example_is_complete_and_finds_every_planted_flaw() {
    let loaded = crate::case::load_default();
    let example: crate::workspace::Example =
        serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
    let exercise = loaded.case.exercise("A7").unwrap();
    let answer = example.answers.get("A7").unwrap();
    let report = crate::workbench::check::check_exercise(exercise, Some(answer));
    assert_eq!(
        report.status,
        crate::workbench::check::Status::Complete,
        "{:?}",
        report.findings
    );
    let sheet = answer.sheet.as_ref().unwrap();
    // The control processing (Wi-Fi) is clean: no rule fires on it.
    assert_eq!(fired_rules(sheet.processing("wifi").unwrap()), []);
    let examiner: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/cases/maison-verdier.examiner.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let flaws = planted_flaws(&examiner, "A7").unwrap();
    let review = review_flaws(sheet, &flaws);
    let missed: Vec<_> = review.flaws.iter().filter(|(_, by)| by.is_none()).collect();
    assert!(missed.is_empty(), "{missed:?}");
    assert!(
        !review.extra.is_empty(),
        "the example argues points beyond the planted flaws"
    );
}

#[test]
fn both_worked_examples_follow_the_law_they_teach() {
    for id in ["maison-verdier", "monts-de-loue"] {
        let loaded = crate::case::load_embedded(id).unwrap();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let sheet = example.answers["A7"].sheet.as_ref().unwrap();
        let examiner: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!(
                "{}/cases/{id}.examiner.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap(),
        )
        .unwrap();
        let review = review_flaws(sheet, &planted_flaws(&examiner, "A7").unwrap());
        let missed: Vec<_> = review.flaws.iter().filter(|(_, by)| by.is_none()).collect();
        assert!(missed.is_empty(), "{id}: {missed:?}");
        // A DPIA is never dismissed on the CNIL's HR exemption: both employers have more than
        // 250 people.
        assert!(
            loaded.case.organisation.employees >= 250,
            "{id} has {} employees",
            loaded.case.organisation.employees
        );
        assert!(
            !sheet
                .dismissed
                .iter()
                .any(|d| d.id.ends_with(":dpia-required")),
            "{id}"
        );
        // The organisation's entries of the register are filled.
        assert!(!sheet.controller.trim().is_empty(), "{id}");
        assert!(!sheet.dpo.trim().is_empty(), "{id}");
        // The cameras and the geolocation the CNIL calls disproportionate are found as such.
        for processing in ["videoprotection", "geolocalisation"] {
            assert!(
                sheet
                    .finding(&format!("{processing}:data-not-minimised"))
                    .is_some(),
                "{id}: {processing}"
            );
        }
    }
}

#[test]
fn a_bad_sheet_config_is_refused_with_its_path() {
    let case: serde_json::Value =
        serde_json::from_str(include_str!("../../../../cases/maison-verdier.json")).unwrap();
    let at = case["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["id"] == "A7")
        .unwrap();
    let error_at = |path: &str, value: serde_json::Value| {
        let mut case = case.clone();
        *case["exercises"][at]["config"].pointer_mut(path).unwrap() = value;
        crate::case::Case::from_json(&case.to_string())
            .unwrap_err()
            .to_string()
    };
    let err = error_at("/rules/0/id", serde_json::json!("no-such-rule"));
    assert!(
        err.starts_with(&format!("at $.exercises[{at}].config.rules[0].id:")),
        "{err}"
    );
    let err = error_at("/min_processings", serde_json::json!("six"));
    assert!(
        err.starts_with(&format!("at $.exercises[{at}].config.min_processings:")),
        "{err}"
    );
}

#[test]
fn planted_flaws_are_matched_by_processing_and_rule() {
    let loaded = crate::case::load_default();
    let text = std::fs::read_to_string(crate::case::sibling(
        std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/cases/maison-verdier.json"
        )),
        "examiner.json",
    ))
    .unwrap();
    let examiner: serde_json::Value = serde_json::from_str(&text).unwrap();
    let flaws = planted_flaws(&examiner, "A7").unwrap();
    assert!(flaws.len() >= 20);
    assert!(flaws.iter().all(|f| loaded
        .case
        .organisation
        .processing_activities
        .iter()
        .any(|p| p.id == f.processing)));
    let finding = |id: &str, processing: &str, rule: Option<Rule>| AuditFinding {
        id: id.into(),
        target: Target::Processing(processing.into()),
        kind: FindingKind::NonConformity,
        rule,
        title: String::new(),
        article: String::new(),
        severity: None,
        argument: String::new(),
        recommendations: Vec::new(),
    };
    let sheet = Sheet {
        findings: vec![
            finding(
                "paie:processor-without-contract",
                "paie",
                Some(Rule::ProcessorWithoutContract),
            ),
            finding(
                "F1",
                "recrutement",
                Some(Rule::SpecialCategoryWithoutException),
            ),
            finding("F2", "wifi", Some(Rule::InformationMissing)),
            finding("F3", "paie", None),
        ],
        ..Sheet::default()
    };
    let review = review_flaws(&sheet, &flaws);
    assert_eq!(review.found(), 2);
    assert_eq!(review.extra, ["F2", "F3"]);
    let paie = review
        .flaws
        .iter()
        .find(|(f, _)| f.processing == "paie" && f.rule == Rule::ProcessorWithoutContract)
        .unwrap();
    assert_eq!(paie.1.as_deref(), Some("paie:processor-without-contract"));
    // A bad examiner file names the path at fault.
    let bad = serde_json::json!({"exercises": {"A7": {"planted_flaws": [{"processing": "x", "rule": "nope", "explanation": ""}]}}});
    let err = planted_flaws(&bad, "A7").unwrap_err().to_string();
    assert!(err.contains("planted_flaws"), "{err}");
}

#[test]
fn a_recommendation_needs_a_deadline() {
    let loaded = crate::case::load_default();
    let example: crate::workspace::Example =
        serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
    let config = SheetConfig::of(loaded.case.exercise("A7").unwrap());
    let complete = example.answers["A7"].sheet.clone().unwrap();
    assert_eq!(check_sheet(&config, &complete), []);
    // Everything else filled in: only the deadline is missing.
    let mut sheet = complete;
    let finding = &mut sheet.findings[0];
    finding.recommendations[0].deadline = "  ".into();
    let id = finding.id.clone();
    assert_eq!(
        check_sheet(&config, &sheet),
        [Finding::RecommendationIncomplete { id }]
    );
}

#[test]
fn the_case_s_wording_of_rules_and_its_checklist_in_order() {
    let loaded = crate::case::load_default();
    let config = SheetConfig::of(loaded.case.exercise("A7").unwrap());
    assert_eq!(
        config.rule_label(Rule::LegalBasisMissing),
        Some("Base légale absente ou invalide (art. 6)")
    );
    // A rule the case does not word has no label (the interface then uses its own).
    let only_one = SheetConfig {
        rules: vec![RuleLabel {
            id: Rule::PurposeMissing,
            label: "Finalité".into(),
        }],
        ..SheetConfig::default()
    };
    assert_eq!(only_one.rule_label(Rule::PurposeMissing), Some("Finalité"));
    assert_eq!(only_one.rule_label(Rule::LegalBasisMissing), None);
    // The checklist: every item of every group, groups in order.
    let items: Vec<(&str, &str)> = config
        .items()
        .map(|(g, i)| (g.group.as_str(), i.as_str()))
        .collect();
    assert_eq!(items.len(), 24);
    assert_eq!(
        items[0],
        (
            "Piloter la sécurité",
            "Un responsable de la sécurité des systèmes d'information est désigné et dispose de moyens"
        )
    );
    assert_eq!(items[3].0, "Utilisateurs et sensibilisation");
}

/// The worked example's A7 configuration and its complete sheet.
fn example_sheet() -> (SheetConfig, Sheet) {
    let loaded = crate::case::load_default();
    let example: crate::workspace::Example =
        serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
    let config = SheetConfig::of(loaded.case.exercise("A7").unwrap());
    (config, example.answers["A7"].sheet.clone().unwrap())
}

#[test]
fn the_register_needs_the_case_s_number_of_processings_each_with_an_id() {
    let (config, complete) = example_sheet();
    let min = config.min_processings as usize;
    let mut sheet = complete.clone();
    sheet.processings.truncate(min);
    let too_few = |sheet: &Sheet| {
        check_sheet(&config, sheet)
            .into_iter()
            .filter(|f| matches!(f, Finding::TooFewProcessings { .. }))
            .collect::<Vec<_>>()
    };
    // Exactly the minimum is enough; one less is not.
    assert_eq!(too_few(&sheet), []);
    sheet.processings.truncate(min - 1);
    assert_eq!(
        too_few(&sheet),
        [Finding::TooFewProcessings {
            count: min - 1,
            min: config.min_processings
        }]
    );
    // A processing without an id is named by its row, counted from 1.
    let mut sheet = complete;
    sheet.processings[1].id = " ".into();
    assert!(check_sheet(&config, &sheet).contains(&Finding::ProcessingWithoutId { row: 2 }));
}

#[test]
fn an_unanswered_checklist_item_is_counted() {
    let (config, mut sheet) = example_sheet();
    let total = config.items().count();
    let first = config.items().next().unwrap().1.clone();
    sheet.check_answer_mut(&first).status = None;
    assert!(
        check_sheet(&config, &sheet).contains(&Finding::ChecklistIncomplete {
            answered: total - 1,
            total
        })
    );
}

#[test]
fn a_recommendation_needs_its_text_owner_priority_and_deadline_each() {
    let (config, complete) = example_sheet();
    assert_eq!(check_sheet(&config, &complete), []);
    let id = complete.findings[0].id.clone();
    let lacking: [fn(&mut Recommendation); 4] = [
        |r| r.text = " ".into(),
        |r| r.owner = None,
        |r| r.priority = None,
        |r| r.deadline = String::new(),
    ];
    for (n, lack) in lacking.into_iter().enumerate() {
        let mut sheet = complete.clone();
        lack(&mut sheet.findings[0].recommendations[0]);
        assert_eq!(
            check_sheet(&config, &sheet),
            [Finding::RecommendationIncomplete { id: id.clone() }],
            "field {n}"
        );
    }
}

#[test]
fn the_exercise_s_checks_and_the_engine_s_records() {
    let loaded = crate::case::load_default();
    let exercise = loaded.case.exercise("A7").unwrap();
    // No sheet yet: the checks say what is missing, the opinion included.
    let empty = check_exercise(exercise, None);
    assert!(empty.contains(&Finding::OpinionMissing), "{empty:?}");
    assert!(empty
        .iter()
        .any(|f| matches!(f, Finding::TooFewProcessings { count: 0, .. })));
    // Every proposal of the engine has its record, with the candidate's decision.
    let (_, sheet) = example_sheet();
    let records = proposal_records(&sheet);
    let proposals = proposals(&sheet);
    assert_eq!(records.len(), proposals.len());
    assert!(!records.is_empty());
    for (record, proposal) in records.iter().zip(&proposals) {
        assert_eq!(record.id, proposal.id());
        assert_eq!(record.target, proposal.processing);
        assert_eq!(record.decision, decision(&sheet, &record.id));
    }
    assert!(records.iter().any(|r| r.decision != Decision::Pending));
}
