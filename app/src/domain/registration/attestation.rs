//! The statements a developer attests about the app, which the protocol, security and
//! credential safety review criteria rely on.

use serde::{Deserialize, Serialize};

use crate::domain::app_kind::AppKind;

/// One attestation on the registration form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Attestation {
    SmartAppLaunch,
    OpenIdConnect,
    PkceS256,
    NoEhrCredentials,
}

/// The attestations the developer checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attestations {
    pub smart_app_launch: bool,
    pub openid_connect: bool,
    pub pkce_s256: bool,
    pub no_ehr_credentials: bool,
}

impl Attestation {
    pub const ALL: [Attestation; 4] = [
        Attestation::SmartAppLaunch,
        Attestation::OpenIdConnect,
        Attestation::PkceS256,
        Attestation::NoEhrCredentials,
    ];

    /// Returns the checkbox's form name.
    pub fn field(self) -> &'static str {
        match self {
            Attestation::SmartAppLaunch => "attest_smart_app_launch",
            Attestation::OpenIdConnect => "attest_openid_connect",
            Attestation::PkceS256 => "attest_pkce_s256",
            Attestation::NoEhrCredentials => "attest_no_ehr_credentials",
        }
    }

    /// Returns the statement the developer checks.
    pub fn statement(self) -> &'static str {
        match self {
            Attestation::SmartAppLaunch => "The app supports SMART App Launch 2.0.0.",
            Attestation::OpenIdConnect => {
                "The app supports OpenID Connect: it requests openid and fhirUser and validates \
                 the ID token."
            }
            Attestation::PkceS256 => {
                "The app sends PKCE with the S256 method on every authorization request."
            }
            Attestation::NoEhrCredentials => {
                "The app never asks for or stores the user names or passwords of EHR users."
            }
        }
    }

    /// Returns a short name for lists such as the submission checklist.
    pub fn short_label(self) -> &'static str {
        match self {
            Attestation::SmartAppLaunch => "SMART App Launch 2.0.0 support",
            Attestation::OpenIdConnect => "OpenID Connect support",
            Attestation::PkceS256 => "PKCE with S256",
            Attestation::NoEhrCredentials => "No EHR user credentials",
        }
    }

    /// Returns whether apps of `kind` attest this. A B2B (system) app has no user and no
    /// authorization request, so OpenID Connect and PKCE do not apply to it.
    pub fn applies_to(self, kind: AppKind) -> bool {
        match self {
            Attestation::OpenIdConnect | Attestation::PkceS256 => kind != AppKind::System,
            Attestation::SmartAppLaunch | Attestation::NoEhrCredentials => true,
        }
    }
}

impl Attestations {
    pub fn get(&self, attestation: Attestation) -> bool {
        match attestation {
            Attestation::SmartAppLaunch => self.smart_app_launch,
            Attestation::OpenIdConnect => self.openid_connect,
            Attestation::PkceS256 => self.pkce_s256,
            Attestation::NoEhrCredentials => self.no_ehr_credentials,
        }
    }

    pub fn set(&mut self, attestation: Attestation, value: bool) {
        match attestation {
            Attestation::SmartAppLaunch => self.smart_app_launch = value,
            Attestation::OpenIdConnect => self.openid_connect = value,
            Attestation::PkceS256 => self.pkce_s256 = value,
            Attestation::NoEhrCredentials => self.no_ehr_credentials = value,
        }
    }
}
