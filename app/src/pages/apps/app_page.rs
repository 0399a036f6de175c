use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use super::credentials_section::CredentialsSection;
use super::display_name;
use super::logo_section::LogoSection;
use super::registration_summary::RegistrationSummary;
use super::review_section::ReviewSection;
use crate::components::app_history::AppHistory;
use crate::components::error_page::ErrorMessage;
use crate::components::form::Notice;
use crate::domain::registration::{fields, missing_for_submission};
use crate::domain::role::Role;
use crate::models::apps::AppView;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::apps::{load_app, IssueSandboxSecret, RotateSecret};

/// Renders one app: what a submission still needs, its sandbox credentials, its logo, the
/// stored registration and its history.
#[component]
pub fn AppPage() -> impl IntoView {
    let content = |_| view! { <AppContent /> };

    view! { <WorkspaceFrame role=Role::Developer title="App registration" content /> }
}

#[component]
fn AppContent() -> impl IntoView {
    // Created here, above the data, so a secret it returned stays on the page when the data
    // reloads after it.
    let issue = ServerAction::<IssueSandboxSecret>::new();
    let rotate = ServerAction::<RotateSecret>::new();
    // Only a successful rotation reloads the data, so a rejected grace period stays typed
    // in the form for correction.
    let rotated = Memo::new(
        move |previous: Option<&Option<String>>| match rotate.value().get() {
            Some(Ok(secret)) => Some(secret.client_secret),
            _ => previous.cloned().flatten(),
        },
    );
    let params = use_params_map();
    let search = use_location().search;
    let app = Resource::new_blocking(
        move || {
            let id = params.read().get("id").unwrap_or_default();
            let versions = (issue.version().get(), rotated.get());
            (id, search.get(), versions)
        },
        |(id, _, _)| load_app(id),
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match app.await {
                    Ok(app) => view! { <AppDetails app issue rotate /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AppDetails(
    app: AppView,
    issue: ServerAction<IssueSandboxSecret>,
    rotate: ServerAction<RotateSecret>,
) -> impl IntoView {
    let registration = app.registration.clone();
    let edit = format!("/apps/{}/edit", app.id);

    view! {
        <AppNotices />
        <h2 class="app-title">{display_name(&registration.name)}</h2>
        <p class="lead">
            {registration.kind.label()} " app · "
            <span class="badge badge--pending">{app.status.label()}</span>
            " · registered " {app.created_at.clone()}
        </p>
        <p><a class="button" href=edit>"Edit the registration"</a> " " <a href="/apps">"All your apps"</a></p>
        <Checklist app=app.clone() />
        <ReviewSection app=app.clone() />
        <CredentialsSection app=app.clone() issue rotate />
        <LogoSection app=app.clone() />
        <RegistrationSummary registration />
        <AppHistory history=app.history title="History" />
    }
}

#[component]
fn AppNotices() -> impl IntoView {
    let created = query_param("created");
    let saved = query_param("saved");
    let submitted = query_param("submitted");
    let withdrawn = query_param("withdrawn");

    view! {
        <Show when=move || created.get().is_some()>
            <Notice>"The app is registered as a draft, with its sandbox credentials."</Notice>
        </Show>
        <Show when=move || saved.get().is_some()>
            <Notice>"Registration saved."</Notice>
        </Show>
        <Show when=move || submitted.get().is_some()>
            <Notice>"Submitted for review. The due date below counts business days from receipt."</Notice>
        </Show>
        <Show when=move || withdrawn.get().is_some()>
            <Notice>"The submission is withdrawn."</Notice>
        </Show>
    }
}

/// Lists what a submission for review still needs.
#[component]
fn Checklist(app: AppView) -> impl IntoView {
    let missing = missing_for_submission(&app.registration);
    let edit = format!("/apps/{}/edit", app.id);

    view! {
        <section id="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">"Before you submit for review"</h2>
            {match missing.is_empty() {
                true => view! { <p>"Nothing is missing: every field a submission needs is filled in."</p> }.into_any(),
                false => view! {
                    <p>"A draft may leave fields empty, but a submission needs these. " <a href=edit>"Complete the registration"</a></p>
                    <ul class="checklist">
                        {missing.into_iter().map(|(field, message)| view! {
                            <li data-field=field><strong>{fields::label(field).unwrap_or(field)}</strong> ": " {message}</li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}
