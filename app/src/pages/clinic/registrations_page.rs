use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::components::form::{FormError, Notice};
use crate::domain::role::Role;
use crate::models::b2b::RegistrationRequest;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::clinic::{list_registration_requests, RevokeB2bCredentials};

/// Lists the system apps registered through the clinic's links: the requests waiting for a
/// decision, and the approved apps whose credentials the clinic may revoke.
#[component]
pub fn RegistrationsPage() -> impl IntoView {
    let content = |_| view! { <RegistrationsContent /> };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="B2B registrations" content /> }
}

#[component]
fn RegistrationsContent() -> impl IntoView {
    let revoke = ServerAction::<RevokeB2bCredentials>::new();
    let revoke_error = Signal::derive(move || revoke.value().get().and_then(Result::err));
    let requests = Resource::new_blocking(
        move || revoke.version().get(),
        |_| list_registration_requests(),
    );
    let decided = query_param("decided");
    let revoked = query_param("revoked");

    view! {
        <p><a href="/clinic">"Back to your clinic"</a></p>
        <Show when=move || decided.get().is_some()>
            <Notice>"The decision is recorded and the developer is notified."</Notice>
        </Show>
        <Show when=move || revoked.get().is_some()>
            <Notice>"The app's credentials are revoked at your clinic."</Notice>
        </Show>
        <FormError error=revoke_error />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match requests.await {
                    Ok(rows) => view! { <RequestsTable rows revoke /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RequestsTable(
    rows: Vec<RegistrationRequest>,
    revoke: ServerAction<RevokeB2bCredentials>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="muted">"No app has registered through your links yet."</p> }
            .into_any();
    }

    view! {
        <table class="table">
            <thead>
                <tr><th>"App"</th><th>"Status"</th><th>"Submitted"</th><th></th></tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let review = row.submission_id.clone().map(|id| view! {
                        <a class="button" href=format!("/clinic/registrations/{id}")>"Review"</a>
                    });
                    let approved = row.status == "approved";
                    view! {
                        <tr>
                            <td>{row.app_name}</td>
                            <td>{row.status.replace('_', " ")}</td>
                            <td>{row.submitted_at.unwrap_or_default()}</td>
                            <td>
                                {review}
                                {approved.then(|| view! {
                                    <ActionForm action=revoke attr:class="inline-form">
                                        <input type="hidden" name="app_id" value=row.app_id.clone() />
                                        <button type="submit" class="button button--danger">"Revoke credentials"</button>
                                    </ActionForm>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
