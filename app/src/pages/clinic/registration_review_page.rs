use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::error_page::ErrorMessage;
use crate::components::form::{FormError, Notice};
use crate::components::text_area_field::TextAreaField;
use crate::domain::review::submission_status::SubmissionStatus;
use crate::domain::role::Role;
use crate::models::review::SubmissionView;
use crate::pages::accounts::query_param;
use crate::pages::review::{DecisionForm, RecordedDecision, SnapshotSection};
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::clinic::{load_registration_request, DenyRegistration};

/// Renders one B2B registration for the clinic that issued its link: the submitted
/// registration, the objective criteria form to approve it, and the denial with a reason.
#[component]
pub fn RegistrationReviewPage() -> impl IntoView {
    let content = |_| view! { <ReviewContent /> };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="B2B registration" content /> }
}

#[component]
fn ReviewContent() -> impl IntoView {
    let params = use_params_map();
    let search = use_location().search;
    // The decision form redirects back here with `?decided=`, so the registration reloads
    // and shows the recorded decision.
    let request = Resource::new_blocking(
        move || (params.read().get("id").unwrap_or_default(), search.get()),
        |(id, _)| load_registration_request(id),
    );

    view! {
        <p><a href="/clinic/registrations">"Back to the B2B registrations"</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match request.await {
                    Ok(submission) => view! { <Review submission /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(submission: SubmissionView) -> impl IntoView {
    let open = submission.status == SubmissionStatus::Open;
    let recorded = submission.decision.clone();

    let decided = query_param("decided");

    view! {
        <h2>{submission.app_name.clone()}</h2>
        <Show when=move || decided.get().is_some()>
            <Notice>"The decision is recorded and the developer is notified."</Notice>
        </Show>
        <SnapshotSection submission=submission.clone() />
        {open.then(|| view! {
            <DecisionForm submission=submission.clone() clinic=true />
            <DenialForm submission_id=submission.id.clone() />
        })}
        {recorded.map(|results| view! {
            <RecordedDecision submission=submission.clone() results />
        })}
    }
}

#[component]
fn DenialForm(submission_id: String) -> impl IntoView {
    let deny = ServerAction::<DenyRegistration>::new();
    let error = Signal::derive(move || deny.value().get().and_then(Result::err));

    view! {
        <section aria-labelledby="deny-title">
            <h2 id="deny-title">"Deny"</h2>
            <FormError error />
            <ActionForm action=deny attr:class="form" attr:novalidate=true>
                <input type="hidden" name="submission_id" value=submission_id />
                <TextAreaField name="reason" label="Reason for the denial" rows=3 error
                    hint="At least 20 characters. The developer reads it on the app's page and by e-mail." />
                <button type="submit" class="button button--danger">"Deny the registration"</button>
            </ActionForm>
        </section>
    }
}
