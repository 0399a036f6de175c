use leptos::prelude::*;

use super::code_sample::CodeSample;
use super::doc_frame::DocFrame;
use crate::models::api_facts::ApiFacts;

const SECTIONS: &[(&str, &str)] = &[
    ("base-url", "Service base URL and routing"),
    ("capability-statement", "CapabilityStatement"),
    ("smart-configuration", "SMART configuration"),
    ("standards", "Standards"),
];

/// Renders the page on where the API lives and how an app discovers what it supports.
#[component]
pub fn ConnectingPage() -> impl IntoView {
    view! {
        <DocFrame
            title="Connecting to the FHIR API"
            lead="The one base URL every app uses, and the two documents that describe the server \
                  and its authorization endpoints."
            updated="December 5, 2026"
            sections=SECTIONS
            body=connecting
        />
    }
}

fn connecting(facts: ApiFacts) -> AnyView {
    let metadata = format!(
        "curl -H 'Accept: application/fhir+json' {}",
        facts.capability_statement_url()
    );
    let smart = format!("curl {}", facts.smart_configuration_url());

    view! {
        <section id="base-url" aria-labelledby="base-url-heading">
            <h2 id="base-url-heading">"Service base URL and routing"</h2>
            <p>"All requests go to one FHIR R4 service base URL:"</p>
            <CodeSample code=facts.fhir_base_url.clone() />
            <p>
                "The URL is the same for every clinic. Your app never picks a clinic-specific \
                 host: the access token identifies the clinic that granted access, and the \
                 service routes each request to that clinic's data behind the base URL. The \
                 public list of clinics served there is published as a FHIR Bundle of Endpoint \
                 and Organization resources."
            </p>
        </section>
        <section id="capability-statement" aria-labelledby="capability-statement-heading">
            <h2 id="capability-statement-heading">"CapabilityStatement"</h2>
            <p>"The server describes itself at " <code>{facts.capability_statement_url()}</code> ":"</p>
            <CodeSample code=metadata />
            <dl>
                <dt><code>"fhirVersion"</code></dt>
                <dd>"The FHIR version the server speaks, 4.0.x for R4."</dd>
                <dt><code>"format"</code></dt>
                <dd>"The media types accepted, such as application/fhir+json."</dd>
                <dt><code>"rest[0].security"</code></dt>
                <dd>"The authorization service (SMART on FHIR) and the OAuth endpoints it links to."</dd>
                <dt><code>"rest[0].resource[]"</code></dt>
                <dd>
                    "One entry per resource type, with the interactions (read, search-type), the \
                     search parameters and the profiles supported. Only call what is listed."
                </dd>
            </dl>
            <p>
                "The CapabilityStatement is authoritative at the time your app connects: read it \
                 at start-up rather than hard-coding what the server supports."
            </p>
        </section>
        <section id="smart-configuration" aria-labelledby="smart-configuration-heading">
            <h2 id="smart-configuration-heading">"SMART configuration"</h2>
            <p>
                "The authorization endpoints are published at "
                <code>{facts.smart_configuration_url()}</code> ":"
            </p>
            <CodeSample code=smart />
            <dl>
                <dt><code>"authorization_endpoint"</code></dt>
                <dd>"Where the browser is sent to sign in and approve access."</dd>
                <dt><code>"token_endpoint"</code></dt>
                <dd>"Where your app exchanges an authorization code or a refresh token for an access token."</dd>
                <dt><code>"grant_types_supported"</code></dt>
                <dd>"The OAuth grants the server accepts."</dd>
                <dt><code>"scopes_supported"</code></dt>
                <dd>"The scopes an app may request."</dd>
                <dt><code>"code_challenge_methods_supported"</code></dt>
                <dd>"The PKCE methods accepted: S256."</dd>
                <dt><code>"capabilities"</code></dt>
                <dd>"The SMART features offered, such as launch contexts and client types."</dd>
            </dl>
        </section>
        <section id="standards" aria-labelledby="standards-heading">
            <h2 id="standards-heading">"Standards"</h2>
            <ul>
                <li>"HL7 FHIR R4 (version 4.0.x), JSON over HTTPS with TLS."</li>
                <li>"OAuth 2.0 with SMART App Launch, and OpenID Connect for the user's identity."</li>
                <li>"Access tokens are bearer tokens sent in the Authorization header."</li>
            </ul>
        </section>
    }
    .into_any()
}
