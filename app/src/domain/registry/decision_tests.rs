use super::*;

fn clinic() -> Uuid {
    Uuid::from_u128(7)
}

fn approved(kind: AppKind) -> ClientFacts {
    ClientFacts {
        kind,
        status: AppStatus::Approved,
        environment: Environment::Production,
        credentials_revoked: false,
        app_clinic_id: None,
        clinic_setting: None,
    }
}

fn in_production() -> DecisionRequest {
    DecisionRequest {
        clinic_id: clinic(),
        clinic_known: true,
        environment: Environment::Production,
    }
}

#[test]
fn unknown_client() {
    assert_eq!(
        decide(None, in_production()),
        Err(DenialReason::UnknownClient)
    );
}

#[test]
fn unknown_clinic() {
    let request = DecisionRequest {
        clinic_known: false,
        ..in_production()
    };

    assert_eq!(
        decide(Some(&approved(AppKind::Patient)), request),
        Err(DenialReason::UnknownClinic)
    );
}

#[test]
fn approved_patient_app_allowed() {
    assert_eq!(
        decide(Some(&approved(AppKind::Patient)), in_production()),
        Ok(())
    );
}

#[test]
fn not_approved() {
    for status in [
        AppStatus::Draft,
        AppStatus::Submitted,
        AppStatus::NoticeIssued,
    ] {
        let client = ClientFacts {
            status,
            ..approved(AppKind::Patient)
        };

        assert_eq!(
            decide(Some(&client), in_production()),
            Err(DenialReason::NotApproved)
        );
    }
}

#[test]
fn suspended() {
    let client = ClientFacts {
        status: AppStatus::Suspended,
        ..approved(AppKind::Patient)
    };

    assert_eq!(
        decide(Some(&client), in_production()),
        Err(DenialReason::Suspended)
    );
}

#[test]
fn revoked() {
    let client = ClientFacts {
        credentials_revoked: true,
        ..approved(AppKind::Clinician)
    };

    assert_eq!(
        decide(Some(&client), in_production()),
        Err(DenialReason::Revoked)
    );
}

#[test]
fn clinic_opted_out() {
    let client = ClientFacts {
        clinic_setting: Some(ClinicAppState::OptedOut),
        ..approved(AppKind::Patient)
    };

    assert_eq!(
        decide(Some(&client), in_production()),
        Err(DenialReason::ClinicOptedOut)
    );
}

#[test]
fn not_activated_at_clinic() {
    let activated = ClientFacts {
        clinic_setting: Some(ClinicAppState::Activated),
        ..approved(AppKind::Clinician)
    };

    assert_eq!(
        decide(Some(&approved(AppKind::Clinician)), in_production()),
        Err(DenialReason::NotActivatedAtClinic)
    );
    assert_eq!(decide(Some(&activated), in_production()), Ok(()));
}

#[test]
fn b2b_client_of_another_clinic() {
    let own = ClientFacts {
        app_clinic_id: Some(clinic()),
        ..approved(AppKind::System)
    };
    let other = ClientFacts {
        app_clinic_id: Some(Uuid::from_u128(8)),
        ..approved(AppKind::System)
    };

    assert_eq!(decide(Some(&own), in_production()), Ok(()));
    assert_eq!(
        decide(Some(&other), in_production()),
        Err(DenialReason::B2bClientOfAnotherClinic)
    );
}

#[test]
fn sandbox_client_in_production() {
    let sandbox = ClientFacts {
        status: AppStatus::Draft,
        environment: Environment::Sandbox,
        ..approved(AppKind::Clinician)
    };
    let in_sandbox = DecisionRequest {
        environment: Environment::Sandbox,
        ..in_production()
    };

    assert_eq!(
        decide(Some(&sandbox), in_production()),
        Err(DenialReason::SandboxClientInProduction)
    );
    assert_eq!(decide(Some(&sandbox), in_sandbox), Ok(()));
}

#[test]
fn revoked_sandbox_client_rejected() {
    let sandbox = ClientFacts {
        environment: Environment::Sandbox,
        credentials_revoked: true,
        ..approved(AppKind::Patient)
    };
    let in_sandbox = DecisionRequest {
        environment: Environment::Sandbox,
        ..in_production()
    };

    assert_eq!(
        decide(Some(&sandbox), in_sandbox),
        Err(DenialReason::Revoked)
    );
}

#[test]
fn revoked_needs_secrets_all_invalid() {
    let basic = TokenEndpointAuthMethod::ClientSecretBasic;

    assert!(credentials_revoked(basic, 2, 0));
    assert!(!credentials_revoked(basic, 2, 1));
    assert!(!credentials_revoked(basic, 0, 0));
    assert!(!credentials_revoked(
        TokenEndpointAuthMethod::PrivateKeyJwt,
        1,
        0
    ));
}

#[test]
fn codes_are_the_serialized_names() {
    for reason in DenialReason::ALL {
        assert_eq!(
            serde_json::to_value(reason).unwrap(),
            serde_json::Value::from(reason.as_str())
        );
    }
}

#[test]
fn suspended_system_app_is_revoked() {
    let client = ClientFacts {
        status: AppStatus::Suspended,
        app_clinic_id: Some(clinic()),
        ..approved(AppKind::System)
    };

    assert_eq!(
        decide(Some(&client), in_production()),
        Err(DenialReason::Revoked)
    );
}
