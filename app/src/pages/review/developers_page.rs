use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::domain::role::Role;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::identity::list_developer_profiles;

/// Renders every developer profile, those with parts awaiting a decision first.
#[component]
pub fn DevelopersPage() -> impl IntoView {
    let content = |_| view! { <ProfileList /> };

    view! { <WorkspaceFrame role=Role::Reviewer title="Developer identities" content /> }
}

#[component]
fn ProfileList() -> impl IntoView {
    let profiles = Resource::new_blocking(|| (), |_| list_developer_profiles());

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match profiles.await {
                    Ok(profiles) if profiles.is_empty() => {
                        view! { <p class="empty-state">"No developer has filled in a profile yet."</p> }.into_any()
                    }
                    Ok(profiles) => view! {
                        <table class="table">
                            <thead>
                                <tr>
                                    <th scope="col">"Developer"</th>
                                    <th scope="col">"Pathway"</th>
                                    <th scope="col">"Pending"</th>
                                    <th scope="col">"Verified"</th>
                                    <th scope="col">"Last change"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {profiles.into_iter().map(|profile| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/review/developers/{}", profile.id)>{profile.legal_name}</a></th>
                                        <td>{profile.pathway.label()}</td>
                                        <td>{profile.pending_parts}</td>
                                        <td>{profile.verified_parts} " of " {profile.total_parts}</td>
                                        <td>{profile.updated_at}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
