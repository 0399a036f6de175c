/// Escapes `value` for HTML text and for attribute values in double or single quotes.
pub fn escape_html(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for character in value.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Formats HTML like `format!`, escaping every argument with [`escape_html`]. Templates build
/// their HTML with it, so no interpolated value reaches the markup unescaped. The format
/// string itself is trusted markup.
macro_rules! escaped_html {
    ($format:literal $(, $argument:expr)* $(,)?) => {
        format!(
            $format
            $(, $crate::email::escape_html(&::std::string::ToString::to_string(&$argument)))*
        )
    };
}

pub(crate) use escaped_html;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_html_replaces_markup_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn escape_html_keeps_plain_text() {
        assert_eq!(
            escape_html("Harbor Clinic — São Paulo"),
            "Harbor Clinic — São Paulo"
        );
    }

    #[test]
    fn escaped_html_escapes_each_argument() {
        let name = "<b>Ada</b>";
        let link = "https://example.com/?a=1&b=2";

        let html = escaped_html!("<p>{}</p><a href=\"{}\">open</a>", name, link);

        assert_eq!(
            html,
            "<p>&lt;b&gt;Ada&lt;/b&gt;</p><a href=\"https://example.com/?a=1&amp;b=2\">open</a>"
        );
    }
}
