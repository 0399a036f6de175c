//! The checks of a URL before any request to it: the first URL of a fetch and every
//! redirect target. A URL whose host is an IP literal never reaches the resolver, so its
//! address is checked here.

use std::net::IpAddr;

use url::{Host, Url};

use super::address::{is_loopback_address, is_public_address};
use super::error::FetchError;

/// Host names of cloud metadata services, which return instance credentials. Each is
/// refused by name, whatever it resolves to.
const METADATA_HOSTS: [&str; 5] = [
    "metadata.google.internal",
    "metadata.goog",
    "metadata",
    "instance-data",
    "instance-data.ec2.internal",
];

/// Parses `url` and checks it with [`check_url`].
pub fn parse_url(url: &str, allow_loopback: bool) -> Result<Url, FetchError> {
    let parsed = Url::parse(url.trim()).map_err(|error| FetchError::InvalidUrl {
        url: url.to_owned(),
        reason: error.to_string(),
    })?;

    check_url(&parsed, allow_loopback)?;
    Ok(parsed)
}

/// Checks that `url` may be fetched: `http` or `https`, with no user name or password.
/// A host name must not be a metadata or `.internal` name, and an IP literal must be a
/// public address, or a loopback one when `allow_loopback` is set.
pub fn check_url(url: &Url, allow_loopback: bool) -> Result<(), FetchError> {
    let owned = || url.as_str().to_owned();

    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::UnsupportedScheme {
            url: owned(),
            scheme: url.scheme().to_owned(),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::Credentials { url: owned() });
    }

    match url.host() {
        Some(Host::Domain(name)) => check_host_name(name),
        Some(Host::Ipv4(address)) => {
            check_address(&address.to_string(), address.into(), allow_loopback)
        }
        Some(Host::Ipv6(address)) => {
            check_address(&address.to_string(), address.into(), allow_loopback)
        }
        None => Err(FetchError::MissingHost { url: owned() }),
    }
}

/// Refuses the host names of cloud metadata services and names under `.internal`, which
/// ICANN reserves for private networks. Other names are checked by their addresses.
pub fn check_host_name(name: &str) -> Result<(), FetchError> {
    let name = name.trim_end_matches('.').to_ascii_lowercase();

    if METADATA_HOSTS.contains(&name.as_str()) {
        return Err(FetchError::RefusedHost {
            host: name,
            reason: "it is the name of a cloud metadata service",
        });
    }
    if name.ends_with(".internal") {
        return Err(FetchError::RefusedHost {
            host: name,
            reason: "names under .internal belong to private networks",
        });
    }
    Ok(())
}

/// Checks one address of `host`: public, or loopback when `allow_loopback` is set.
pub fn check_address(host: &str, address: IpAddr, allow_loopback: bool) -> Result<(), FetchError> {
    if allow_loopback && is_loopback_address(address) {
        return Ok(());
    }

    is_public_address(address).map_err(|refused| FetchError::RefusedAddress {
        host: host.to_owned(),
        refused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal_kind(url: &str, allow_loopback: bool) -> Option<&'static str> {
        parse_url(url, allow_loopback)
            .err()
            .map(|error| error.kind())
    }

    #[test]
    fn parse_url_accepts_public_urls() {
        for url in [
            "https://app.example.com/privacy",
            "http://app.example.com:8080/terms",
            "https://93.184.215.14/",
            "https://[2606:4700:4700::1111]/",
        ] {
            assert_eq!(refusal_kind(url, false), None, "{url}");
        }
    }

    #[test]
    fn parse_url_refuses_ip_literals() {
        for url in [
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "https://127.0.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[fd00::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:169.254.169.254]/",
            "https://[64:ff9b::a9fe:a9fe]/",
            "https://100.64.0.1/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://0251.0376.0251.0376/",
        ] {
            assert_eq!(refusal_kind(url, false), Some("refused_address"), "{url}");
        }
    }

    #[test]
    fn parse_url_refusal_names_metadata_address() {
        let error = parse_url("http://169.254.169.254/latest/meta-data/", false).unwrap_err();

        let FetchError::RefusedAddress { host, refused } = error else {
            panic!("expected a refused address, got {error:?}");
        };
        assert_eq!(host, "169.254.169.254");
        assert_eq!(refused.block, "169.254.0.0/16");
    }

    #[test]
    fn parse_url_admits_loopback_when_allowed() {
        assert_eq!(refusal_kind("http://127.0.0.1:8080/", true), None);
        assert_eq!(refusal_kind("http://[::1]:8080/", true), None);
        assert_eq!(
            refusal_kind("http://[::ffff:127.0.0.1]:8080/", true),
            Some("refused_address")
        );
        assert_eq!(
            refusal_kind("http://10.0.0.1/", true),
            Some("refused_address")
        );
        assert_eq!(
            refusal_kind("http://0.0.0.0:8080/", true),
            Some("refused_address")
        );
    }

    #[test]
    fn parse_url_refuses_metadata_names() {
        for url in [
            "http://metadata.google.internal/computeMetadata/v1/",
            "http://METADATA.GOOGLE.INTERNAL./",
            "http://metadata.goog/",
            "http://metadata/",
            "http://instance-data/latest/",
            "http://db.corp.internal/",
        ] {
            assert_eq!(refusal_kind(url, true), Some("refused_host"), "{url}");
        }
    }

    #[test]
    fn parse_url_refuses_other_schemes_and_credentials() {
        assert_eq!(
            refusal_kind("file:///etc/passwd", false),
            Some("unsupported_scheme")
        );
        assert_eq!(
            refusal_kind("gopher://app.example.com/", false),
            Some("unsupported_scheme")
        );
        assert_eq!(
            refusal_kind("ftp://app.example.com/", false),
            Some("unsupported_scheme")
        );
        assert_eq!(
            refusal_kind("https://user:secret@app.example.com/", false),
            Some("credentials")
        );
        assert_eq!(refusal_kind("not a url", false), Some("invalid_url"));
    }
}
