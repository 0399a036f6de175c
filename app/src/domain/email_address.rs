use std::fmt;

use serde::{Deserialize, Serialize};

/// The longest address SMTP can carry (RFC 5321: 64-octet local part, 255-octet domain,
/// 256-octet path including the angle brackets).
pub const MAX_LENGTH: usize = 254;

/// An e-mail address that passed [`EmailAddress::parse`]: trimmed, lowercased, one `@`
/// with a non-empty local part and a dotted domain.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailAddressError {
    #[error("Enter your e-mail address.")]
    Missing,
    #[error("Enter an e-mail address of at most 254 characters.")]
    TooLong,
    #[error("Enter an e-mail address such as name@example.com.")]
    Invalid,
}

impl EmailAddress {
    /// Parses what a person typed. Addresses compare case-insensitively, so the stored
    /// form is lowercase.
    pub fn parse(input: &str) -> Result<Self, EmailAddressError> {
        let address = input.trim().to_lowercase();

        if address.is_empty() {
            return Err(EmailAddressError::Missing);
        }
        if address.len() > MAX_LENGTH {
            return Err(EmailAddressError::TooLong);
        }

        let Some((local, domain)) = address.split_once('@') else {
            return Err(EmailAddressError::Invalid);
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '@' | '<' | '>' | ',' | ';' | '"')
            });
        if !domain_ok || !local_ok {
            return Err(EmailAddressError::Invalid);
        }

        Ok(EmailAddress(address))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_trimmed_and_lowercased() {
        let address = EmailAddress::parse("  Dev@Example.COM ").unwrap();
        assert_eq!(address.as_str(), "dev@example.com");
    }

    #[test]
    fn plus_addressing_accepted() {
        assert!(EmailAddress::parse("dev+portal@mail.example.org").is_ok());
    }

    #[test]
    fn empty_address_missing() {
        assert_eq!(EmailAddress::parse("   "), Err(EmailAddressError::Missing));
    }

    #[test]
    fn malformed_addresses_invalid() {
        for input in [
            "dev",
            "dev@",
            "@example.com",
            "dev@example",
            "dev@.example.com",
            "dev@example..com",
            "dev@exa mple.com",
            "de v@example.com",
            "dev@example.com>",
            "a@b@example.com",
        ] {
            assert_eq!(
                EmailAddress::parse(input),
                Err(EmailAddressError::Invalid),
                "{input}"
            );
        }
    }

    #[test]
    fn overlong_address_rejected() {
        let input = format!("{}@example.com", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&input), Err(EmailAddressError::TooLong));
    }
}
