//! Every row of `redirect_uris.tsv`. A row without `registered_uri` is a registration-time
//! check of `uri`. A row with one tests whether `uri`, sent in an authorization request,
//! matches the registered URI.

use std::collections::HashMap;

use app::domain::app_kind::ClientType;
use app::domain::redirect_uri::{
    check_redirect_uri, redirect_uri_matches, RedirectUriError, RedirectUriWarning,
};

use crate::support::{assert_no_failures, read_tsv};

/// Returns the client types a row's `app_type` stands for. A native app is a public client
/// (RFC 8252 §8.5); a web app's verdict holds for both client types.
fn client_types(app_type: &str) -> &'static [ClientType] {
    match app_type {
        "native" => &[ClientType::Public],
        "web" => &[ClientType::Public, ClientType::Confidential],
        other => panic!("unknown app_type {other}"),
    }
}

/// Returns whether a rejected URI got the error its row's reason describes.
fn is_expected_error(uri: &str, error: &RedirectUriError) -> bool {
    match error {
        RedirectUriError::SchemeNotReverseDomain { .. } => uri.starts_with("myapp:"),
        RedirectUriError::Fragment { .. } => uri.contains('#'),
        RedirectUriError::Relative { .. } => uri == "index.html",
        RedirectUriError::Wildcard { .. } => uri.contains('*'),
        RedirectUriError::HttpNotLoopback { .. } => uri.starts_with("http://examples."),
        _ => false,
    }
}

fn check_registration_row(row: &HashMap<String, String>, failures: &mut Vec<String>) {
    let uri = row["uri"].as_str();

    for &client_type in client_types(&row["app_type"]) {
        let result = check_redirect_uri(uri, client_type);
        let matches_verdict = match (row["verdict"].as_str(), &result) {
            ("accept", Ok(warnings)) => warnings.is_empty(),
            ("accept_with_warning", Ok(warnings)) => {
                warnings
                    == &vec![RedirectUriWarning::Localhost {
                        uri: uri.to_owned(),
                    }]
            }
            ("reject", Err(error)) => is_expected_error(uri, error),
            _ => false,
        };

        if !matches_verdict {
            failures.push(format!(
                "{uri} ({client_type:?}): verdict {}, got {result:?}",
                row["verdict"]
            ));
        }
    }
}

fn check_matching_row(row: &HashMap<String, String>, failures: &mut Vec<String>) {
    let (registered, requested) = (row["registered_uri"].as_str(), row["uri"].as_str());

    let expected = match row["verdict"].as_str() {
        "accept" => true,
        "reject" => false,
        other => panic!("{requested}: unknown verdict {other}"),
    };
    if redirect_uri_matches(registered, requested) != expected {
        failures.push(format!(
            "{requested} against registered {registered}: expected match={expected}"
        ));
    }

    for &client_type in client_types(&row["app_type"]) {
        if let Err(error) = check_redirect_uri(registered, client_type) {
            failures.push(format!("registered {registered} is invalid: {error}"));
        }
    }
}

#[test]
fn every_redirect_uri_row_has_its_verdict() {
    let rows = read_tsv("redirect_uris.tsv");
    let mut failures = Vec::new();

    for row in &rows {
        let registered = row.get("registered_uri").map(String::as_str).unwrap_or("");
        if registered.is_empty() {
            check_registration_row(row, &mut failures);
        } else {
            check_matching_row(row, &mut failures);
        }
    }

    assert_eq!(rows.len(), 15, "rows read");
    assert_no_failures(&failures);
}

#[test]
fn native_rows_rejected_for_confidential_client() {
    for row in read_tsv("redirect_uris.tsv") {
        let has_registered = row.get("registered_uri").is_some_and(|uri| !uri.is_empty());
        if row["app_type"] != "native" || row["verdict"] == "reject" || has_registered {
            continue;
        }

        let uri = row["uri"].as_str();
        assert_eq!(
            check_redirect_uri(uri, ClientType::Confidential),
            Err(RedirectUriError::NativeRedirectForConfidentialClient {
                uri: uri.to_owned()
            }),
        );
    }
}
