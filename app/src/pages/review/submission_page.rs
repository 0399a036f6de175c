use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use super::agreement_section::AgreementSection;
use super::decision_form::{DecisionForm, RecordedDecision};
use super::submission_sections::{ChangesSection, PrechecksSection, SnapshotSection};
use super::submissions_page::UrgencyFlag;
use super::suspension_section::SuspensionSection;
use crate::components::app_history::AppHistory;
use crate::components::error_page::ErrorMessage;
use crate::components::form::{FormError, Notice};
use crate::domain::role::Role;
use crate::models::review::SubmissionView;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::review::{load_submission_for_review, ClaimSubmission, ReleaseSubmission};

/// Renders one submission for a reviewer: the clock, the claim, the frozen snapshot and
/// what changed since the previous submission, the pre-checks, the decision form for the
/// reviewer holding the claim, suspension, and the app's history.
#[component]
pub fn SubmissionPage() -> impl IntoView {
    let content = |_| view! { <SubmissionContent /> };

    view! { <WorkspaceFrame role=Role::Reviewer title="Submission" content /> }
}

#[component]
fn SubmissionContent() -> impl IntoView {
    let params = use_params_map();
    let search = use_location().search;
    // Every form on the page redirects back here with a new query after it succeeds, so
    // the submission reloads then, and a rejected form keeps what was typed.
    let submission = Resource::new_blocking(
        move || (params.read().get("id").unwrap_or_default(), search.get()),
        |(id, _)| load_submission_for_review(id),
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match submission.await {
                    Ok(submission) => view! { <Review submission /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(submission: SubmissionView) -> impl IntoView {
    let decided = query_param("decided");
    let open = submission.status.is_open();
    let may_decide = open && submission.claimed_by_me;

    view! {
        <h2>{submission.app_name.clone()} " — submission " {submission.number}</h2>
        <p class="lead">
            {submission.submission_kind.clone()} " of a " {submission.app_kind.label()} " app by "
            {submission.developer.clone()} ". Status: " {submission.status.label()} "."
        </p>
        <Show when=move || decided.get().is_some()>
            <Notice>"Decision recorded."</Notice>
        </Show>
        <dl class="facts">
            <dt>"Received"</dt>
            <dd>{submission.received_at.clone()}</dd>
            <dt>"Due"</dt>
            <dd>{submission.due_on.clone()}</dd>
            {open.then(|| view! {
                <dt>"Business days left"</dt>
                <dd>{submission.business_days_left} <UrgencyFlag urgency=submission.urgency /></dd>
            })}
        </dl>
        {open.then(|| view! { <ClaimSection submission=submission.clone() /> })}
        <SnapshotSection submission=submission.clone() />
        <ChangesSection changes=submission.changes.clone() />
        <PrechecksSection submission_id=submission.id.clone() stored=submission.prechecks.clone() />
        {may_decide.then(|| view! { <DecisionForm submission=submission.clone() /> })}
        {submission.decision.clone().map(|results| view! {
            <RecordedDecision submission=submission.clone() results />
        })}
        {submission.is_latest.then(|| view! { <SuspensionSection submission=submission.clone() /> })}
        <AgreementSection acceptances=submission.agreement_acceptances.clone() />
        <AppHistory history=submission.history.clone() title="App history" />
    }
}

#[component]
fn ClaimSection(submission: SubmissionView) -> impl IntoView {
    let claim = ServerAction::<ClaimSubmission>::new();
    let release = ServerAction::<ReleaseSubmission>::new();
    let claim_error = Signal::derive(move || claim.value().get().and_then(Result::err));
    let release_error = Signal::derive(move || release.value().get().and_then(Result::err));
    let id = submission.id.clone();

    let body = match (
        &submission.claimed_by,
        submission.claimed_by_me,
        &submission.claim_barrier,
    ) {
        (Some(_), true, _) => view! {
            <p>"You hold the claim of this submission; no other reviewer works on it."</p>
            <ActionForm action=release>
                <input type="hidden" name="submission_id" value=id.clone() />
                <button type="submit" class="button button--secondary">"Release the claim"</button>
            </ActionForm>
        }
        .into_any(),
        (Some(holder), false, _) => view! {
            <p>{format!("{holder} has claimed this submission.")}</p>
        }
        .into_any(),
        (None, _, Some(barrier)) => {
            view! { <p class="notice notice--error">{barrier.clone()}</p> }.into_any()
        }
        (None, _, None) => view! {
            <p>"Nobody has claimed this submission yet. Claim it to decide it."</p>
            <ActionForm action=claim>
                <input type="hidden" name="submission_id" value=id.clone() />
                <button type="submit" class="button">"Claim this submission"</button>
            </ActionForm>
        }
        .into_any(),
    };

    view! {
        <section class="claim" aria-labelledby="claim-title">
            <h2 id="claim-title">"Claim"</h2>
            <FormError error=claim_error />
            <FormError error=release_error />
            {body}
        </section>
    }
}
