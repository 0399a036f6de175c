//! The server's integration tests, one binary for all of them: each module tests one
//! part of the portal through the real router on SQLite and PostgreSQL, with the harness
//! in `support`.

mod support;

mod access;
mod accounts;
mod app_credentials;
mod app_logos;
mod app_ownership;
mod app_registration;
mod audit_events;
mod b2b_decisions;
mod b2b_links;
mod b2b_pages;
mod change_notices;
mod clinic_administrators;
mod clinic_apps;
mod clinic_service_base_urls;
mod closure_days;
mod config;
mod creation_mail;
mod demo_data;
mod developer_agreement;
mod docs_pages;
mod fetcher;
mod form_limits;
mod gallery;
mod health;
mod identity_documents;
mod identity_profiles;
mod jwks_keys;
mod maildev;
mod notice_access;
mod notice_numbers;
mod outbox;
mod outbox_worker;
mod pages;
mod process;
mod reapproval;
mod registry_api;
mod registry_changes;
mod registry_decisions;
mod registry_jwks;
mod registry_secrets;
mod registry_tokens;
mod render_retry;
mod return_paths;
mod review_claims;
mod review_decisions;
mod review_pages;
mod secret_rotation;
mod sessions;
mod sqlite_settings;
mod submissions;
mod transparency;
