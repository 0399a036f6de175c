use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::error_page::ErrorMessage;
use crate::components::form::Notice;
use crate::domain::identity::{PartStatus, Pathway};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::models::identity::{PartView, ProfileView};
use crate::pages::accounts::query_param;
use crate::pages::identity::part_status::{DocumentLink, HistoryList, PartsTable, StatusBadge};
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::identity::{load_profile_for_review, DecideProfilePart};

/// Renders one developer's profile for a reviewer: each part with its evidence and a verify
/// or reject form, the documents, and the history.
#[component]
pub fn DeveloperReviewPage() -> impl IntoView {
    let content = |_| view! { <ReviewContent /> };

    view! { <WorkspaceFrame role=Role::Reviewer title="Developer identity" content /> }
}

#[component]
fn ReviewContent() -> impl IntoView {
    let params = use_params_map();
    let search = use_location().search;
    let decide = ServerAction::<DecideProfilePart>::new();
    let profile = Resource::new_blocking(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                search.get(),
                decide.version().get(),
            )
        },
        |(id, _, _)| load_profile_for_review(id),
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(profile) => view! { <Review profile decide /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(profile: ProfileView, decide: ServerAction<DecideProfilePart>) -> impl IntoView {
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    // The decision forms share one action, so each problem shows above them, in words.
    let problem = move || {
        error.get().map(|error| match error {
            AppError::Invalid(fields) => fields
                .into_iter()
                .map(|field| field.message)
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_string(),
        })
    };
    let decided = query_param("decided");
    let input = &profile.input;
    let contact = (profile.pathway == Pathway::Organization).then(|| {
        [
            &input.contact_name,
            &input.contact_email,
            &input.contact_phone,
        ]
        .into_iter()
        .filter(|value| !value.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ")
    });

    view! {
        <h2>{input.legal_name.clone()}</h2>
        <p class="lead">{profile.pathway.label()} {contact.map(|contact| format!(" · Contact: {contact}"))}</p>
        <Show when=move || decided.get().is_some()>
            <Notice>"Decision recorded."</Notice>
        </Show>
        {move || problem().map(|message| view! {
            <div class="notice notice--error" role="alert">{message}</div>
        })}
        <PartsTable parts=profile.parts.clone() />
        <h2>"Decide each part"</h2>
        {profile.parts.iter().filter(|part| part.status != PartStatus::Missing).map(|part| {
            view! { <DecisionForm profile_id=profile.id.clone() part=part.clone() decide /> }
        }).collect_view()}
        <h2>"Documents"</h2>
        <ul class="documents">
            {profile.documents.iter().rev().cloned().map(|document| view! { <li><DocumentLink document /></li> }).collect_view()}
        </ul>
        <h2>"History"</h2>
        <HistoryList history=profile.history.clone() />
    }
}

#[component]
fn DecisionForm(
    profile_id: String,
    part: PartView,
    decide: ServerAction<DecideProfilePart>,
) -> impl IntoView {
    let reason_id = format!("reason-{}", part.part.as_str());
    // A rejection posted without JavaScript comes back with its part and typed reason.
    let typed_part = query_param("part").get_untracked();
    let typed_reason = (typed_part.as_deref() == Some(part.part.as_str()))
        .then(|| query_param("reason").get_untracked())
        .flatten()
        .unwrap_or_default();

    view! {
        <ActionForm action=decide attr:class="decision" attr:novalidate=true>
            <h3>{part.part.label()} " " <StatusBadge status=part.status /></h3>
            <p class="evidence summary">{part.summary.clone()}</p>
            <input type="hidden" name="profile_id" value=profile_id />
            <input type="hidden" name="part" value=part.part.as_str() />
            <input type="hidden" name="summary" value=part.summary.clone() />
            <label for=reason_id.clone()>"Reason, for a rejection: what is wrong and what would be accepted"</label>
            <textarea id=reason_id name="reason" rows="2">{typed_reason}</textarea>
            <div class="decision__buttons">
                <button type="submit" name="decision" value="verify" class="button">"Mark verified"</button>
                <button type="submit" name="decision" value="reject" class="button button--danger">"Reject"</button>
            </div>
        </ActionForm>
    }
}
