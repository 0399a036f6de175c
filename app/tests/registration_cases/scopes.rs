//! Every row of `scopes.tsv`: a scope, or a whole scope parameter, that is valid or not.

use app::domain::scope::{check_scopes, Scope, ScopeError, ScopeWarning};

use crate::support::{assert_no_failures, infer_kind, read_tsv};

/// Returns the error each invalid row must produce.
fn expected_error(scope: &str) -> Option<fn(&ScopeError) -> bool> {
    match scope {
        "patient/Observation.sr" => Some(
            |error| matches!(error, ScopeError::InvalidPermissions { suggestion: Some(s), .. } if s == "patient/Observation.rs"),
        ),
        "user/*read" => Some(
            |error| matches!(error, ScopeError::MissingPeriod { suggestion, .. } if suggestion == "user/*.read"),
        ),
        "system/client.read" => {
            Some(|error| matches!(error, ScopeError::InvalidResourceType { .. }))
        }
        "system/Client." => Some(|error| matches!(error, ScopeError::MissingPermissions { .. })),
        _ => None,
    }
}

#[test]
fn every_scope_row_has_its_verdict() {
    let rows = read_tsv("scopes.tsv");
    let mut failures = Vec::new();

    for row in &rows {
        let scope = row["scope"].as_str();
        let kind = infer_kind(scope);
        let result = check_scopes(scope, kind);

        match (row["valid"].as_str(), &result) {
            ("yes", Ok(checked)) => {
                let written: Vec<String> = checked.scopes.iter().map(Scope::to_string).collect();
                if written.join(" ") != scope {
                    failures.push(format!("{scope}: parsed back as {written:?}"));
                }
            }
            ("no", Err(errors)) => match expected_error(scope) {
                Some(is_expected) if errors.len() == 1 && is_expected(&errors[0]) => {}
                Some(_) => failures.push(format!("{scope}: unexpected errors {errors:?}")),
                None => failures.push(format!("{scope}: no expected error listed in the test")),
            },
            (valid, _) => failures.push(format!(
                "{scope}: valid={valid}, but the {kind} check gave {result:?}"
            )),
        }
    }

    assert!(rows.len() >= 30, "only {} rows read", rows.len());
    assert_no_failures(&failures);
}

#[test]
fn every_valid_scope_described() {
    for row in read_tsv("scopes.tsv") {
        if row["valid"] != "yes" {
            continue;
        }

        for token in row["scope"].split_whitespace() {
            let description = Scope::parse(token).unwrap().description();
            assert!(description.len() > 20, "{token}: {description}");
        }
    }
}

#[test]
fn v1_rows_shown_with_v2_meaning() {
    for (scope, v2_form) in [
        ("patient/*.read", "patient/*.rs"),
        ("patient/Immunization.read", "patient/Immunization.rs"),
        ("patient/Observation.write", "patient/Observation.cud"),
        ("system/*.read", "system/*.rs"),
    ] {
        let checked = check_scopes(scope, infer_kind(scope)).unwrap();

        assert_eq!(
            checked.warnings,
            vec![ScopeWarning::V1Syntax {
                scope: scope.to_owned(),
                v2_form: v2_form.to_owned(),
            }]
        );
        let description = checked.scopes[0].description();
        assert!(description.contains(v2_form), "{description}");
    }
}

#[test]
fn dstu2_resource_type_warned() {
    let checked = check_scopes("patient/MedicationOrder.rs", infer_kind("patient/")).unwrap();

    assert_eq!(
        checked.warnings,
        vec![ScopeWarning::NotR4ResourceType {
            scope: "patient/MedicationOrder.rs".to_owned(),
            resource_type: "MedicationOrder".to_owned(),
        }]
    );
}
