//! The decision form of the reviewer holding a submission's claim, and a decision once
//! recorded.

use leptos::prelude::*;

use crate::components::form::typed_value;
use crate::domain::review::criteria::{Criterion, Outcome};
use crate::domain::review::decision::{CriterionResult, VERDICT_FIELD};
use crate::error::AppError;
use crate::models::review::SubmissionView;
use crate::serverfns::review::DecideSubmission;

/// Renders a radio group and a finding for every criterion, and the two verdict buttons.
/// Every problem shows next to its field at once; the typed values stay in the form. For a
/// `clinic` deciding a B2B app only the approval button shows: a clinic denies with a
/// written reason instead of a notice.
#[component]
pub fn DecisionForm(submission: SubmissionView, #[prop(optional)] clinic: bool) -> impl IntoView {
    let decide = ServerAction::<DecideSubmission>::new();
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let general = move || {
        error.get().and_then(|error| match error {
            AppError::Invalid(_) => error.field_message(VERDICT_FIELD),
            other => Some(other.to_string()),
        })
    };
    let public_client = submission.public_client;

    view! {
        <section aria-labelledby="decision-title">
            <h2 id="decision-title">"Decision"</h2>
            <ActionForm action=decide attr:class="decision" attr:novalidate=true>
                <input type="hidden" name="submission_id" value=submission.id.clone() />
                {move || general().map(|message| view! {
                    <div class="notice notice--error" role="alert" id="field-verdict-error">{message}</div>
                })}
                {Criterion::ALL.into_iter().map(|criterion| view! {
                    <CriterionFields criterion public_client error />
                }).collect_view()}
                <div class="decision__buttons">
                    <button type="submit" name=VERDICT_FIELD value="approve" class="button">"Approve"</button>
                    {(!clinic).then(|| view! {
                        <button type="submit" name=VERDICT_FIELD value="notice" class="button button--danger">
                            "Issue a Notice of Non-Conformance"
                        </button>
                    })}
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn CriterionFields(
    criterion: Criterion,
    public_client: bool,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let outcome_field = criterion.outcome_field();
    let finding_field = criterion.finding_field();
    let typed_outcome = typed_value(&outcome_field, "radio").unwrap_or_default();
    let typed_finding = typed_value(&finding_field, "text").unwrap_or_default();
    let outcome_message = {
        let field = outcome_field.clone();
        Signal::derive(move || error.get().and_then(|error| error.field_message(&field)))
    };
    let finding_message = {
        let field = finding_field.clone();
        Signal::derive(move || error.get().and_then(|error| error.field_message(&field)))
    };
    let finding_id = format!("field-{finding_field}");
    let finding_error_id = format!("{finding_id}-error");
    let outcome_error_id = format!("field-{outcome_field}-error");
    // Security does not apply to a confidential client, which proves itself another way.
    let outcomes: Vec<Outcome> = Outcome::ALL
        .into_iter()
        .filter(|outcome| {
            *outcome != Outcome::NotApplicable
                || (criterion == Criterion::Security && !public_client)
        })
        .collect();

    view! {
        <fieldset
            class="criterion"
            class:field--invalid=move || outcome_message.get().is_some() || finding_message.get().is_some()
        >
            <legend>{criterion.label()}</legend>
            <p class="field__hint">"Met when: " {criterion.met_when()}</p>
            <div class="criterion__outcomes" role="radiogroup" aria-describedby=outcome_error_id.clone()>
                {outcomes.into_iter().map(|outcome| {
                    let id = format!("field-{outcome_field}-{}", outcome.as_str());
                    let label_for = id.clone();
                    view! {
                        <label for=label_for class="radio">
                            <input
                                type="radio"
                                id=id
                                name=outcome_field.clone()
                                value=outcome.as_str()
                                checked=typed_outcome == outcome.as_str()
                            />
                            " " {outcome.label()}
                        </label>
                    }
                }).collect_view()}
            </div>
            {
                let outcome_error_id = outcome_error_id.clone();
                move || outcome_message.get().map(|message| view! {
                    <p class="field__error" id=outcome_error_id.clone()>{message}</p>
                })
            }
            <label for=finding_id.clone()>"Finding, when not met: what does not meet the criterion"</label>
            <textarea
                id=finding_id.clone()
                name=finding_field.clone()
                rows="3"
                aria-invalid=move || finding_message.get().is_some().then_some("true")
                aria-describedby=finding_error_id.clone()
            >
                {typed_finding}
            </textarea>
            {
                let finding_error_id = finding_error_id.clone();
                move || finding_message.get().map(|message| view! {
                    <p class="field__error" id=finding_error_id.clone()>{message}</p>
                })
            }
        </fieldset>
    }
}

/// Renders a recorded decision: the outcome and finding of each criterion, and the notice.
#[component]
pub fn RecordedDecision(
    submission: SubmissionView,
    results: Vec<CriterionResult>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="recorded-title">
            <h2 id="recorded-title">"Recorded decision"</h2>
            <p>
                {submission.status.label()} " by " {submission.decided_by.clone().unwrap_or_default()}
                " on " {submission.decided_at.clone().unwrap_or_default()} "."
            </p>
            {submission.notice_id.clone().map(|id| view! {
                <p><a href=format!("/notices/{id}")>"Read the Notice of Non-Conformance"</a></p>
            })}
            <ul class="criteria-results">
                {results.into_iter().map(|result| view! {
                    <li>
                        <strong>{result.criterion.label()} ": " {result.outcome.label()}</strong>
                        {result.finding.map(|finding| view! { <p class="pre-line">{finding}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
