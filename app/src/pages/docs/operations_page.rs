use leptos::prelude::*;

use super::code_sample::CodeSample;
use super::doc_frame::DocFrame;
use crate::models::api_facts::ApiFacts;

const SECTIONS: &[(&str, &str)] = &[
    ("errors", "Error handling"),
    ("fair-use", "Fair use and rate limits"),
    ("support", "Support"),
    ("change-management", "Change management"),
];

/// An OperationOutcome as the server returns it for a request it could not process.
const OPERATION_OUTCOME: &str = r#"{
  "resourceType": "OperationOutcome",
  "issue": [
    {
      "severity": "error",
      "code": "not-found",
      "diagnostics": "Patient/123 is not known"
    }
  ]
}"#;

/// Renders the page on errors, rate limits, support and how the API changes.
#[component]
pub fn OperationsPage() -> impl IntoView {
    view! {
        <DocFrame
            title="Errors, fair use and support"
            lead="How the API reports failures, how much traffic it accepts, and whom to call."
            updated="December 5, 2026"
            sections=SECTIONS
            body=operations
        />
    }
}

fn operations(facts: ApiFacts) -> AnyView {
    let per_minute = facts.rate_limit_per_minute;

    view! {
        <section id="errors" aria-labelledby="errors-heading">
            <h2 id="errors-heading">"Error handling"</h2>
            <p>
                "Every failure has an HTTP status. When the FHIR server could not process a \
                 request, the body is an OperationOutcome: each entry of " <code>"issue"</code>
                " has a " <code>"severity"</code> ", a " <code>"code"</code> " and a human-readable "
                <code>"diagnostics"</code> " text."
            </p>
            <CodeSample code=OPERATION_OUTCOME />
            <p>
                "Log the status, the correlation or request ID headers of the response, and the \
                 issues. Support needs them to trace a request."
            </p>
        </section>
        <section id="fair-use" aria-labelledby="fair-use-heading">
            <h2 id="fair-use-heading">"Fair use and rate limits"</h2>
            <p>{format!("Each user session may send {per_minute} requests per minute.")}</p>
            <p>
                "Beyond that the API returns HTTP 429 Too Many Requests. Wait before retrying, and \
                 double the wait after each further 429 (exponential backoff), honoring a "
                <code>"Retry-After"</code> " header when present."
            </p>
            <p>
                "Against an active security or performance threat, the vendor may throttle or \
                 suspend an app's access, only as far as needed, and restores it once the threat \
                 is mitigated."
            </p>
        </section>
        <section id="support" aria-labelledby="support-heading">
            <h2 id="support-heading">"Support"</h2>
            <p>
                "Start with the clinic that granted your app access: it is the PHI Provider and \
                 escalates to the vendor when needed. The vendor's support line is "
                <a href=format!("tel:{}", facts.support_phone)>{facts.support_phone.clone()}</a> "."
            </p>
        </section>
        <section id="change-management" aria-labelledby="change-management-heading">
            <h2 id="change-management-heading">"Change management"</h2>
            <p>
                "The API receives routine updates. Build your integration to tolerate them: \
                 ignore unknown fields, and read the CapabilityStatement when you connect, because \
                 it is authoritative for what the server supports at that time."
            </p>
            <p>
                "Changes that need your attention are announced as "
                <a href="/changes">"API change notices"</a> ", also published as an "
                <a href="/changes.atom">"Atom feed"</a>
                ". Developers with an approved app receive them by e-mail."
            </p>
        </section>
    }
    .into_any()
}
