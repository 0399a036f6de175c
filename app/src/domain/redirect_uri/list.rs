//! The rules for an app's whole list of redirect URIs.

use super::parts::{default_port, UriParts};
use super::{check_redirect_uri, RedirectUriError, RedirectUriWarning};
use crate::domain::app_kind::ClientType;

/// A difference between two URIs that a person may not notice but that makes them
/// different strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UriDifference {
    SchemeCase,
    HostCase,
    DefaultPort,
    TrailingSlash,
}

impl UriDifference {
    pub fn label(self) -> &'static str {
        match self {
            UriDifference::SchemeCase => "the letter case of the scheme",
            UriDifference::HostCase => "the letter case of the host",
            UriDifference::DefaultPort => "an explicit default port",
            UriDifference::TrailingSlash => "a trailing slash",
        }
    }
}

/// Checks every redirect URI of an app and returns all errors at once. On success it also
/// warns about entries listed twice, or differing only in a trailing slash, the letter
/// case of the scheme or host, or an explicit default port.
pub fn check_redirect_uris<S: AsRef<str>>(
    uris: &[S],
    client_type: ClientType,
) -> Result<Vec<RedirectUriWarning>, Vec<RedirectUriError>> {
    if uris.is_empty() {
        return Err(vec![RedirectUriError::NoneRegistered]);
    }

    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for uri in uris {
        match check_redirect_uri(uri.as_ref(), client_type) {
            Ok(uri_warnings) => warnings.extend(uri_warnings),
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    for (index, first) in uris.iter().enumerate() {
        for second in &uris[index + 1..] {
            let (first, second) = (first.as_ref(), second.as_ref());
            if first == second {
                warnings.push(RedirectUriWarning::Duplicate {
                    uri: first.to_owned(),
                });
                continue;
            }
            if let Some(differences) = near_duplicate_differences(first, second) {
                warnings.push(RedirectUriWarning::NearDuplicate {
                    first: first.to_owned(),
                    second: second.to_owned(),
                    differences,
                });
            }
        }
    }

    Ok(warnings)
}

/// Returns how two different URIs differ when all their differences are ones a person may
/// not notice, or `None` when they differ in anything else.
fn near_duplicate_differences(first: &str, second: &str) -> Option<Vec<UriDifference>> {
    let (a, b) = (UriParts::split(first), UriParts::split(second));
    let (scheme_a, scheme_b) = (a.scheme?, b.scheme?);
    if !scheme_a.eq_ignore_ascii_case(scheme_b) || a.query != b.query {
        return None;
    }

    let mut differences = Vec::new();
    if scheme_a != scheme_b {
        differences.push(UriDifference::SchemeCase);
    }

    match (a.authority, b.authority) {
        (None, None) => {}
        (Some(authority_a), Some(authority_b)) => {
            if authority_a.userinfo != authority_b.userinfo
                || !authority_a.host.eq_ignore_ascii_case(authority_b.host)
            {
                return None;
            }
            if authority_a.host != authority_b.host {
                differences.push(UriDifference::HostCase);
            }

            let default = default_port(scheme_a);
            let port_a = authority_a.port.filter(|port| Some(*port) != default);
            let port_b = authority_b.port.filter(|port| Some(*port) != default);
            if port_a != port_b {
                return None;
            }
            if authority_a.port != authority_b.port {
                differences.push(UriDifference::DefaultPort);
            }
        }
        _ => return None,
    }

    if a.path.trim_end_matches('/') != b.path.trim_end_matches('/') {
        return None;
    }
    if a.path != b.path {
        differences.push(UriDifference::TrailingSlash);
    }

    Some(differences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings_for(uris: &[&str]) -> Vec<RedirectUriWarning> {
        check_redirect_uris(uris, ClientType::Public).unwrap()
    }

    #[test]
    fn trailing_slash_warned() {
        let warnings = warnings_for(&["https://app.example.com/cb", "https://app.example.com/cb/"]);

        assert_eq!(
            warnings,
            vec![RedirectUriWarning::NearDuplicate {
                first: "https://app.example.com/cb".to_owned(),
                second: "https://app.example.com/cb/".to_owned(),
                differences: vec![UriDifference::TrailingSlash],
            }]
        );
    }

    #[test]
    fn host_case_and_default_port_warned() {
        let warnings = warnings_for(&[
            "https://App.Example.com/cb",
            "https://app.example.com:443/cb",
        ]);

        assert_eq!(warnings.len(), 1);
        let RedirectUriWarning::NearDuplicate { differences, .. } = &warnings[0] else {
            panic!("expected a near duplicate, got {warnings:?}");
        };
        assert_eq!(
            differences,
            &vec![UriDifference::HostCase, UriDifference::DefaultPort]
        );
    }

    #[test]
    fn host_only_and_root_path_warned() {
        let warnings = warnings_for(&[
            "https://smartforms.csiro.au",
            "https://smartforms.csiro.au/",
        ]);

        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].to_string().contains("a trailing slash"));
    }

    #[test]
    fn exact_duplicate_warned() {
        let uri = "https://app.example.com/cb";

        assert_eq!(
            warnings_for(&[uri, uri]),
            vec![RedirectUriWarning::Duplicate {
                uri: uri.to_owned()
            }]
        );
    }

    #[test]
    fn different_uris_not_warned() {
        assert_eq!(
            warnings_for(&[
                "https://app.example.com/cb",
                "https://app.example.com/cb2",
                "https://app.example.com:8443/cb",
                "https://app.example.com/cb?x=1",
                "com.example.app:/cb",
            ]),
            vec![]
        );
    }

    #[test]
    fn every_error_returned() {
        let errors = check_redirect_uris(
            &["https://a.example.com/cb#x", "https://*.example.com/cb"],
            ClientType::Confidential,
        )
        .unwrap_err();

        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn empty_list_rejected() {
        let uris: [&str; 0] = [];

        assert_eq!(
            check_redirect_uris(&uris, ClientType::Public),
            Err(vec![RedirectUriError::NoneRegistered])
        );
    }
}
