use super::*;

use ClientType::{Confidential, Public};

fn error_for(uri: &str, client_type: ClientType) -> RedirectUriError {
    check_redirect_uri(uri, client_type).unwrap_err()
}

#[test]
fn https_accepted_for_both_client_types() {
    for client_type in [Public, Confidential] {
        assert_eq!(
            check_redirect_uri("https://app.example.com/cb?x=1", client_type),
            Ok(vec![])
        );
    }
}

#[test]
fn loopback_accepted_for_public_client() {
    for uri in [
        "http://127.0.0.1/cb",
        "http://127.0.0.1:51004/cb",
        "http://[::1]:8080/cb",
    ] {
        assert_eq!(check_redirect_uri(uri, Public), Ok(vec![]), "{uri}");
    }
}

#[test]
fn localhost_warned() {
    let uri = "http://localhost:8080/cb";

    assert_eq!(
        check_redirect_uri(uri, Public),
        Ok(vec![RedirectUriWarning::Localhost {
            uri: uri.to_owned()
        }])
    );
}

#[test]
fn native_redirect_rejected_for_confidential_client() {
    for uri in ["http://127.0.0.1:8080/cb", "com.example.app:/cb"] {
        assert_eq!(
            error_for(uri, Confidential),
            RedirectUriError::NativeRedirectForConfidentialClient {
                uri: uri.to_owned()
            }
        );
    }
}

#[test]
fn other_loopback_addresses_need_https() {
    for uri in [
        "http://127.0.0.2/cb",
        "http://10.0.0.1/cb",
        "http://[::2]/cb",
    ] {
        assert_eq!(
            error_for(uri, Public),
            RedirectUriError::HttpNotLoopback {
                uri: uri.to_owned()
            }
        );
    }
}

#[test]
fn scheme_without_period_rejected() {
    for uri in [
        "myapp:/cb",
        "javascript:alert(1)",
        "ftp://files.example.com/cb",
    ] {
        assert!(
            matches!(
                error_for(uri, Public),
                RedirectUriError::SchemeNotReverseDomain { .. }
            ),
            "{uri}"
        );
    }
}

#[test]
fn missing_host_rejected() {
    assert_eq!(
        error_for("https:///cb", Confidential),
        RedirectUriError::MissingHost {
            uri: "https:///cb".to_owned()
        }
    );
    assert_eq!(
        error_for("https:cb", Confidential),
        RedirectUriError::MissingHost {
            uri: "https:cb".to_owned()
        }
    );
}

#[test]
fn credentials_rejected() {
    assert!(matches!(
        error_for("https://user:pass@app.example.com/cb", Confidential),
        RedirectUriError::Credentials { .. }
    ));
}

#[test]
fn whitespace_and_empty_rejected() {
    assert_eq!(error_for("", Public), RedirectUriError::Empty);
    assert!(matches!(
        error_for(" https://app.example.com/cb", Public),
        RedirectUriError::Whitespace { .. }
    ));
}

#[test]
fn invalid_host_rejected() {
    assert!(matches!(
        error_for("https://app example.com/cb", Public),
        RedirectUriError::Whitespace { .. }
    ));
    assert!(matches!(
        error_for("https://app.example.com:99999/cb", Public),
        RedirectUriError::Invalid { .. }
    ));
}

#[test]
fn empty_fragment_rejected() {
    assert!(matches!(
        error_for("https://app.example.com/cb#", Public),
        RedirectUriError::Fragment { .. }
    ));
}

#[test]
fn launch_uri_needs_https() {
    assert_eq!(
        check_launch_uri("https://inferno.healthit.gov/suites/custom/smart/launch"),
        Ok(vec![])
    );
    for uri in [
        "http://127.0.0.1:8080/launch",
        "http://app.example.com/launch",
        "com.example.app:/launch",
        "myapp:/launch",
    ] {
        assert_eq!(
            check_launch_uri(uri),
            Err(RedirectUriError::LaunchUriNotHttps {
                uri: uri.to_owned()
            }),
            "{uri}"
        );
    }
}

#[test]
fn launch_uri_fragment_rejected() {
    assert!(matches!(
        check_launch_uri("https://app.example.com/launch#start"),
        Err(RedirectUriError::Fragment { .. })
    ));
}

#[test]
fn messages_name_uri_and_fix() {
    let message = error_for("myapp:/cb", Public).to_string();

    assert!(message.contains("“myapp:/cb”"), "{message}");
    assert!(message.contains("com.example.app:/callback"), "{message}");
}
