//! The registration rules run against published examples: scopes and redirect URIs from
//! the SMART and OAuth specifications and test kits, real JWKS documents, and complete
//! registrations with the verdict a correct portal gives. The inputs are in `tests/cases`,
//! whose README names their sources.

mod apps;
mod jwks;
mod redirect_uris;
mod scopes;
mod support;
