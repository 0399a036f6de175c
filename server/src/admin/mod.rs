//! Administration routes that are plain axum handlers rather than server functions: the
//! form that creates a registry token posts here, because only the response to that POST
//! may show the new token.

mod token_page;

pub use token_page::create_token_page;
