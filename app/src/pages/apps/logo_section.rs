use leptos::prelude::*;

use super::display_name;
use crate::models::apps::AppView;
use crate::pages::accounts::query_param;

/// Renders the app's logo and a plain multipart form to replace it, which works the same
/// with or without JavaScript.
#[component]
pub fn LogoSection(app: AppView) -> impl IntoView {
    let uploaded = query_param("logo");
    let rejected = query_param("logo_error");
    let action = format!("/apps/{}/logo", app.id);
    let limit = format!("PNG or SVG, at most {} KB", app.max_logo_bytes / 1024);
    let alt = format!("Logo of {}", display_name(&app.registration.name));

    view! {
        <section id="logo" aria-labelledby="logo-heading">
            <h2 id="logo-heading">"Logo"</h2>
            {move || rejected.get().map(|message| view! {
                <div class="notice notice--error" role="alert">"The logo was rejected: " {message}</div>
            })}
            <Show when=move || uploaded.get().is_some()>
                <div class="notice notice--success" role="status">"Logo uploaded."</div>
            </Show>
            {match app.logo {
                Some(logo) => view! { <img class="app-logo" src=logo.url alt=alt width="96" height="96" /> }.into_any(),
                None => view! { <p class="empty-state">"No logo yet."</p> }.into_any(),
            }}
            <form method="post" action=action enctype="multipart/form-data" class="upload-form">
                <label for="logo-file">"Upload a logo (" {limit} ")"</label>
                <input type="file" id="logo-file" name="file" accept="image/png,image/svg+xml,.png,.svg" required />
                <button type="submit" class="button button--secondary">"Upload logo"</button>
            </form>
        </section>
    }
}
