use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::error_page::ErrorMessage;
use crate::models::api_facts::ApiFacts;
use crate::serverfns::docs::load_api_facts;

/// The documentation pages, each with its path and title, in reading order.
pub const DOC_PAGES: [(&str, &str); 5] = [
    ("/docs", "Overview and quick start"),
    ("/docs/connecting", "Connecting to the FHIR API"),
    ("/docs/authorization", "Clients, grants and scopes"),
    ("/docs/registration", "Registering an app"),
    ("/docs/operations", "Errors, fair use and support"),
];

/// Renders one documentation page: its title, when it last changed, a table of contents
/// built from `sections` (anchor and heading), and the `body` rendered with the configured
/// facts about the API.
#[component]
pub fn DocFrame(
    title: &'static str,
    lead: &'static str,
    /// The day the page's text last changed, formatted for display.
    updated: &'static str,
    sections: &'static [(&'static str, &'static str)],
    body: fn(ApiFacts) -> AnyView,
) -> impl IntoView {
    let facts = Resource::new_blocking(|| (), |_| load_api_facts());

    view! {
        <Title text=title />
        <p class="muted"><a href="/docs">"Documentation"</a></p>
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        <p class="muted">"Last updated " <time>{updated}</time> "."</p>
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">"On this page"</h2>
            <ol>
                {sections
                    .iter()
                    .map(|(anchor, heading)| view! {
                        <li><a href=format!("#{anchor}")>{*heading}</a></li>
                    })
                    .collect_view()}
            </ol>
        </nav>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match facts.await {
                    Ok(facts) => body(facts),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
        <nav class="doc-pages" aria-label="Documentation pages">
            <ul>
                {DOC_PAGES
                    .into_iter()
                    .map(|(path, title)| view! { <li><a href=path>{title}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}
