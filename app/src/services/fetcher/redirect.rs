//! The redirect policy: each redirect target is checked like the first URL before reqwest
//! connects to it, and a chain longer than the configured maximum fails. The targets a
//! fetch followed are recorded for its evidence.

use std::cell::RefCell;
use std::future::Future;

use reqwest::redirect::{Attempt, Policy};
use url::Url;

use super::error::FetchError;
use super::target::check_url;

tokio::task_local! {
    /// The redirect targets followed by the fetch running in this task. reqwest applies
    /// the redirect policy while the caller's task polls the response future, so the
    /// policy reaches the fetch's own list.
    static HOPS: RefCell<Vec<Url>>;
}

/// Returns the policy that follows at most `max_redirects` redirects, each to a URL that
/// passes [`check_url`].
pub fn guarded_policy(max_redirects: usize, allow_loopback: bool) -> Policy {
    Policy::custom(move |attempt: Attempt<'_>| {
        // `previous` contains the first URL and every target followed so far.
        if attempt.previous().len() > max_redirects {
            return attempt.error(FetchError::TooManyRedirects { max_redirects });
        }

        let target = attempt.url().clone();
        if let Err(error) = check_url(&target, allow_loopback) {
            record(target);
            return attempt.error(error);
        }

        record(target);
        attempt.follow()
    })
}

/// Runs `fetch` with an empty list of redirect targets, and returns its output with the
/// targets the policy saw, in order.
pub async fn with_recorded_hops<T>(fetch: impl Future<Output = T>) -> (T, Vec<Url>) {
    HOPS.scope(RefCell::new(Vec::new()), async {
        let output = fetch.await;
        let hops = HOPS.with(|hops| hops.take());
        (output, hops)
    })
    .await
}

/// Appends `target` to the running fetch's list. A request made outside
/// [`with_recorded_hops`] records nothing.
fn record(target: Url) {
    let _ = HOPS.try_with(|hops| hops.borrow_mut().push(target));
}
