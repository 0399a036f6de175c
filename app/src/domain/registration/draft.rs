//! The checks of a draft save: any field may be empty, but a value that is there must be
//! well formed, so a stored draft never contains a malformed URI, scope, key or address.

use super::field_checks::{
    check_jwks_field, check_jwks_url_field, check_launch_uris_field, check_redirect_uris_field,
    check_scopes_field, FieldReport,
};
use super::values::{
    applicable_attestations, https_url, normalized_scopes, optional, owned_lines, support_email,
    text,
};
use super::{fields, Attestations, Problem, RegistrationInput};
use crate::domain::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};
use crate::domain::client_authentication::{
    check_client_authentication, check_client_keys, ClientAuthenticationError,
};

const MAX_NAME: usize = 100;
const MAX_SHORT_DESCRIPTION: usize = 300;
const MAX_DISCLOSURE: usize = 2000;

/// A registration that passed [`RegistrationInput::check_draft`], each value in its stored
/// form: trimmed, with `None` for an empty field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftRegistration {
    pub kind: AppKind,
    pub name: Option<String>,
    pub short_description: Option<String>,
    pub homepage_url: Option<String>,
    /// Lowercase, as [`EmailAddress`] stores it.
    pub support_email: Option<String>,
    pub client_type: ClientType,
    pub token_endpoint_auth_method: TokenEndpointAuthMethod,
    pub redirect_uris: Vec<String>,
    pub launch_uris: Vec<String>,
    /// The scopes separated by single spaces, each once, as written.
    pub scopes: Option<String>,
    pub jwks_url: Option<String>,
    pub jwks: Option<String>,
    /// Only the attestations that apply to the kind can be true.
    pub attestations: Attestations,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    pub data_retention: Option<String>,
    pub data_sharing: Option<String>,
    pub access_revocation: Option<String>,
}

/// A draft that may be saved, with the advice to show next to its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedDraft {
    pub draft: DraftRegistration,
    pub warnings: Vec<Problem>,
}

impl RegistrationInput {
    /// Checks every value that was typed and returns every problem at once, each under its
    /// field's name. Empty fields pass: a draft may be incomplete.
    pub fn check_draft(&self) -> Result<CheckedDraft, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let kind = self.kind;

        let client_type = ClientType::parse(self.client_type.trim());
        if client_type.is_none() {
            problems.push((
                fields::CLIENT_TYPE,
                "Choose public or confidential.".to_owned(),
            ));
        }
        let method = TokenEndpointAuthMethod::parse(self.token_endpoint_auth_method.trim());
        if method.is_none() {
            problems.push((
                fields::TOKEN_ENDPOINT_AUTH_METHOD,
                "Choose none, client_secret_basic or private_key_jwt.".to_owned(),
            ));
        }
        if let (Some(client_type), Some(method)) = (client_type, method) {
            if let Err(error) = check_client_authentication(kind, client_type, method) {
                let field = match error {
                    ClientAuthenticationError::SystemAppNotConfidential => fields::CLIENT_TYPE,
                    _ => fields::TOKEN_ENDPOINT_AUTH_METHOD,
                };
                problems.push((field, error.to_string()));
            }
        }

        // A draft without a valid client type is rejected anyway. The URI rules of a public
        // client are the more permissive, so they add no error that the client type causes.
        let uri_client_type = client_type.unwrap_or(ClientType::Public);
        let mut collect = |field: &'static str, report: FieldReport| {
            problems.extend(report.errors.into_iter().map(|message| (field, message)));
            warnings.extend(report.warnings.into_iter().map(|message| (field, message)));
        };
        collect(
            fields::REDIRECT_URIS,
            check_redirect_uris_field(&self.redirect_uris, kind, uri_client_type),
        );
        collect(
            fields::LAUNCH_URIS,
            check_launch_uris_field(&self.launch_uris, kind),
        );
        collect(fields::SCOPES, check_scopes_field(&self.scopes, kind));
        collect(fields::JWKS_URL, check_jwks_url_field(&self.jwks_url));
        collect(fields::JWKS, check_jwks_field(&self.jwks));

        if let Some(method) = method {
            self.check_key_location(method, &mut problems);
        }

        let draft = DraftRegistration {
            kind,
            name: text(&mut problems, fields::NAME, &self.name, MAX_NAME),
            short_description: text(
                &mut problems,
                fields::SHORT_DESCRIPTION,
                &self.short_description,
                MAX_SHORT_DESCRIPTION,
            ),
            homepage_url: https_url(
                &mut problems,
                (fields::HOMEPAGE_URL, "the homepage's address"),
                &self.homepage_url,
                "https://app.example.com",
            ),
            support_email: support_email(&mut problems, &self.support_email),
            client_type: client_type.unwrap_or(ClientType::Public),
            token_endpoint_auth_method: method.unwrap_or(TokenEndpointAuthMethod::None),
            redirect_uris: owned_lines(&self.redirect_uris),
            launch_uris: owned_lines(&self.launch_uris),
            scopes: normalized_scopes(&self.scopes),
            jwks_url: optional(&self.jwks_url),
            jwks: optional(&self.jwks),
            attestations: applicable_attestations(kind, self.attestations),
            privacy_policy_url: https_url(
                &mut problems,
                (fields::PRIVACY_POLICY_URL, "the privacy policy's address"),
                &self.privacy_policy_url,
                "https://app.example.com/privacy",
            ),
            terms_of_service_url: https_url(
                &mut problems,
                (
                    fields::TERMS_OF_SERVICE_URL,
                    "the terms of service's address",
                ),
                &self.terms_of_service_url,
                "https://app.example.com/terms",
            ),
            data_retention: text(
                &mut problems,
                fields::DATA_RETENTION,
                &self.data_retention,
                MAX_DISCLOSURE,
            ),
            data_sharing: text(
                &mut problems,
                fields::DATA_SHARING,
                &self.data_sharing,
                MAX_DISCLOSURE,
            ),
            access_revocation: text(
                &mut problems,
                fields::ACCESS_REVOCATION,
                &self.access_revocation,
                MAX_DISCLOSURE,
            ),
        };

        if problems.is_empty() {
            Ok(CheckedDraft { draft, warnings })
        } else {
            Err(problems)
        }
    }

    /// Rejects public keys on a client that does not use them and both a JWKS URL and a
    /// document. Missing keys are left to [`super::missing_for_submission`].
    fn check_key_location(&self, method: TokenEndpointAuthMethod, problems: &mut Vec<Problem>) {
        let error = match check_client_keys(method, Some(&self.jwks_url), Some(&self.jwks)) {
            Err(ClientAuthenticationError::KeysMissing) | Ok(_) => return,
            Err(error) => error,
        };
        let field = match self.jwks_url.trim().is_empty() {
            true => fields::JWKS,
            false => fields::JWKS_URL,
        };
        problems.push((field, error.to_string()));
    }
}
