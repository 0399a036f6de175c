//! App routes that are plain axum handlers rather than server functions. The logo upload
//! takes a multipart body and its download is public. The secret page shows a new sandbox
//! client secret to a browser without JavaScript, in the response to its own POST.

mod logo;
mod secret_page;

pub use logo::{serve_logo, upload_logo};
pub use secret_page::issue_secret_page;
