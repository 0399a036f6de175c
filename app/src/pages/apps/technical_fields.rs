use leptos::prelude::*;

use super::app_form::{label, SaveError};
use super::field_feedback::FieldFeedback;
use crate::components::form::{typed_or, Field, SelectField};
use crate::components::text_area_field::TextAreaField;
use crate::domain::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};
use crate::domain::registration::{
    check_jwks_field, check_jwks_url_field, check_launch_uris_field, check_redirect_uris_field,
    check_scopes_field, fields, RegistrationInput,
};

/// Renders the fields the OAuth server reads: the client type and authentication method,
/// redirect and launch URIs, scopes and public keys. The list fields are checked while the
/// developer types, with the same rules the server applies on save. A B2B (system) app
/// gets only what backend services use: a confidential client with private_key_jwt, no
/// redirect or launch URIs, and system scopes.
#[component]
pub fn TechnicalFields(stored: RegistrationInput, error: SaveError) -> impl IntoView {
    let kind = stored.kind;
    let tracked = |name: &'static str, value: &str| RwSignal::new(typed_or(name, value.to_owned()));
    let client_type = tracked(fields::CLIENT_TYPE, &stored.client_type);
    let redirect_uris = tracked(fields::REDIRECT_URIS, &stored.redirect_uris);
    let launch_uris = tracked(fields::LAUNCH_URIS, &stored.launch_uris);
    let scopes = tracked(fields::SCOPES, &stored.scopes);
    let jwks_url = tracked(fields::JWKS_URL, &stored.jwks_url);
    let jwks = tracked(fields::JWKS, &stored.jwks);

    let redirect_report = Memo::new(move |_| {
        let client_type = ClientType::parse(&client_type.get()).unwrap_or(ClientType::Public);
        check_redirect_uris_field(&redirect_uris.get(), kind, client_type)
    });
    let launch_report = Memo::new(move |_| check_launch_uris_field(&launch_uris.get(), kind));
    let scopes_report = Memo::new(move |_| check_scopes_field(&scopes.get(), kind));
    let jwks_url_report = Memo::new(move |_| check_jwks_url_field(&jwks_url.get()));
    let jwks_report = Memo::new(move |_| check_jwks_field(&jwks.get()));

    let client_types: Vec<(String, String)> = ClientType::ALL
        .into_iter()
        .filter(|client_type| kind != AppKind::System || *client_type == ClientType::Confidential)
        .map(|client_type| {
            (
                client_type.as_str().to_owned(),
                client_type.label().to_owned(),
            )
        })
        .collect();
    let methods: Vec<(String, String)> = TokenEndpointAuthMethod::ALL
        .into_iter()
        .filter(|method| {
            kind != AppKind::System || *method == TokenEndpointAuthMethod::PrivateKeyJwt
        })
        .map(|method| (method.as_str().to_owned(), method.label().to_owned()))
        .collect();
    let follow = |signal: RwSignal<String>| move |event| signal.set(event_target_value(&event));

    view! {
        <fieldset>
            <legend>"OAuth client"</legend>
            <div on:change=follow(client_type)>
                <SelectField name=fields::CLIENT_TYPE label=label(fields::CLIENT_TYPE) options=client_types
                    value=stored.client_type.clone() error />
            </div>
            <SelectField name=fields::TOKEN_ENDPOINT_AUTH_METHOD label=label(fields::TOKEN_ENDPOINT_AUTH_METHOD)
                options=methods value=stored.token_endpoint_auth_method.clone() error />
            <p class="fieldset__hint">
                "A public client (a browser or native app) keeps no secret and uses none, with PKCE. \
                 A confidential client authenticates with a client secret (client_secret_basic) \
                 or with a JWT signed by its private key (private_key_jwt)."
            </p>
        </fieldset>
        {kind.uses_redirect_uris().then(|| view! {
            <fieldset>
                <legend>"Redirect and launch URIs"</legend>
                <div on:input=follow(redirect_uris)>
                    <TextAreaField name=fields::REDIRECT_URIS label=label(fields::REDIRECT_URIS) code=true rows=3
                        value=stored.redirect_uris.clone() error
                        hint="One per line, exactly as the app sends it. https, or for a native public app \
                              http://127.0.0.1 or http://[::1] on any port, or a private-use scheme such as \
                              com.example.app:/callback. No fragments and no wildcards." />
                </div>
                <FieldFeedback name=fields::REDIRECT_URIS report=redirect_report error />
                <div on:input=follow(launch_uris)>
                    <TextAreaField name=fields::LAUNCH_URIS label=label(fields::LAUNCH_URIS) code=true rows=2
                        value=stored.launch_uris.clone() error
                        hint="For an app the EHR launches (the launch scope): the https URI the EHR \
                              opens, one per line." />
                </div>
                <FieldFeedback name=fields::LAUNCH_URIS report=launch_report error />
            </fieldset>
        })}
        <fieldset>
            <legend>"Access to FHIR data"</legend>
            <div on:input=follow(scopes)>
                <TextAreaField name=fields::SCOPES label=label(fields::SCOPES) code=true rows=4
                    value=stored.scopes.clone() error hint=scopes_hint(kind) />
            </div>
            <FieldFeedback name=fields::SCOPES report=scopes_report error />
        </fieldset>
        <fieldset>
            <legend>"Public keys (private_key_jwt)"</legend>
            <p class="fieldset__hint">
                "A private_key_jwt client registers its public keys, RS384 or ES384, each with its \
                 own kid: a JWKS URL (preferred) or a JWKS document, not both. Other clients leave \
                 both empty."
            </p>
            <div on:input=follow(jwks_url)>
                <Field name=fields::JWKS_URL label=label(fields::JWKS_URL) input_type="url"
                    value=stored.jwks_url.clone() required=false error
                    hint="The https URL that serves the app's JWKS." />
            </div>
            <FieldFeedback name=fields::JWKS_URL report=jwks_url_report error />
            <div on:input=follow(jwks)>
                <TextAreaField name=fields::JWKS label=label(fields::JWKS) code=true rows=6
                    value=stored.jwks.clone() error
                    hint="The public keys as JSON: {\"keys\": [ … ]}. Never paste a private key." />
            </div>
            <FieldFeedback name=fields::JWKS report=jwks_report error />
        </fieldset>
    }
}

fn scopes_hint(kind: AppKind) -> &'static str {
    match kind {
        AppKind::Patient => {
            "Separated by spaces or line breaks, in SMART v2 form such as patient/Observation.rs; \
             v1 forms such as patient/Observation.read are accepted. A patient-facing app \
             requests patient/ scopes, never user/ or system/."
        }
        AppKind::Clinician => {
            "Separated by spaces or line breaks, in SMART v2 form such as user/Observation.rs; \
             v1 forms such as user/Observation.read are accepted. A clinician-facing app \
             requests user/ or patient/ scopes, never system/."
        }
        AppKind::System => {
            "Separated by spaces or line breaks: system/ scopes only, such as system/*.rs. No \
             identity, launch or offline_access scopes."
        }
    }
}
