//! A clinic administrator's change to an approved app at their clinic: opting a
//! patient-facing app out or back in, and activating or deactivating a clinician-facing app
//! under a BAA or service contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::app_kind::AppKind;
use super::clinic_app_state::{is_active, ClinicAppState};
use super::registry_event_kind::RegistryEventKind;

/// Maximum length of an opt-out reason, in characters.
pub const MAX_REASON_CHARS: usize = 1000;
/// Maximum length of a contract reference, in characters.
pub const MAX_CONTRACT_REFERENCE_CHARS: usize = 200;

/// The change a clinic administrator requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClinicAppChange {
    OptOut,
    OptIn,
    Activate,
    Deactivate,
}

impl ClinicAppChange {
    pub const ALL: [ClinicAppChange; 4] = [
        ClinicAppChange::OptOut,
        ClinicAppChange::OptIn,
        ClinicAppChange::Activate,
        ClinicAppChange::Deactivate,
    ];

    /// Returns the value forms send.
    pub fn as_str(self) -> &'static str {
        match self {
            ClinicAppChange::OptOut => "opt_out",
            ClinicAppChange::OptIn => "opt_in",
            ClinicAppChange::Activate => "activate",
            ClinicAppChange::Deactivate => "deactivate",
        }
    }

    pub fn parse(value: &str) -> Option<ClinicAppChange> {
        ClinicAppChange::ALL
            .into_iter()
            .find(|change| change.as_str() == value)
    }

    /// Returns the button text of the change.
    pub fn label(self) -> &'static str {
        match self {
            ClinicAppChange::OptOut => "Opt out",
            ClinicAppChange::OptIn => "Opt back in",
            ClinicAppChange::Activate => "Activate",
            ClinicAppChange::Deactivate => "Deactivate",
        }
    }

    /// Returns the setting the change records.
    pub fn resulting_state(self) -> ClinicAppState {
        match self {
            ClinicAppChange::OptOut => ClinicAppState::OptedOut,
            ClinicAppChange::OptIn => ClinicAppState::OptedIn,
            ClinicAppChange::Activate => ClinicAppState::Activated,
            ClinicAppChange::Deactivate => ClinicAppState::Deactivated,
        }
    }

    /// Returns the kind of change feed event that notifies the OAuth server of the change.
    pub fn event_kind(self) -> RegistryEventKind {
        match self {
            ClinicAppChange::OptOut => RegistryEventKind::ClinicOptedOut,
            ClinicAppChange::OptIn => RegistryEventKind::ClinicOptedIn,
            ClinicAppChange::Activate => RegistryEventKind::ClinicActivated,
            ClinicAppChange::Deactivate => RegistryEventKind::ClinicDeactivated,
        }
    }

    /// Returns the audit action of the change.
    pub fn audit_action(self) -> &'static str {
        match self {
            ClinicAppChange::OptOut => "clinic_app.opted_out",
            ClinicAppChange::OptIn => "clinic_app.opted_in",
            ClinicAppChange::Activate => "clinic_app.activated",
            ClinicAppChange::Deactivate => "clinic_app.deactivated",
        }
    }

    /// Returns the one change a clinic can make to an app of `kind` in `state`: patient-facing
    /// apps are opted out and back in, clinician-facing apps activated and deactivated.
    /// System-to-system apps belong to one clinic and have none.
    pub fn available(kind: AppKind, state: Option<ClinicAppState>) -> Option<ClinicAppChange> {
        let active = is_active(kind, state);
        match kind {
            AppKind::Patient if active => Some(ClinicAppChange::OptOut),
            AppKind::Patient => Some(ClinicAppChange::OptIn),
            AppKind::Clinician if active => Some(ClinicAppChange::Deactivate),
            AppKind::Clinician => Some(ClinicAppChange::Activate),
            AppKind::System => None,
        }
    }
}

/// A problem with one field of a change, named as the form names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeProblem {
    pub field: &'static str,
    pub message: String,
}

