pub mod account;
pub mod account_token;
pub mod audit_event;
pub mod clinic;
pub mod email_outbox;
pub mod session;
pub mod sign_in_throttle;
