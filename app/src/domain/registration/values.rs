//! The stored form of each draft value: trimmed, `None` when empty, and checked where a
//! value has a shape of its own (URLs, e-mail address, length limits).

use super::{fields, lines, Attestation, Attestations, Problem};
use crate::domain::app_kind::AppKind;
use crate::domain::email_address::EmailAddress;
use crate::domain::scope::Scope;

const MAX_URL: usize = 2000;

pub(super) fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

pub(super) fn owned_lines(text: &str) -> Vec<String> {
    lines(text).into_iter().map(str::to_owned).collect()
}

pub(super) fn text(
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
pub(super) fn https_url(
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

pub(super) fn support_email(problems: &mut Vec<Problem>, value: &str) -> Option<String> {
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
pub(super) fn normalized_scopes(text: &str) -> Option<String> {
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

pub(super) fn applicable_attestations(kind: AppKind, typed: Attestations) -> Attestations {
    let mut attestations = Attestations::default();
    for attestation in Attestation::ALL {
        attestations.set(
            attestation,
            attestation.applies_to(kind) && typed.get(attestation),
        );
    }
    attestations
}
