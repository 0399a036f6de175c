//! Checks shared by the profile form's text fields.

use super::{Problem, MAX_NAME};

pub(super) fn required_text(
    problems: &mut Vec<Problem>,
    field: &'static str,
    value: &str,
    description: &str,
) -> String {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > MAX_NAME {
        problems.push((
            field,
            format!("Enter the {description} (at most {MAX_NAME} characters)."),
        ));
    }
    value.to_owned()
}

pub(super) fn optional_text(
    problems: &mut Vec<Problem>,
    field: &'static str,
    value: &str,
) -> Option<String> {
    let value = value.trim();
    if value.chars().count() > MAX_NAME {
        problems.push((field, format!("Use at most {MAX_NAME} characters.")));
    }
    (!value.is_empty()).then(|| value.to_owned())
}

/// Accepts a phone number of 10 to 15 digits, written with spaces, dashes, dots,
/// parentheses or a leading `+` (the E.164 maximum is 15 digits).
pub(super) fn phone_number(problems: &mut Vec<Problem>, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }

    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()+".contains(c));
    if !allowed || !(10..=15).contains(&digits) {
        problems.push((
            "contact_phone",
            "Enter a phone number of 10 to 15 digits, such as (555) 010-0199.".to_owned(),
        ));
    }
    Some(value.to_owned())
}
