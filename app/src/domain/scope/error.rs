use std::fmt;

use super::ScopeLevel;
use crate::domain::app_kind::AppKind;

/// A scope that is rejected, naming the scope and what would be accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScopeError {
    #[error("Enter at least one scope, such as “launch/patient openid fhirUser patient/*.rs”.")]
    Empty,
    #[error(
        "“{scope}” is not a SMART scope. Use a resource scope such as patient/Observation.rs, \
         or one of openid, fhirUser, launch, launch/patient, launch/encounter, online_access \
         and offline_access."
    )]
    Unknown { scope: String },
    #[error(
        "“{scope}” is not a SMART scope; scope names are case-sensitive, so write “{suggestion}”."
    )]
    WrongCase {
        scope: String,
        suggestion: &'static str,
    },
    #[error(
        "“{scope}” starts with “{prefix}/”, but a resource scope starts with patient/, user/ \
         or system/."
    )]
    UnknownLevel { scope: String, prefix: String },
    #[error(
        "“{scope}” names no resource type. Write {level}/<ResourceType>.<permissions>, such as \
         {level}/Observation.rs, or {level}/*.rs for every resource type."
    )]
    MissingResourceType { scope: String, level: ScopeLevel },
    #[error("“{scope}” is missing the “.” before the permissions; write “{suggestion}”.")]
    MissingPeriod { scope: String, suggestion: String },
    #[error(
        "“{scope}” has no permissions. Add a “.” and letters from cruds in that order, such as \
         “{example}”."
    )]
    MissingPermissions { scope: String, example: String },
    #[error(
        "“{scope}”: “{resource_type}” is not a FHIR resource type. Resource types start with a \
         capital letter, such as Observation{}.",
        suggestion.as_ref().map(|s| format!("; you may mean “{s}”")).unwrap_or_default()
    )]
    InvalidResourceType {
        scope: String,
        resource_type: String,
        suggestion: Option<String>,
    },
    #[error(
        "“{scope}”: “{permissions}” is not a valid permission string. Use letters from c, r, \
         u, d and s, each at most once and in that order{}, or the SMART v1 read, write or *.",
        suggestion.as_ref().map(|s| format!(" (“{s}”)")).unwrap_or_default()
    )]
    InvalidPermissions {
        scope: String,
        permissions: String,
        suggestion: Option<String>,
    },
    #[error(
        "“{scope}” has an invalid query. Write it as param=value pairs separated by “&”, such \
         as ?category=laboratory."
    )]
    InvalidQuery { scope: String },
    #[error(
        "“{scope}” adds a query to a SMART v1 permission, which v1 does not define; write \
         “{suggestion}”."
    )]
    QueryWithV1Permission { scope: String, suggestion: String },
    #[error(
        "“{scope}” is not a valid launch context. Use launch/patient, launch/encounter, or \
         launch/ followed by a resource type in lowercase (such as launch/diagnosticreport) \
         with an optional ?role=<role>."
    )]
    InvalidLaunchContext { scope: String },
    #[error(
        "“{scope}” is a {level}-level scope, which a {kind} app may not request; use \
         “{suggestion}” instead."
    )]
    LevelNotAllowed {
        scope: String,
        level: ScopeLevel,
        kind: AppKind,
        suggestion: String,
    },
    #[error("A B2B (system) app may not request “{scope}”: {reason}")]
    NotForSystemApp { scope: String, reason: &'static str },
}

/// Advice on a scope that is accepted as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeWarning {
    /// A SMART v1 scope, accepted with its v2 meaning.
    V1Syntax { scope: String, v2_form: String },
    /// A well-formed resource type that FHIR R4 does not have, such as the DSTU2
    /// `MedicationOrder`.
    NotR4ResourceType {
        scope: String,
        resource_type: String,
    },
    /// A scope the FHIR server grants only if it defines it.
    Extension { scope: String },
    /// The same scope listed more than once.
    Duplicate { scope: String },
}

impl fmt::Display for ScopeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScopeWarning::V1Syntax { scope, v2_form } => write!(
                f,
                "“{scope}” is SMART v1 syntax; it is accepted with the v2 meaning “{v2_form}”."
            ),
            ScopeWarning::NotR4ResourceType {
                scope,
                resource_type,
            } => write!(
                f,
                "“{scope}”: {resource_type} is not a FHIR R4 resource type, so the server \
                 holds no such records. Check the spelling and the FHIR version."
            ),
            ScopeWarning::Extension { scope } => write!(
                f,
                "“{scope}” is a custom scope; the server grants it only if it defines it."
            ),
            ScopeWarning::Duplicate { scope } => {
                write!(f, "“{scope}” is listed more than once.")
            }
        }
    }
}
