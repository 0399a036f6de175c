//! The automatic pre-checks of a submission: the privacy policy and terms of service pages
//! fetched through the guarded fetcher, then the checks that need no network, and last the
//! key set at a registered JWKS URL, fetched when the URL itself passed.

use chrono::Utc;

use crate::domain::precheck::{registration_prechecks, PreCheck, PreCheckName, PreCheckOutcome};
use crate::domain::registration::RegistrationInput;
use crate::services::fetcher::{
    FetchError, FetchEvidence, FetchFailure, FetchResponse, GuardedFetcher,
};
use crate::services::jwks::{fetch_jwks, kids_of};

/// The media types of an HTML page (RFC 2854 and RFC 3236).
const HTML_MEDIA_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

/// Runs every pre-check of `registration`. The two pages are fetched concurrently, so the
/// run takes at most about one fetcher timeout.
pub async fn run_prechecks(
    fetcher: &GuardedFetcher,
    registration: &RegistrationInput,
) -> Vec<PreCheck> {
    let (privacy_policy, terms_of_service) = tokio::join!(
        check_page(
            fetcher,
            PreCheckName::PrivacyPolicyUrl,
            &registration.privacy_policy_url
        ),
        check_page(
            fetcher,
            PreCheckName::TermsOfServiceUrl,
            &registration.terms_of_service_url
        ),
    );

    let mut checks = vec![privacy_policy, terms_of_service];
    checks.extend(registration_prechecks(registration));

    let url = registration.jwks_url.trim();
    for check in &mut checks {
        if check.name == PreCheckName::Jwks
            && check.outcome == PreCheckOutcome::Passed
            && !url.is_empty()
        {
            *check = check_jwks_url(fetcher, url).await;
        }
    }
    checks
}

/// Runs the pre-checks of `registration` that need no network. The privacy policy and
/// terms of service pages, and a key set at a JWKS URL, are recorded as skipped because
/// nothing was fetched.
pub fn offline_prechecks(registration: &RegistrationInput) -> Vec<PreCheck> {
    let not_fetched = "Not fetched: this submission was recorded without network access.";
    let mut checks = vec![
        PreCheck::new(
            PreCheckName::PrivacyPolicyUrl,
            PreCheckOutcome::Skipped,
            not_fetched,
        ),
        PreCheck::new(
            PreCheckName::TermsOfServiceUrl,
            PreCheckOutcome::Skipped,
            not_fetched,
        ),
    ];
    checks.extend(registration_prechecks(registration));

    let url_registered = !registration.jwks_url.trim().is_empty();
    for check in &mut checks {
        if check.name == PreCheckName::Jwks
            && check.outcome == PreCheckOutcome::Passed
            && url_registered
        {
            *check = PreCheck::new(PreCheckName::Jwks, PreCheckOutcome::Skipped, not_fetched);
        }
    }
    checks
}

/// Fetches a JWKS URL and checks that it returns a valid key set with a 2xx status.
async fn check_jwks_url(fetcher: &GuardedFetcher, url: &str) -> PreCheck {
    let name = PreCheckName::Jwks;

    match fetch_jwks(fetcher, url, Utc::now()).await {
        Ok(fetched) => {
            let kids = kids_of(&fetched.body).join(", ");
            let summary =
                format!("The JWKS URL {url} returned a valid key set with the key IDs {kids}.");
            PreCheck::new(name, PreCheckOutcome::Passed, summary)
        }
        Err(error) => PreCheck::new(name, PreCheckOutcome::Failed, format!("{url}: {error}")),
    }
}

/// Fetches `url` and checks that it returns an HTML page with a 2xx status.
async fn check_page(fetcher: &GuardedFetcher, name: PreCheckName, url: &str) -> PreCheck {
    let url = url.trim();
    if url.is_empty() {
        return PreCheck::new(name, PreCheckOutcome::Failed, "No URL is registered.");
    }

    judge_page(name, fetcher.fetch(url).await)
}

