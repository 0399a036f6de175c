//! The registry's decision whether a client may be used at a clinic, through the router and
//! the real database: one test per reason code, and the cases that are allowed.

use crate::support::people::create_account;
use crate::support::registry::{
    approve, client_id, create_test_clinic, registry_get, registry_token,
};
use crate::support::submissions::create_test_app;
use crate::support::{fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN};
use app::db::clinic_apps::{self, NewSetting};
use app::db::entities::{account, app as app_entity};
use app::domain::app_status::AppStatus;
use app::domain::clinic_app_state::ClinicAppState;
use app::domain::environment::Environment;
use app::domain::role::Role;
use app::services::review::suspend_app;
use axum::http::StatusCode;
use axum::Router;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// A database with a clinic, a developer, a registry token and the router.
struct Setup {
    database: crate::support::TestDatabase,
    router: Router,
    token: String,
    clinic: Uuid,
    developer: account::Model,
}

async fn setup(backend: Backend) -> Setup {
    let database = fresh_database(backend).await;
    let router = router(&database);
    let db = &database.db;
    let token = registry_token(db).await;
    let clinic = create_test_clinic(db, "Harbor Family Clinic").await.id;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;

    Setup {
        database,
        router,
        token,
        clinic,
        developer,
    }
}

impl Setup {
    fn db(&self) -> &DatabaseConnection {
        &self.database.db
    }

    /// Creates and approves an app: clinician-facing with a client secret when `secret`,
    /// else patient-facing.
    async fn approved_app(&self, secret: bool) -> (app_entity::Model, account::Model) {
        let app = create_test_app(self.db(), &self.developer, "Harbor Notes", secret).await;
        let reviewer = approve(self.db(), &app, &self.developer, "rita@veracity.example").await;
        (app, reviewer)
    }

    /// Asks for the decision and returns the reason code, or `None` when allowed.
    async fn reason(&self, client_id: &str, clinic: Uuid, environment: &str) -> Option<String> {
        let path = format!(
            "/registry/v1/clients/{client_id}/decision?clinic_id={clinic}&environment={environment}"
        );
        let reply = registry_get(&self.router, &path, Some(&self.token)).await;

        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.body["client_id"], client_id);
        assert_eq!(reply.body["environment"], environment);
        let allowed = reply.body["allowed"].as_bool().unwrap();
        let reason = reply.body["reason"].as_str().map(str::to_owned);
        assert_eq!(allowed, reason.is_none(), "{}", reply.body);
        reason
    }

    async fn production_reason(&self, app: &app_entity::Model) -> Option<String> {
        let client = client_id(self.db(), app, Environment::Production).await;
        self.reason(&client, self.clinic, "production").await
    }

    async fn set_clinic_state(&self, app: &app_entity::Model, state: ClinicAppState) {
        let setting = NewSetting {
            clinic_id: self.clinic,
            app_id: app.id,
            state,
            reason: None,
            contract_reference: None,
            contract_date: None,
            changed_by: self.developer.id,
        };
        clinic_apps::upsert(self.db(), setting).await.unwrap();
    }
}

async fn unknown_client(backend: Backend) {
    let setup = setup(backend).await;

    let reason = setup
        .reason("no-such-client", setup.clinic, "production")
        .await;

    assert_eq!(reason.as_deref(), Some("unknown_client"));
}
on_both_backends!(unknown_client);

async fn unknown_clinic(backend: Backend) {
    let setup = setup(backend).await;
    let (app, _) = setup.approved_app(false).await;
    let client = client_id(setup.db(), &app, Environment::Production).await;

    let reason = setup.reason(&client, Uuid::new_v4(), "production").await;

    assert_eq!(reason.as_deref(), Some("unknown_clinic"));
}
on_both_backends!(unknown_clinic);

async fn clinic_opted_out(backend: Backend) {
    let setup = setup(backend).await;
    let (app, _) = setup.approved_app(false).await;
    assert_eq!(setup.production_reason(&app).await, None);

    setup.set_clinic_state(&app, ClinicAppState::OptedOut).await;

    assert_eq!(
        setup.production_reason(&app).await.as_deref(),
        Some("clinic_opted_out")
    );
}
on_both_backends!(clinic_opted_out);

async fn not_approved(backend: Backend) {
    let setup = setup(backend).await;
    let (app, _) = setup.approved_app(false).await;

    app::db::apps::set_status(setup.db(), app.id, AppStatus::NoticeIssued)
        .await
        .unwrap();

    assert_eq!(
        setup.production_reason(&app).await.as_deref(),
        Some("not_approved")
    );
}
on_both_backends!(not_approved);

async fn suspended(backend: Backend) {
    let setup = setup(backend).await;
    let (app, reviewer) = setup.approved_app(false).await;
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let reason = "Credential stuffing traffic from this app's backend.";

    suspend_app(setup.db(), &public_url, &reviewer, app.id, reason)
        .await
        .unwrap();

    assert_eq!(
        setup.production_reason(&app).await.as_deref(),
        Some("suspended")
    );
    let sandbox = client_id(setup.db(), &app, Environment::Sandbox).await;
    assert_eq!(setup.reason(&sandbox, setup.clinic, "sandbox").await, None);
}
on_both_backends!(suspended);

async fn revoked(backend: Backend) {
    let setup = setup(backend).await;
    let (app, _) = setup.approved_app(true).await;
    setup
        .set_clinic_state(&app, ClinicAppState::Activated)
        .await;
    assert_eq!(setup.production_reason(&app).await, None);

    app::db::client_secrets::revoke_all(
        setup.db(),
        app.id,
        Environment::Production,
        chrono::Utc::now(),
    )
    .await
    .unwrap();

    assert_eq!(
        setup.production_reason(&app).await.as_deref(),
        Some("revoked")
    );
}
on_both_backends!(revoked);

async fn not_activated_at_clinic(backend: Backend) {
    let setup = setup(backend).await;
    let (app, _) = setup.approved_app(true).await;

    assert_eq!(
        setup.production_reason(&app).await.as_deref(),
        Some("not_activated_at_clinic")
    );
    setup
        .set_clinic_state(&app, ClinicAppState::Activated)
        .await;
    assert_eq!(setup.production_reason(&app).await, None);
}
on_both_backends!(not_activated_at_clinic);

async fn sandbox_client_in_production(backend: Backend) {
    let setup = setup(backend).await;
    let app = create_test_app(setup.db(), &setup.developer, "Harbor Notes", false).await;
    let sandbox = client_id(setup.db(), &app, Environment::Sandbox).await;

    assert_eq!(
        setup
            .reason(&sandbox, setup.clinic, "production")
            .await
            .as_deref(),
        Some("sandbox_client_in_production")
    );
    assert_eq!(setup.reason(&sandbox, setup.clinic, "sandbox").await, None);
}
on_both_backends!(sandbox_client_in_production);

async fn bad_parameters_named(backend: Backend) {
    let setup = setup(backend).await;
    let clinic = setup.clinic;

    for (query, parameter) in [
        ("environment=production".to_owned(), "clinic_id"),
        (
            "clinic_id=42&environment=production".to_owned(),
            "clinic_id",
        ),
        (format!("clinic_id={clinic}"), "environment"),
        (
            format!("clinic_id={clinic}&environment=staging"),
            "environment",
        ),
    ] {
        let path = format!("/registry/v1/clients/any/decision?{query}");
        let reply = registry_get(&setup.router, &path, Some(&setup.token)).await;

        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(reply.body["parameter"], parameter, "{query}");
    }
}
on_both_backends!(bad_parameters_named);
