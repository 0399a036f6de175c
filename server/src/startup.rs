use anyhow::Context;
use leptos::prelude::get_configuration;
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::state::AppState;
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

/// `server serve`: migrates, then serves until Ctrl-C or SIGTERM.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let db = open_database(&settings).await?;

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
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown::signal())
        .await
        .context("the HTTP server failed")?;

    db.close().await.context("failed to close the database")?;
    tracing::info!("portal stopped");
    Ok(())
}
