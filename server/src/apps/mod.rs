//! App routes that are plain axum handlers rather than server functions. The logo upload
//! takes a multipart body and its download is public. The secret pages show a new client
//! secret to a browser without JavaScript, in the response to its own POST, and the
//! assertion tester's page shows its verdict the same way.

mod assertion_page;
mod logo;
mod secret_page;

pub use assertion_page::assertion_test_page;
pub use logo::{serve_logo, upload_logo};
pub use secret_page::{production_secret_page, sandbox_secret_page};
