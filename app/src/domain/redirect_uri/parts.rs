//! The components of a URI exactly as typed. The `url` crate lowercases hosts, drops default
//! ports and adds a trailing slash, so the exact-string rules split the text themselves.

/// A URI split as the regular expression in RFC 3986 Appendix B splits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct UriParts<'a> {
    pub scheme: Option<&'a str>,
    pub authority: Option<Authority<'a>>,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub fragment: Option<&'a str>,
}

/// The authority component: `userinfo@host:port` (RFC 3986 §3.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Authority<'a> {
    pub userinfo: Option<&'a str>,
    /// The host as typed, with the brackets of an IPv6 literal.
    pub host: &'a str,
    pub port: Option<&'a str>,
}

impl<'a> UriParts<'a> {
    pub fn split(uri: &'a str) -> Self {
        let (rest, fragment) = match uri.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (uri, None),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (rest, None),
        };

        let (scheme, rest) = match rest.find(':') {
            Some(colon) if colon > 0 && !rest[..colon].contains('/') => {
                (Some(&rest[..colon]), &rest[colon + 1..])
            }
            _ => (None, rest),
        };

        let (authority, path) = match rest.strip_prefix("//") {
            Some(after_slashes) => {
                let end = after_slashes.find('/').unwrap_or(after_slashes.len());
                (
                    Some(Authority::split(&after_slashes[..end])),
                    &after_slashes[end..],
                )
            }
            None => (None, rest),
        };

        UriParts {
            scheme,
            authority,
            path,
            query,
            fragment,
        }
    }

    /// Returns whether the URI is `http` on a host that RFC 8252 lets native apps redirect to on
    /// any port: the loopback literals `127.0.0.1` and `[::1]` (§7.3) and, though not
    /// recommended, `localhost` (§8.3).
    pub fn is_loopback_http(&self) -> bool {
        let is_http = self
            .scheme
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("http"));
        let host = self.authority.map(|authority| authority.host);

        is_http && host.is_some_and(|host| is_loopback_literal(host) || is_localhost(host))
    }
}

impl<'a> Authority<'a> {
    fn split(authority: &'a str) -> Self {
        let (userinfo, host_and_port) = match authority.rsplit_once('@') {
            Some((userinfo, rest)) => (Some(userinfo), rest),
            None => (None, authority),
        };

        let port_colon = if host_and_port.starts_with('[') {
            host_and_port
                .find(']')
                .and_then(|end| host_and_port[end..].find(':').map(|colon| end + colon))
        } else {
            host_and_port.rfind(':')
        };

        let (host, port) = match port_colon {
            Some(colon) => (&host_and_port[..colon], Some(&host_and_port[colon + 1..])),
            None => (host_and_port, None),
        };

        Authority {
            userinfo,
            host,
            port,
        }
    }
}

/// Returns whether the host is one of the two loopback IP literals of RFC 8252 §7.3.
fn is_loopback_literal(host: &str) -> bool {
    host == "127.0.0.1" || host == "[::1]"
}

pub(super) fn is_localhost(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
}

/// Returns the port a scheme uses when the URI names none.
pub(super) fn default_port(scheme: &str) -> Option<&'static str> {
    if scheme.eq_ignore_ascii_case("https") {
        Some("443")
    } else if scheme.eq_ignore_ascii_case("http") {
        Some("80")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_uri_split() {
        let parts = UriParts::split("https://user@Example.com:8443/a/b?x=1&y=2#top");

        assert_eq!(parts.scheme, Some("https"));
        assert_eq!(
            parts.authority,
            Some(Authority {
                userinfo: Some("user"),
                host: "Example.com",
                port: Some("8443"),
            })
        );
        assert_eq!(parts.path, "/a/b");
        assert_eq!(parts.query, Some("x=1&y=2"));
        assert_eq!(parts.fragment, Some("top"));
    }

    #[test]
    fn private_use_scheme_has_no_authority() {
        let parts = UriParts::split("com.example.app:/oauth2redirect/example-provider");

        assert_eq!(parts.scheme, Some("com.example.app"));
        assert_eq!(parts.authority, None);
        assert_eq!(parts.path, "/oauth2redirect/example-provider");
    }

    #[test]
    fn relative_reference_has_no_scheme() {
        assert_eq!(UriParts::split("index.html").scheme, None);
        assert_eq!(UriParts::split("./app:x").scheme, None);
    }

    #[test]
    fn ipv6_literal_keeps_brackets() {
        let parts = UriParts::split("http://[::1]:51004/cb");
        let authority = parts.authority.unwrap();

        assert_eq!(authority.host, "[::1]");
        assert_eq!(authority.port, Some("51004"));
        assert!(parts.is_loopback_http());
    }

    #[test]
    fn query_before_fragment_only() {
        let parts = UriParts::split("https://a.example/cb#frag?not-a-query");

        assert_eq!(parts.query, None);
        assert_eq!(parts.fragment, Some("frag?not-a-query"));
    }
}
