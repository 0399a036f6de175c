//! The client secret controls of a `client_secret_basic` app's client: its state, the
//! secret just issued, and the forms that generate, rotate and revoke it.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::grace_days_field::GraceDaysField;
use crate::components::copy_button::CopyButton;
use crate::domain::environment::Environment;
use crate::models::apps::{ClientView, IssuedSecret};
use crate::serverfns::apps::{IssueSandboxSecret, RevokeSecret, RotateSecret};

/// The grace period the rotation form starts with, in days.
const DEFAULT_GRACE_DAYS: &str = "1";

/// Renders the secret's state, the secret just issued (`shown`, issued with the app or on
/// approval, or the one a form returned), and the forms. Without JavaScript the generate and
/// rotate forms post to a page that shows the secret in its response; with JavaScript the
/// secret appears here.
#[component]
pub fn SecretControls(
    app_id: String,
    client: ClientView,
    issue: ServerAction<IssueSandboxSecret>,
    rotate: ServerAction<RotateSecret>,
    shown: Option<IssuedSecret>,
) -> impl IntoView {
    let environment = client.environment;
    let revoke = ServerAction::<RevokeSecret>::new();
    let has_secret = client.secret_issued_at.is_some();
    let action = format!("/apps/{app_id}/{}-secret", environment.as_str());

    let issued = move || {
        let rotated = rotate.value().get().filter(|result| {
            result
                .as_ref()
                .map_or(true, |secret| secret.environment == environment)
        });
        let generated = issue
            .value()
            .get()
            .filter(|_| environment == Environment::Sandbox);
        match rotated.or(generated) {
            Some(Ok(secret)) => view! { <IssuedSecretNotice secret /> }.into_any(),
            Some(Err(error)) => {
                view! { <div class="notice notice--error" role="alert">{error.to_string()}</div> }
                    .into_any()
            }
            None => match shown.clone() {
                Some(secret) => view! { <IssuedSecretNotice secret /> }.into_any(),
                None => ().into_any(),
            },
        }
    };

    view! {
        {issued}
        <p>{secret_state(&client)}</p>
        {client.previous_secret_valid_until.clone().map(|until| view! {
            <p class="grace-period">{format!("The previous secret works until {until}.")}</p>
        })}
        {match has_secret || environment == Environment::Production {
            true => view! { <RotateForm app_id=app_id.clone() environment rotate action /> }.into_any(),
            false => view! { <GenerateForm app_id=app_id.clone() issue action /> }.into_any(),
        }}
        {has_secret.then(|| view! {
            <ActionForm action=revoke attr:class="inline-form">
                <input type="hidden" name="app_id" value=app_id.clone() />
                <input type="hidden" name="environment" value=environment.as_str() />
                <button type="submit" class="button button--danger">{format!("Revoke the {} secret", environment.as_str())}</button>
            </ActionForm>
            <p class="muted">"Revoking stops every secret of this client at once, including a previous secret in its grace period."</p>
        })}
    }
}

/// Describes the client's valid secret, or its absence.
fn secret_state(client: &ClientView) -> String {
    let environment = client.environment.as_str();
    match &client.secret_issued_at {
        Some(at) => format!("A {environment} client secret issued {at} is valid. The portal keeps only its hash, so it cannot show it again."),
        None if client.environment == Environment::Sandbox => {
            "The app authenticates with a client secret (HTTP Basic) and has none yet.".to_owned()
        }
        None => "The production client has no valid client secret.".to_owned(),
    }
}

#[component]
fn GenerateForm(
    app_id: String,
    issue: ServerAction<IssueSandboxSecret>,
    action: String,
) -> impl IntoView {
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        issue.dispatch(IssueSandboxSecret {
            app_id: app_id.clone(),
        });
    };

    view! {
        <form method="post" action=action class="inline-form" on:submit=submit>
            <button type="submit" class="button">"Generate the sandbox secret"</button>
        </form>
    }
}

/// Renders the rotation form: the grace period and the button.
#[component]
fn RotateForm(
    app_id: String,
    environment: Environment,
    rotate: ServerAction<RotateSecret>,
    action: String,
) -> impl IntoView {
    let grace_days = RwSignal::new(DEFAULT_GRACE_DAYS.to_owned());
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        rotate.dispatch(RotateSecret {
            app_id: app_id.clone(),
            environment: environment.as_str().to_owned(),
            grace_days: grace_days.get_untracked(),
        });
    };
    let id_prefix = match environment {
        Environment::Sandbox => "sandbox-",
        Environment::Production => "production-",
    };

    view! {
        <form method="post" action=action class="form rotate-form" novalidate=true on:submit=submit>
            <GraceDaysField value=DEFAULT_GRACE_DAYS.to_owned() typed=grace_days id_prefix />
            <button type="submit" class="button">{format!("Rotate the {} secret", environment.as_str())}</button>
        </form>
    }
}

/// Returns the copy button's label for the client ID, or the secret when `secret`, of the
/// client in `environment`.
pub fn copy_label(environment: Environment, secret: bool) -> &'static str {
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
