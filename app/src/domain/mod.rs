//! Pure rules and types of the portal. Nothing here does I/O or depends on Leptos, so the
//! same functions check a form in the browser and enforce the rule on the server.

pub mod agreement;
pub mod app_kind;
pub mod app_status;
pub mod calendar;
pub mod change_notice;
pub mod client_assertion;
pub mod client_authentication;
pub mod clinic_app_change;
pub mod clinic_app_state;
pub mod document_format;
pub mod ein;
pub mod email_address;
pub mod environment;
pub mod fhir_resource_types;
pub mod gallery_filter;
pub mod grace_period;
pub mod identity;
pub mod identity_form;
pub mod jwks;
// Server only: parsing SVG needs roxmltree, which the browser bundle does not carry.
#[cfg(feature = "ssr")]
pub mod logo;
pub mod npi;
pub mod password;
pub mod plain_text;
pub mod postal_address;
pub mod precheck;
pub mod redirect_uri;
pub mod registration;
pub mod registration_link;
// Server only: the registry API's rules compare clinic UUIDs.
#[cfg(feature = "ssr")]
pub mod registry;
pub mod registry_event_kind;
pub mod return_path;
pub mod review;
pub mod role;
pub mod scope;
pub mod service_base_urls;
pub mod sign_in_throttle;
pub mod upload_problem;
pub mod us_state;
