use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::form::Notice;
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::models::apps::{AppView, ClientView, IssuedSecret};
use crate::pages::accounts::query_param;
use crate::serverfns::apps::{IssueSandboxSecret, RevokeSandboxSecret};

/// Renders the app's clients, sandbox first and production once approved: each client ID
/// and how it authenticates, with the client secret controls for a `client_secret_basic`
/// app.
#[component]
pub fn CredentialsSection(app: AppView, issue: ServerAction<IssueSandboxSecret>) -> impl IntoView {
    let method = TokenEndpointAuthMethod::parse(&app.registration.token_endpoint_auth_method);
    let revoked = query_param("secret");

    view! {
        <section id="credentials" aria-labelledby="credentials-heading">
            <h2 id="credentials-heading">"Credentials"</h2>
            <p>"Test the app against the sandbox, with synthetic data, before review. Production credentials are issued on approval."</p>
            <Show when=move || revoked.get().as_deref() == Some("revoked")>
                <Notice>"The sandbox client secret is revoked; the client ID stays the app's."</Notice>
            </Show>
            {app.clients.into_iter().map(|client| {
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
                        Some(TokenEndpointAuthMethod::ClientSecretBasic) if client.environment == Environment::Sandbox => view! {
                            <SecretControls app_id client issue shown />
                        }.into_any(),
                        Some(TokenEndpointAuthMethod::ClientSecretBasic) => view! {
                            <ProductionSecret client shown />
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
        </section>
    }
}

/// Renders the secret's state, the secret just issued (`shown`, issued with the app, or the
/// one the issue form returned), and the forms that issue (or rotate) and revoke it.
/// Without JavaScript the issue form posts to a page that shows the secret in its response;
/// with JavaScript the secret appears here.
#[component]
fn SecretControls(
    app_id: String,
    client: ClientView,
    issue: ServerAction<IssueSandboxSecret>,
    shown: Option<IssuedSecret>,
) -> impl IntoView {
    let revoke = ServerAction::<RevokeSandboxSecret>::new();
    let has_secret = client.secret_issued_at.is_some();
    let issue_label = match has_secret {
        true => "Rotate the sandbox secret",
        false => "Generate the sandbox secret",
    };
    let submit = {
        let app_id = app_id.clone();
        move |event: SubmitEvent| {
            event.prevent_default();
            issue.dispatch(IssueSandboxSecret {
                app_id: app_id.clone(),
            });
        }
    };
    let issued = move || match issue.value().get() {
        Some(Ok(secret)) => view! { <IssuedSecretNotice secret /> }.into_any(),
        Some(Err(error)) => {
            view! { <div class="notice notice--error" role="alert">{error.to_string()}</div> }
                .into_any()
        }
        None => match shown.clone() {
            Some(secret) => view! { <IssuedSecretNotice secret /> }.into_any(),
            None => ().into_any(),
        },
    };

    view! {
        {issued}
        <p>
            {match client.secret_issued_at {
                Some(at) => format!("A sandbox client secret issued {at} is valid. The portal keeps only its hash, so it cannot show it again."),
                None => "The app authenticates with a client secret (HTTP Basic) and has none yet.".to_owned(),
            }}
        </p>
        <form method="post" action=format!("/apps/{app_id}/sandbox-secret") class="inline-form" on:submit=submit>
            <button type="submit" class="button">{issue_label}</button>
        </form>
        {has_secret.then(|| view! {
            " "
            <ActionForm action=revoke attr:class="inline-form">
                <input type="hidden" name="app_id" value=app_id.clone() />
                <button type="submit" class="button button--danger">"Revoke the sandbox secret"</button>
            </ActionForm>
            <p class="muted">"Rotating replaces the secret at once; revoking leaves the app without one. Either way the previous secret stops working immediately."</p>
        })}
    }
}

/// Renders the production client's secret: shown once on the first visit after approval,
/// then only when it was issued.
#[component]
fn ProductionSecret(client: ClientView, shown: Option<IssuedSecret>) -> impl IntoView {
    let state = match &client.secret_issued_at {
        Some(at) => format!("A production client secret issued {at} is valid. The portal keeps only its hash, so it cannot show it again."),
        None => "The production client has no valid client secret.".to_owned(),
    };

    view! {
        {shown.map(|secret| view! { <IssuedSecretNotice secret /> })}
        <p>{state}</p>
    }
}

/// Returns the copy button's label for the client ID, or the secret when `secret`, of the
/// client in `environment`.
fn copy_label(environment: Environment, secret: bool) -> &'static str {
    match (environment, secret) {
        (Environment::Sandbox, false) => "Copy client ID",
        (Environment::Sandbox, true) => "Copy client secret",
        (Environment::Production, false) => "Copy production client ID",
        (Environment::Production, true) => "Copy production client secret",
    }
}

#[component]
fn IssuedSecretNotice(secret: IssuedSecret) -> impl IntoView {
    let id = format!("{}-client-secret", secret.environment.as_str());
    let label = copy_label(secret.environment, true);

    view! {
        <div class="notice notice--warning secret" role="status">
            <p><strong>"Copy the client secret now."</strong> " The portal keeps only a hash of it and cannot show it again."</p>
            <p>
                <code id=id>{secret.client_secret.clone()}</code>
                " "
                <CopyButton text=secret.client_secret label />
            </p>
        </div>
    }
}
