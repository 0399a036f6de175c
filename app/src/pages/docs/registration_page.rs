use leptos::prelude::*;

use super::doc_frame::DocFrame;
use crate::domain::calendar::{FIRST_SUBMISSION_BUSINESS_DAYS, RESUBMISSION_BUSINESS_DAYS};
use crate::domain::review::criteria::Criterion;
use crate::models::api_facts::ApiFacts;

const SECTIONS: &[(&str, &str)] = &[
    ("patient-apps", "Patient-facing apps"),
    ("clinician-apps", "Clinician-facing apps"),
    ("system-apps", "System-to-system apps"),
    ("verification", "Verification"),
    ("developer-agreement", "Developer agreement"),
];

/// Renders the page on the three registration procedures and how apps are verified.
#[component]
pub fn RegistrationPage() -> impl IntoView {
    view! {
        <DocFrame
            title="Registering an app"
            lead="The three ways an app is registered, who approves it, and what reviewers check."
            updated="December 5, 2026"
            sections=SECTIONS
            body=registration
        />
    }
}

fn registration(facts: ApiFacts) -> AnyView {
    let criteria = Criterion::ALL
        .into_iter()
        .map(Criterion::label)
        .collect::<Vec<_>>()
        .join(", ");

    view! {
        <section id="patient-apps" aria-labelledby="patient-apps-heading">
            <h2 id="patient-apps-heading">"Patient-facing apps"</h2>
            <p>
                "Register the app at " <a href=facts.registration_url.clone()>{facts.registration_url.clone()}</a>
                " and submit it for review. A vendor reviewer verifies it. Once approved it is \
                 listed in the gallery and available at every clinic, unless a clinic opts out."
            </p>
        </section>
        <section id="clinician-apps" aria-labelledby="clinician-apps-heading">
            <h2 id="clinician-apps-heading">"Clinician-facing apps"</h2>
            <p>
                "Registered and reviewed like patient-facing apps. An approved app is listed in \
                 the gallery but active at no clinic until a clinic administrator activates it, \
                 which records that a business associate agreement or service contract is in place."
            </p>
        </section>
        <section id="system-apps" aria-labelledby="system-apps-heading">
            <h2 id="system-apps-heading">"System-to-system apps"</h2>
            <p>
                "Backend services register through a link that a clinic administrator sends you. \
                 Open it, sign in or create an account, and submit the request. The clinic \
                 approves or denies it; there is no vendor review. Approved credentials work at \
                 that clinic only, and the clinic may revoke them."
            </p>
        </section>
        <section id="verification" aria-labelledby="verification-heading">
            <h2 id="verification-heading">"Verification"</h2>
            <p>"Reviewers check technical conformance and security only, on these criteria: " {criteria} "."</p>
            <p>
                {format!(
                    "A complete first submission is decided within {FIRST_SUBMISSION_BUSINESS_DAYS} \
                     business days, and a resubmission within {RESUBMISSION_BUSINESS_DAYS}."
                )}
                " What each criterion requires, how business days are counted and how reviewers \
                 have kept to the deadlines are on the "
                <a href="/transparency">"verification transparency page"</a> "."
            </p>
        </section>
        <section id="developer-agreement" aria-labelledby="developer-agreement-heading">
            <h2 id="developer-agreement-heading">"Developer agreement"</h2>
            <p>
                "Every developer accepts the Application Access Developer Agreement before \
                 integrating. The portal asks you to accept the current version before you \
                 submit an app, and again whenever a new version is published. Read it at "
                <a href="/agreement">"the agreement page"</a> "."
            </p>
        </section>
    }
    .into_any()
}
