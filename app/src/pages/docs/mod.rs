//! The public API documentation: where the FHIR API lives, how apps register and authorize,
//! and how the API behaves. Every URL and figure comes from configuration.

mod authorization_page;
mod code_sample;
mod connecting_page;
mod doc_frame;
mod operations_page;
mod overview_page;
mod registration_page;

pub use authorization_page::AuthorizationPage;
pub use connecting_page::ConnectingPage;
pub use operations_page::OperationsPage;
pub use overview_page::DocsOverviewPage;
pub use registration_page::RegistrationPage;
