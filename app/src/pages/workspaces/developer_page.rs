use leptos::prelude::*;

use super::workspace_frame::WorkspaceFrame;
use crate::domain::role::Role;
use crate::pages::apps::AppsList;
use crate::serverfns::dashboards::Workspace;

/// The developer's start page.
#[component]
pub fn DeveloperPage() -> impl IntoView {
    let content = |workspace: Workspace| {
        view! {
            {(!workspace.email_verified)
                .then(|| {
                    view! {
                        <div class="notice notice--warning" role="status">
                            "Verify your e-mail address to submit apps: open the link we sent \
                             you when you signed up, or "
                            <a href="/forgot-password">"request a new link by resetting your password"</a>
                            "."
                        </div>
                    }
                })}
            <p>
                "Reviewers verify who stands behind every app. "
                <a href="/developer/profile">"Fill in your identity profile"</a>
                " before you submit one."
            </p>
            <AppsList />
        }
    };

    view! { <WorkspaceFrame role=Role::Developer title="Your apps" content /> }
}
