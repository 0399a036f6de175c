//! A mailing address. Addresses in the United States must name a state by its USPS code and
//! carry a ZIP code; addresses elsewhere are taken as typed.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::us_state::state_name;

const MAX_LINE: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddressInput {
    pub line1: String,
    pub line2: String,
    pub city: String,
    /// The state's USPS code in the United States; a region or province elsewhere.
    pub region: String,
    pub postal_code: String,
    pub country: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostalAddress {
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
}

pub const UNITED_STATES: &str = "United States";

impl PostalAddressInput {
    /// Checks each line and returns every problem, each under its field's name
    /// (`address_line1`, `city`, `region`, `postal_code`, `country`).
    pub fn validate(&self) -> Result<PostalAddress, Vec<(&'static str, String)>> {
        let mut problems = Vec::new();
        let mut line = |field: &'static str, value: &str, message: &str| {
            let value = value.trim();
            if value.is_empty() || value.chars().count() > MAX_LINE {
                problems.push((field, format!("{message} (at most {MAX_LINE} characters).")));
            }
            value.to_owned()
        };

        let line1 = line("address_line1", &self.line1, "Enter the street address");
        let city = line("city", &self.city, "Enter the city");
        let country = normalize_country(&line("country", &self.country, "Enter the country"));
        let line2 = self.line2.trim();
        if line2.chars().count() > MAX_LINE {
            problems.push((
                "address_line2",
                format!("Use at most {MAX_LINE} characters."),
            ));
        }

        let mut region = self.region.trim().to_owned();
        let mut postal_code = self.postal_code.trim().to_owned();
        if country == UNITED_STATES {
            match state_name(&region) {
                Some(_) => region = region.to_ascii_uppercase(),
                None => problems.push(("region", "Choose the state.".to_owned())),
            }
            match zip_code(&postal_code) {
                Some(zip) => postal_code = zip,
                None => problems.push((
                    "postal_code",
                    "Enter the ZIP code as 5 digits or ZIP+4 (12345-6789).".to_owned(),
                )),
            }
        } else {
            if region.chars().count() > MAX_LINE {
                problems.push(("region", format!("Use at most {MAX_LINE} characters.")));
            }
            if postal_code.chars().count() > 20 {
                problems.push(("postal_code", "Use at most 20 characters.".to_owned()));
            }
        }

        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(PostalAddress {
            line1,
            line2: (!line2.is_empty()).then(|| line2.to_owned()),
            city,
            region,
            postal_code,
            country,
        })
    }
}

/// Spells the United States one way, whichever common form was typed.
fn normalize_country(country: &str) -> String {
    let known = [
        "us",
        "u.s",
        "u.s.",
        "usa",
        "u.s.a",
        "u.s.a.",
        "america",
        "united states",
        "united states of america",
    ];
    if known.contains(&country.to_lowercase().as_str()) {
        UNITED_STATES.to_owned()
    } else {
        country.to_owned()
    }
}

/// Returns a ZIP code (`12345`) or ZIP+4 code (`12345-6789`, or nine digits typed without
/// the dash) in its usual form, or `None`.
fn zip_code(value: &str) -> Option<String> {
    let digits =
        |part: &str, len: usize| part.len() == len && part.chars().all(|c| c.is_ascii_digit());

    match value.split_once('-') {
        None if digits(value, 5) => Some(value.to_owned()),
        None if digits(value, 9) => Some(format!("{}-{}", &value[..5], &value[5..])),
        Some((zip, plus4)) if digits(zip, 5) && digits(plus4, 4) => Some(value.to_owned()),
        _ => None,
    }
}

impl fmt::Display for PostalAddress {
    /// Writes the address on one line, as the profile and its history show it.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}", self.line1)?;
        if let Some(line2) = &self.line2 {
            write!(formatter, ", {line2}")?;
        }
        write!(
            formatter,
            ", {}, {} {}, {}",
            self.city, self.region, self.postal_code, self.country
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(region: &str, postal_code: &str, country: &str) -> PostalAddressInput {
        PostalAddressInput {
            line1: "100 Main Street".into(),
            line2: String::new(),
            city: "Springfield".into(),
            region: region.into(),
            postal_code: postal_code.into(),
            country: country.into(),
        }
    }

    #[test]
    fn us_address_normalized() {
        let address = input("il", "627011234", "U.S.A").validate().unwrap();

        assert_eq!(address.region, "IL");
        assert_eq!(address.postal_code, "62701-1234");
        assert_eq!(
            address.to_string(),
            "100 Main Street, Springfield, IL 62701-1234, United States"
        );
    }

    #[test]
    fn us_address_needs_state_and_zip() {
        let problems = input("Illinoisx", "6270", "United States")
            .validate()
            .unwrap_err();
        let fields: Vec<_> = problems.iter().map(|(field, _)| *field).collect();

        assert_eq!(fields, ["region", "postal_code"]);
    }

    #[test]
    fn zip_loose_forms_rejected() {
        for zip in ["0-2-1-1-0", "-----02110", "0211-01234", "02110-", "021 10"] {
            let problems = input("MA", zip, "United States").validate().unwrap_err();
            assert_eq!(problems[0].0, "postal_code", "{zip}");
        }
        assert_eq!(
            input("MA", "02110-1234", "US")
                .validate()
                .unwrap()
                .postal_code,
            "02110-1234"
        );
    }

    #[test]
    fn region_abroad_too_long() {
        let problems = input(&"R".repeat(201), "75001", "France")
            .validate()
            .unwrap_err();

        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, "region");
    }

    #[test]
    fn address_abroad_kept_as_typed() {
        let address = input("Ontario", "K1A 0B1", "Canada").validate().unwrap();

        assert_eq!(address.region, "Ontario");
        assert_eq!(address.postal_code, "K1A 0B1");
    }

    #[test]
    fn address_empty_lines_reported() {
        let problems = PostalAddressInput::default().validate().unwrap_err();
        let fields: Vec<_> = problems.iter().map(|(field, _)| *field).collect();

        assert_eq!(fields, ["address_line1", "city", "country"]);
    }
}
