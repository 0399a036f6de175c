use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::app_form::AppForm;
use super::display_name;
use crate::components::error_page::ErrorMessage;
use crate::domain::role::Role;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::apps::{load_app, SaveAppRegistration};

/// Renders the registration form filled with an app's stored registration.
#[component]
pub fn EditAppPage() -> impl IntoView {
    let content = |_| view! { <EditAppContent /> };

    view! { <WorkspaceFrame role=Role::Developer title="Edit the registration" content /> }
}

#[component]
fn EditAppContent() -> impl IntoView {
    let action = ServerAction::<SaveAppRegistration>::new();
    let params = use_params_map();
    // Keyed on the app alone: a rejected save must not reload the form and lose what was
    // typed. A successful save navigates to the app's page.
    let app = Resource::new_blocking(
        move || params.read().get("id").unwrap_or_default(),
        load_app,
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match app.await {
                    Ok(app) => {
                        let back = format!("/apps/{}", app.id);
                        view! {
                            <p class="lead">
                                {display_name(&app.registration.name)} " · " {app.registration.kind.label()} " app. "
                                <a href=back>"Back to the app"</a>
                            </p>
                            <AppForm action app_id=Some(app.id.clone()) stored=app.registration />
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
