use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::components::form::Notice;
use crate::domain::role::Role;
use crate::models::gallery::ClinicGalleryEntry;
use crate::pages::accounts::query_param;
use crate::pages::gallery::{gallery_query, SearchForm};
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::clinic::list_clinic_apps;

/// Renders the clinic administrator's gallery: every approved app with whether it is active
/// at the clinic, and the change the administrator can make to it.
#[component]
pub fn ClinicAppsPage() -> impl IntoView {
    let content = |_| view! { <ClinicGallery /> };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="Apps at your clinic" content /> }
}

#[component]
fn ClinicGallery() -> impl IntoView {
    let query = gallery_query();
    let entries = Resource::new_blocking(query, |(text, kind)| list_clinic_apps(text, kind));
    let changed = query_param("changed");
    let (text, kind) = query();

    view! {
        <p>
            "Patient-facing apps are active until you opt out. Clinician-facing apps stay inactive until you activate them under a BAA or service contract."
        </p>
        <Show when=move || changed.get().is_some()>
            <Notice>"The change is saved. The OAuth server sees it within seconds."</Notice>
        </Show>
        <SearchForm action="/clinic/apps" text kind />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(entries) if entries.is_empty() => {
                        view! { <p class="empty-state">"No approved app matches this search."</p> }.into_any()
                    }
                    Ok(entries) => view! { <ClinicAppsTable entries /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ClinicAppsTable(entries: Vec<ClinicGalleryEntry>) -> impl IntoView {
    view! {
        <table class="table clinic-apps">
            <thead>
                <tr>
                    <th scope="col">"App"</th>
                    <th scope="col">"Kind"</th>
                    <th scope="col">"Developer"</th>
                    <th scope="col">"At your clinic"</th>
                    <th scope="col">"Change"</th>
                </tr>
            </thead>
            <tbody>
                {entries.into_iter().map(|row| view! { <ClinicAppRow row /> }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ClinicAppRow(row: ClinicGalleryEntry) -> impl IntoView {
    let entry = row.entry;
    let state = if row.active { "Active" } else { "Inactive" };
    let detail = match (row.reason, row.contract_reference, row.contract_date) {
        (Some(reason), _, _) => Some(format!("Opted out: {reason}")),
        (None, Some(reference), Some(date)) => Some(format!("Contract {reference} of {date}")),
        _ => None,
    };

    view! {
        <tr>
            <th scope="row">
                <a href=format!("/gallery/{}", entry.id)>{entry.name.clone()}</a>
            </th>
            <td>{entry.kind.label()}</td>
            <td>{entry.developer}</td>
            <td>
                <span class=if row.active { "badge badge--active" } else { "badge badge--inactive" }>{state}</span>
                {detail.map(|text| view! { <br /> <small>{text}</small> })}
            </td>
            <td>
                {row.change.map(|change| {
                    view! {
                        <a
                            class="button"
                            href=format!("/clinic/apps/{}/change", entry.id)
                            aria-label=format!("{}: {}", change.label(), entry.name)
                        >
                            {change.label()}
                        </a>
                    }
                })}
            </td>
        </tr>
    }
}