impl ChangeProblem {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// The fields of a change as the clinic administrator typed them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeInput {
    pub reason: String,
    pub contract_reference: String,
    /// `YYYY-MM-DD`, as a date input sends it.
    pub contract_date: String,
}

/// A checked change, ready to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedChange {
    pub state: ClinicAppState,
    pub reason: Option<String>,
    pub contract_reference: Option<String>,
    pub contract_date: Option<NaiveDate>,
}

/// Checks `change` of an app of `kind` whose current setting is `state`, with the fields
/// it needs. An activation records the BAA or service contract: its reference and a date on
/// or before `today`. An opt-out may carry a reason. Returns every problem at once.
pub fn check_change(
    kind: AppKind,
    state: Option<ClinicAppState>,
    change: ClinicAppChange,
    input: &ChangeInput,
    today: NaiveDate,
) -> Result<CheckedChange, Vec<ChangeProblem>> {
    if ClinicAppChange::available(kind, state) != Some(change) {
        let message = match ClinicAppChange::available(kind, state) {
            Some(available) => format!(
                "This app cannot be changed that way now; the available change is: {}.",
                available.label()
            ),
            None => "Clinics do not change system-to-system apps here.".to_owned(),
        };
        return Err(vec![ChangeProblem::new("change", message)]);
    }

    let mut problems = Vec::new();
    let mut checked = CheckedChange {
        state: change.resulting_state(),
        reason: None,
        contract_reference: None,
        contract_date: None,
    };

    match change {
        ClinicAppChange::OptOut => checked.reason = check_reason(&input.reason, &mut problems),
        ClinicAppChange::Activate => {
            checked.contract_reference =
                check_contract_reference(&input.contract_reference, &mut problems);
            checked.contract_date = check_contract_date(&input.contract_date, today, &mut problems);
        }
        ClinicAppChange::OptIn | ClinicAppChange::Deactivate => {}
    }

    if problems.is_empty() {
        Ok(checked)
    } else {
        Err(problems)
    }
}

fn check_reason(input: &str, problems: &mut Vec<ChangeProblem>) -> Option<String> {
    let reason = input.trim();
    if reason.chars().count() > MAX_REASON_CHARS {
        problems.push(ChangeProblem::new(
            "reason",
            format!(
                "Shorten the reason to at most {MAX_REASON_CHARS} characters, or leave it empty."
            ),
        ));
    }
    (!reason.is_empty()).then(|| reason.to_owned())
}

fn check_contract_reference(input: &str, problems: &mut Vec<ChangeProblem>) -> Option<String> {
    let reference = input.trim();
    if reference.is_empty() {
        problems.push(ChangeProblem::new(
            "contract_reference",
            "Enter the reference of the BAA or service contract, such as its number or title.",
        ));
        return None;
    }
    if reference.chars().count() > MAX_CONTRACT_REFERENCE_CHARS {
        problems.push(ChangeProblem::new(
            "contract_reference",
            format!("Shorten the contract reference to at most {MAX_CONTRACT_REFERENCE_CHARS} characters."),
        ));
        return None;
    }
    Some(reference.to_owned())
}

fn check_contract_date(
    input: &str,
    today: NaiveDate,
    problems: &mut Vec<ChangeProblem>,
) -> Option<NaiveDate> {
    let input = input.trim();
    if input.is_empty() {
        problems.push(ChangeProblem::new(
            "contract_date",
            "Enter the date the BAA or service contract was signed, as YYYY-MM-DD.",
        ));
        return None;
    }
    match NaiveDate::parse_from_str(input, "%Y-%m-%d") {
        Ok(date) if date <= today => Some(date),
        Ok(_) => {
            problems.push(ChangeProblem::new(
                "contract_date",
                format!("Enter a date on or before today ({today}): the contract must already be in place."),
            ));
            None
        }
        Err(_) => {
            problems.push(ChangeProblem::new(
                "contract_date",
                format!("{input:?} is not a date: enter it as YYYY-MM-DD, such as 2026-11-30."),
            ));
            None
        }
    }
}

#[cfg(test)]
#[path = "clinic_app_change_tests.rs"]
mod tests;
