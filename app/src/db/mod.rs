//! Database access: the connection pool, the sea-orm entities and the query functions that
//! take a connection. Nothing here decides policy; services above it do.

pub mod audit;
pub mod connect;
pub mod entities;
pub mod outbox;

pub use connect::{connect, ConnectError, DatabaseTarget, PoolSettings};
