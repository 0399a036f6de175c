//! The portal's schema, one migration per change. Each runs on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261204_000001_create_audit_event;
mod m20261204_000002_create_email_outbox;
mod m20261204_000003_create_clinic;
mod m20261204_000004_create_account;
mod m20261204_000005_create_account_token;
mod m20261204_000006_create_sign_in_throttle;
mod m20261204_000007_create_session;
mod m20261205_000001_create_developer_profile;
mod m20261205_000002_create_developer_member;
mod m20261205_000003_create_identity_document;
mod m20261205_000004_create_identity_review;
mod m20261205_000005_create_member_invitation;
mod m20261206_000001_create_app;
mod m20261206_000002_create_app_client;
mod m20261206_000003_create_client_secret;
mod m20261206_000004_create_app_logo;
mod m20261207_000001_create_closure_day;
mod m20261207_000002_add_sealed_client_secret;
mod m20261207_000003_create_submission;
mod m20261207_000004_create_non_conformance_notice;
mod m20261207_000005_add_app_suspension;
mod m20261207_000006_index_audit_event_action;
mod m20261208_000001_create_registry_event;
mod m20261208_000002_create_clinic_app;
mod m20261208_000003_add_app_clinic;
mod m20261208_000101_create_registry_token;
mod m20261208_000200_create_jwks_cache;
mod m20261208_000400_create_developer_agreement;
mod m20261208_000401_create_change_notice;
mod m20261208_000500_create_registration_link;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261204_000001_create_audit_event::Migration),
            Box::new(m20261204_000002_create_email_outbox::Migration),
            Box::new(m20261204_000003_create_clinic::Migration),
            Box::new(m20261204_000004_create_account::Migration),
            Box::new(m20261204_000005_create_account_token::Migration),
            Box::new(m20261204_000006_create_sign_in_throttle::Migration),
            Box::new(m20261204_000007_create_session::Migration),
            Box::new(m20261205_000001_create_developer_profile::Migration),
            Box::new(m20261205_000002_create_developer_member::Migration),
            Box::new(m20261205_000003_create_identity_document::Migration),
            Box::new(m20261205_000004_create_identity_review::Migration),
            Box::new(m20261205_000005_create_member_invitation::Migration),
            Box::new(m20261206_000001_create_app::Migration),
            Box::new(m20261206_000002_create_app_client::Migration),
            Box::new(m20261206_000003_create_client_secret::Migration),
            Box::new(m20261206_000004_create_app_logo::Migration),
            Box::new(m20261207_000001_create_closure_day::Migration),
            Box::new(m20261207_000002_add_sealed_client_secret::Migration),
            Box::new(m20261207_000003_create_submission::Migration),
            Box::new(m20261207_000004_create_non_conformance_notice::Migration),
            Box::new(m20261207_000005_add_app_suspension::Migration),
            Box::new(m20261207_000006_index_audit_event_action::Migration),
            Box::new(m20261208_000001_create_registry_event::Migration),
            Box::new(m20261208_000002_create_clinic_app::Migration),
            Box::new(m20261208_000003_add_app_clinic::Migration),
            Box::new(m20261208_000101_create_registry_token::Migration),
            Box::new(m20261208_000200_create_jwks_cache::Migration),
            Box::new(m20261208_000400_create_developer_agreement::Migration),
            Box::new(m20261208_000401_create_change_notice::Migration),
            Box::new(m20261208_000500_create_registration_link::Migration),
        ]
    }
}
