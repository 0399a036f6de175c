pub mod audit_event;
pub mod email_outbox;
