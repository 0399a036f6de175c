//! The page a sign-in returns to, accepted only when it stays on the portal.

/// Returns `next` when it is a path on this site: it starts with one `/`, and it contains
/// no backslash or control character that a browser could read as another host.
pub fn local_path(next: &str) -> Option<&str> {
    let on_site = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    on_site.then_some(next)
}

/// Percent-encodes `value` for a query string: letters, digits, `-._~` and `/` stay as
/// they are, every other byte becomes `%XX`.
pub fn query_value(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_value_keeps_the_path_and_encodes_the_rest() {
        assert_eq!(query_value("/register/b2b/a-B_9"), "/register/b2b/a-B_9");
        assert_eq!(
            query_value("/apps?kind=patient&x=1#top"),
            "/apps%3Fkind%3Dpatient%26x%3D1%23top"
        );
        assert_eq!(query_value("/é +"), "/%C3%A9%20%2B");
    }

    #[test]
    fn local_path_accepted() {
        assert_eq!(local_path("/register/b2b/abc"), Some("/register/b2b/abc"));
        assert_eq!(local_path("/apps?kind=patient"), Some("/apps?kind=patient"));
    }

    #[test]
    fn other_hosts_rejected() {
        for next in [
            "",
            "https://example.com/",
            "//example.com",
            "/\\example.com",
            "/\texample",
            "javascript:alert(1)",
        ] {
            assert_eq!(local_path(next), None, "{next:?}");
        }
    }
}
