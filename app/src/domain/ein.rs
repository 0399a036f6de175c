//! The Employer Identification Number: nine digits, written `NN-NNNNNNN`. It has no check
//! digit; the only structural rule is that the two-digit prefix is one the IRS assigns
//! ("How EINs are assigned and valid EIN prefixes"). The list is kept in `ein_prefixes.txt`.

use std::fmt;

const PREFIX_LIST: &str = include_str!("ein_prefixes.txt");

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EinError {
    #[error(
        "Enter the EIN as nine digits, with or without the dash after the first two (12-3456789)."
    )]
    Format,
    #[error("{0} is not an EIN prefix the IRS assigns; check the first two digits.")]
    Prefix(String),
}

/// A well-formed EIN, stored as its nine digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ein(String);

impl Ein {
    /// Parses an EIN typed as `123456789` or `12-3456789`, with spaces around it ignored.
    pub fn parse(input: &str) -> Result<Self, EinError> {
        let input = input.trim();
        let digits = match input.split_once('-') {
            Some((prefix, rest)) if prefix.len() == 2 => format!("{prefix}{rest}"),
            Some(_) => return Err(EinError::Format),
            None => input.to_owned(),
        };

        if digits.len() != 9 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(EinError::Format);
        }

        let prefix = &digits[..2];
        if !valid_prefixes().any(|valid| valid == prefix) {
            return Err(EinError::Prefix(prefix.to_owned()));
        }

        Ok(Self(digits))
    }

    /// Returns the nine digits without the dash, as stored.
    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ein {
    /// Writes the EIN as the IRS prints it: `12-3456789`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}-{}", &self.0[..2], &self.0[2..])
    }
}

/// Lists the prefixes the IRS assigns, one per non-comment line of the list.
fn valid_prefixes() -> impl Iterator<Item = &'static str> {
    PREFIX_LIST
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_list_has_83_entries() {
        assert_eq!(valid_prefixes().count(), 83);
        assert!(valid_prefixes().all(|prefix| prefix.len() == 2));
    }

    #[test]
    fn ein_listed_prefixes_accepted() {
        for prefix in valid_prefixes() {
            let ein = Ein::parse(&format!("{prefix}-1234567")).unwrap();
            assert_eq!(ein.to_string(), format!("{prefix}-1234567"));
        }
    }

    #[test]
    fn ein_unassigned_prefixes_rejected() {
        let unassigned = (0..100)
            .map(|number| format!("{number:02}"))
            .filter(|prefix| !valid_prefixes().any(|valid| valid == prefix));

        let mut count = 0;
        for prefix in unassigned {
            assert_eq!(
                Ein::parse(&format!("{prefix}1234567")),
                Err(EinError::Prefix(prefix.clone()))
            );
            count += 1;
        }
        assert_eq!(count, 17);
    }

    #[test]
    fn ein_dash_optional_and_displayed() {
        let plain = Ein::parse("911144442").unwrap();
        let dashed = Ein::parse(" 91-1144442 ").unwrap();

        assert_eq!(plain, dashed);
        assert_eq!(plain.digits(), "911144442");
        assert_eq!(plain.to_string(), "91-1144442");
        assert_eq!(Ein::parse("04-2103594").unwrap().to_string(), "04-2103594");
    }

    #[test]
    fn ein_prefix_07_and_misplaced_dash() {
        assert_eq!(
            Ein::parse("07-1144442"),
            Err(EinError::Prefix("07".to_owned()))
        );
        assert_eq!(Ein::parse("911-14-4442"), Err(EinError::Format));
        assert_eq!(Ein::parse("911-144442"), Err(EinError::Format));
        assert_eq!(Ein::parse("91-114444"), Err(EinError::Format));
        assert_eq!(Ein::parse("91-11444a2"), Err(EinError::Format));
        assert_eq!(Ein::parse(""), Err(EinError::Format));
    }
}
