//! Background tasks that run beside the HTTP server and stop with it.

pub mod backoff;
pub mod outbox;
