use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn contract(reference: &str, date: &str) -> ChangeInput {
    ChangeInput {
        contract_reference: reference.to_owned(),
        contract_date: date.to_owned(),
        ..ChangeInput::default()
    }
}

fn fields(problems: &[ChangeProblem]) -> Vec<&'static str> {
    problems.iter().map(|problem| problem.field).collect()
}

#[test]
fn available_change_follows_kind_and_state() {
    assert_eq!(
        ClinicAppChange::available(AppKind::Patient, None),
        Some(ClinicAppChange::OptOut)
    );
    assert_eq!(
        ClinicAppChange::available(AppKind::Patient, Some(ClinicAppState::OptedOut)),
        Some(ClinicAppChange::OptIn)
    );
    assert_eq!(
        ClinicAppChange::available(AppKind::Clinician, None),
        Some(ClinicAppChange::Activate)
    );
    assert_eq!(
        ClinicAppChange::available(AppKind::Clinician, Some(ClinicAppState::Activated)),
        Some(ClinicAppChange::Deactivate)
    );
    assert_eq!(ClinicAppChange::available(AppKind::System, None), None);
}

#[test]
fn opt_out_keeps_optional_reason() {
    let input = ChangeInput {
        reason: "  Not used by our patients  ".to_owned(),
        ..ChangeInput::default()
    };

    let checked = check_change(
        AppKind::Patient,
        None,
        ClinicAppChange::OptOut,
        &input,
        today(),
    )
    .unwrap();

    assert_eq!(checked.state, ClinicAppState::OptedOut);
    assert_eq!(checked.reason.as_deref(), Some("Not used by our patients"));
}

#[test]
fn opt_out_without_reason_accepted() {
    let checked = check_change(
        AppKind::Patient,
        None,
        ClinicAppChange::OptOut,
        &ChangeInput::default(),
        today(),
    )
    .unwrap();

    assert_eq!(checked.reason, None);
}

#[test]
fn long_reason_rejected() {
    let input = ChangeInput {
        reason: "x".repeat(MAX_REASON_CHARS + 1),
        ..ChangeInput::default()
    };

    let problems = check_change(
        AppKind::Patient,
        None,
        ClinicAppChange::OptOut,
        &input,
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["reason"]);
}

#[test]
fn activation_records_contract() {
    let checked = check_change(
        AppKind::Clinician,
        None,
        ClinicAppChange::Activate,
        &contract("BAA-2026-114", "2026-11-30"),
        today(),
    )
    .unwrap();

    assert_eq!(checked.state, ClinicAppState::Activated);
    assert_eq!(checked.contract_reference.as_deref(), Some("BAA-2026-114"));
    assert_eq!(checked.contract_date, NaiveDate::from_ymd_opt(2026, 11, 30));
}

#[test]
fn activation_without_contract_names_both_fields() {
    let problems = check_change(
        AppKind::Clinician,
        None,
        ClinicAppChange::Activate,
        &contract(" ", ""),
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["contract_reference", "contract_date"]);
}

#[test]
fn malformed_contract_date_rejected() {
    let problems = check_change(
        AppKind::Clinician,
        None,
        ClinicAppChange::Activate,
        &contract("BAA-1", "11/30/2026"),
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["contract_date"]);
    assert!(problems[0].message.contains("YYYY-MM-DD"));
}

#[test]
fn future_contract_date_rejected() {
    let problems = check_change(
        AppKind::Clinician,
        None,
        ClinicAppChange::Activate,
        &contract("BAA-1", "2026-12-08"),
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["contract_date"]);
}

#[test]
fn change_of_wrong_kind_rejected() {
    let problems = check_change(
        AppKind::Patient,
        None,
        ClinicAppChange::Activate,
        &contract("BAA-1", "2026-11-30"),
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["change"]);
    assert!(problems[0].message.contains("Opt out"));
}

#[test]
fn repeated_opt_out_rejected() {
    let problems = check_change(
        AppKind::Patient,
        Some(ClinicAppState::OptedOut),
        ClinicAppChange::OptOut,
        &ChangeInput::default(),
        today(),
    )
    .unwrap_err();

    assert_eq!(fields(&problems), ["change"]);
}

#[test]
fn form_values_parse_back() {
    for change in ClinicAppChange::ALL {
        assert_eq!(ClinicAppChange::parse(change.as_str()), Some(change));
    }
    assert_eq!(ClinicAppChange::parse("enable"), None);
}
