use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;
use app::db::session_store::DatabaseSessionStore;
use app::services::fetcher::GuardedFetcher;
use app::services::identity::DocumentStore;
use app::services::portal::Portal;
use axum::serve::ListenerExt;
use leptos::prelude::get_configuration;
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_sessions::ExpiredDeletion;

use crate::config::{check_outside_site, Settings};
use crate::csrf::AllowedOrigins;
use crate::form_rate_limit::FormRateLimits;
use crate::mail::Transport;
use crate::registry::RegistryState;
use crate::state::AppState;
use crate::workers::outbox::OutboxWorker;

/// How often expired sessions are deleted from the database.
const SESSION_CLEANUP_INTERVAL: tokio::time::Duration = tokio::time::Duration::from_secs(15 * 60);
use crate::{router, shutdown};

/// Opens the database and applies every pending migration.
pub async fn open_database(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let target = settings.database_target();
    tracing::info!(database = %target.describe(), "opening database");

    let db = app::db::connect(&target, &settings.pool_settings()).await?;
    Migrator::up(&db, None)
        .await
        .context("failed to apply database migrations")?;

    Ok(db)
}

/// `server migrate`: applies pending migrations and exits.
pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    db.close().await.context("failed to close the database")?;
    tracing::info!("migrations applied");
    Ok(())
}

/// `server serve`: migrates, starts the outbox worker, then serves until Ctrl-C or SIGTERM.
/// On shutdown the HTTP server finishes the requests in flight, then the worker finishes its
/// batch, then the database closes.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let db = open_database(&settings).await?;

    let transport = Transport::from_settings(&settings.smtp, &settings.data_dir)
        .context("invalid SMTP settings")?;
    let (stop_worker, worker_shutdown) = watch::channel(false);
    let worker = OutboxWorker {
        db: db.clone(),
        transport,
        sender: settings.smtp.sender.clone(),
        settings: settings.outbox.clone(),
    }
    .spawn(worker_shutdown);

    let mut leptos_options = get_configuration(None)
        .context("failed to read the Leptos configuration")?
        .leptos_options;
    leptos_options.site_addr = settings.listen_addr;
    let documents = DocumentStore {
        dir: settings.documents.storage_dir(&settings.data_dir),
        max_bytes: settings.documents.max_bytes,
    };
    check_outside_site(&documents.dir, Path::new(&*leptos_options.site_root))?;
    let credential_key = settings.credentials.load_key(&settings.data_dir)?;
    let fetcher = GuardedFetcher::new(settings.fetcher.options())
        .context("failed to build the HTTP client for registered URLs")?;

    // TCP_NODELAY, because a response written in several parts, such as a file that
    // ServeDir streams after its headers, otherwise waits for the client's delayed ACK
    // (about 40 ms on Linux) before its body leaves.
    let listener = TcpListener::bind(settings.listen_addr)
        .await
        .with_context(|| format!("failed to listen on {}", settings.listen_addr))?
        .tap_io(|stream| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::warn!(%error, "failed to set TCP_NODELAY on a connection");
            }
        });
    tracing::info!(
        address = %settings.listen_addr,
        public_url = %settings.public_url,
        "portal listening"
    );

    let app = router::build(AppState {
        leptos_options,
        portal: Portal {
            db: db.clone(),
            public_url: settings.public_url.clone(),
            session_absolute_timeout: settings.session.absolute_timeout(),
            documents,
            credential_key,
            max_logo_bytes: settings.logos.max_bytes,
            fetcher,
            token_endpoint: settings.oauth.token_endpoint.to_string(),
            review_clock: settings.review_clock.clock()?,
            fhir_base_url: settings.fhir.base_url.clone(),
            api_facts: settings
                .api
                .facts(&settings.fhir, &settings.registry, &settings.public_url),
        },
        allowed_origins: AllowedOrigins::new(&settings.public_url, settings.listen_addr),
        session_idle_timeout: settings.session.idle_timeout(),
        registry: RegistryState::new(
            settings.registry.policy(),
            settings.registry.token_requests_per_minute,
        ),
        form_limits: FormRateLimits::new(
            settings.session.form_posts_per_minute,
            settings.session.form_posts_per_minute_without_session,
        ),
    });
    let session_cleanup = tokio::spawn(delete_expired_sessions(DatabaseSessionStore::new(
        db.clone(),
    )));
    let served = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown::signal())
    .await
    .context("the HTTP server failed");

    // The receiver may have gone already if the worker panicked; the join reports that.
    let _ = stop_worker.send(true);
    if let Err(error) = worker.await {
        tracing::error!(%error, "the outbox worker ended abnormally");
    }
    served?;

    session_cleanup.abort();
    db.close().await.context("failed to close the database")?;
    tracing::info!("portal stopped");
    Ok(())
}

/// Deletes expired sessions every [`SESSION_CLEANUP_INTERVAL`] until aborted.
async fn delete_expired_sessions(store: DatabaseSessionStore) {
    let mut interval = tokio::time::interval(SESSION_CLEANUP_INTERVAL);
    loop {
        interval.tick().await;
        if let Err(error) = store.delete_expired().await {
            tracing::warn!(%error, "failed to delete expired sessions");
        }
    }
}
