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

#[cfg(test)]
mod tests {
    use super::*;

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
