//! The checks of a draft save: any field may be empty, but a value that is there must be
//! well formed, so a stored draft never contains a malformed URI, scope, key or address.

use super::field_checks::{
    check_jwks_field, check_jwks_url_field, check_launch_uris_field, check_redirect_uris_field,
    check_scopes_field, FieldReport,
};
use super::{fields, lines, Attestation, Attestations, Problem, RegistrationInput};
use crate::domain::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};
use crate::domain::client_authentication::{
    check_client_authentication, check_client_keys, ClientAuthenticationError,
};
use crate::domain::email_address::EmailAddress;
use crate::domain::scope::Scope;

const MAX_NAME: usize = 100;
const MAX_SHORT_DESCRIPTION: usize = 300;
const MAX_URL: usize = 2000;
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

fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

fn owned_lines(text: &str) -> Vec<String> {
    lines(text).into_iter().map(str::to_owned).collect()
}

fn text(
    problems: &mut Vec<Problem>,
    field: &'static str,
    value: &str,
    max_chars: usize,
) -> Option<String> {
    let value = optional(value)?;
    if value.chars().count() > max_chars {
        problems.push((
            field,
            format!(
                "{}: use at most {max_chars} characters.",
                fields::label(field).unwrap_or(field)
            ),
        ));
    }
    Some(value)
}

/// Accepts an absolute `https` URL with a host and no user name or password. `field` is
/// the form name and what the URL is the address of.
fn https_url(
    problems: &mut Vec<Problem>,
    (field, what): (&'static str, &str),
    value: &str,
    example: &str,
) -> Option<String> {
    let value = optional(value)?;
    let valid = value.chars().count() <= MAX_URL
        && url::Url::parse(&value).is_ok_and(|url| {
            url.scheme() == "https"
                && url.host_str().is_some_and(|host| !host.is_empty())
                && url.username().is_empty()
                && url.password().is_none()
        });
    if !valid {
        problems.push((
            field,
            format!(
                "Enter {what} as an https URL of at most {MAX_URL} characters, such as {example}."
            ),
        ));
    }
    Some(value)
}

fn support_email(problems: &mut Vec<Problem>, value: &str) -> Option<String> {
    let value = optional(value)?;
    match EmailAddress::parse(&value) {
        Ok(address) => Some(address.as_str().to_owned()),
        Err(error) => {
            problems.push((fields::SUPPORT_EMAIL, error.to_string()));
            Some(value)
        }
    }
}

/// Returns the scopes separated by single spaces, each once, or `None` when there are
/// none. Tokens that fail to parse are kept, because the scope check rejects them anyway.
fn normalized_scopes(text: &str) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for token in text.split_whitespace() {
        let repeated = seen.iter().any(|earlier| {
            *earlier == token
                || matches!((Scope::parse(earlier), Scope::parse(token)), (Ok(a), Ok(b)) if a == b)
        });
        if !repeated {
            seen.push(token);
        }
    }
    (!seen.is_empty()).then(|| seen.join(" "))
}

fn applicable_attestations(kind: AppKind, typed: Attestations) -> Attestations {
    let mut attestations = Attestations::default();
    for attestation in Attestation::ALL {
        attestations.set(
            attestation,
            attestation.applies_to(kind) && typed.get(attestation),
        );
    }
    attestations
}
