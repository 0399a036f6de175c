//! The response page of the form that creates a registry token. It is a whole HTML document
//! rendered once on the server, outside the routed app, because only that response may
//! carry the token.

use leptos::prelude::*;

use super::registry_tokens_page::CreateTokenForm;
use crate::error::AppError;
use crate::models::registry::CreatedRegistryToken;
use crate::pages::apps::document;

/// Renders the page that shows a token just created.
pub fn created_token_document(created: &CreatedRegistryToken) -> String {
    let body = view! {
        <h1>"Registry token created"</h1>
        <div class="notice notice--warning" role="status">
            <strong>"Copy the token now."</strong>
            " The portal keeps only a hash of it and cannot show it again. Configure the OAuth \
             server to send it as Authorization: Bearer TOKEN."
        </div>
        <dl class="details">
            <dt>"Label"</dt>
            <dd>{created.label.clone()}</dd>
            <dt>"Token"</dt>
            <dd><code id="registry-token">{created.token.clone()}</code></dd>
        </dl>
        <p><a href="/admin/registry-tokens">"Back to registry tokens"</a></p>
    };

    document("Registry token created", body)
}

/// Renders the page for a request that created no token, with the form and the typed label.
pub fn token_error_document(error: &AppError, label: &str) -> String {
    let message = error
        .field_message("label")
        .unwrap_or_else(|| error.to_string());
    let body = view! {
        <h1>"No registry token was created"</h1>
        <p class="form-error" role="alert">{message}</p>
        <CreateTokenForm label=label.to_owned() />
        <p><a href="/admin/registry-tokens">"Back to registry tokens"</a></p>
    };

    document(error.title(), body)
}
