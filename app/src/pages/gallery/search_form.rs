use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Returns the gallery search of the current URL: the `q` text and the `kind`.
pub(crate) fn gallery_query() -> impl Fn() -> (String, String) + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || {
        let query = query.read();
        (
            query.get("q").unwrap_or_default(),
            query.get("kind").unwrap_or_default(),
        )
    }
}

/// Renders the gallery's search as a GET form, so it works without JavaScript and every
/// search has its own URL.
#[component]
pub(crate) fn SearchForm(action: &'static str, text: String, kind: String) -> impl IntoView {
    let kinds = [
        ("", "Patient-facing and clinician-facing"),
        ("patient", "Patient-facing"),
        ("clinician", "Clinician-facing"),
    ];

    view! {
        <form method="get" action=action class="filters" role="search">
            <label for="gallery-q">"App or developer name"</label>
            <input id="gallery-q" name="q" type="search" value=text />
            <label for="gallery-kind">"Kind of app"</label>
            <select id="gallery-kind" name="kind">
                {kinds
                    .into_iter()
                    .map(|(value, label)| {
                        view! { <option value=value selected=kind == value>{label}</option> }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button">"Search"</button>
        </form>
    }
}
