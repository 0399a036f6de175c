//! The identity profile as a developer types it, and the rules that turn it into a profile
//! the portal stores. Every problem is reported at once, each under its field's name.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ein::Ein;
use super::email_address::{EmailAddress, EmailAddressError};
use super::identity::{id_document_type_label, Pathway};
use super::plain_text::{has_hidden_characters, HIDDEN_CHARACTERS};
use super::postal_address::{PostalAddress, PostalAddressInput};
use super::us_state::state_name;

mod fields;

use fields::{optional_text, phone_number, required_text};

const MAX_NAME: usize = 200;

/// The maximum years an ID may still be valid. A U.S. adult passport, the longest-lived
/// ID accepted, is valid for 10 years, so twice that catches typing errors.
const MAX_ID_YEARS: u32 = 20;

/// The profile form's fields, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileInput {
    pub pathway: String,
    pub legal_name: String,
    pub doing_business_as: String,
    pub address: PostalAddressInput,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub ein: String,
    pub state_registration_number: String,
    pub registration_state: String,
    pub id_document_type: String,
    pub id_issuer: String,
    pub id_expires_on: String,
}

/// A profile that passed [`ProfileInput::validate`], with each value in its stored form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProfile {
    pub pathway: Pathway,
    pub legal_name: String,
    pub doing_business_as: Option<String>,
    pub address: PostalAddress,
    pub contact: Option<Contact>,
    pub ein: Option<Ein>,
    /// The state registration number and the state's USPS code.
    pub state_registration: Option<(String, String)>,
    pub id_document: Option<IdDocument>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: EmailAddress,
    pub phone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdDocument {
    pub document_type: String,
    pub issuer: String,
    pub expires_on: NaiveDate,
}

/// A field's name and what would be accepted.
pub type Problem = (&'static str, String);

impl ProfileInput {
    /// Checks every field the pathway needs. `today` decides whether an ID has expired.
    pub fn validate(&self, today: NaiveDate) -> Result<ValidProfile, Vec<Problem>> {
        let mut problems = Vec::new();

        for (field, value) in self.text_fields() {
            if has_hidden_characters(value) {
                problems.push((field, HIDDEN_CHARACTERS.to_owned()));
            }
        }
        let Some(pathway) = Pathway::parse(self.pathway.trim()) else {
            problems.push(("pathway", "Choose organization or individual.".to_owned()));
            return Err(problems);
        };
        let legal_name = required_text(&mut problems, "legal_name", &self.legal_name, "legal name");
        let address = self
            .address
            .validate()
            .map_err(|errors| problems.extend(errors));

        let mut profile = ValidProfile {
            pathway,
            legal_name,
            doing_business_as: None,
            address: address.unwrap_or_default(),
            contact: None,
            ein: None,
            state_registration: None,
            id_document: None,
        };
        match pathway {
            Pathway::Organization => self.validate_organization(&mut profile, &mut problems),
            Pathway::Individual => self.validate_individual(&mut profile, &mut problems, today),
        }

        if problems.is_empty() {
            Ok(profile)
        } else {
            Err(problems)
        }
    }

    /// Lists every typed field under its form name.
    fn text_fields(&self) -> [(&'static str, &str); 17] {
        [
            ("legal_name", &self.legal_name),
            ("doing_business_as", &self.doing_business_as),
            ("address_line1", &self.address.line1),
            ("address_line2", &self.address.line2),
            ("city", &self.address.city),
            ("region", &self.address.region),
            ("postal_code", &self.address.postal_code),
            ("country", &self.address.country),
            ("contact_name", &self.contact_name),
            ("contact_email", &self.contact_email),
            ("contact_phone", &self.contact_phone),
            ("ein", &self.ein),
            ("state_registration_number", &self.state_registration_number),
            ("registration_state", &self.registration_state),
            ("id_document_type", &self.id_document_type),
            ("id_issuer", &self.id_issuer),
            ("id_expires_on", &self.id_expires_on),
        ]
    }

    fn validate_organization(&self, profile: &mut ValidProfile, problems: &mut Vec<Problem>) {
        profile.doing_business_as =
            optional_text(problems, "doing_business_as", &self.doing_business_as);

        let name = required_text(
            problems,
            "contact_name",
            &self.contact_name,
            "contact's name",
        );
        let email = EmailAddress::parse(&self.contact_email)
            .map_err(|error| {
                let message = match error {
                    EmailAddressError::Missing => "Enter the contact's e-mail address.".to_owned(),
                    other => other.to_string(),
                };
                problems.push(("contact_email", message));
            })
            .ok();
        let phone = phone_number(problems, &self.contact_phone);
        if let Some(email) = email {
            profile.contact = Some(Contact { name, email, phone });
        }

        let ein = self.ein.trim();
        let number = self.state_registration_number.trim();
        let state = self.registration_state.trim();
        if ein.is_empty() && number.is_empty() && state.is_empty() {
            problems.push((
                "ein",
                "Enter the EIN, or a state registration number with its state.".to_owned(),
            ));
        }
        if !ein.is_empty() {
            profile.ein = Ein::parse(ein)
                .map_err(|error| problems.push(("ein", error.to_string())))
                .ok();
        }
        if !number.is_empty() || !state.is_empty() {
            if number.is_empty() || number.chars().count() > 64 {
                problems.push((
                    "state_registration_number",
                    "Enter the state registration number (at most 64 characters) with its state."
                        .to_owned(),
                ));
            }
            if state_name(state).is_none() {
                problems.push((
                    "registration_state",
                    "Choose the state that registered the business.".to_owned(),
                ));
            }
            profile.state_registration = Some((number.to_owned(), state.to_ascii_uppercase()));
        }
    }

    fn validate_individual(
        &self,
        profile: &mut ValidProfile,
        problems: &mut Vec<Problem>,
        today: NaiveDate,
    ) {
        let document_type = self.id_document_type.trim();
        if id_document_type_label(document_type).is_none() {
            problems.push((
                "id_document_type",
                "Choose the type of your government-issued ID.".to_owned(),
            ));
        }
        let issuer = required_text(
            problems,
            "id_issuer",
            &self.id_issuer,
            "state or country that issued the ID",
        );
        let expires_on = match NaiveDate::parse_from_str(self.id_expires_on.trim(), "%Y-%m-%d") {
            Ok(date) if date > today + Months::new(12 * MAX_ID_YEARS) => {
                problems.push((
                    "id_expires_on",
                    format!(
                        "Check the expiry date: no ID is valid for more than {MAX_ID_YEARS} years."
                    ),
                ));
                None
            }
            Ok(date) if date >= today => Some(date),
            Ok(_) => {
                problems.push((
                    "id_expires_on",
                    "This ID has expired; upload a current one.".to_owned(),
                ));
                None
            }
            Err(_) => {
                problems.push((
                    "id_expires_on",
                    "Enter the expiry date as YYYY-MM-DD.".to_owned(),
                ));
                None
            }
        };

        if let Some(expires_on) = expires_on {
            profile.id_document = Some(IdDocument {
                document_type: document_type.to_owned(),
                issuer,
                expires_on,
            });
        }
    }
}

#[cfg(test)]
#[path = "identity_form_tests.rs"]
mod tests;
