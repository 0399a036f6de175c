//! Registry API tokens as platform administrators manage them: the list with revoke
//! buttons, the form that creates one, and the page that shows a new token once.

mod registry_tokens_page;
#[cfg(feature = "ssr")]
mod token_document;

pub use registry_tokens_page::RegistryTokensPage;
#[cfg(feature = "ssr")]
pub use token_document::{created_token_document, token_error_document};

/// The path that the token form posts to. Its response shows the new token.
pub const CREATE_TOKEN_PATH: &str = "/admin/registry-tokens";
