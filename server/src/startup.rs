use anyhow::Context;
use leptos::prelude::get_configuration;
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::Settings;
use crate::mail::Transport;
use crate::state::AppState;
use crate::workers::outbox::OutboxWorker;
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

    let listener = TcpListener::bind(settings.listen_addr)
        .await
        .with_context(|| format!("failed to listen on {}", settings.listen_addr))?;
    tracing::info!(
        address = %settings.listen_addr,
        public_url = %settings.public_url,
        "portal listening"
    );

    let app = router::build(AppState {
        leptos_options,
        db: db.clone(),
    });
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown::signal())
        .await
        .context("the HTTP server failed");

    // The receiver may have gone already if the worker panicked; the join reports that.
    let _ = stop_worker.send(true);
    if let Err(error) = worker.await {
        tracing::error!(%error, "the outbox worker ended abnormally");
    }
    served?;

    db.close().await.context("failed to close the database")?;
    tracing::info!("portal stopped");
    Ok(())
}
