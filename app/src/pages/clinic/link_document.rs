//! The response page of the form that creates a registration link without JavaScript. It is
//! a whole HTML document rendered once on the server, outside the routed app, because only
//! that response may carry the link.

use leptos::prelude::*;

use super::CREATE_LINK_PATH;
use crate::error::AppError;
use crate::models::b2b::CreatedLink;
use crate::pages::apps::document;

/// Renders the page that shows a link just created.
pub fn created_link_document(link: &CreatedLink) -> String {
    let body = view! {
        <h1>"Registration link created"</h1>
        <div class="notice notice--warning" role="status">
            <p>"Copy the link now: it is shown only this once. It works until " {link.expires_at.clone()} "."</p>
        </div>
        <dl class="details">
            <dt>"Label"</dt>
            <dd>{link.label.clone()}</dd>
            <dt>"Link"</dt>
            <dd><code id="new-link">{link.url.clone()}</code></dd>
        </dl>
        <p><a href="/clinic">"Back to your clinic"</a></p>
    };

    document("Registration link created", body)
}

/// Renders the page for a request that created no link, with the form and what was typed.
pub fn link_error_document(error: &AppError, label: &str, days: &str) -> String {
    let field_error = |field: &str| error.field_message(field);
    let summary = match (field_error("label"), field_error("days")) {
        (None, None) => Some(error.to_string()),
        _ => None,
    };
    let body = view! {
        <h1>"No registration link was created"</h1>
        {summary.map(|message| view! { <p class="form-error" role="alert">{message}</p> })}
        <form method="post" action=CREATE_LINK_PATH class="form" novalidate=true>
            <div class="field">
                <label for="field-label">"Label"</label>
                <input id="field-label" name="label" type="text" value=label.to_owned()
                    aria-invalid=field_error("label").map(|_| "true") />
                {field_error("label").map(|message| view! { <p class="field__error">{message}</p> })}
            </div>
            <div class="field">
                <label for="field-days">"Valid for (days)"</label>
                <input id="field-days" name="days" type="text" inputmode="numeric" value=days.to_owned()
                    aria-invalid=field_error("days").map(|_| "true") />
                {field_error("days").map(|message| view! { <p class="field__error">{message}</p> })}
            </div>
            <button type="submit" class="button">"Create a link"</button>
        </form>
        <p><a href="/clinic">"Back to your clinic"</a></p>
    };

    document(error.title(), body)
}
