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
            <p>
                <a href="/review/submissions">"Open the submissions"</a>
                ": every submission waiting for a decision, the earliest due first."
            </p>
        }
    };

    view! { <WorkspaceFrame role=Role::Reviewer title="Review queue" content /> }
}
