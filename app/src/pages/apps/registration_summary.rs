use leptos::prelude::*;

use crate::domain::app_kind::{ClientType, TokenEndpointAuthMethod};
use crate::domain::registration::{fields, lines, Attestation, RegistrationInput};
use crate::domain::scope::Scope;

/// Renders the stored registration, each scope with what it grants, and the advice the
/// checks give on it.
#[component]
pub fn RegistrationSummary(registration: RegistrationInput) -> impl IntoView {
    let warnings = registration
        .check_draft()
        .map(|checked| checked.warnings)
        .unwrap_or_default();
    let text = |value: &str| match value.trim() {
        "" => "Not given".to_owned(),
        value => value.to_owned(),
    };
    let client_type = ClientType::parse(&registration.client_type).map(ClientType::label);
    let method = TokenEndpointAuthMethod::parse(&registration.token_endpoint_auth_method)
        .map(|m| m.as_str());
    let kind = registration.kind;

    view! {
        <section id="registration" aria-labelledby="registration-heading">
            <h2 id="registration-heading">"Registration"</h2>
            {(!warnings.is_empty()).then(|| view! {
                <div class="notice notice--warning">
                    <p>"Advice on the stored registration; it does not block a save:"</p>
                    <ul>
                        {warnings.into_iter().map(|(field, message)| view! {
                            <li><strong>{fields::label(field).unwrap_or(field)}</strong> ": " {message}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <dl class="details">
                <dt>"Short description"</dt>
                <dd>{text(&registration.short_description)}</dd>
                <dt>"Homepage"</dt>
                <dd>{text(&registration.homepage_url)}</dd>
                <dt>"Support e-mail address"</dt>
                <dd>{text(&registration.support_email)}</dd>
                <dt>"Client type"</dt>
                <dd>{client_type}</dd>
                <dt>"Token endpoint authentication"</dt>
                <dd><code>{method}</code></dd>
                {kind.uses_redirect_uris().then(|| view! {
                    <dt>"Redirect URIs"</dt>
                    <dd><UriList text=registration.redirect_uris.clone() /></dd>
                    <dt>"Launch URIs"</dt>
                    <dd><UriList text=registration.launch_uris.clone() /></dd>
                })}
                <dt>"Scopes"</dt>
                <dd><ScopeList text=registration.scopes.clone() /></dd>
                <dt>"JWKS URL"</dt>
                <dd>{text(&registration.jwks_url)}</dd>
                <dt>"JWKS document"</dt>
                <dd>{match registration.jwks.trim().is_empty() {
                    true => view! { "Not given" }.into_any(),
                    false => view! { <pre class="code">{registration.jwks.clone()}</pre> }.into_any(),
                }}</dd>
                <dt>"Attestations"</dt>
                <dd>
                    <ul class="plain">
                        {Attestation::ALL.into_iter().filter(|a| a.applies_to(kind)).map(|attestation| {
                            let mark = match registration.attestations.get(attestation) {
                                true => "Attested: ",
                                false => "Not attested: ",
                            };
                            view! { <li>{mark} {attestation.statement()}</li> }
                        }).collect_view()}
                    </ul>
                </dd>
                <dt>"Privacy policy"</dt>
                <dd>{text(&registration.privacy_policy_url)}</dd>
                <dt>"Terms of service"</dt>
                <dd>{text(&registration.terms_of_service_url)}</dd>
                <dt>{fields::label(fields::DATA_RETENTION)}</dt>
                <dd>{text(&registration.data_retention)}</dd>
                <dt>{fields::label(fields::DATA_SHARING)}</dt>
                <dd>{text(&registration.data_sharing)}</dd>
                <dt>{fields::label(fields::ACCESS_REVOCATION)}</dt>
                <dd>{text(&registration.access_revocation)}</dd>
            </dl>
        </section>
    }
}

#[component]
fn UriList(text: String) -> impl IntoView {
    let uris: Vec<String> = lines(&text).into_iter().map(str::to_owned).collect();
    if uris.is_empty() {
        return view! { "None" }.into_any();
    }

    view! {
        <ul class="plain">
            {uris.into_iter().map(|uri| view! { <li><code>{uri}</code></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Lists each scope with the access it grants; a SMART v1 scope is described with its v2
/// meaning.
#[component]
fn ScopeList(text: String) -> impl IntoView {
    let scopes: Vec<(String, Option<String>)> = text
        .split_whitespace()
        .map(|token| {
            (
                token.to_owned(),
                Scope::parse(token).ok().map(|scope| scope.description()),
            )
        })
        .collect();
    if scopes.is_empty() {
        return view! { "None" }.into_any();
    }

    view! {
        <ul class="scopes">
            {scopes.into_iter().map(|(token, description)| view! {
                <li><code>{token}</code> {description.map(|text| view! { <span class="muted">" · " {text}</span> })}</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
