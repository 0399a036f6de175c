use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::error_page::ErrorMessage;
use crate::domain::calendar::Urgency;
use crate::domain::role::Role;
use crate::models::review::{QueueRow, QueueState};
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::review::list_submissions;

/// Renders the review queue: every open submission, the earliest due date first, with
/// filters that are plain GET query parameters, so they work without JavaScript.
#[component]
pub fn SubmissionsPage() -> impl IntoView {
    let content = |_| view! { <Queue /> };

    view! { <WorkspaceFrame role=Role::Reviewer title="Submissions" content /> }
}

#[component]
fn Queue() -> impl IntoView {
    let query = use_query_map();
    let filters = move || {
        let query = query.read();
        (
            query.get("kind").unwrap_or_default(),
            query.get("state").unwrap_or_default(),
        )
    };
    let rows = Resource::new_blocking(filters, |(kind, state)| list_submissions(kind, state));
    let (kind, state) = filters();

    view! {
        <form method="get" action="/review/submissions" class="filters">
            <label for="filter-kind">"Kind of app"</label>
            <select id="filter-kind" name="kind">
                {[("", "Every kind"), ("patient", "Patient-facing"), ("clinician", "Clinician-facing")]
                    .into_iter()
                    .map(|(value, label)| view! { <option value=value selected=kind == value>{label}</option> })
                    .collect_view()}
            </select>
            <label for="filter-state">"State"</label>
            <select id="filter-state" name="state">
                {QueueState::ALL
                    .into_iter()
                    .map(|option| {
                        let selected = state == option.as_str()
                            || (state.is_empty() && option == QueueState::AllOpen);
                        view! { <option value=option.as_str() selected=selected>{option.label()}</option> }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button">"Filter"</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => {
                        view! { <p class="empty-state">"No open submission matches these filters."</p> }.into_any()
                    }
                    Ok(rows) => view! { <QueueTable rows /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn QueueTable(rows: Vec<QueueRow>) -> impl IntoView {
    view! {
        <table class="table queue">
            <thead>
                <tr>
                    <th scope="col">"App"</th>
                    <th scope="col">"Kind"</th>
                    <th scope="col">"Developer"</th>
                    <th scope="col">"Received"</th>
                    <th scope="col">"Due"</th>
                    <th scope="col">"Business days left"</th>
                    <th scope="col">"Claimed by"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr class=urgency_class(row.urgency)>
                        <th scope="row">
                            <a href=format!("/review/submissions/{}", row.id)>{row.app_name}</a>
                        </th>
                        <td>{row.submission_kind} ", " {row.app_kind.label()}</td>
                        <td>{row.developer}</td>
                        <td>{row.received_on}</td>
                        <td>{row.due_on}</td>
                        <td>
                            {row.business_days_left}
                            <UrgencyFlag urgency=row.urgency />
                        </td>
                        <td>
                            {match (row.claimed_by, row.claimed_by_me) {
                                (Some(_), true) => "You".to_owned(),
                                (Some(name), false) => name,
                                (None, _) => "Unclaimed".to_owned(),
                            }}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Renders the at-risk or overdue flag of a review; nothing when it is on track.
#[component]
pub fn UrgencyFlag(urgency: Urgency) -> impl IntoView {
    (urgency != Urgency::OnTrack).then(|| {
        view! { " " <span class=format!("badge {}", urgency_class(urgency))>{urgency.label()}</span> }
    })
}

fn urgency_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::OnTrack => "urgency--on-track",
        Urgency::AtRisk => "urgency--at-risk",
        Urgency::Overdue => "urgency--overdue",
    }
}
