//! SMART App Launch 2.0 scopes: the grammar (`patient/Observation.rs`), the SMART v1 forms
//! still accepted (`.read`, `.write`, `.*`), the rules for each kind of app, and a plain
//! English description of each scope for the gallery.

mod app_rules;
mod describe;
mod error;
mod parse;
mod plain_words;

use std::fmt;

pub use app_rules::{check_scopes, CheckedScopes};
pub use error::{ScopeError, ScopeWarning};

/// One scope token of a space-separated `scope` parameter (RFC 6749 §3.3).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Access to FHIR resources, such as `patient/Observation.rs`.
    Resource(ResourceScope),
    /// `launch`: the context of the EHR session that launched the app.
    Launch,
    /// `launch/patient`, `launch/encounter` or `launch/<type>`: context that a standalone
    /// app requests the user to select.
    LaunchContext(LaunchContext),
    /// `openid`: an OpenID Connect ID token.
    OpenId,
    /// `fhirUser`: the FHIR resource of the signed-in user in the ID token.
    FhirUser,
    /// `profile`: the OpenID Connect profile claims, which SMART v1 apps request.
    Profile,
    /// `online_access`: a refresh token usable while the user stays online.
    OnlineAccess,
    /// `offline_access`: a refresh token usable after the user leaves.
    OfflineAccess,
    /// A scope the server defines itself: a name starting with `__`, or a full http(s) URI.
    Extension(String),
}

/// Whose data a resource scope reaches: the `patient/`, `user/` or `system/` prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeLevel {
    Patient,
    User,
    System,
}

impl ScopeLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeLevel::Patient => "patient",
            ScopeLevel::User => "user",
            ScopeLevel::System => "system",
        }
    }
}

impl fmt::Display for ScopeLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A scope on FHIR resources: `level/(ResourceType|*).permissions[?query]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ResourceScope {
    pub level: ScopeLevel,
    /// The resource type, or `None` for the wildcard `*` (every type, now and later).
    pub resource_type: Option<String>,
    /// The v2 permissions, also for a scope written in v1 form.
    pub permissions: Permissions,
    /// The SMART v1 suffix the scope was written with, if it was.
    pub v1_permission: Option<V1Permission>,
    /// The search parameter constraint after `?`, without the `?`.
    pub query: Option<String>,
}

impl ResourceScope {
    /// Returns the scope in SMART v2 form, which for a v1 scope is what it means in v2.
    pub fn v2_form(&self) -> String {
        let mut text = format!(
            "{}/{}.{}",
            self.level,
            self.resource_type.as_deref().unwrap_or("*"),
            self.permissions.as_suffix()
        );
        if let Some(query) = &self.query {
            text.push('?');
            text.push_str(query);
        }
        text
    }
}

/// The SMART v2 permissions: a non-empty subset of `cruds`, written in that order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Permissions {
    pub create: bool,
    pub read: bool,
    pub update: bool,
    pub delete: bool,
    pub search: bool,
}

impl Permissions {
    /// Parses a v2 suffix such as `rs`; `None` when a letter is unknown, repeated or out of
    /// order, or the suffix is empty.
    pub fn parse(suffix: &str) -> Option<Permissions> {
        if suffix.is_empty() || !is_in_cruds_order(suffix) {
            return None;
        }

        Some(Permissions {
            create: suffix.contains('c'),
            read: suffix.contains('r'),
            update: suffix.contains('u'),
            delete: suffix.contains('d'),
            search: suffix.contains('s'),
        })
    }

    pub fn as_suffix(self) -> String {
        self.granted().map(|(letter, _)| letter).collect()
    }

    /// Returns the letter and the FHIR interaction name of each granted permission, in
    /// `cruds` order.
    pub fn granted(self) -> impl Iterator<Item = (char, &'static str)> {
        [
            (self.create, 'c', "create"),
            (self.read, 'r', "read"),
            (self.update, 'u', "update"),
            (self.delete, 'd', "delete"),
            (self.search, 's', "search"),
        ]
        .into_iter()
        .filter_map(|(granted, letter, name)| granted.then_some((letter, name)))
    }
}

/// Returns whether every letter of `suffix` is one of `cruds`, each at most once and in
/// that order.
fn is_in_cruds_order(suffix: &str) -> bool {
    let mut remaining = "cruds";
    for letter in suffix.chars() {
        match remaining.find(letter) {
            Some(position) => remaining = &remaining[position + 1..],
            None => return false,
        }
    }
    true
}

/// A SMART v1 permission suffix, accepted with its v2 meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum V1Permission {
    /// `.read`, meaning `.rs`.
    Read,
    /// `.write`, meaning `.cud`.
    Write,
    /// `.*`, meaning `.cruds`.
    All,
}

impl V1Permission {
    pub fn parse(suffix: &str) -> Option<V1Permission> {
        match suffix {
            "read" => Some(V1Permission::Read),
            "write" => Some(V1Permission::Write),
            "*" => Some(V1Permission::All),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            V1Permission::Read => "read",
            V1Permission::Write => "write",
            V1Permission::All => "*",
        }
    }

    /// Returns the v2 meaning that SMART App Launch 2.0 gives the v1 suffix.
    pub fn permissions(self) -> Permissions {
        let suffix = match self {
            V1Permission::Read => "rs",
            V1Permission::Write => "cud",
            V1Permission::All => "cruds",
        };
        Permissions::parse(suffix).unwrap_or_default()
    }
}

/// A launch context request: `launch/patient`, or another resource type in lowercase with
/// an optional `?role=` (SMART App Launch 2.2).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LaunchContext {
    /// The resource type in lowercase, as written: `patient`, `diagnosticreport`.
    pub resource: String,
    pub role: Option<String>,
}

impl Scope {
    /// Parses one scope token. [`check_scopes`] parses a whole `scope` parameter.
    pub fn parse(token: &str) -> Result<Scope, ScopeError> {
        parse::parse_scope(token)
    }
}

impl fmt::Display for Scope {
    /// Writes the scope as it was written, keeping a v1 suffix.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Resource(scope) => {
                let resource_type = scope.resource_type.as_deref().unwrap_or("*");
                let suffix = match scope.v1_permission {
                    Some(v1) => v1.as_str().to_owned(),
                    None => scope.permissions.as_suffix(),
                };
                write!(f, "{}/{resource_type}.{suffix}", scope.level)?;
                match &scope.query {
                    Some(query) => write!(f, "?{query}"),
                    None => Ok(()),
                }
            }
            Scope::Launch => f.write_str("launch"),
            Scope::LaunchContext(context) => {
                write!(f, "launch/{}", context.resource)?;
                match &context.role {
                    Some(role) => write!(f, "?role={role}"),
                    None => Ok(()),
                }
            }
            Scope::OpenId => f.write_str("openid"),
            Scope::FhirUser => f.write_str("fhirUser"),
            Scope::Profile => f.write_str("profile"),
            Scope::OnlineAccess => f.write_str("online_access"),
            Scope::OfflineAccess => f.write_str("offline_access"),
            Scope::Extension(name) => f.write_str(name),
        }
    }
}
