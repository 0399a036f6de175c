use leptos::prelude::*;
use leptos_meta::Title;

use super::{gallery_query, SearchForm};
use crate::components::error_page::ErrorMessage;
use crate::models::gallery::GalleryEntry;
use crate::serverfns::gallery::list_gallery;

/// Renders the public gallery of approved apps with its search; no sign-in needed.
#[component]
pub fn GalleryPage() -> impl IntoView {
    let query = gallery_query();
    let entries = Resource::new_blocking(query, |(text, kind)| list_gallery(text, kind));
    let (text, kind) = query();

    view! {
        <Title text="App gallery" />
        <section class="gallery">
            <h1>"App gallery"</h1>
            <p>
                "Apps that passed the verification review. Patient-facing apps are available at every clinic unless the clinic opts out; clinician-facing apps only at the clinics that activate them."
            </p>
            <SearchForm action="/gallery" text kind />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(entries) if entries.is_empty() => {
                            view! { <p class="empty-state">"No approved app matches this search."</p> }.into_any()
                        }
                        Ok(entries) => view! { <GalleryList entries /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn GalleryList(entries: Vec<GalleryEntry>) -> impl IntoView {
    view! {
        <ul class="gallery__list">
            {entries
                .into_iter()
                .map(|entry| {
                    view! {
                        <li class="gallery__item">
                            {entry.logo_url.map(|url| view! { <img class="gallery__logo" src=url alt="" width="48" height="48" /> })}
                            <h2>
                                <a href=format!("/gallery/{}", entry.id)>{entry.name}</a>
                            </h2>
                            <p class="gallery__meta">{entry.kind.label()} " · by " {entry.developer}</p>
                            {entry.short_description.map(|text| view! { <p>{text}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
