//! Reads query parameters by hand, so a malformed one gets a problem document naming it
//! instead of the extractor's plain-text rejection.

/// Returns the first value of `name` in the raw query string, decoded.
pub fn first_value(query: &str, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_decoded_value() {
        assert_eq!(first_value("a=1&b=x%20y&b=2", "b").as_deref(), Some("x y"));
        assert_eq!(first_value("a=1", "b"), None);
        assert_eq!(first_value("", "a"), None);
    }
}
