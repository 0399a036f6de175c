//! Pure rules and types of the portal. Nothing here does I/O or depends on Leptos, so the
//! same functions check a form in the browser and enforce the rule on the server.

pub mod document_format;
pub mod ein;
pub mod email_address;
pub mod identity;
pub mod identity_form;
pub mod npi;
pub mod password;
pub mod postal_address;
pub mod role;
pub mod sign_in_throttle;
pub mod us_state;
