use leptos::prelude::*;

use super::assertion_tester::AssertionTester;
use super::secret_controls::{copy_label, SecretControls};
use crate::components::copy_button::CopyButton;
use crate::components::form::Notice;
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::domain::return_path::query_value;
use crate::models::apps::AppView;
use crate::pages::accounts::query_param;
use crate::serverfns::apps::{IssueSandboxSecret, RotateSecret};

/// Renders the app's clients, sandbox first and production once approved: each client ID
/// and how it authenticates, with the client secret controls for a `client_secret_basic`
/// app.
#[component]
pub fn CredentialsSection(
    app: AppView,
    issue: ServerAction<IssueSandboxSecret>,
    rotate: ServerAction<RotateSecret>,
) -> impl IntoView {
    let method = TokenEndpointAuthMethod::parse(&app.registration.token_endpoint_auth_method);
    let revoked = query_param("secret");
    let revoked_environment = query_param("environment");
    let tester_app = app.clone();
    let approved = app
        .clients
        .iter()
        .any(|client| client.environment == Environment::Production);
    let withheld = app.agreement_pending.filter(|_| approved).map(|version| {
        let next = query_value(&format!("/apps/{}", app.id));
        view! {
            <p class="notice" id="production-withheld">
                "The production credentials are ready. Accept version " {version}
                " of the developer agreement to see them. "
                <a href=format!("/agreement?next={next}")>"Read and accept the agreement"</a>
            </p>
        }
    });
    let clients: Vec<_> = app
        .clients
        .iter()
        .filter(|client| {
            app.agreement_pending.is_none() || client.environment != Environment::Production
        })
        .cloned()
        .collect();

    view! {
        <section id="credentials" aria-labelledby="credentials-heading">
            <h2 id="credentials-heading">"Credentials"</h2>
            <p>"Test the app against the sandbox, with synthetic data, before review. Production credentials are issued on approval."</p>
            <Show when=move || revoked.get().as_deref() == Some("revoked")>
                <Notice>{move || format!(
                    "The {} client secret is revoked; the client ID stays the app's.",
                    revoked_environment.get().unwrap_or_else(|| "sandbox".to_owned()),
                )}</Notice>
            </Show>
            {withheld}
            {clients.into_iter().map(|client| {
                let app_id = app.id.clone();
                let shown = app
                    .new_secrets
                    .iter()
                    .find(|secret| secret.environment == client.environment)
                    .cloned();
                view! {
                    <dl class="details credentials">
                        <dt>"Environment"</dt>
                        <dd>{client.environment.label()}</dd>
                        <dt>"Client ID"</dt>
                        <dd>
                            <code id=format!("{}-client-id", client.environment.as_str())>{client.client_id.clone()}</code>
                            " "
                            <CopyButton text=client.client_id.clone() label=copy_label(client.environment, false) />
                        </dd>
                        <dt>"Authentication"</dt>
                        <dd>{method.map(TokenEndpointAuthMethod::label)}</dd>
                    </dl>
                    {match method {
                        Some(TokenEndpointAuthMethod::ClientSecretBasic) => view! {
                            <SecretControls app_id client issue rotate shown />
                        }.into_any(),
                        Some(TokenEndpointAuthMethod::PrivateKeyJwt) => view! {
                            <p>"The app signs a JWT client assertion with its private key; the OAuth server checks it against the registered public keys. There is no client secret."</p>
                        }.into_any(),
                        _ => view! {
                            <p>"A public client has no secret: it proves each authorization with PKCE, using S256."</p>
                        }.into_any(),
                    }}
                }
            }).collect_view()}
            {(method == Some(TokenEndpointAuthMethod::PrivateKeyJwt)).then(|| view! {
                <AssertionTester app=tester_app />
            })}
        </section>
    }
}
