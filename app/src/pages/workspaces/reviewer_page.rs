use leptos::prelude::*;

use super::workspace_frame::WorkspaceFrame;
use crate::domain::role::Role;
use crate::serverfns::dashboards::Workspace;

/// The reviewer's start page.
#[component]
pub fn ReviewerPage() -> impl IntoView {
    let content = |_: Workspace| {
        view! {
            <h2>"Review queue"</h2>
            <p class="empty-state">"No submission is waiting for review."</p>
        }
    };

    view! { <WorkspaceFrame role=Role::Reviewer title="Review queue" content /> }
}
