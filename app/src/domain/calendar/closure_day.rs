//! The rules for a closure day an administrator adds: an extra non-business day, such as a
//! vendor shutdown or an office closure by executive order.

use chrono::NaiveDate;

use super::business_days::is_weekend;
use super::holidays::observed_holiday_on;
use super::long_date;
use crate::domain::plain_text::{has_hidden_characters, HIDDEN_CHARACTERS};

/// The maximum length of a closure day's reason, in characters.
pub const MAX_REASON_CHARS: usize = 200;

/// Parses the date of a new closure day, typed as `YYYY-MM-DD`. It must be `today` or
/// later, a weekday, not an observed federal holiday and not one of `closures`. The error
/// names what would be accepted.
pub fn parse_closure_date(
    text: &str,
    today: NaiveDate,
    closures: &[NaiveDate],
) -> Result<NaiveDate, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Enter the date of the closure as YYYY-MM-DD, such as 2027-03-15.".to_owned());
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("\"{text}\" is not a date. Enter it as YYYY-MM-DD, such as 2027-03-15.")
    })?;

    if date < today {
        return Err(format!(
            "{} is in the past. Enter today ({today}) or a later weekday.",
            long_date(date)
        ));
    }
    if is_weekend(date) {
        return Err(format!(
            "{} is a {}, which is never a business day. Enter a weekday, Monday to Friday.",
            long_date(date),
            date.format("%A")
        ));
    }
    if let Some(holiday) = observed_holiday_on(date) {
        return Err(format!(
            "{} is already a federal holiday ({} observed). Enter another weekday.",
            long_date(date),
            holiday.name()
        ));
    }
    if closures.contains(&date) {
        return Err(already_closed(date));
    }
    Ok(date)
}

/// Returns the message for a date that is a closure day already.
pub fn already_closed(date: NaiveDate) -> String {
    format!(
        "{} is already a closure day. Enter another weekday.",
        long_date(date)
    )
}

/// Checks the reason of a new closure day and returns it without surrounding spaces.
pub fn parse_reason(text: &str) -> Result<String, String> {
    let reason = text.trim();
    let length = reason.chars().count();

    if reason.is_empty() {
        return Err(
            "Enter the reason for the closure, such as \"Offices closed by executive order\"."
                .to_owned(),
        );
    }
    if length > MAX_REASON_CHARS {
        return Err(format!(
            "Shorten the reason to {MAX_REASON_CHARS} characters or fewer; it has {length}."
        ));
    }
    if has_hidden_characters(reason) {
        return Err(HIDDEN_CHARACTERS.to_owned());
    }
    Ok(reason.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    const TODAY: &str = "2026-12-07";

    fn parse(text: &str, closures: &[NaiveDate]) -> Result<NaiveDate, String> {
        parse_closure_date(text, date(TODAY), closures)
    }

    #[test]
    fn parse_closure_date_accepts_future_weekday() {
        assert_eq!(parse(" 2027-03-15 ", &[]), Ok(date("2027-03-15")));
        assert_eq!(parse(TODAY, &[]), Ok(date(TODAY)));
    }

    #[test]
    fn parse_closure_date_rejects_empty_and_malformed() {
        assert!(parse("", &[]).unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse("03/15/2027", &[]).unwrap_err().contains("not a date"));
        assert!(parse("2027-02-30", &[]).unwrap_err().contains("not a date"));
    }

    #[test]
    fn parse_closure_date_rejects_past() {
        let message = parse("2026-12-04", &[]).unwrap_err();

        assert!(message.contains("in the past"), "{message}");
        assert!(message.contains(TODAY), "{message}");
    }

    #[test]
    fn parse_closure_date_rejects_weekend() {
        let message = parse("2027-03-13", &[]).unwrap_err();

        assert!(message.contains("is a Saturday"), "{message}");
        assert!(message.contains("Monday to Friday"), "{message}");
    }

    #[test]
    fn parse_closure_date_rejects_observed_holiday() {
        // July 4, 2027 is a Sunday, so Independence Day is observed on Monday, July 5.
        let message = parse("2027-07-05", &[]).unwrap_err();

        assert!(message.contains("Independence Day observed"), "{message}");
    }

    #[test]
    fn parse_closure_date_rejects_existing_closure() {
        let message = parse("2027-03-15", &[date("2027-03-15")]).unwrap_err();

        assert!(message.contains("already a closure day"), "{message}");
    }

    #[test]
    fn parse_reason_trims_and_accepts() {
        assert_eq!(
            parse_reason("  Vendor shutdown "),
            Ok("Vendor shutdown".to_owned())
        );
    }

    #[test]
    fn parse_reason_rejects_empty_long_and_hidden() {
        assert!(parse_reason("  ").unwrap_err().contains("Enter the reason"));
        assert!(parse_reason(&"x".repeat(MAX_REASON_CHARS)).is_ok());
        assert!(parse_reason(&"x".repeat(MAX_REASON_CHARS + 1))
            .unwrap_err()
            .contains("it has 201"));
        assert_eq!(
            parse_reason("Closed\r\nBcc: x"),
            Err(HIDDEN_CHARACTERS.to_owned())
        );
    }
}
