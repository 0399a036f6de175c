/// Fewest characters a password may have (NIST SP 800-63B allows 8; the portal requires 12).
pub const MIN_LENGTH: usize = 12;
/// Most characters a password may have; bounds the hashing work one request can cause.
pub const MAX_LENGTH: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Use at least 12 characters.")]
    TooShort,
    #[error("Use at most 128 characters.")]
    TooLong,
    #[error("This password is on a list of commonly used passwords. Choose another one.")]
    Common,
}

/// Checks a new password's length in characters, as the browser can before submitting.
/// There are no composition rules: any characters count.
pub fn check_length(password: &str) -> Result<(), PasswordError> {
    let length = password.chars().count();

    if length < MIN_LENGTH {
        return Err(PasswordError::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordError::TooLong);
    }

    Ok(())
}

/// Checks a new password fully: its length, and that it is not a commonly used one.
#[cfg(feature = "ssr")]
pub fn check_new_password(password: &str) -> Result<(), PasswordError> {
    check_length(password)?;

    if is_common(password) {
        return Err(PasswordError::Common);
    }

    Ok(())
}

/// The shipped list holds only entries of 12 to 128 characters, lowercased, because
/// shorter ones fail the length rule anyway.
#[cfg(feature = "ssr")]
fn is_common(password: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;

    static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let common = COMMON.get_or_init(|| {
        include_str!("common_passwords.txt")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .collect()
    });

    common.contains(password.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counted_in_characters() {
        assert_eq!(check_length("ééééééééééé"), Err(PasswordError::TooShort));
        assert_eq!(check_length("éééééééééééé"), Ok(()));
    }

    #[test]
    fn length_bounds() {
        assert_eq!(check_length(&"a".repeat(11)), Err(PasswordError::TooShort));
        assert_eq!(check_length(&"a".repeat(128)), Ok(()));
        assert_eq!(check_length(&"a".repeat(129)), Err(PasswordError::TooLong));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn common_password_rejected_in_any_case() {
        assert_eq!(
            check_new_password("1234567890qwerty"),
            Err(PasswordError::Common)
        );
        assert_eq!(
            check_new_password("1234567890QWERTY"),
            Err(PasswordError::Common)
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn uncommon_password_accepted() {
        assert_eq!(check_new_password("correct horse battery staple"), Ok(()));
    }
}
