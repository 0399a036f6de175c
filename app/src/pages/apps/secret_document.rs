//! The page a browser without JavaScript receives in response to its request for a new
//! client secret. It is a whole HTML document rendered once on the server, outside
//! the routed app, because only that response may carry the secret.

use leptos::prelude::*;

use super::grace_days_field::GraceDaysField;
use crate::domain::environment::Environment;
use crate::error::AppError;
use crate::models::apps::IssuedSecret;

/// Renders the page that shows a secret just issued.
pub fn issued_secret_document(issued: &IssuedSecret) -> String {
    let back = format!("/apps/{}#credentials", issued.app_id);
    let environment = issued.environment.as_str();
    let title = format!("{} client secret", issued.environment.label());
    let body = view! {
        <h1>{title.clone()}</h1>
        <div class="notice notice--warning" role="status">
            <strong>"Copy the client secret now."</strong>
            " The portal keeps only a hash of it and cannot show it again. If you lose it, \
             rotate the secret on the app's page."
        </div>
        <dl class="details">
            <dt>"Environment"</dt>
            <dd>{issued.environment.label()}</dd>
            <dt>"Client ID"</dt>
            <dd><code id=format!("{environment}-client-id")>{issued.client_id.clone()}</code></dd>
            <dt>"Client secret"</dt>
            <dd><code id=format!("{environment}-client-secret")>{issued.client_secret.clone()}</code></dd>
        </dl>
        <p><a href=back>"Back to the app"</a></p>
    };

    document(&title, body)
}

/// Renders the rotation form again after an error, with the value the developer typed.
pub fn rotation_error_document(
    app_id: &str,
    environment: Environment,
    grace_days: &str,
    error: &AppError,
) -> String {
    let back = format!("/apps/{app_id}#credentials");
    let action = format!("/apps/{app_id}/{}-secret", environment.as_str());
    let body = view! {
        <h1>{error.title()}</h1>
        <div class="notice notice--error" role="alert">"No client secret was issued: " {error.to_string()}</div>
        <form method="post" action=action class="form" novalidate=true>
            <GraceDaysField value=grace_days.to_owned() />
            <button type="submit" class="button">{format!("Rotate the {} secret", environment.as_str())}</button>
        </form>
        <p><a href=back>"Back to the app"</a></p>
    };

    document(error.title(), body)
}

/// Renders the page for a request that issued no secret.
pub fn secret_error_document(app_id: &str, error: &AppError) -> String {
    let back = format!("/apps/{app_id}#credentials");
    let body = view! {
        <h1>{error.title()}</h1>
        <p>"No client secret was issued: " {error.to_string()}</p>
        <p><a href=back>"Back to the app"</a></p>
    };

    document(error.title(), body)
}

/// Renders a whole HTML document around `body`, outside the routed app.
pub(crate) fn document(title: &str, body: impl IntoView + 'static) -> String {
    let html = view! {
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{format!("{title} · Veracity Developer Portal")}</title>
                <link rel="stylesheet" href="/pkg/veracity.css" />
            </head>
            <body>
                <header class="site-header">
                    <a class="site-header__brand" href="/">
                        <span class="site-header__product">"Veracity"</span>
                        " Developer Portal"
                    </a>
                </header>
                <main id="main" class="site-main">
                    <section class="form-page">{body}</section>
                </main>
            </body>
        </html>
    }
    .to_html();

    format!("<!DOCTYPE html>{html}")
}
