//! The request-time comparison of a requested redirect URI with a registered one.

use super::parts::UriParts;

/// Returns whether the `redirect_uri` of an authorization request matches a registered
/// redirect URI. The comparison is exact string matching (RFC 9700 §2.1) with one
/// exception. For a native app's loopback redirect (`http` to `127.0.0.1`, `[::1]` or
/// `localhost`) the port may differ or be absent, because the app listens on a port the
/// operating system picks at request time (RFC 8252 §7.3 and §8.4).
pub fn redirect_uri_matches(registered: &str, requested: &str) -> bool {
    if registered == requested {
        return true;
    }

    let registered = UriParts::split(registered);
    let requested = UriParts::split(requested);
    if !registered.is_loopback_http() {
        return false;
    }
    let (Some(registered_authority), Some(requested_authority)) =
        (registered.authority, requested.authority)
    else {
        return false;
    };

    let requested_port_valid = requested_authority
        .port
        .is_none_or(|port| !port.is_empty() && port.parse::<u16>().is_ok());

    requested_port_valid
        && registered.scheme == requested.scheme
        && registered_authority.userinfo == requested_authority.userinfo
        && registered_authority.host == requested_authority.host
        && registered.path == requested.path
        && registered.query == requested.query
        && registered.fragment == requested.fragment
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_uri_matches() {
        let uri = "https://inferno.healthit.gov/suites/custom/smart/redirect";

        assert!(redirect_uri_matches(uri, uri));
    }

    #[test]
    fn loopback_port_may_differ() {
        assert!(redirect_uri_matches(
            "http://127.0.0.1:8080/cb",
            "http://127.0.0.1:51004/cb"
        ));
        assert!(redirect_uri_matches(
            "http://[::1]/cb",
            "http://[::1]:61000/cb"
        ));
        assert!(redirect_uri_matches(
            "http://localhost/cb",
            "http://localhost:3000/cb"
        ));
    }

    #[test]
    fn loopback_host_must_match() {
        assert!(!redirect_uri_matches(
            "http://127.0.0.1/cb",
            "http://localhost:51004/cb"
        ));
        assert!(!redirect_uri_matches(
            "http://127.0.0.1/cb",
            "http://127.0.0.2:51004/cb"
        ));
    }

    #[test]
    fn loopback_query_must_match() {
        assert!(!redirect_uri_matches(
            "http://127.0.0.1/cb",
            "http://127.0.0.1:51004/cb?x=1"
        ));
    }

    #[test]
    fn loopback_port_must_be_number() {
        assert!(!redirect_uri_matches(
            "http://127.0.0.1/cb",
            "http://127.0.0.1:/cb"
        ));
        assert!(!redirect_uri_matches(
            "http://127.0.0.1/cb",
            "http://127.0.0.1:99999/cb"
        ));
    }

    #[test]
    fn https_port_may_not_differ() {
        assert!(!redirect_uri_matches(
            "https://app.example.com/cb",
            "https://app.example.com:8443/cb"
        ));
    }

    #[test]
    fn trailing_slash_and_case_not_ignored() {
        assert!(!redirect_uri_matches(
            "https://app.example.com/cb",
            "https://app.example.com/cb/"
        ));
        assert!(!redirect_uri_matches(
            "https://app.example.com/cb",
            "https://APP.example.com/cb"
        ));
    }
}
