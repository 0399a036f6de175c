pub mod audit_event;
