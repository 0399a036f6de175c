use app::services::change_notices::atom_feed;
use app::services::portal::Portal;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The media type of an Atom feed (RFC 4287).
const ATOM_CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// `GET /changes.atom`: the API change notices as an Atom 1.0 feed, for anyone.
pub async fn serve_change_feed(State(portal): State<Portal>) -> Response {
    match atom_feed(&portal.db, &portal.public_url).await {
        Ok(xml) => ([(header::CONTENT_TYPE, ATOM_CONTENT_TYPE)], xml).into_response(),
        Err(error) => (error.status_code(), error.to_string()).into_response(),
    }
}
