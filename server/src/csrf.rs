//! Cross-site request forgery protection for every state-changing request, with or without
//! JavaScript. A browser names the page that sent a request in `Origin` (and in
//! `Sec-Fetch-Site`); a POST whose origin is not the portal's own is rejected before it
//! reaches a handler. The session cookie's `SameSite=Lax` is a second layer: browsers do not
//! send it with a cross-site POST at all.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use url::Url;

/// The origins the portal accepts state-changing requests from.
#[derive(Clone, Debug)]
pub struct AllowedOrigins {
    origins: Vec<String>,
}

impl AllowedOrigins {
    /// Collects the public URL's origin, plus the listen address's when it differs (a portal
    /// reached directly on 127.0.0.1 during development).
    pub fn new(public_url: &Url, listen_addr: std::net::SocketAddr) -> Self {
        let mut origins = vec![public_url.origin().ascii_serialization()];
        let direct = format!("http://{listen_addr}");
        if !origins.contains(&direct) {
            origins.push(direct);
        }
        Self { origins }
    }

    fn allows(&self, origin: &str) -> bool {
        self.origins.iter().any(|allowed| allowed == origin)
    }
}

/// Rejects a state-changing request with 403 unless the browser reports that it came from the
/// portal itself. Requests under `/registry/` carry a bearer token instead of a cookie and
/// are not checked here.
pub async fn reject_cross_site(
    State(allowed): State<AllowedOrigins>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );
    if safe || request.uri().path().starts_with("/registry/") {
        return next.run(request).await;
    }

    match verdict(request.headers(), &allowed) {
        Ok(()) => next.run(request).await,
        Err(reason) => {
            tracing::warn!(reason, "rejected a cross-site request");
            (
                StatusCode::FORBIDDEN,
                "This request did not come from a page of the portal and was rejected. \
                 Reload the page and try again.",
            )
                .into_response()
        }
    }
}

fn verdict(headers: &HeaderMap, allowed: &AllowedOrigins) -> Result<(), &'static str> {
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|value| value.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return Err("Sec-Fetch-Site is not same-origin");
    }

    if let Some(origin) = headers.get(header::ORIGIN) {
        return match origin.to_str() {
            Ok(origin) if allowed.allows(origin) => Ok(()),
            _ => Err("Origin is not the portal's"),
        };
    }

    // Without Origin, fall back to the Referer's origin; a request with neither came from
    // no browser page and carries no proof.
    let referer = headers
        .get(header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| Url::parse(value).ok());
    match referer {
        Some(url) if allowed.allows(&url.origin().ascii_serialization()) => Ok(()),
        Some(_) => Err("Referer is not the portal's"),
        None => Err("neither Origin nor Referer is present"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed() -> AllowedOrigins {
        AllowedOrigins::new(
            &Url::parse("https://portal.example.com").unwrap(),
            "127.0.0.1:3000".parse().unwrap(),
        )
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn same_origin_accepted() {
        let request = headers(&[("origin", "https://portal.example.com")]);
        assert_eq!(verdict(&request, &allowed()), Ok(()));
    }

    #[test]
    fn listen_address_accepted() {
        let request = headers(&[("origin", "http://127.0.0.1:3000")]);
        assert_eq!(verdict(&request, &allowed()), Ok(()));
    }

    #[test]
    fn other_origin_rejected() {
        let request = headers(&[("origin", "https://attacker.example")]);
        assert!(verdict(&request, &allowed()).is_err());
    }

    #[test]
    fn opaque_origin_rejected() {
        let request = headers(&[("origin", "null")]);
        assert!(verdict(&request, &allowed()).is_err());
    }

    #[test]
    fn cross_site_fetch_rejected_even_with_matching_origin() {
        let request = headers(&[
            ("origin", "https://portal.example.com"),
            ("sec-fetch-site", "cross-site"),
        ]);
        assert!(verdict(&request, &allowed()).is_err());
    }

    #[test]
    fn referer_used_without_origin() {
        let good = headers(&[("referer", "https://portal.example.com/sign-in")]);
        let bad = headers(&[("referer", "https://attacker.example/form")]);

        assert_eq!(verdict(&good, &allowed()), Ok(()));
        assert!(verdict(&bad, &allowed()).is_err());
    }

    #[test]
    fn missing_origin_and_referer_rejected() {
        assert!(verdict(&HeaderMap::new(), &allowed()).is_err());
    }
}
