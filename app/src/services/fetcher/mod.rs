//! The guarded fetcher: GET requests to URLs that developers typed, such as a privacy
//! policy's, without letting those URLs reach the portal's own network. Every URL and
//! redirect target is checked before a request, every resolved address before a connection,
//! and each fetch is bounded in time, redirects and body size.

mod address;
mod address_range;
mod error;
mod fetch;
mod redirect;
mod resolver;
mod target;

use std::sync::Arc;
use std::time::Duration;

pub use address::{is_loopback_address, is_public_address};
pub use address_range::{AddressRange, RefusedAddress};
pub use error::FetchError;
pub use fetch::{FetchEvidence, FetchFailure, FetchResponse};
pub use resolver::{filter_addresses, GuardedResolver};
pub use target::{check_address, check_host_name, check_url, parse_url};

/// The limits of every fetch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FetcherOptions {
    /// The time allowed to connect, and separately for the whole fetch from the first
    /// lookup to the last body byte, redirects included.
    pub timeout: Duration,
    /// The maximum number of redirects followed.
    pub max_redirects: usize,
    /// The number of body bytes read before a fetch stops and fails.
    pub max_body_bytes: usize,
    /// Whether loopback addresses (127.0.0.0/8 and ::1, nothing else) may be fetched.
    /// Tests set it to fetch from servers they start.
    pub allow_loopback: bool,
    /// Whether URLs on other hosts are fetched at all. A portal without outside access, such
    /// as a demonstration, turns it off: every fetch then fails at once, before any lookup.
    pub enabled: bool,
}

impl Default for FetcherOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(5),
            max_redirects: 3,
            max_body_bytes: 256 * 1024,
            allow_loopback: false,
            enabled: true,
        }
    }
}

/// The HTTP client for URLs from outside the portal. Clones share one connection pool.
#[derive(Clone, Debug)]
pub struct GuardedFetcher {
    client: reqwest::Client,
    options: FetcherOptions,
}

impl GuardedFetcher {
    /// Builds a fetcher that connects directly, ignoring any proxy set in the environment,
    /// because a proxy would resolve and connect to hosts where the guard cannot see them.
    pub fn new(options: FetcherOptions) -> Result<Self, reqwest::Error> {
        Ok(Self {
            client: build_client(&options, None)?,
            options,
        })
    }

    /// Builds a fetcher whose requests all go to the HTTP proxy at `proxy_url`, so a test
    /// can observe every request that passed the guard.
    #[cfg(test)]
    pub(crate) fn through_proxy(options: FetcherOptions, proxy_url: &str) -> Self {
        let proxy = reqwest::Proxy::all(proxy_url).expect("the test proxy URL is valid");
        Self {
            client: build_client(&options, Some(proxy)).expect("the test client builds"),
            options,
        }
    }

    pub fn options(&self) -> &FetcherOptions {
        &self.options
    }
}

fn build_client(
    options: &FetcherOptions,
    proxy: Option<reqwest::Proxy>,
) -> Result<reqwest::Client, reqwest::Error> {
    let builder = reqwest::Client::builder()
        .dns_resolver(Arc::new(GuardedResolver {
            allow_loopback: options.allow_loopback,
        }))
        .redirect(redirect::guarded_policy(
            options.max_redirects,
            options.allow_loopback,
        ))
        .connect_timeout(options.timeout)
        .timeout(options.timeout)
        .referer(false)
        .user_agent(concat!(
            "VeracityDeveloperPortal/",
            env!("CARGO_PKG_VERSION"),
            " (app registration check)"
        ));

    let builder = match proxy {
        Some(proxy) => builder.proxy(proxy),
        None => builder.no_proxy(),
    };
    builder.build()
}

#[cfg(test)]
mod tests;
