//! The rules for publishing a version of the Application Access Developer Agreement.

use chrono::NaiveDate;

/// The maximum length of one version's text, in characters.
pub const MAX_BODY_CHARS: usize = 100_000;

/// Parses the text of a new version: not blank and at most [`MAX_BODY_CHARS`] characters.
/// Surrounding whitespace is removed.
pub fn parse_body(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Enter the text of the agreement.".to_owned());
    }

    let length = text.chars().count();
    if length > MAX_BODY_CHARS {
        return Err(format!(
            "The text has {length} characters. Shorten it to at most {MAX_BODY_CHARS}."
        ));
    }
    Ok(text.to_owned())
}

/// Parses the effective date of a new version, typed as `YYYY-MM-DD`.
pub fn parse_effective_on(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Enter the effective date as YYYY-MM-DD, such as 2027-01-01.".to_owned());
    }

    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("\"{text}\" is not a date. Enter it as YYYY-MM-DD, such as 2027-01-01.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_is_trimmed() {
        assert_eq!(parse_body("  Terms.\n").unwrap(), "Terms.");
    }

    #[test]
    fn blank_body_rejected() {
        assert!(parse_body(" \n ").unwrap_err().contains("Enter the text"));
    }

    #[test]
    fn overlong_body_rejected() {
        let text = "a".repeat(MAX_BODY_CHARS + 1);

        assert!(parse_body(&text).unwrap_err().contains("at most 100000"));
    }

    #[test]
    fn effective_date_parsed() {
        assert_eq!(
            parse_effective_on("2027-01-01"),
            Ok(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())
        );
    }

    #[test]
    fn malformed_effective_date_rejected() {
        assert!(parse_effective_on("01/01/2027")
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!(parse_effective_on("").unwrap_err().contains("Enter"));
    }
}
