use leptos::prelude::*;

use crate::components::form::{typed_value, FormError};
use crate::domain::app_status::AppStatus;
use crate::models::review::SubmissionView;
use crate::serverfns::review::{RestoreApp, SuspendApp};

/// Renders the suspension of an approved app, with its required reason, or the restoration
/// of a suspended one. Other apps have nothing to suspend.
#[component]
pub fn SuspensionSection(submission: SubmissionView) -> impl IntoView {
    let suspend = ServerAction::<SuspendApp>::new();
    let restore = ServerAction::<RestoreApp>::new();
    let suspend_error = Signal::derive(move || suspend.value().get().and_then(Result::err));
    let restore_error = Signal::derive(move || restore.value().get().and_then(Result::err));
    let reason_message = move || {
        suspend_error
            .get()
            .and_then(|error| error.field_message("reason"))
    };
    let typed_reason = typed_value("reason", "text").unwrap_or_default();

    let body = match submission.app_status {
        AppStatus::Approved => view! {
            <p>"Suspend the app only for an active security or performance threat. Its production credentials stop working until a reviewer restores it."</p>
            <ActionForm action=suspend attr:novalidate=true>
                <input type="hidden" name="app_id" value=submission.app_id.clone() />
                <input type="hidden" name="submission_id" value=submission.id.clone() />
                <label for="field-reason">"Reason: the threat, in 20 to 1,000 characters"</label>
                <textarea
                    id="field-reason"
                    name="reason"
                    rows="3"
                    aria-invalid=move || reason_message().is_some().then_some("true")
                    aria-describedby="field-reason-error"
                >
                    {typed_reason}
                </textarea>
                {move || reason_message().map(|message| view! {
                    <p class="field__error" id="field-reason-error">{message}</p>
                })}
                <button type="submit" class="button button--danger">"Suspend the app"</button>
            </ActionForm>
        }
        .into_any(),
        AppStatus::Suspended => view! {
            <p>"Suspended: " {submission.suspension_reason.clone().unwrap_or_default()}</p>
            <ActionForm action=restore>
                <input type="hidden" name="app_id" value=submission.app_id.clone() />
                <input type="hidden" name="submission_id" value=submission.id.clone() />
                <button type="submit" class="button">"Restore the app"</button>
            </ActionForm>
        }
        .into_any(),
        _ => return ().into_any(),
    };

    view! {
        <section aria-labelledby="suspension-title">
            <h2 id="suspension-title">"Suspension"</h2>
            <FormError error=Signal::derive(move || suspend_error.get().filter(|error| error.field_message("reason").is_none())) />
            <FormError error=restore_error />
            {body}
        </section>
    }
    .into_any()
}
