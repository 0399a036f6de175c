//! The demo apps' registrations: published RFC 7591 registrations from the SMART App Launch
//! specification, the ONC (g)(10) Inferno test kit and the client-js examples, embedded in
//! the binary, completed with the descriptions, policy URLs and attestations a submission
//! needs.

use serde_json::Value;

use crate::domain::app_kind::AppKind;
use crate::domain::registration::rfc7591::registration_from_rfc7591;
use crate::domain::registration::{Attestations, RegistrationInput};
use crate::error::AppError;

/// A published registration to build a demo app from.
pub struct Case {
    /// The case file's name, to name it in errors and descriptions.
    pub file: &'static str,
    pub json: &'static str,
    /// The name the portal shows, shorter than the published `client_name`.
    pub name: &'static str,
    /// The host of the made-up homepage and policy pages, under example.com.
    pub host: &'static str,
}

macro_rules! case {
    ($file:literal, $name:literal, $host:literal) => {
        Case {
            file: $file,
            json: include_str!(concat!("../../../tests/cases/apps/", $file)),
            name: $name,
            host: $host,
        }
    };
}

pub const HL7_PUBLIC: Case = case!(
    "hl7_example_app_public.json",
    "Vitals Graph",
    "vitals-graph.example.com"
);
pub const HL7_SYMMETRIC: Case = case!(
    "hl7_example_app_confidential_symmetric.json",
    "Vitals Graph Server Edition",
    "vitals-graph.example.com"
);
pub const HL7_ASYMMETRIC: Case = case!(
    "hl7_example_app_confidential_asymmetric.json",
    "Vitals Graph Signed Edition",
    "vitals-graph.example.com"
);
pub const HL7_BACKEND: Case = case!(
    "hl7_example_backend_services.json",
    "Nightly Quality Export",
    "quality-export.example.com"
);
pub const INFERNO_PATIENT_SYMMETRIC: Case = case!(
    "inferno_g10_standalone_patient_symmetric.json",
    "Harbor Health Record",
    "harbor-record.example.com"
);
pub const INFERNO_ASYMMETRIC: Case = case!(
    "inferno_g10_asymmetric_standalone.json",
    "Harbor Health Record Plus",
    "harbor-record.example.com"
);
pub const INFERNO_EHR_PATIENT: Case = case!(
    "inferno_g10_ehr_patient_launch.json",
    "Visit Summary Viewer",
    "visit-summary.example.com"
);
pub const INFERNO_PRACTITIONER: Case = case!(
    "inferno_g10_ehr_practitioner.json",
    "Chart Insight for Clinicians",
    "chart-insight.example.com"
);
pub const INFERNO_PUBLIC: Case = case!(
    "inferno_g10_public_standalone.json",
    "Pocket Patient Portal",
    "pocket-portal.example.com"
);
pub const INFERNO_BULK: Case = case!(
    "inferno_g10_bulk_data_backend_services.json",
    "Population Health Bulk Export",
    "bulk-export.example.com"
);
pub const CLIENTJS_SPA: Case = case!(
    "clientjs_examples_react_spa.json",
    "Medication List",
    "med-list.example.com"
);

/// The one scope of the client-js example that is not valid SMART syntax, because it names
/// no permissions. The demo drops it, as a developer would after the form flagged it.
const MALFORMED_SCOPE: &str = "patient/read";

/// Builds the registration form of `case`: the published registration, with the demo name,
/// a description, example.com pages and support address, data practices and every
/// attestation a submission needs.
pub fn registration(case: &Case) -> Result<RegistrationInput, AppError> {
    let metadata: Value = serde_json::from_str(case.json).map_err(|error| {
        tracing::error!(case = case.file, %error, "failed to parse a demo registration");
        AppError::Internal
    })?;
    let mut input = registration_from_rfc7591(&metadata);
    let host = case.host;

    input.name = case.name.to_owned();
    input.short_description = format!(
        "{} Built from the published registration in {}.",
        description(input.kind),
        case.file
    );
    input.scopes = input
        .scopes
        .split_whitespace()
        .filter(|scope| *scope != MALFORMED_SCOPE)
        .collect::<Vec<_>>()
        .join(" ");
    input.homepage_url = format!("https://{host}/");
    input.support_email = format!("support@{host}");
    input.privacy_policy_url = format!("https://{host}/privacy");
    input.terms_of_service_url = format!("https://{host}/terms");
    input.data_retention =
        "Health data stays on the user's device and is deleted when the app is removed.".to_owned();
    input.data_sharing = "Data is shared with no one and never leaves the device.".to_owned();
    input.access_revocation =
        "Users revoke access in the app's settings or in the clinic's patient portal.".to_owned();
    input.attestations = Attestations {
        smart_app_launch: true,
        openid_connect: true,
        pkce_s256: true,
        no_ehr_credentials: true,
    };
    Ok(input)
}

/// Returns a sentence on what an app of `kind` does.
fn description(kind: AppKind) -> &'static str {
    match kind {
        AppKind::Patient => "Shows patients their records from their clinic.",
        AppKind::Clinician => {
            "Summarizes a patient's chart for the clinician who launches it from the EHR."
        }
        AppKind::System => "Exports data in bulk for the clinic's population health reports.",
    }
}
