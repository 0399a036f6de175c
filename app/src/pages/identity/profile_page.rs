use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::documents_section::DocumentsSection;
use super::members_section::MembersSection;
use super::part_status::{HistoryList, PartsTable};
use super::profile_form::ProfileForm;
use crate::components::error_page::ErrorMessage;
use crate::components::form::Notice;
use crate::domain::identity::Pathway;
use crate::domain::identity_form::ProfileInput;
use crate::domain::role::Role;
use crate::models::identity::{DeveloperIdentity, ProfileView};
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::identity::{load_developer_profile, SaveDeveloperProfile};

/// Renders the developer's identity profile: the pathway, the form, each part's
/// verification, the documents, an organization's members and the history of decisions.
#[component]
pub fn DeveloperProfilePage() -> impl IntoView {
    let content = |_| view! { <ProfileContent /> };

    view! { <WorkspaceFrame role=Role::Developer title="Identity profile" content /> }
}

#[component]
fn ProfileContent() -> impl IntoView {
    let save = ServerAction::<SaveDeveloperProfile>::new();
    let search = use_location().search;
    // Reloads after every successful save (each navigates to a new query) and on a
    // repeated save that lands on the same URL.
    let saves = RwSignal::new(0_usize);
    Effect::new(move |_| {
        if matches!(save.value().get(), Some(Ok(()))) {
            saves.update(|count| *count += 1);
        }
    });
    let identity = Resource::new_blocking(
        move || (search.get(), saves.get()),
        |_| load_developer_profile(),
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match identity.await {
                    Ok(identity) => view! { <Profile identity save /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Profile(identity: DeveloperIdentity, save: ServerAction<SaveDeveloperProfile>) -> impl IntoView {
    let chosen = query_param("pathway")
        .get_untracked()
        .and_then(|value| Pathway::parse(&value));
    let saved = query_param("saved");
    let joined = query_param("joined");
    let notices = view! {
        <Show when=move || saved.get().is_some()>
            <Notice>"Profile saved. Changed parts are pending review."</Notice>
        </Show>
        <Show when=move || joined.get().is_some()>
            <Notice>"You joined the organization."</Notice>
        </Show>
    };

    let Some(profile) = identity.profile else {
        return view! {
            {notices}
            {match chosen {
                Some(pathway) => view! {
                    <p>"Pathway: " <strong>{pathway.label()}</strong> ". " <a href="/developer/profile">"Choose the other pathway"</a></p>
                    <ProfileForm action=save pathway stored=ProfileInput::default() />
                }.into_any(),
                None => view! { <PathwayChoice /> }.into_any(),
            }}
        }
        .into_any();
    };

    let pathway = chosen.unwrap_or(profile.pathway);
    let other = match profile.pathway {
        Pathway::Organization => Pathway::Individual,
        Pathway::Individual => Pathway::Organization,
    };
    view! {
        {notices}
        <p class="lead">
            {profile.pathway.label()} " · "
            {match profile.fully_verified() {
                true => "Every part is verified.",
                false => "Apps can be submitted for review once every part is filled in; reviewers verify each part.",
            }}
        </p>
        <PartsTable parts=profile.parts.clone() />
        {match profile.viewer_is_owner {
            true => view! {
                <h2>"Details"</h2>
                {(pathway != profile.pathway).then(|| view! {
                    <p class="notice notice--warning">"Switching to the " {pathway.label().to_lowercase()} " pathway: saving replaces the details below, and every part is reviewed again."</p>
                })}
                <ProfileForm action=save pathway stored=profile.input.clone() />
                <p class="muted"><a href=format!("/developer/profile?pathway={}", other.as_str())>"Switch to the " {other.label().to_lowercase()} " pathway"</a></p>
                <DocumentsSection profile=profile.clone() max_document_bytes=identity.max_document_bytes />
            }.into_any(),
            false => view! {
                <p>"The organization's owner edits this profile and uploads its documents."</p>
            }.into_any(),
        }}
        {(profile.pathway == Pathway::Organization).then(|| view! { <MembersSection profile=profile.clone() /> })}
        <History profile />
    }
    .into_any()
}

#[component]
fn History(profile: ProfileView) -> impl IntoView {
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">"History"</h2>
            <HistoryList history=profile.history />
        </section>
    }
}

#[component]
fn PathwayChoice() -> impl IntoView {
    view! {
        <p>"Before you submit an app, tell us who stands behind it. Reviewers verify each part of this profile."</p>
        <div class="cards">
            <a class="card" href="/developer/profile?pathway=organization">
                <h2>"Organization"</h2>
                <p>"A company or other legal entity: legal name, business address, a contact, the EIN or a state registration, and a supporting document. Other developers can join it."</p>
            </a>
            <a class="card" href="/developer/profile?pathway=individual">
                <h2>"Individual developer"</h2>
                <p>"A person working alone: legal name, a government-issued ID and a permanent address with a proof of address."</p>
            </a>
        </div>
    }
}
