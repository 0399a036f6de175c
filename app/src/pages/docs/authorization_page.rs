use leptos::prelude::*;

use super::code_sample::CodeSample;
use super::doc_frame::DocFrame;
use crate::models::api_facts::ApiFacts;

const SECTIONS: &[(&str, &str)] = &[
    ("client-types", "Client types"),
    ("grant-types", "Grant types"),
    ("refresh-tokens", "Refresh tokens"),
    ("scopes", "Scopes"),
];

/// Renders the page on OAuth client types, grants, refresh tokens and scopes.
#[component]
pub fn AuthorizationPage() -> impl IntoView {
    view! {
        <DocFrame
            title="Clients, grants and scopes"
            lead="How apps authenticate, which OAuth grants they may use, and how long their \
                  tokens last."
            updated="December 5, 2026"
            sections=SECTIONS
            body=authorization
        />
    }
}

fn authorization(facts: ApiFacts) -> AnyView {
    let refresh = "curl -X POST TOKEN_ENDPOINT \\\n     -d grant_type=refresh_token \\\n     -d refresh_token=REFRESH_TOKEN \\\n     -d client_id=CLIENT_ID";
    let days = facts.refresh_token_lifetime_days;

    view! {
        <section id="client-types" aria-labelledby="client-types-heading">
            <h2 id="client-types-heading">"Client types"</h2>
            <dl>
                <dt>"Public clients"</dt>
                <dd>
                    "Apps that cannot keep a secret, such as native and browser apps. They hold no \
                     client secret and must use PKCE with S256."
                </dd>
                <dt>"Confidential clients"</dt>
                <dd>
                    "Apps with a server that keeps a client secret or a private key. They \
                     authenticate at the token endpoint and use PKCE as well."
                </dd>
            </dl>
        </section>
        <section id="grant-types" aria-labelledby="grant-types-heading">
            <h2 id="grant-types-heading">"Grant types"</h2>
            <dl>
                <dt>"Authorization code"</dt>
                <dd>
                    "For patient-facing and clinician-facing apps, public or confidential. A \
                     user signs in and approves access. PKCE with the S256 method is required; \
                     the plain method is rejected."
                </dd>
                <dt>"Client credentials"</dt>
                <dd>
                    "For system-to-system (backend services) apps only: confidential clients that \
                     a clinic approved through its registration link. Their tokens are valid at \
                     that clinic alone."
                </dd>
            </dl>
        </section>
        <section id="refresh-tokens" aria-labelledby="refresh-tokens-heading">
            <h2 id="refresh-tokens-heading">"Refresh tokens"</h2>
            <ul>
                <li>"Request the " <code>"offline_access"</code> " scope to receive a refresh token."</li>
                <li>{format!("A refresh token stays valid for {days} days.")}</li>
                <li>
                    "Each refresh token works once. Using it returns a new access token and a new \
                     refresh token; store the new one and discard the old."
                </li>
                <li>"The client credentials grant never returns a refresh token: request a new access token instead."</li>
            </ul>
            <CodeSample code=refresh />
        </section>
        <section id="scopes" aria-labelledby="scopes-heading">
            <h2 id="scopes-heading">"Scopes"</h2>
            <p>
                "Scopes follow SMART App Launch and depend on the context: " <code>"patient/"</code>
                " for a patient's own data, " <code>"user/"</code> " for what a clinician may see, and "
                <code>"system/"</code> " for backend services. Which scopes are available also depends \
                 on each clinic's configuration."
            </p>
            <p>
                "Users may grant fewer scopes than your app requested. Always read the "
                <code>"scope"</code> " field of the token response and use only what was granted."
            </p>
        </section>
    }
    .into_any()
}
