use leptos::prelude::*;

use crate::domain::app_status::AppStatus;
use crate::domain::registration::fields;
use crate::error::{AppError, FieldError};
use crate::models::apps::AppView;
use crate::models::submissions::{submission_kind_label, SubmissionSummary};
use crate::serverfns::apps::{SubmitApp, WithdrawSubmission};

/// Renders the app's review: the open submission on its business-day clock with a way to
/// withdraw it, or what a new submission needs and the button that submits, then every
/// earlier submission.
#[component]
pub fn ReviewSection(app: AppView) -> impl IntoView {
    let submit = ServerAction::<SubmitApp>::new();
    let withdraw = ServerAction::<WithdrawSubmission>::new();
    let refused = Signal::derive(move || {
        submit
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| withdraw.value().get().and_then(Result::err))
    });
    let open = app.review.open().cloned();
    let history = app.review.submissions.clone();
    let notices = app.review.notices.clone();

    view! {
        <section id="review" aria-labelledby="review-heading">
            <h2 id="review-heading">"Review"</h2>
            <Refusal error=refused />
            {match open {
                Some(open) => view! { <OpenSubmission open app_id=app.id.clone() withdraw /> }.into_any(),
                None => view! { <NewSubmission app=app.clone() submit /> }.into_any(),
            }}
            {(!notices.is_empty()).then(|| view! {
                <h3>"Notices of Non-Conformance"</h3>
                <ul class="notices">
                    {notices.into_iter().map(|notice| view! {
                        <li>
                            <a href=format!("/notices/{}", notice.id)>{notice.number.clone()}</a>
                            {format!(", issued {} on submission {}: {} criteria not met.", notice.issued_on, notice.submission_number, notice.unmet_criteria)}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!history.is_empty()).then(|| view! { <SubmissionHistory history /> })}
        </section>
    }
}

#[component]
fn OpenSubmission(
    open: SubmissionSummary,
    app_id: String,
    withdraw: ServerAction<WithdrawSubmission>,
) -> impl IntoView {
    let left = match open.business_days_left {
        days if days < 0 => format!("{} business days overdue", -days),
        1 => "1 business day left".to_owned(),
        days => format!("{days} business days left"),
    };
    let urgency = open.urgency.clone().unwrap_or_default();
    let badge = match urgency.as_str() {
        "On track" => "badge badge--pending",
        _ => "badge badge--rejected",
    };

    view! {
        <p>
            <span class="badge badge--pending">{open.status.label()}</span>
            " Submission " {open.number} " (" {submission_kind_label(&open.kind)} "), received " {open.received_at.clone()} "."
        </p>
        <p>"A reviewer decides it by " <strong>{open.due_date.clone()}</strong> "."</p>
        <div class="clock">
            <label for="review-clock">
                {format!("{} of {} business days used", open.business_days_used, open.business_days)}
            </label>
            <progress id="review-clock" max=open.business_days value=open.business_days_used.min(open.business_days)></progress>
            <span class="muted">{left} " · " <span class=badge>{urgency}</span></span>
        </div>
        <ActionForm action=withdraw attr:class="inline-form">
            <input type="hidden" name="app_id" value=app_id />
            <button type="submit" class="button button--secondary">"Withdraw the submission"</button>
        </ActionForm>
        <p class="muted">"Withdrawing stops the clock. You can submit again at any time."</p>
    }
}

#[component]
fn NewSubmission(app: AppView, submit: ServerAction<SubmitApp>) -> impl IntoView {
    let clinic_button = app
        .clinic_name
        .as_ref()
        .map(|clinic| format!("Submit to {clinic}"));
    let denial = app.denial_reason.clone().map(|reason| {
        view! {
            <div class="notice notice--error" role="status">
                "The clinic denied the registration: " {reason}
            </div>
        }
    });
    let (intro, button) = match app.status {
        AppStatus::Approved => (
            "The approved version stays live. A change to a reviewed field (redirect URIs, scopes, client type, keys, policy URLs, disclosures) needs a new submission, answered within 5 business days; other changes apply at once.",
            "Submit the change for review",
        ),
        AppStatus::NoticeIssued => (
            "Fix what the Notice of Non-Conformance lists, then resubmit at no cost. A resubmission is answered within 5 business days.",
            "Resubmit for review",
        ),
        AppStatus::Suspended => (
            "A reviewer suspended the app. It cannot be submitted until a reviewer restores it.",
            "",
        ),
        _ => (
            "A reviewer decides a complete submission within 10 business days, on objective criteria only.",
            "Submit for review",
        ),
    };
    // The checklist above lists the registration's own fields, so only the others show here.
    let registration_fields = app
        .review
        .blockers
        .iter()
        .any(|blocker| fields::label(&blocker.field).is_some());
    let mut blockers: Vec<FieldError> = app
        .review
        .blockers
        .iter()
        .filter(|blocker| fields::label(&blocker.field).is_none())
        .cloned()
        .collect();
    if registration_fields {
        blockers.push(FieldError::new(
            "registration",
            "Complete the fields listed under “Before you submit for review”.",
        ));
    }

    let intro = match &app.clinic_name {
        Some(clinic) if button.is_empty() => format!("{clinic} revoked or suspended the app."),
        Some(clinic) => format!("{clinic} reviews this B2B app and decides it for itself."),
        None => intro.to_owned(),
    };
    let button = match clinic_button {
        Some(label) if !button.is_empty() => label,
        _ => button.to_owned(),
    };

    view! {
        {denial}
        <p>{intro}</p>
        {(!blockers.is_empty()).then(|| view! {
            <p>"A submission still needs:"</p>
            <Blockers blockers />
        })}
        {(!button.is_empty()).then(|| view! {
            <ActionForm action=submit attr:class="inline-form">
                <input type="hidden" name="app_id" value=app.id.clone() />
                <button type="submit" class="button">{button}</button>
            </ActionForm>
        })}
    }
}

/// Renders a refused submission or withdrawal: each missing item under its field's label.
#[component]
fn Refusal(error: Signal<Option<AppError>>) -> impl IntoView {
    move || match error.get() {
        Some(AppError::Invalid(blockers)) => view! {
            <div class="notice notice--error" role="alert">
                <p>"The app was not submitted. It still needs:"</p>
                <Blockers blockers />
            </div>
        }
        .into_any(),
        Some(other) => {
            view! { <div class="notice notice--error" role="alert">{other.to_string()}</div> }
                .into_any()
        }
        None => ().into_any(),
    }
}

#[component]
fn Blockers(blockers: Vec<FieldError>) -> impl IntoView {
    view! {
        <ul class="checklist">
            {blockers.into_iter().map(|blocker| {
                let label = match blocker.field.as_str() {
                    "identity" => "Identity profile",
                    "email" => "E-mail address",
                    "registration" => "Registration",
                    field => fields::label(field).unwrap_or("Registration"),
                };
                view! { <li data-field=blocker.field.clone()><strong>{label}</strong> ": " {blocker.message}</li> }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn SubmissionHistory(history: Vec<SubmissionSummary>) -> impl IntoView {
    view! {
        <table class="table">
            <caption>"Submissions"</caption>
            <thead>
                <tr>
                    <th scope="col">"Number"</th>
                    <th scope="col">"Kind"</th>
                    <th scope="col">"Received"</th>
                    <th scope="col">"Due"</th>
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {history.into_iter().map(|submission| view! {
                    <tr>
                        <td>{submission.number}</td>
                        <td>{submission_kind_label(&submission.kind)}</td>
                        <td>{submission.received_at}</td>
                        <td>{submission.due_date}</td>
                        <td>{submission.status.label()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
