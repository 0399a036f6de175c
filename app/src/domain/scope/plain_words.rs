//! Scope descriptions for patients and clinic staff reading the gallery: the record types
//! in everyday words, with the FHIR type in brackets.

use super::describe::permission_verbs;
use super::{ResourceScope, Scope, ScopeLevel};

/// Everyday names of common US Core record types.
const EVERYDAY_NAMES: [(&str, &str); 20] = [
    ("AllergyIntolerance", "allergies"),
    ("CarePlan", "care plans"),
    ("CareTeam", "care team members"),
    ("Condition", "health problems and diagnoses"),
    ("Coverage", "insurance coverage"),
    ("DiagnosticReport", "lab and imaging reports"),
    ("DocumentReference", "clinical notes and documents"),
    ("Encounter", "visits and admissions"),
    ("Goal", "care goals"),
    ("Immunization", "immunizations"),
    ("Medication", "medications"),
    ("MedicationDispense", "dispensed medications"),
    ("MedicationRequest", "prescriptions"),
    ("Observation", "lab results and vital signs"),
    (
        "Patient",
        "demographics, such as name, birth date and address",
    ),
    ("Practitioner", "care providers' details"),
    ("Procedure", "procedures"),
    ("Provenance", "record sources and authors"),
    ("QuestionnaireResponse", "questionnaire answers"),
    ("ServiceRequest", "orders and referrals"),
];

impl Scope {
    /// Describes the scope for someone who does not know FHIR, such as "Read and search
    /// your lab results and vital signs (Observation)". Scopes without an everyday form
    /// (a search constraint, a system scope, an uncommon type) fall back to
    /// [`Scope::description`].
    pub fn plain_description(&self) -> String {
        match self {
            Scope::Resource(resource) => {
                plain_resource_scope(resource).unwrap_or_else(|| self.description())
            }
            _ => self.description(),
        }
    }
}

fn plain_resource_scope(scope: &ResourceScope) -> Option<String> {
    if scope.query.is_some() {
        return None;
    }
    let verbs = permission_verbs(scope.permissions);

    let Some(resource_type) = &scope.resource_type else {
        return match scope.level {
            ScopeLevel::Patient => Some(format!("{verbs} all of your health records")),
            ScopeLevel::User => Some(format!(
                "{verbs} all health records of the patients the signed-in user may access"
            )),
            ScopeLevel::System => None,
        };
    };
    let everyday = EVERYDAY_NAMES
        .iter()
        .find(|(name, _)| name == resource_type)
        .map(|(_, everyday)| *everyday)?;

    match scope.level {
        ScopeLevel::Patient => Some(format!("{verbs} your {everyday} ({resource_type})")),
        ScopeLevel::User => Some(format!(
            "{verbs} {everyday} ({resource_type}) of the patients the signed-in user may access"
        )),
        ScopeLevel::System => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(token: &str) -> String {
        Scope::parse(token).unwrap().plain_description()
    }

    #[test]
    fn patient_scope_in_everyday_words() {
        assert_eq!(
            plain("patient/Observation.rs"),
            "Read and search your lab results and vital signs (Observation)"
        );
    }

    #[test]
    fn v1_scope_uses_v2_meaning() {
        assert_eq!(
            plain("patient/AllergyIntolerance.read"),
            "Read and search your allergies (AllergyIntolerance)"
        );
    }

    #[test]
    fn user_scope_names_whose_records() {
        assert_eq!(
            plain("user/Condition.rs"),
            "Read and search health problems and diagnoses (Condition) of the patients the \
             signed-in user may access"
        );
    }

    #[test]
    fn patient_wildcard_means_every_record() {
        assert_eq!(
            plain("patient/*.rs"),
            "Read and search all of your health records"
        );
    }

    #[test]
    fn uncommon_or_constrained_scopes_fall_back() {
        for token in [
            "patient/Basic.rs",
            "patient/Observation.rs?category=laboratory",
            "system/Patient.rs",
            "openid",
        ] {
            let scope = Scope::parse(token).unwrap();
            assert_eq!(scope.plain_description(), scope.description(), "{token}");
        }
    }
}
