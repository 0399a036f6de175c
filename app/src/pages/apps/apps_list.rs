use leptos::prelude::*;

use crate::models::apps::AppSummary;
use crate::serverfns::apps::list_apps;

/// Renders the developer's apps with their kind, status and credential environments, and
/// the links that register a new one.
#[component]
pub fn AppsList() -> impl IntoView {
    let apps = Resource::new_blocking(|| (), |_| list_apps());

    view! {
        <p class="actions">
            <a class="button" href="/apps/new?kind=patient">"Register a patient-facing app"</a>
            " "
            <a class="button button--secondary" href="/apps/new?kind=clinician">"Register a clinician-facing app"</a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match apps.await {
                    Ok(apps) if apps.is_empty() => view! {
                        <p class="empty-state">"You have not registered an app yet."</p>
                    }.into_any(),
                    Ok(apps) => view! { <AppsTable apps /> }.into_any(),
                    Err(error) => view! { <p class="notice notice--error">{error.to_string()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AppsTable(apps: Vec<AppSummary>) -> impl IntoView {
    view! {
        <table class="table apps">
            <caption>"Your apps"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Kind"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Environment"</th>
                    <th scope="col">"Last changed"</th>
                </tr>
            </thead>
            <tbody>
                {apps.into_iter().map(|app| {
                    let environments = app
                        .environments
                        .iter()
                        .map(|environment| environment.label())
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <tr>
                            <th scope="row">
                                <a href=format!("/apps/{}", app.id)>{app.name.unwrap_or_else(|| "Unnamed app".to_owned())}</a>
                            </th>
                            <td>{app.kind.label()}</td>
                            <td><span class="badge badge--pending">{app.status.label()}</span></td>
                            <td>{environments}</td>
                            <td>{app.updated_at}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
