//! The scopes each kind of app may request.

use super::{ResourceScope, Scope, ScopeError, ScopeLevel, ScopeWarning};
use crate::domain::app_kind::AppKind;
use crate::domain::fhir_resource_types::{is_r4_resource_type, r4_resource_type_from_lowercase};

/// A `scope` parameter that passed [`check_scopes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedScopes {
    /// The scopes in the order given, without repeats.
    pub scopes: Vec<Scope>,
    pub warnings: Vec<ScopeWarning>,
}

/// Checks a space-separated `scope` parameter for an app of `kind` and returns every
/// problem at once. A patient-facing app requests no `user/` or `system/` scope and a
/// clinician-facing app no `system/` scope. A B2B (system) app requests only `system/`
/// scopes, because SMART Backend Services has no user: no identity or launch scopes, and
/// no refresh token scopes, since the service gets a new access token with a new client
/// assertion and "Refresh tokens SHOULD NOT be issued".
pub fn check_scopes(input: &str, kind: AppKind) -> Result<CheckedScopes, Vec<ScopeError>> {
    let mut scopes: Vec<Scope> = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();

    for token in input.split_whitespace() {
        let scope = match Scope::parse(token).and_then(|scope| check_kind(scope, kind)) {
            Ok(scope) => scope,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };

        if scopes.contains(&scope) {
            warnings.push(ScopeWarning::Duplicate {
                scope: token.to_owned(),
            });
            continue;
        }
        warnings.extend(warnings_for(&scope));
        scopes.push(scope);
    }

    if scopes.is_empty() && errors.is_empty() {
        errors.push(ScopeError::Empty);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    Ok(CheckedScopes { scopes, warnings })
}

fn check_kind(scope: Scope, kind: AppKind) -> Result<Scope, ScopeError> {
    let allowed_level = match kind {
        AppKind::Patient => ScopeLevel::Patient,
        AppKind::Clinician => ScopeLevel::User,
        AppKind::System => ScopeLevel::System,
    };

    let system_app_reason = match &scope {
        Scope::Resource(resource) => {
            let allowed = match kind {
                AppKind::Patient => resource.level == ScopeLevel::Patient,
                AppKind::Clinician => resource.level != ScopeLevel::System,
                AppKind::System => resource.level == ScopeLevel::System,
            };
            if !allowed {
                return Err(level_not_allowed(&scope, resource, kind, allowed_level));
            }
            None
        }
        _ if kind != AppKind::System => None,
        Scope::OpenId | Scope::FhirUser | Scope::Profile => Some(
            "a backend service acts with no signed-in user, so there is no identity to \
             return. Remove the scope.",
        ),
        Scope::Launch | Scope::LaunchContext(_) => Some(
            "a backend service is not launched by a user, so it has no launch context. \
             Remove the scope.",
        ),
        Scope::OnlineAccess | Scope::OfflineAccess => Some(
            "SMART Backend Services issues no refresh token; the service requests a new \
             access token with a new client assertion. Remove the scope.",
        ),
        Scope::Extension(_) => {
            Some("a backend service requests only system/ scopes, such as system/Observation.rs.")
        }
    };

    match system_app_reason {
        Some(reason) => Err(ScopeError::NotForSystemApp {
            scope: scope.to_string(),
            reason,
        }),
        None => Ok(scope),
    }
}

fn level_not_allowed(
    scope: &Scope,
    resource: &ResourceScope,
    kind: AppKind,
    allowed_level: ScopeLevel,
) -> ScopeError {
    let suggestion = ResourceScope {
        level: allowed_level,
        ..resource.clone()
    };

    ScopeError::LevelNotAllowed {
        scope: scope.to_string(),
        level: resource.level,
        kind,
        suggestion: Scope::Resource(suggestion).to_string(),
    }
}

fn warnings_for(scope: &Scope) -> Vec<ScopeWarning> {
    let mut warnings = Vec::new();

    match scope {
        Scope::Resource(resource) => {
            if resource.v1_permission.is_some() {
                warnings.push(ScopeWarning::V1Syntax {
                    scope: scope.to_string(),
                    v2_form: resource.v2_form(),
                });
            }
            if let Some(resource_type) = &resource.resource_type {
                if !is_r4_resource_type(resource_type) {
                    warnings.push(ScopeWarning::NotR4ResourceType {
                        scope: scope.to_string(),
                        resource_type: resource_type.clone(),
                    });
                }
            }
        }
        Scope::LaunchContext(context)
            if r4_resource_type_from_lowercase(&context.resource).is_none() =>
        {
            warnings.push(ScopeWarning::NotR4ResourceType {
                scope: scope.to_string(),
                resource_type: context.resource.clone(),
            });
        }
        Scope::Extension(_) => warnings.push(ScopeWarning::Extension {
            scope: scope.to_string(),
        }),
        _ => {}
    }

    warnings
}

#[cfg(test)]
mod tests;
