//! Plain English descriptions of scopes, for people choosing or reviewing an app.

use super::{LaunchContext, Permissions, ResourceScope, Scope, ScopeLevel};
use crate::domain::fhir_resource_types::r4_resource_type_from_lowercase;

impl Scope {
    /// Describes what the scope lets the app do, as one sentence without a final period.
    pub fn description(&self) -> String {
        match self {
            Scope::Resource(resource) => describe_resource_scope(resource),
            Scope::Launch => {
                "Receive the context of the EHR session that launched the app, such as the \
                 open patient record"
                    .to_owned()
            }
            Scope::LaunchContext(context) => describe_launch_context(context),
            Scope::OpenId => "Confirm who the signed-in user is (OpenID Connect)".to_owned(),
            Scope::FhirUser => {
                "Learn which FHIR record (Patient, Practitioner, RelatedPerson or Person) \
                 represents the signed-in user"
                    .to_owned()
            }
            Scope::Profile => {
                "Read the signed-in user's profile (the SMART v1 form of fhirUser)".to_owned()
            }
            Scope::OnlineAccess => {
                "Keep access while the user stays signed in, through a refresh token".to_owned()
            }
            Scope::OfflineAccess => {
                "Keep access after the user signs out, through a refresh token, until it \
                 expires or is revoked"
                    .to_owned()
            }
            Scope::Extension(name) => format!("Use the server's custom scope {name}"),
        }
    }
}

fn describe_resource_scope(scope: &ResourceScope) -> String {
    let records = match &scope.resource_type {
        Some(resource_type) => format!("{resource_type} records"),
        None => "records of every type".to_owned(),
    };
    let whose = match scope.level {
        ScopeLevel::Patient => "of the current patient",
        ScopeLevel::User => "that the signed-in user may access",
        ScopeLevel::System => "at the clinic that approved the app, with no user present",
    };

    let mut description = format!("{} {records} {whose}", permission_verbs(scope.permissions));
    if let Some(query) = &scope.query {
        description.push_str(&format!(", limited to those matching {query}"));
    }
    if scope.v1_permission.is_some() {
        description.push_str(&format!(
            " (written in SMART v1 form; the same as {})",
            scope.v2_form()
        ));
    }

    description
}

/// Returns the granted interactions as a capitalized list: "Create, read and search".
pub(super) fn permission_verbs(permissions: Permissions) -> String {
    let verbs: Vec<&str> = permissions.granted().map(|(_, name)| name).collect();

    let list = match verbs.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };

    let mut chars = list.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => list,
    }
}

fn describe_launch_context(context: &LaunchContext) -> String {
    let resource_type = r4_resource_type_from_lowercase(&context.resource)
        .map(str::to_owned)
        .unwrap_or_else(|| context.resource.clone());

    let mut description = match context.resource.as_str() {
        "patient" => "Ask for a patient to be selected when the app is launched".to_owned(),
        "encounter" => "Ask for an encounter to be selected when the app is launched".to_owned(),
        _ => format!("Ask for a {resource_type} record as context when the app is launched"),
    };
    if let Some(role) = &context.role {
        description.push_str(&format!(", in the role {role}"));
    }

    description
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(token: &str) -> String {
        Scope::parse(token).unwrap().description()
    }

    #[test]
    fn patient_read_search_described() {
        assert_eq!(
            describe("patient/Observation.rs"),
            "Read and search Observation records of the current patient"
        );
    }

    #[test]
    fn all_permissions_listed_in_order() {
        assert_eq!(
            describe("user/*.cruds"),
            "Create, read, update, delete and search records of every type that the \
             signed-in user may access"
        );
    }

    #[test]
    fn system_scope_described() {
        assert_eq!(
            describe("system/*.rs"),
            "Read and search records of every type at the clinic that approved the app, with \
             no user present"
        );
    }

    #[test]
    fn query_described() {
        assert_eq!(
            describe("patient/Condition.rs?category=http://hl7.org/fhir/us/core/CodeSystem/condition-category|health-concern"),
            "Read and search Condition records of the current patient, limited to those \
             matching category=http://hl7.org/fhir/us/core/CodeSystem/condition-category|health-concern"
        );
    }

    #[test]
    fn v1_scope_shown_with_v2_meaning() {
        assert_eq!(
            describe("patient/Observation.write"),
            "Create, update and delete Observation records of the current patient (written \
             in SMART v1 form; the same as patient/Observation.cud)"
        );
    }

    #[test]
    fn launch_context_described_with_type_name() {
        assert_eq!(
            describe("launch/diagnosticreport"),
            "Ask for a DiagnosticReport record as context when the app is launched"
        );
        assert_eq!(
            describe("launch/relatedperson?role=friend"),
            "Ask for a RelatedPerson record as context when the app is launched, in the role \
             friend"
        );
    }

    #[test]
    fn every_named_scope_described() {
        for token in [
            "launch",
            "launch/patient",
            "launch/encounter",
            "openid",
            "fhirUser",
            "profile",
            "online_access",
            "offline_access",
            "__profilePhoto.manage",
        ] {
            let description = describe(token);
            assert!(description.len() > 20, "{token}: {description}");
        }
    }
}
