//! One function per use case, each in one transaction: load, authorize, apply the domain
//! rule, write, record the audit event, and enqueue the e-mail.

pub mod accounts;
pub mod agreement;
pub mod api_facts;
pub mod apps;
pub mod assertion_tester;
pub mod b2b;
pub mod calendar;
pub mod change_notices;
pub mod clinic_access;
pub mod clinic_administrators;
pub mod clinic_apps;
pub mod clinics;
pub mod credentials;
pub mod demo;
pub mod fetcher;
pub mod gallery;
pub mod identity;
pub mod jwks;
pub mod passwords;
pub mod portal;
pub mod prechecks;
pub mod registry;
pub mod review;
pub mod sealed_secret;
pub mod service_base_urls;
pub mod session;
pub mod submissions;
pub mod tokens;
pub mod transparency;
