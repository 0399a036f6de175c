//! The rules for an API change notice that a platform administrator publishes.

use crate::domain::plain_text::{has_hidden_characters, HIDDEN_CHARACTERS};

/// The maximum length of a notice's title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// The maximum length of a notice's text, in characters.
pub const MAX_BODY_CHARS: usize = 20_000;

/// Parses a notice's title: one line of 1 to [`MAX_TITLE_CHARS`] characters.
pub fn parse_title(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(
            "Enter a title, such as \u{201C}Patient search requires a birth date\u{201D}."
                .to_owned(),
        );
    }
    if has_hidden_characters(text) {
        return Err(format!(
            "The title is one line of visible text. {HIDDEN_CHARACTERS}"
        ));
    }

    let length = text.chars().count();
    if length > MAX_TITLE_CHARS {
        return Err(format!(
            "The title has {length} characters. Shorten it to at most {MAX_TITLE_CHARS}."
        ));
    }
    Ok(text.to_owned())
}

/// Parses a notice's text: 1 to [`MAX_BODY_CHARS`] characters, line breaks allowed.
pub fn parse_body(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Enter what changes, for whom, and what developers should do.".to_owned());
    }

    let length = text.chars().count();
    if length > MAX_BODY_CHARS {
        return Err(format!(
            "The text has {length} characters. Shorten it to at most {MAX_BODY_CHARS}."
        ));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_trimmed() {
        assert_eq!(parse_title("  New scope  ").unwrap(), "New scope");
    }

    #[test]
    fn blank_title_rejected() {
        assert!(parse_title("  ").unwrap_err().contains("Enter a title"));
    }

    #[test]
    fn multiline_title_rejected() {
        assert!(parse_title("one\ntwo").unwrap_err().contains("one line"));
    }

    #[test]
    fn overlong_title_rejected() {
        let title = "t".repeat(MAX_TITLE_CHARS + 1);

        assert!(parse_title(&title).unwrap_err().contains("at most 200"));
    }

    #[test]
    fn body_keeps_line_breaks() {
        assert_eq!(parse_body("a\nb\n").unwrap(), "a\nb");
    }

    #[test]
    fn blank_body_rejected() {
        assert!(parse_body("\n").unwrap_err().contains("Enter what changes"));
    }
}
