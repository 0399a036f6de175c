//! The rules for a JWKS URL, from which the OAuth server fetches a client's public keys.

use std::net::{Ipv4Addr, Ipv6Addr};

use url::{Host, Url};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JwksUrlError {
    #[error("Enter the JWKS URL.")]
    Empty,
    #[error("“{url}” is not an absolute URL. Enter the full URL, such as https://app.example.com/.well-known/jwks.json.")]
    NotAbsolute { url: String },
    #[error("“{url}” is not a valid URL: {reason}.")]
    Invalid { url: String, reason: String },
    #[error("“{url}” does not use https. SMART requires the JWKS URL to be served over TLS.")]
    NotHttps { url: String },
    #[error("“{url}” has a fragment (the part from “#”). Remove it.")]
    Fragment { url: String },
    #[error("“{url}” contains a user name or password. The JWKS URL must be readable without authentication.")]
    Credentials { url: String },
    #[error(
        "“{url}” names a local or private address, which the OAuth server cannot reach. Use a \
         public host name."
    )]
    NotPublicHost { url: String },
}

/// Checks a JWKS URL: absolute, `https`, no fragment and no credentials, since SMART has the
/// key set served over TLS without authentication. A host that is `localhost` or a
/// loopback, private, link-local or unspecified IP address is rejected.
///
/// NOTE: a host name may still resolve to a private address, so whatever fetches the URL
/// must check the address it connects to.
pub fn check_jwks_url(url: &str) -> Result<(), JwksUrlError> {
    let owned = || url.to_owned();

    if url.trim().is_empty() {
        return Err(JwksUrlError::Empty);
    }
    if url.contains('#') {
        return Err(JwksUrlError::Fragment { url: owned() });
    }

    let parsed = match Url::parse(url) {
        Ok(parsed) => parsed,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return Err(JwksUrlError::NotAbsolute { url: owned() })
        }
        Err(error) => {
            return Err(JwksUrlError::Invalid {
                url: owned(),
                reason: error.to_string(),
            })
        }
    };

    if parsed.scheme() != "https" {
        return Err(JwksUrlError::NotHttps { url: owned() });
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(JwksUrlError::Credentials { url: owned() });
    }

    let is_public = match parsed.host() {
        Some(Host::Domain(domain)) => !domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(address)) => is_public_ipv4(address),
        Some(Host::Ipv6(address)) => is_public_ipv6(address),
        None => false,
    };
    if !is_public {
        return Err(JwksUrlError::NotPublicHost { url: owned() });
    }

    Ok(())
}

fn is_public_ipv4(address: Ipv4Addr) -> bool {
    !(address.is_loopback()
        || address.is_private()
        || address.is_link_local()
        || address.is_unspecified())
}

fn is_public_ipv6(address: Ipv6Addr) -> bool {
    if let Some(mapped) = address.to_ipv4_mapped() {
        return is_public_ipv4(mapped);
    }

    !(address.is_loopback()
        || address.is_unspecified()
        || address.is_unique_local()
        || address.is_unicast_link_local())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_url_accepted() {
        assert_eq!(
            check_jwks_url("https://inferno.healthit.gov/suites/custom/g10_certification/.well-known/jwks.json"),
            Ok(())
        );
    }

    #[test]
    fn http_url_rejected() {
        assert_eq!(
            check_jwks_url("http://app.example.com/jwks.json"),
            Err(JwksUrlError::NotHttps {
                url: "http://app.example.com/jwks.json".to_owned()
            })
        );
    }

    #[test]
    fn relative_url_rejected() {
        assert_eq!(
            check_jwks_url("/.well-known/jwks.json"),
            Err(JwksUrlError::NotAbsolute {
                url: "/.well-known/jwks.json".to_owned()
            })
        );
    }

    #[test]
    fn fragment_rejected() {
        assert_eq!(
            check_jwks_url("https://app.example.com/jwks.json#keys"),
            Err(JwksUrlError::Fragment {
                url: "https://app.example.com/jwks.json#keys".to_owned()
            })
        );
    }

    #[test]
    fn credentials_rejected() {
        assert!(matches!(
            check_jwks_url("https://user:secret@app.example.com/jwks.json"),
            Err(JwksUrlError::Credentials { .. })
        ));
    }

    #[test]
    fn local_and_private_hosts_rejected() {
        for url in [
            "https://localhost/jwks.json",
            "https://127.0.0.1/jwks.json",
            "https://10.1.2.3/jwks.json",
            "https://192.168.0.10/jwks.json",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/jwks.json",
            "https://[fd00::1]/jwks.json",
            "https://[::ffff:127.0.0.1]/jwks.json",
        ] {
            assert_eq!(
                check_jwks_url(url),
                Err(JwksUrlError::NotPublicHost {
                    url: url.to_owned()
                }),
                "{url}"
            );
        }
    }

    #[test]
    fn empty_url_rejected() {
        assert_eq!(check_jwks_url(" "), Err(JwksUrlError::Empty));
    }
}
