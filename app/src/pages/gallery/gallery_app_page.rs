use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::error_page::ErrorMessage;
use crate::models::gallery::GalleryApp;
use crate::serverfns::gallery::load_gallery_app;

/// Renders an approved app's public page: what it does, who made it, the data it requests
/// and what it does with that data.
#[component]
pub fn GalleryAppPage() -> impl IntoView {
    let params = use_params_map();
    let app = Resource::new_blocking(
        move || params.read().get("id").unwrap_or_default(),
        load_gallery_app,
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match app.await {
                    Ok(app) => view! { <GalleryAppDetails app /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn GalleryAppDetails(app: GalleryApp) -> impl IntoView {
    let entry = app.entry;
    let not_given = || "Not given".to_owned();

    view! {
        <Title text=entry.name.clone() />
        <article class="gallery-app">
            <p><a href="/gallery">"Back to the gallery"</a></p>
            {entry.logo_url.map(|url| view! { <img class="gallery__logo" src=url alt=format!("{} logo", entry.name) width="96" height="96" /> })}
            <h1>{entry.name.clone()}</h1>
            <p class="gallery__meta">{entry.kind.label()} " app by " {entry.developer}</p>
            {entry.short_description.map(|text| view! { <p>{text}</p> })}
            <ul>
                {app.homepage_url.map(|url| view! { <li><a href=url.clone() rel="noopener noreferrer">"Website"</a></li> })}
                {app.support_email.map(|email| view! { <li>"Support: " {email}</li> })}
                {app.privacy_policy_url.map(|url| view! { <li><a href=url rel="noopener noreferrer">"Privacy policy"</a></li> })}
                {app.terms_of_service_url.map(|url| view! { <li><a href=url rel="noopener noreferrer">"Terms of service"</a></li> })}
            </ul>
            <h2>"Data the app asks for"</h2>
            {if app.scopes.is_empty() {
                view! { <p>"The app asks for no scopes."</p> }.into_any()
            } else {
                view! {
                    <ul class="gallery-app__scopes">
                        {app.scopes
                            .into_iter()
                            .map(|line| view! { <li>{line.description} " (" <code>{line.scope}</code> ")"</li> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <h2>"Data practices"</h2>
            <dl>
                <dt>"How long the app keeps your data"</dt>
                <dd>{app.data_retention.unwrap_or_else(not_given)}</dd>
                <dt>"Who the app shares your data with"</dt>
                <dd>{app.data_sharing.unwrap_or_else(not_given)}</dd>
                <dt>"How to revoke the app's access"</dt>
                <dd>{app.access_revocation.unwrap_or_else(not_given)}</dd>
            </dl>
        </article>
    }
}
