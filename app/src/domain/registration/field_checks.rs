//! Checks of the list fields (redirect URIs, launch URIs, scopes, JWKS), each returning
//! every problem and warning for the field at once. The form runs them while the developer
//! types; a save runs them again through [`super::RegistrationInput::check_draft`].

use super::lines;
use crate::domain::app_kind::{AppKind, ClientType};
use crate::domain::client_authentication::ClientKeysWarning;
use crate::domain::jwks::{check_jwks, check_jwks_url};
use crate::domain::redirect_uri::{check_launch_uri, check_redirect_uris};
use crate::domain::scope::check_scopes;

/// The maximum number of redirect URIs, and of launch URIs, one app registers.
pub const MAX_URIS: usize = 20;
/// The maximum size of a JWKS document, in bytes: room for dozens of RSA keys.
pub const MAX_JWKS_BYTES: usize = 64 * 1024;
/// The maximum length of the scope text, in characters.
pub const MAX_SCOPES_CHARS: usize = 8000;

/// The result of checking one field: errors reject a save, warnings are advice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldReport {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

impl FieldReport {
    fn error(message: impl Into<String>) -> Self {
        Self {
            errors: vec![message.into()],
            warnings: Vec::new(),
        }
    }
}

/// Checks the redirect URIs, one per line, of an app of `kind` and `client_type`. An empty
/// list passes here, and [`super::missing_for_submission`] requires one.
pub fn check_redirect_uris_field(
    text: &str,
    kind: AppKind,
    client_type: ClientType,
) -> FieldReport {
    let uris = lines(text);
    if uris.is_empty() {
        return FieldReport::default();
    }
    if !kind.uses_redirect_uris() {
        return FieldReport::error(
            "A B2B (system) app uses the client credentials grant, which redirects nowhere: \
             remove the redirect URIs.",
        );
    }
    if uris.len() > MAX_URIS {
        return FieldReport::error(format!(
            "Enter at most {MAX_URIS} redirect URIs, one per line."
        ));
    }

    match check_redirect_uris(&uris, client_type) {
        Ok(warnings) => FieldReport {
            errors: Vec::new(),
            warnings: warnings.iter().map(ToString::to_string).collect(),
        },
        Err(errors) => FieldReport {
            errors: errors.iter().map(ToString::to_string).collect(),
            warnings: Vec::new(),
        },
    }
}

/// Checks the launch URIs, one per line, that the EHR opens to launch the app.
pub fn check_launch_uris_field(text: &str, kind: AppKind) -> FieldReport {
    let uris = lines(text);
    if uris.is_empty() {
        return FieldReport::default();
    }
    if kind == AppKind::System {
        return FieldReport::error(
            "A B2B (system) app is never launched from the EHR: remove the launch URIs.",
        );
    }
    if uris.len() > MAX_URIS {
        return FieldReport::error(format!(
            "Enter at most {MAX_URIS} launch URIs, one per line."
        ));
    }

    let mut report = FieldReport::default();
    for uri in uris {
        match check_launch_uri(uri) {
            Ok(warnings) => report
                .warnings
                .extend(warnings.iter().map(ToString::to_string)),
            Err(error) => report.errors.push(error.to_string()),
        }
    }
    report
}

/// Checks the scopes, separated by spaces or line breaks, against the rules for `kind`.
pub fn check_scopes_field(text: &str, kind: AppKind) -> FieldReport {
    if text.trim().is_empty() {
        return FieldReport::default();
    }
    if text.chars().count() > MAX_SCOPES_CHARS {
        return FieldReport::error(format!(
            "Enter at most {MAX_SCOPES_CHARS} characters of scopes."
        ));
    }

    match check_scopes(text, kind) {
        Ok(checked) => FieldReport {
            errors: Vec::new(),
            warnings: checked.warnings.iter().map(ToString::to_string).collect(),
        },
        Err(errors) => FieldReport {
            errors: errors.iter().map(ToString::to_string).collect(),
            warnings: Vec::new(),
        },
    }
}

/// Checks a JWKS URL.
pub fn check_jwks_url_field(text: &str) -> FieldReport {
    let url = text.trim();
    if url.is_empty() {
        return FieldReport::default();
    }

    match check_jwks_url(url) {
        Ok(()) => FieldReport::default(),
        Err(error) => FieldReport::error(error.to_string()),
    }
}

/// Checks a JWKS document, and advises a JWKS URL instead.
pub fn check_jwks_field(text: &str) -> FieldReport {
    if text.trim().is_empty() {
        return FieldReport::default();
    }
    if text.len() > MAX_JWKS_BYTES {
        return FieldReport::error(format!(
            "The JWKS document is larger than {} KB; register a JWKS URL instead.",
            MAX_JWKS_BYTES / 1024
        ));
    }

    let by_value = ClientKeysWarning::JwksByValue.to_string();
    match check_jwks(text) {
        Ok(checked) => FieldReport {
            errors: Vec::new(),
            warnings: std::iter::once(by_value)
                .chain(checked.warnings.iter().map(ToString::to_string))
                .collect(),
        },
        Err(errors) => FieldReport {
            errors: errors.iter().map(ToString::to_string).collect(),
            warnings: Vec::new(),
        },
    }
}
