use leptos::prelude::*;

use super::app_form::AppForm;
use crate::domain::app_kind::AppKind;
use crate::domain::registration::RegistrationInput;
use crate::domain::role::Role;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::apps::SaveAppRegistration;

/// Renders the registration form for a new patient-facing or clinician-facing app; `kind`
/// in the query chooses which. The first save creates the app and its sandbox client.
#[component]
pub fn NewAppPage() -> impl IntoView {
    let content = |_| view! { <NewAppContent /> };

    view! { <WorkspaceFrame role=Role::Developer title="Register an app" content /> }
}

#[component]
fn NewAppContent() -> impl IntoView {
    let action = ServerAction::<SaveAppRegistration>::new();
    let kind = query_param("kind")
        .get_untracked()
        .and_then(|kind| AppKind::parse(&kind));

    match kind {
        Some(kind @ (AppKind::Patient | AppKind::Clinician)) => view! {
            <p class="lead">"A " {kind.label()} " app. " <a href="/apps/new">"Choose another kind"</a></p>
            <AppForm action app_id=None stored=RegistrationInput::new(kind) />
        }
        .into_any(),
        Some(AppKind::System) => view! {
            <div class="notice notice--warning" role="status">
                "B2B (system) apps are registered from the registration link a clinic sends you: \
                 the clinic approves them for itself."
            </div>
        }
        .into_any(),
        None => view! { <KindChoice /> }.into_any(),
    }
}

#[component]
fn KindChoice() -> impl IntoView {
    view! {
        <p>"Who uses the app? Every registered app gets sandbox credentials at once."</p>
        <div class="cards">
            <a class="card" href="/apps/new?kind=patient">
                <h2>"Patient-facing app"</h2>
                <p>"Patients sign in and share their own records. Once approved, it is active at every clinic unless a clinic opts out."</p>
            </a>
            <a class="card" href="/apps/new?kind=clinician">
                <h2>"Clinician-facing app"</h2>
                <p>"Clinicians use it inside or beside the EHR. Once approved, each clinic activates it for itself."</p>
            </a>
        </div>
    }
}
