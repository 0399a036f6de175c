//! The read-only sections of a submission's review page.

use leptos::prelude::*;

use crate::domain::precheck::PreCheck;
use crate::domain::review::registration_diff::{registration_fields, FieldChange};
use crate::models::review::SubmissionView;
use crate::pages::accounts::query_param;
use crate::pages::identity::part_status::{DocumentLink, PartsTable};
use crate::serverfns::review::rerun_prechecks;

/// Renders the registration and the identity profile as submitted.
#[component]
pub fn SnapshotSection(submission: SubmissionView) -> impl IntoView {
    let registration = submission.registration.as_ref().map(|registration| {
        let rows = registration_fields(registration);
        view! {
            <table class="table snapshot">
                <caption>"Registration as submitted"</caption>
                <tbody>
                    {rows.into_iter().map(|(label, value)| view! {
                        <tr><th scope="row">{label}</th><td class="pre-line">{value}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    });
    let identity = submission.identity.clone().map(|profile| {
        view! {
            <h3>{profile.input.legal_name.clone()} " — " {profile.pathway.label()}</h3>
            <PartsTable parts=profile.parts.clone() />
            <h3>"Identity documents"</h3>
            <ul class="documents">
                {profile.documents.iter().rev().cloned().map(|document| view! { <li><DocumentLink document /></li> }).collect_view()}
            </ul>
        }
        .into_any()
    });

    view! {
        <section aria-labelledby="snapshot-title">
            <h2 id="snapshot-title">"Snapshot"</h2>
            {registration.unwrap_or_else(|| view! {
                <p class="notice notice--error">"This submission's snapshot holds no readable registration."</p>
            }.into_any())}
            <h2>"Developer identity"</h2>
            {identity.unwrap_or_else(|| view! {
                <p class="empty-state">"The snapshot holds no identity profile."</p>
            }.into_any())}
        </section>
    }
}

/// Renders the fields changed since the app's previous submission.
#[component]
pub fn ChangesSection(changes: Option<Vec<FieldChange>>) -> impl IntoView {
    let body = match changes {
        None => view! { <p>"First submission: there is no previous submission to compare."</p> }.into_any(),
        Some(changes) if changes.is_empty() => {
            view! { <p>"No field changed since the previous submission."</p> }.into_any()
        }
        Some(changes) => view! {
            <table class="table changes">
                <thead>
                    <tr><th scope="col">"Field"</th><th scope="col">"Previous"</th><th scope="col">"Now"</th></tr>
                </thead>
                <tbody>
                    {changes.into_iter().map(|change| view! {
                        <tr>
                            <th scope="row">{change.label}</th>
                            <td class="pre-line"><del>{change.before}</del></td>
                            <td class="pre-line"><ins>{change.after}</ins></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    };

    view! {
        <section aria-labelledby="changes-title">
            <h2 id="changes-title">"Changes since the previous submission"</h2>
            {body}
        </section>
    }
}

/// Renders the pre-checks stored at receipt and a button that runs them again. The button
/// is a GET form adding `rerun=1` to the page's address, so it works without JavaScript,
/// and the fresh result shows below without changing the stored pre-checks.
#[component]
pub fn PrechecksSection(submission_id: String, stored: Vec<PreCheck>) -> impl IntoView {
    let rerun = query_param("rerun");
    let fresh = Resource::new_blocking(
        move || rerun.get().map(|_| submission_id.clone()),
        |id| async move {
            match id {
                Some(id) => Some(rerun_prechecks(id).await),
                None => None,
            }
        },
    );

    view! {
        <section aria-labelledby="prechecks-title">
            <h2 id="prechecks-title">"Automatic pre-checks"</h2>
            <h3>"At receipt"</h3>
            <PrecheckList checks=stored />
            <form method="get">
                <input type="hidden" name="rerun" value="1" />
                <button type="submit" class="button button--secondary">"Run the pre-checks again"</button>
            </form>
            <Suspense fallback=|| view! { <p>"Running the pre-checks…"</p> }>
                {move || Suspend::new(async move {
                    match fresh.await {
                        Some(Ok(checks)) => view! {
                            <h3>"Result of the run just now"</h3>
                            <PrecheckList checks />
                        }
                        .into_any(),
                        Some(Err(error)) => view! {
                            <p class="notice notice--error" role="alert">{error.to_string()}</p>
                        }
                        .into_any(),
                        None => ().into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PrecheckList(checks: Vec<PreCheck>) -> impl IntoView {
    if checks.is_empty() {
        return view! { <p class="empty-state">"No pre-check was recorded."</p> }.into_any();
    }

    view! {
        <ul class="prechecks">
            {checks.into_iter().map(|check| view! {
                <li>
                    <strong>{check.name.label()} ": " {check.outcome.label()}</strong>
                    <p class="evidence">{check.evidence}</p>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
