use leptos::prelude::*;

use super::workspace_frame::WorkspaceFrame;
use crate::domain::role::Role;
use crate::pages::clinic::{AdministratorsSection, RegistrationLinksSection};
use crate::serverfns::dashboards::Workspace;

/// The clinic administrator's start page: the way to the clinic's gallery and its B2B
/// registrations, the clinic's registration links, and its administrators.
#[component]
pub fn ClinicPage() -> impl IntoView {
    let content = |workspace: Workspace| {
        let clinic = workspace.clinic_name.unwrap_or_default();
        let clinic_id = workspace.clinic_id.unwrap_or_default();
        view! {
            <p>"You administer " <strong>{clinic}</strong> "."</p>
            <p>
                <a href="/clinic/apps">"Apps at your clinic"</a>
                " · opt out of patient-facing apps, activate clinician-facing apps"
            </p>
            <p>
                <a href="/clinic/registrations">"B2B registrations"</a>
                " · approve or deny backend services apps, revoke their credentials"
            </p>
            <RegistrationLinksSection />
            <AdministratorsSection clinic_id />
        }
        .into_any()
    };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="Your clinic" content /> }
}
