use chrono::NaiveDate;

use super::*;
use crate::domain::postal_address::PostalAddressInput;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

fn address() -> PostalAddressInput {
    PostalAddressInput {
        line1: "100 Main Street".into(),
        line2: "Suite 200".into(),
        city: "Boston".into(),
        region: "MA".into(),
        postal_code: "02110".into(),
        country: "United States".into(),
    }
}

fn organization() -> ProfileInput {
    ProfileInput {
        pathway: "organization".into(),
        legal_name: "Acme Health Apps LLC".into(),
        doing_business_as: "Acme Health".into(),
        address: address(),
        contact_name: "Dana Reyes".into(),
        contact_email: "Dana@Acme.example".into(),
        contact_phone: "(617) 555-0199".into(),
        ein: "911144442".into(),
        ..ProfileInput::default()
    }
}

fn individual() -> ProfileInput {
    ProfileInput {
        pathway: "individual".into(),
        legal_name: "Sam Lee".into(),
        address: address(),
        id_document_type: "drivers_license".into(),
        id_issuer: "Massachusetts".into(),
        id_expires_on: "2029-06-30".into(),
        ..ProfileInput::default()
    }
}

fn fields(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|(field, _)| *field).collect()
}

#[test]
fn organization_complete_is_valid() {
    let profile = organization().validate(today()).unwrap();

    assert_eq!(profile.pathway, Pathway::Organization);
    assert_eq!(profile.ein.unwrap().to_string(), "91-1144442");
    assert_eq!(profile.contact.unwrap().email.as_str(), "dana@acme.example");
    assert_eq!(profile.doing_business_as.as_deref(), Some("Acme Health"));
}

#[test]
fn organization_state_registration_replaces_ein() {
    let input = ProfileInput {
        ein: String::new(),
        state_registration_number: "001234567".into(),
        registration_state: "de".into(),
        ..organization()
    };

    let profile = input.validate(today()).unwrap();

    assert_eq!(profile.ein, None);
    assert_eq!(
        profile.state_registration,
        Some(("001234567".to_owned(), "DE".to_owned()))
    );
}

#[test]
fn organization_without_tax_identifier_rejected() {
    let input = ProfileInput {
        ein: String::new(),
        ..organization()
    };

    assert_eq!(fields(&input.validate(today()).unwrap_err()), ["ein"]);
}

#[test]
fn profile_reports_every_problem() {
    let input = ProfileInput {
        legal_name: " ".into(),
        contact_email: "not-an-address".into(),
        contact_phone: "555".into(),
        ein: "07-1144442".into(),
        address: PostalAddressInput {
            postal_code: "ABCDE".into(),
            ..address()
        },
        ..organization()
    };

    let problems = input.validate(today()).unwrap_err();

    assert_eq!(
        fields(&problems),
        [
            "legal_name",
            "postal_code",
            "contact_email",
            "contact_phone",
            "ein"
        ]
    );
    assert!(problems[4].1.contains("07"));
}

#[test]
fn registration_number_needs_state() {
    let input = ProfileInput {
        ein: String::new(),
        state_registration_number: "C1234567".into(),
        ..organization()
    };

    assert_eq!(
        fields(&input.validate(today()).unwrap_err()),
        ["registration_state"]
    );
}

#[test]
fn individual_complete_is_valid() {
    let profile = individual().validate(today()).unwrap();
    let document = profile.id_document.unwrap();

    assert_eq!(profile.contact, None);
    assert_eq!(document.document_type, "drivers_license");
    assert_eq!(
        document.expires_on,
        NaiveDate::from_ymd_opt(2029, 6, 30).unwrap()
    );
}

#[test]
fn individual_needs_current_id() {
    let expired = ProfileInput {
        id_expires_on: "2026-12-03".into(),
        ..individual()
    };
    let malformed = ProfileInput {
        id_document_type: "library_card".into(),
        id_expires_on: "06/30/2029".into(),
        id_issuer: String::new(),
        ..individual()
    };

    assert_eq!(
        fields(&expired.validate(today()).unwrap_err()),
        ["id_expires_on"]
    );
    assert_eq!(
        fields(&malformed.validate(today()).unwrap_err()),
        ["id_document_type", "id_issuer", "id_expires_on"]
    );
}

#[test]
fn pathway_unknown_rejected_first() {
    let input = ProfileInput {
        pathway: "company".into(),
        ..organization()
    };

    assert_eq!(fields(&input.validate(today()).unwrap_err()), ["pathway"]);
}

#[test]
fn profile_hidden_characters_and_far_expiry() {
    let input = ProfileInput {
        legal_name: "Sam\u{202E}eeL".into(),
        id_expires_on: "9999-12-31".into(),
        ..individual()
    };

    assert_eq!(
        fields(&input.validate(today()).unwrap_err()),
        ["legal_name", "id_expires_on"]
    );
}

#[test]
fn contact_email_missing_names_contact() {
    let input = ProfileInput {
        contact_email: String::new(),
        ..organization()
    };

    let problems = input.validate(today()).unwrap_err();

    assert_eq!(problems[0].1, "Enter the contact's e-mail address.");
}
