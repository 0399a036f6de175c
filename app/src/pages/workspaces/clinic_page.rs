use leptos::prelude::*;

use super::workspace_frame::WorkspaceFrame;
use crate::domain::role::Role;
use crate::pages::clinic::AdministratorsSection;
use crate::serverfns::dashboards::Workspace;

/// The clinic administrator's start page: the way to the clinic's gallery and the clinic's
/// administrators.
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
            <AdministratorsSection clinic_id />
        }
    };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="Your clinic" content /> }
}
