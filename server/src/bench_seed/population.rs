//! The synthetic population of the registry benchmark. Each app's kind, status, client
//! authentication method and clinic settings follow from its number, so every run loads the
//! same mix and the registry's decisions cover every common outcome.

use app::domain::app_kind::{AppKind, TokenEndpointAuthMethod};
use app::domain::app_status::AppStatus;
use app::domain::clinic_app_state::ClinicAppState;
use app::domain::environment::Environment;

/// The clinics that record a setting for each patient or clinician app.
pub const SETTINGS_PER_APP: usize = 5;
/// The clinics one client's decision requests rotate over: the first
/// [`SETTINGS_PER_APP`] have a setting for the app, the rest fall back to the kind's default.
pub const DECISION_CLINICS: usize = 10;

/// The kind, status and client authentication of one app of the population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppPlan {
    pub kind: AppKind,
    pub status: AppStatus,
    pub method: TokenEndpointAuthMethod,
    /// Every client secret of the app is revoked.
    pub secrets_revoked: bool,
}

impl AppPlan {
    /// Plans app number `n`. Of each ten consecutive apps, five are patient, three
    /// clinician and two system apps. Of each 200, the fourth ten are suspended and the fifth
    /// ten still in review, and the rest approved. A quarter of the patient apps and every
    /// clinician app authenticate with a client secret, and in one ten of each 500 every
    /// such secret is revoked.
    pub fn for_app(n: usize) -> AppPlan {
        let kind = match n % 10 {
            0..=4 => AppKind::Patient,
            5..=7 => AppKind::Clinician,
            _ => AppKind::System,
        };
        let status = match (n / 10) % 20 {
            3 => AppStatus::Suspended,
            4 => AppStatus::Submitted,
            _ => AppStatus::Approved,
        };

        let method = match kind {
            AppKind::System => TokenEndpointAuthMethod::PrivateKeyJwt,
            AppKind::Clinician => TokenEndpointAuthMethod::ClientSecretBasic,
            AppKind::Patient if n.is_multiple_of(4) => TokenEndpointAuthMethod::ClientSecretBasic,
            AppKind::Patient => TokenEndpointAuthMethod::None,
        };
        let secrets_revoked =
            method == TokenEndpointAuthMethod::ClientSecretBasic && (n / 10) % 50 == 7;

        AppPlan {
            kind,
            status,
            method,
            secrets_revoked,
        }
    }

    /// Returns the environments the app has a client in: the sandbox always, production once
    /// the app was approved.
    pub fn environments(self) -> &'static [Environment] {
        match self.status {
            AppStatus::Approved | AppStatus::Suspended => {
                &[Environment::Sandbox, Environment::Production]
            }
            _ => &[Environment::Sandbox],
        }
    }

    pub fn has_secret(self) -> bool {
        self.method == TokenEndpointAuthMethod::ClientSecretBasic
    }

    /// Returns the setting the clinic at settings slot `slot` (below [`SETTINGS_PER_APP`])
    /// records for the app: patient apps are opted out and then once opted back in,
    /// clinician apps activated and then once deactivated, and system apps have none.
    pub fn setting(self, slot: usize) -> Option<ClinicAppState> {
        let last = slot + 1 == SETTINGS_PER_APP;
        match (self.kind, last) {
            (AppKind::Patient, false) => Some(ClinicAppState::OptedOut),
            (AppKind::Patient, true) => Some(ClinicAppState::OptedIn),
            (AppKind::Clinician, false) => Some(ClinicAppState::Activated),
            (AppKind::Clinician, true) => Some(ClinicAppState::Deactivated),
            (AppKind::System, _) => None,
        }
    }
}

/// Returns the number of the clinic at `slot` for app number `app`, among `clinics`. Slot 0
/// is also the clinic a system app registered through. The slots of one app name distinct
/// clinics when there are at least [`DECISION_CLINICS`] clinics.
pub fn clinic_for(app: usize, slot: usize, clinics: usize) -> usize {
    let stride = (clinics / DECISION_CLINICS).max(1);
    (app + slot * stride) % clinics
}

/// Returns the environment of the OAuth server that requests the `request`th decision about
/// a client: its own, except that one sandbox request in ten comes from production.
pub fn asking_environment(client: Environment, request: usize) -> Environment {
    match (client, request % 10) {
        (Environment::Sandbox, 9) => Environment::Production,
        (environment, _) => environment,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mix_covers_every_kind_and_status() {
        let plans: Vec<AppPlan> = (0..200).map(AppPlan::for_app).collect();
        let count = |keep: &dyn Fn(&AppPlan) -> bool| plans.iter().filter(|p| keep(p)).count();

        assert_eq!(count(&|p| p.kind == AppKind::Patient), 100);
        assert_eq!(count(&|p| p.kind == AppKind::Clinician), 60);
        assert_eq!(count(&|p| p.kind == AppKind::System), 40);
        assert_eq!(count(&|p| p.status == AppStatus::Suspended), 10);
        assert_eq!(count(&|p| p.status == AppStatus::Submitted), 10);
        assert_eq!(count(&|p| p.status == AppStatus::Approved), 180);
    }

    #[test]
    fn every_kind_is_suspended_somewhere() {
        let suspended: Vec<AppKind> = (30..40).map(|n| AppPlan::for_app(n).kind).collect();

        assert!(suspended.contains(&AppKind::Patient));
        assert!(suspended.contains(&AppKind::Clinician));
        assert!(suspended.contains(&AppKind::System));
        assert_eq!(AppPlan::for_app(38).status, AppStatus::Suspended);
    }

    #[test]
    fn revoked_secrets_only_on_secret_apps() {
        let revoked: Vec<usize> = (0..500)
            .filter(|&n| AppPlan::for_app(n).secrets_revoked)
            .collect();

        assert_eq!(revoked, vec![72, 75, 76, 77]);
        for n in revoked {
            assert!(AppPlan::for_app(n).has_secret(), "app {n}");
        }
    }

    #[test]
    fn settings_by_kind() {
        let patient = AppPlan::for_app(0);
        let clinician = AppPlan::for_app(5);
        let system = AppPlan::for_app(8);

        assert_eq!(patient.setting(0), Some(ClinicAppState::OptedOut));
        assert_eq!(patient.setting(4), Some(ClinicAppState::OptedIn));
        assert_eq!(clinician.setting(3), Some(ClinicAppState::Activated));
        assert_eq!(clinician.setting(4), Some(ClinicAppState::Deactivated));
        assert_eq!(system.setting(0), None);
    }

    #[test]
    fn decision_clinics_are_distinct() {
        for total in [DECISION_CLINICS, 15, 1000] {
            let mut clinics: Vec<usize> = (0..DECISION_CLINICS)
                .map(|slot| clinic_for(990, slot, total))
                .collect();
            clinics.sort_unstable();
            clinics.dedup();

            assert_eq!(clinics.len(), DECISION_CLINICS, "{total} clinics");
        }
    }

    #[test]
    fn unapproved_apps_have_only_a_sandbox_client() {
        let submitted = AppPlan::for_app(44);

        assert_eq!(submitted.environments(), &[Environment::Sandbox]);
        assert_eq!(AppPlan::for_app(0).environments().len(), 2);
    }

    #[test]
    fn some_sandbox_requests_come_from_production() {
        assert_eq!(
            asking_environment(Environment::Sandbox, 19),
            Environment::Production
        );
        assert_eq!(
            asking_environment(Environment::Sandbox, 18),
            Environment::Sandbox
        );
        assert_eq!(
            asking_environment(Environment::Production, 9),
            Environment::Production
        );
    }
}
