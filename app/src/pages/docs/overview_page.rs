use leptos::prelude::*;

use super::code_sample::CodeSample;
use super::doc_frame::{DocFrame, DOC_PAGES};
use crate::models::api_facts::ApiFacts;

const SECTIONS: &[(&str, &str)] = &[("guides", "Guides"), ("quick-start", "Quick start")];

/// Renders the documentation's front page: what the guides cover and the five steps from an
/// account to a first FHIR request.
#[component]
pub fn DocsOverviewPage() -> impl IntoView {
    view! {
        <DocFrame
            title="API documentation"
            lead="Everything an app needs to connect to Veracity's FHIR R4 API: where it lives, \
                  how apps are registered and authorized, and how the API behaves under load."
            updated="December 5, 2026"
            sections=SECTIONS
            body=overview
        />
    }
}

fn overview(facts: ApiFacts) -> AnyView {
    let metadata = format!(
        "curl -H 'Accept: application/fhir+json' {}",
        facts.capability_statement_url()
    );
    let patient = format!(
        "curl -H 'Accept: application/fhir+json' \\\n     -H 'Authorization: Bearer ACCESS_TOKEN' \\\n     {}/Patient/PATIENT_ID",
        facts.fhir_base_url
    );

    view! {
        <section id="guides" aria-labelledby="guides-heading">
            <h2 id="guides-heading">"Guides"</h2>
            <p>
                "Every clinic on Veracity is served from one FHIR R4 base URL, "
                <code>{facts.fhir_base_url.clone()}</code>
                ". This documentation needs no account and reads the same with or without JavaScript."
            </p>
            <ul>
                {DOC_PAGES[1..]
                    .iter()
                    .map(|(path, title)| view! { <li><a href=*path>{*title}</a></li> })
                    .collect_view()}
            </ul>
        </section>
        <section id="quick-start" aria-labelledby="quick-start-heading">
            <h2 id="quick-start-heading">"Quick start"</h2>
            <ol>
                <li>
                    "Create a developer account on " <a href="/sign-up">"this portal"</a>
                    " and accept the Application Access Developer Agreement."
                </li>
                <li>
                    "Register your app. It receives sandbox credentials at once, so you can build \
                     against the sandbox before any review."
                </li>
                <li>
                    "Read the server's CapabilityStatement to learn which resources and searches \
                     it supports:"
                    <CodeSample code=metadata />
                </li>
                <li>
                    "Read the SMART configuration at "
                    <code>{facts.smart_configuration_url()}</code>
                    " for the authorization and token endpoints, then run the authorization code \
                     flow with PKCE to obtain an access token."
                </li>
                <li>
                    "Call the API with the access token in the Authorization header:"
                    <CodeSample code=patient />
                </li>
            </ol>
            <p>
                "When your app works in the sandbox, submit it for review to receive production \
                 credentials. See " <a href="/docs/registration">"Registering an app"</a> "."
            </p>
        </section>
    }
    .into_any()
}
