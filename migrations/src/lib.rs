//! The portal's schema, one migration per change. Each runs on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261204_000001_create_audit_event;
mod m20261204_000002_create_email_outbox;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261204_000001_create_audit_event::Migration),
            Box::new(m20261204_000002_create_email_outbox::Migration),
        ]
    }
}
