//! The Application Access Developer Agreement: the public page developers accept it on, and
//! the page platform administrators publish versions on.

mod agreement_page;
mod publish_page;

pub use agreement_page::AgreementPage;
pub use publish_page::PublishAgreementPage;
