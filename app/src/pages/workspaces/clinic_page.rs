use leptos::prelude::*;

use super::workspace_frame::WorkspaceFrame;
use crate::domain::role::Role;
use crate::serverfns::dashboards::Workspace;

/// The clinic administrator's start page.
#[component]
pub fn ClinicPage() -> impl IntoView {
    let content = |workspace: Workspace| {
        let clinic = workspace.clinic_name.unwrap_or_default();
        view! {
            <p>"You administer " <strong>{clinic}</strong> "."</p>
            <h2>"Apps at your clinic"</h2>
            <p class="empty-state">"No app has been approved yet."</p>
        }
    };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="Your clinic" content /> }
}
