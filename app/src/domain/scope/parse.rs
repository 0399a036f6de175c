//! The scope grammar of SMART App Launch 2.0 ("Scopes and Launch Context"):
//! `(patient|user|system)/(ResourceType|*).<cruds subset>[?param=value&...]`, the v1
//! suffixes `.read`, `.write` and `.*`, launch context scopes, the identity and refresh
//! token scopes, and extension scopes (a `__` prefix or a full URI).

use super::{
    LaunchContext, Permissions, ResourceScope, Scope, ScopeError, ScopeLevel, V1Permission,
};
use crate::domain::fhir_resource_types::r4_resource_type_from_lowercase;

const NAMED_SCOPES: [(&str, Scope); 6] = [
    ("openid", Scope::OpenId),
    ("fhirUser", Scope::FhirUser),
    ("profile", Scope::Profile),
    ("launch", Scope::Launch),
    ("online_access", Scope::OnlineAccess),
    ("offline_access", Scope::OfflineAccess),
];

pub(super) fn parse_scope(token: &str) -> Result<Scope, ScopeError> {
    let scope = || token.to_owned();

    if let Some((_, named)) = NAMED_SCOPES.iter().find(|(name, _)| *name == token) {
        return Ok(named.clone());
    }
    if token.starts_with("__") && token.len() > 2 {
        return Ok(Scope::Extension(scope()));
    }
    if token.starts_with("https://") || token.starts_with("http://") {
        return match url::Url::parse(token) {
            Ok(_) => Ok(Scope::Extension(scope())),
            Err(_) => Err(ScopeError::Unknown { scope: scope() }),
        };
    }
    if let Some(context) = token.strip_prefix("launch/") {
        return parse_launch_context(token, context);
    }

    let Some((prefix, rest)) = token.split_once('/') else {
        return Err(unknown_scope(token));
    };
    let level = match prefix {
        "patient" => ScopeLevel::Patient,
        "user" => ScopeLevel::User,
        "system" => ScopeLevel::System,
        _ => {
            return Err(ScopeError::UnknownLevel {
                scope: scope(),
                prefix: prefix.to_owned(),
            })
        }
    };

    parse_resource_scope(token, level, rest).map(Scope::Resource)
}

/// Returns the error for a token that fits no form, pointing out a mistake in letter case.
fn unknown_scope(token: &str) -> ScopeError {
    let same_but_case = NAMED_SCOPES
        .iter()
        .map(|(name, _)| *name)
        .find(|name| name.eq_ignore_ascii_case(token));

    match same_but_case {
        Some(suggestion) => ScopeError::WrongCase {
            scope: token.to_owned(),
            suggestion,
        },
        None => ScopeError::Unknown {
            scope: token.to_owned(),
        },
    }
}

/// Parses what follows `patient/`, `user/` or `system/`.
fn parse_resource_scope(
    token: &str,
    level: ScopeLevel,
    rest: &str,
) -> Result<ResourceScope, ScopeError> {
    let scope = || token.to_owned();
    let (body, query) = match rest.split_once('?') {
        Some((body, query)) => (body, Some(query)),
        None => (rest, None),
    };

    let Some((resource, suffix)) = body.split_once('.') else {
        return Err(missing_period_error(token, level, body));
    };

    let resource_type = match resource {
        "*" => None,
        "" => {
            return Err(ScopeError::MissingResourceType {
                scope: scope(),
                level,
            })
        }
        _ if is_resource_type_name(resource) => Some(resource.to_owned()),
        _ => {
            return Err(ScopeError::InvalidResourceType {
                scope: scope(),
                resource_type: resource.to_owned(),
                suggestion: r4_resource_type_from_lowercase(&resource.to_ascii_lowercase())
                    .map(str::to_owned),
            })
        }
    };

    let v1_permission = V1Permission::parse(suffix);
    let permissions = match v1_permission {
        Some(v1) => v1.permissions(),
        None if suffix.is_empty() => {
            return Err(ScopeError::MissingPermissions {
                scope: scope(),
                example: format!("{level}/{resource}.rs"),
            })
        }
        None => Permissions::parse(suffix).ok_or_else(|| ScopeError::InvalidPermissions {
            scope: scope(),
            permissions: suffix.to_owned(),
            suggestion: reordered_permissions(suffix)
                .map(|permissions| format!("{level}/{resource}.{permissions}")),
        })?,
    };

    let parsed = ResourceScope {
        level,
        resource_type,
        permissions,
        v1_permission,
        query: query.map(str::to_owned),
    };
    if let Some(query) = query {
        if !is_valid_query(query) {
            return Err(ScopeError::InvalidQuery { scope: scope() });
        }
        if v1_permission.is_some() {
            return Err(ScopeError::QueryWithV1Permission {
                scope: scope(),
                suggestion: parsed.v2_form(),
            });
        }
    }

    Ok(parsed)
}

/// Returns the error for a resource scope without a `.`: either the resource type or the
/// period before the permissions is missing, as in `patient/read` or `user/*read`.
fn missing_period_error(token: &str, level: ScopeLevel, body: &str) -> ScopeError {
    let scope = token.to_owned();

    for v1 in ["read", "write", "*"] {
        if let Some(resource) = body.strip_suffix(v1) {
            if resource == "*" || is_resource_type_name(resource) {
                return ScopeError::MissingPeriod {
                    scope,
                    suggestion: format!("{level}/{resource}.{v1}"),
                };
            }
        }
    }

    if body == "*" || is_resource_type_name(body) {
        return ScopeError::MissingPermissions {
            scope,
            example: format!("{level}/{body}.rs"),
        };
    }

    ScopeError::MissingResourceType { scope, level }
}

/// Returns whether `name` has the form of a FHIR resource type: an ASCII capital letter, then ASCII
/// letters and digits. Whether R4 has the type is a separate warning.
fn is_resource_type_name(name: &str) -> bool {
    let mut chars = name.chars();

    chars.next().is_some_and(|first| first.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Returns `suffix` in `cruds` order when only the order is wrong, as in `sr`.
fn reordered_permissions(suffix: &str) -> Option<String> {
    let reordered: String = "cruds".chars().filter(|c| suffix.contains(*c)).collect();
    let same_letters =
        reordered.len() == suffix.len() && suffix.chars().all(|c| reordered.contains(c));

    same_letters.then_some(reordered)
}

/// Returns whether a query is one or more `param=value` pairs joined by `&`, where the parameter is
/// a search parameter name, possibly chained or with a modifier (`patient.birthdate`,
/// `code:in`).
fn is_valid_query(query: &str) -> bool {
    query.split('&').all(|pair| {
        let Some((name, value)) = pair.split_once('=') else {
            return false;
        };
        let name_valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'));

        name_valid && !value.is_empty()
    })
}

/// Parses what follows `launch/`: a resource type in lowercase and at most one `role`.
fn parse_launch_context(token: &str, context: &str) -> Result<Scope, ScopeError> {
    let invalid = || ScopeError::InvalidLaunchContext {
        scope: token.to_owned(),
    };
    let (resource, query) = match context.split_once('?') {
        Some((resource, query)) => (resource, Some(query)),
        None => (context, None),
    };

    if resource.is_empty() || !resource.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(invalid());
    }
    let role = match query {
        None => None,
        Some(query) => match query.strip_prefix("role=") {
            Some(role) if !role.is_empty() && !role.contains('&') => Some(role.to_owned()),
            _ => return Err(invalid()),
        },
    };

    Ok(Scope::LaunchContext(LaunchContext {
        resource: resource.to_owned(),
        role,
    }))
}

#[cfg(test)]
mod tests;
