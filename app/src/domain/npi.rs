//! The National Provider Identifier: 10 digits whose last is a Luhn check digit computed
//! over the prefix 80840 followed by the first nine digits (CMS, "Requirements for
//! National Provider Identifier Check Digit").

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NpiError {
    #[error("Enter the NPI as 10 digits.")]
    Format,
    #[error("This NPI's check digit does not match; check it for a typing error.")]
    CheckDigit,
}

/// Parses an NPI typed with or without spaces and dashes.
pub fn parse_npi(input: &str) -> Result<String, NpiError> {
    let digits: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();

    if digits.len() != 10 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(NpiError::Format);
    }

    let luhn_input = format!("80840{digits}");
    if !luhn_valid(&luhn_input) {
        return Err(NpiError::CheckDigit);
    }

    Ok(digits)
}

fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(index, digit)| {
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                digit
            }
        })
        .sum();

    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cms_example_accepted() {
        assert_eq!(parse_npi("1234567893"), Ok("1234567893".to_owned()));
        assert_eq!(parse_npi("123-456-7893"), Ok("1234567893".to_owned()));
    }

    #[test]
    fn wrong_check_digit_rejected() {
        assert_eq!(parse_npi("1234567890"), Err(NpiError::CheckDigit));
    }

    #[test]
    fn wrong_length_rejected() {
        assert_eq!(parse_npi("123456789"), Err(NpiError::Format));
        assert_eq!(parse_npi("12345678a3"), Err(NpiError::Format));
    }
}
