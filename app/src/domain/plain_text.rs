//! Text a person types into a name or address field: printable characters only. Control
//! characters, bidirectional overrides and zero-width characters can hide or reorder what
//! a reviewer reads, so they are refused.

/// Returns whether `value` contains a character that does not show as itself.
pub fn has_hidden_characters(value: &str) -> bool {
    value.chars().any(|c| {
        c.is_control()
            || ('\u{200B}'..='\u{200F}').contains(&c)
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || c == '\u{FEFF}'
    })
}

/// The message for a field that contains such a character.
pub const HIDDEN_CHARACTERS: &str =
    "Remove line breaks, tabs and invisible or direction-changing characters.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_scripts_are_plain_text() {
        assert!(!has_hidden_characters(
            "Société Générale 日本 O'Brien-Smith"
        ));
    }

    #[test]
    fn controls_and_invisible_characters_are_not() {
        for value in [
            "Acme\r\nBcc: x",
            "tab\there",
            "bell\u{7}",
            "rtl\u{202E}gpj.exe",
            "zero\u{200B}width",
            "\u{FEFF}bom",
        ] {
            assert!(has_hidden_characters(value), "{value:?}");
        }
    }
}
