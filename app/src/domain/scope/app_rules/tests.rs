use super::*;

fn errors_for(input: &str, kind: AppKind) -> Vec<ScopeError> {
    check_scopes(input, kind).unwrap_err()
}

#[test]
fn patient_app_scopes_accepted() {
    let checked = check_scopes(
        "launch/patient openid fhirUser offline_access patient/*.rs",
        AppKind::Patient,
    )
    .unwrap();

    assert_eq!(checked.scopes.len(), 5);
    assert_eq!(checked.warnings, vec![]);
}

#[test]
fn patient_app_user_scope_rejected() {
    assert_eq!(
        errors_for("user/Observation.rs", AppKind::Patient),
        vec![ScopeError::LevelNotAllowed {
            scope: "user/Observation.rs".to_owned(),
            level: ScopeLevel::User,
            kind: AppKind::Patient,
            suggestion: "patient/Observation.rs".to_owned(),
        }]
    );
}

#[test]
fn patient_app_system_scope_rejected() {
    assert!(matches!(
        errors_for("system/*.rs", AppKind::Patient).as_slice(),
        [ScopeError::LevelNotAllowed { .. }]
    ));
}

#[test]
fn clinician_app_patient_and_user_scopes_accepted() {
    assert!(check_scopes(
        "launch openid fhirUser user/*.rs patient/Observation.rs",
        AppKind::Clinician
    )
    .is_ok());
}

#[test]
fn clinician_app_system_scope_rejected() {
    assert_eq!(
        errors_for("system/Patient.read", AppKind::Clinician),
        vec![ScopeError::LevelNotAllowed {
            scope: "system/Patient.read".to_owned(),
            level: ScopeLevel::System,
            kind: AppKind::Clinician,
            suggestion: "user/Patient.read".to_owned(),
        }]
    );
}

#[test]
fn system_app_system_scopes_accepted() {
    assert!(check_scopes(
        "system/*.rs system/Observation.rs?category=laboratory",
        AppKind::System
    )
    .is_ok());
}

#[test]
fn system_app_user_context_scopes_rejected() {
    for token in [
        "offline_access",
        "online_access",
        "openid",
        "fhirUser",
        "profile",
        "launch",
        "launch/patient",
        "__profilePhoto.manage",
    ] {
        let errors = errors_for(&format!("system/*.rs {token}"), AppKind::System);

        assert!(
            matches!(
                errors.as_slice(),
                [ScopeError::NotForSystemApp { scope, .. }] if scope == token
            ),
            "{token}: {errors:?}"
        );
    }
}

#[test]
fn system_app_patient_scope_rejected() {
    assert!(matches!(
        errors_for("patient/*.rs", AppKind::System).as_slice(),
        [ScopeError::LevelNotAllowed { suggestion, .. }] if suggestion == "system/*.rs"
    ));
}

#[test]
fn every_problem_returned_at_once() {
    let errors = errors_for(
        "launch patient/read user/*read system/*.rs patient/Observation.sr",
        AppKind::Patient,
    );

    assert_eq!(errors.len(), 4, "{errors:?}");
}

#[test]
fn empty_scope_rejected() {
    assert_eq!(errors_for("   ", AppKind::Patient), vec![ScopeError::Empty]);
}

#[test]
fn v1_scope_warned_with_v2_meaning() {
    let checked = check_scopes("patient/*.read", AppKind::Patient).unwrap();

    assert_eq!(
        checked.warnings,
        vec![ScopeWarning::V1Syntax {
            scope: "patient/*.read".to_owned(),
            v2_form: "patient/*.rs".to_owned(),
        }]
    );
}

#[test]
fn non_r4_resource_type_warned() {
    let checked = check_scopes("patient/MedicationOrder.rs launch/foo", AppKind::Patient).unwrap();

    assert_eq!(
        checked.warnings,
        vec![
            ScopeWarning::NotR4ResourceType {
                scope: "patient/MedicationOrder.rs".to_owned(),
                resource_type: "MedicationOrder".to_owned(),
            },
            ScopeWarning::NotR4ResourceType {
                scope: "launch/foo".to_owned(),
                resource_type: "foo".to_owned(),
            },
        ]
    );
}

#[test]
fn duplicate_scope_warned_once() {
    let checked = check_scopes("launch launch patient/*.rs", AppKind::Patient).unwrap();

    assert_eq!(
        checked.scopes,
        vec![Scope::Launch, Scope::parse("patient/*.rs").unwrap()]
    );
    assert_eq!(
        checked.warnings,
        vec![ScopeWarning::Duplicate {
            scope: "launch".to_owned()
        }]
    );
}

#[test]
fn extension_scope_warned() {
    let checked = check_scopes("__profilePhoto.manage", AppKind::Patient).unwrap();

    assert_eq!(
        checked.warnings,
        vec![ScopeWarning::Extension {
            scope: "__profilePhoto.manage".to_owned()
        }]
    );
}