/// Judges a fetched page. A page larger than the body limit still passes, because the
/// status and the content type are known before the body is read.
fn judge_page(name: PreCheckName, fetched: Result<FetchResponse, FetchFailure>) -> PreCheck {
    let (evidence, error) = match fetched {
        Ok(response) => (response.evidence, None),
        Err(FetchFailure { evidence, error }) => (evidence, Some(error)),
    };
    let details = describe(&evidence);

    let body_too_large = matches!(error, Some(FetchError::BodyTooLarge { .. }));
    if let Some(error) = error.filter(|_| !body_too_large) {
        return PreCheck::new(name, PreCheckOutcome::Failed, format!("{error} {details}"));
    }

    let status = evidence.status.unwrap_or_default();
    if !(200..300).contains(&status) {
        return PreCheck::new(
            name,
            PreCheckOutcome::Failed,
            format!("The page returned status {status} instead of a 2xx status. {details}"),
        );
    }
    if !is_html(evidence.content_type.as_deref()) {
        let found = match &evidence.content_type {
            Some(content_type) => format!("the Content-Type “{content_type}”"),
            None => "no Content-Type".to_owned(),
        };
        return PreCheck::new(
            name,
            PreCheckOutcome::Failed,
            format!(
                "The page has {found} instead of text/html or application/xhtml+xml. {details}"
            ),
        );
    }

    let note = match body_too_large {
        true => " The page is larger than the body limit, so reading stopped there.",
        false => "",
    };
    PreCheck::new(name, PreCheckOutcome::Passed, format!("{details}{note}"))
}

/// Returns whether a `Content-Type` value names an HTML media type, ignoring parameters
/// such as `charset` and letter case.
fn is_html(content_type: Option<&str>) -> bool {
    let Some(content_type) = content_type else {
        return false;
    };
    let media_type = content_type.split(';').next().unwrap_or_default().trim();

    HTML_MEDIA_TYPES
        .iter()
        .any(|html| media_type.eq_ignore_ascii_case(html))
}

/// Describes a fetch for the reviewer: the URL, each redirect, the status, the content
/// type, the time taken and the bytes read.
fn describe(evidence: &FetchEvidence) -> String {
    let mut parts = vec![format!("GET {}", evidence.requested_url)];

    for redirect in &evidence.redirects {
        parts.push(format!("redirected to {redirect}"));
    }
    if let Some(status) = evidence.status {
        parts.push(format!("status {status}"));
    }
    if let Some(content_type) = &evidence.content_type {
        parts.push(format!("Content-Type “{content_type}”"));
    }
    parts.push(format!("final URL {}", evidence.final_url));
    parts.push(format!("{} ms", evidence.elapsed_ms));
    parts.push(format!("{} body bytes read", evidence.body_bytes));

    format!("{}.", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_html_accepts_html_media_types() {
        assert!(is_html(Some("text/html")));
        assert!(is_html(Some("text/html; charset=utf-8")));
        assert!(is_html(Some("Text/HTML;charset=UTF-8")));
        assert!(is_html(Some("application/xhtml+xml")));
        assert!(!is_html(Some("text/plain")));
        assert!(!is_html(Some("application/json")));
        assert!(!is_html(Some("text/htmlx")));
        assert!(!is_html(None));
    }

    #[test]
    fn judge_page_passes_large_html_page() {
        let evidence = FetchEvidence {
            requested_url: "https://app.example.com/privacy".to_owned(),
            final_url: "https://app.example.com/privacy".to_owned(),
            status: Some(200),
            content_type: Some("text/html".to_owned()),
            body_bytes: 1024,
            ..FetchEvidence::default()
        };
        let failure = FetchFailure {
            evidence,
            error: FetchError::BodyTooLarge { max_bytes: 1024 },
        };

        let check = judge_page(PreCheckName::PrivacyPolicyUrl, Err(failure));

        assert_eq!(check.outcome, PreCheckOutcome::Passed);
        assert!(
            check.evidence.contains("reading stopped"),
            "{}",
            check.evidence
        );
    }
}
