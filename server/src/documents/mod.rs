//! Identity document routes: plain axum handlers rather than server functions, because an
//! upload streams a multipart body to disk and a download streams a file back.

mod download;
pub(crate) mod reply;
mod upload;

pub use download::download_document;
pub use upload::upload_document;

/// The profile page path, which lists documents. Uploads from a browser form return there.
const PROFILE_DOCUMENTS: &str = "/developer/profile";
