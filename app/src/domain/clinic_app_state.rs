//! Whether an approved app is active at a clinic: the app kind's default, or the clinic's
//! own setting.

use serde::{Deserialize, Serialize};

use super::app_kind::AppKind;

/// A clinic's recorded setting for one app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClinicAppState {
    /// A patient-facing app the clinic turned off.
    OptedOut,
    /// A patient-facing app the clinic turned back on after an opt-out.
    OptedIn,
    /// A clinician-facing app the clinic turned on under a BAA or service contract.
    Activated,
    /// A clinician-facing app the clinic turned off after an activation.
    Deactivated,
}

impl ClinicAppState {
    pub const ALL: [ClinicAppState; 4] = [
        ClinicAppState::OptedOut,
        ClinicAppState::OptedIn,
        ClinicAppState::Activated,
        ClinicAppState::Deactivated,
    ];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ClinicAppState::OptedOut => "opted_out",
            ClinicAppState::OptedIn => "opted_in",
            ClinicAppState::Activated => "activated",
            ClinicAppState::Deactivated => "deactivated",
        }
    }

    pub fn parse(value: &str) -> Option<ClinicAppState> {
        ClinicAppState::ALL
            .into_iter()
            .find(|state| state.as_str() == value)
    }

    /// Returns whether the state switches the app on.
    fn turns_on(self) -> bool {
        matches!(self, ClinicAppState::OptedIn | ClinicAppState::Activated)
    }
}

/// Decides whether an approved app of `kind` is active at a clinic whose setting for it is
/// `state`. Without a setting, patient-facing apps are active and clinician-facing apps are
/// not. A system-to-system app depends on its own clinic, never on a setting.
pub fn is_active(kind: AppKind, state: Option<ClinicAppState>) -> bool {
    match (kind, state) {
        (AppKind::System, _) => false,
        (_, Some(state)) => state.turns_on(),
        (AppKind::Patient, None) => true,
        (AppKind::Clinician, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patient_apps_are_active_until_the_clinic_opts_out() {
        assert!(is_active(AppKind::Patient, None));
        assert!(!is_active(AppKind::Patient, Some(ClinicAppState::OptedOut)));
        assert!(is_active(AppKind::Patient, Some(ClinicAppState::OptedIn)));
    }

    #[test]
    fn clinician_apps_are_inactive_until_the_clinic_activates_them() {
        assert!(!is_active(AppKind::Clinician, None));
        assert!(is_active(
            AppKind::Clinician,
            Some(ClinicAppState::Activated)
        ));
        assert!(!is_active(
            AppKind::Clinician,
            Some(ClinicAppState::Deactivated)
        ));
    }

    #[test]
    fn stored_values_parse_back() {
        for state in ClinicAppState::ALL {
            assert_eq!(ClinicAppState::parse(state.as_str()), Some(state));
        }
        assert_eq!(ClinicAppState::parse("active"), None);
    }
}
