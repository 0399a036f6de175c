//! `server bench-seed`: fills an empty database with the registry benchmark's synthetic
//! clinics, apps, clients, secrets and clinic settings, creates a registry token, and writes
//! the request lists and the static copies of the client JSON that
//! `server/benches/registry.sh` sends with wrk.

mod files;
mod population;
mod rows;

use std::time::Instant;

use anyhow::{bail, Context};
use app::db::begin_write;
use app::db::entities::{app as app_entity, clinic};
use app::domain::app_kind::AppKind;
use app::domain::environment::Environment;
use app::services::accounts::create_platform_administrator;
use app::services::credentials::CredentialKey;
use app::services::credentials::{generate_client_id, generate_client_secret, hash_client_secret};
use app::services::registry::tokens::create_token;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    PaginatorTrait,
};
use uuid::Uuid;

use crate::cli::BenchSeed;
use crate::config::Settings;
use crate::startup::open_database;
use population::{clinic_for, AppPlan, SETTINGS_PER_APP};

const ADMIN_EMAIL: &str = "bench-admin@example.com";
/// Rows per INSERT statement: 500 apps of 31 columns stay far below the bound-parameter
/// limits of SQLite (32,766) and PostgreSQL (65,535).
const ROWS_PER_INSERT: usize = 500;

/// One client the seed created, with the secret it can present.
pub struct SeededClient {
    pub client_id: String,
    pub environment: Environment,
    /// The app's number in the population.
    pub app_number: usize,
    /// The client secret, for clients that authenticate with one. It is stored revoked when
    /// the app's plan has `secrets_revoked`.
    pub secret: Option<String>,
}

/// `server bench-seed`.
pub async fn bench_seed(settings: &Settings, args: BenchSeed) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    require_empty(&db, settings).await?;
    let key = settings.credentials.load_key(&settings.data_dir)?;

    let admin = create_platform_administrator(
        &db,
        ADMIN_EMAIL,
        "Benchmark Admin",
        generate_client_secret(),
    )
    .await
    .context("failed to create the benchmark's administrator")?;
    let token = create_token(&db, &key, &admin, "Registry benchmark")
        .await
        .context("failed to create the benchmark's registry token")?;

    let started = Instant::now();
    let apps = args.apps as usize;
    let clinics = args.clinics as usize;
    let (clinic_ids, clients) = insert_population(&db, &key, admin.id, apps, clinics).await?;
    println!(
        "Inserted {clinics} clinics, {apps} apps and {} clients in {:.1} s",
        clients.len(),
        started.elapsed().as_secs_f64()
    );

    files::write_requests(&args.out, &token.token, &clinic_ids, &clients)?;
    files::write_static_clients(&db, settings, &args.out, &clients).await?;
    println!(
        "Wrote the request lists and client JSON files to {}",
        args.out.display()
    );
    Ok(())
}

async fn require_empty(db: &DatabaseConnection, settings: &Settings) -> anyhow::Result<()> {
    let apps = app_entity::Entity::find().count(db).await?;
    let clinics = clinic::Entity::find().count(db).await?;

    if apps > 0 || clinics > 0 {
        bail!(
            "bench-seed fills an empty database, but the {} has {apps} apps and {clinics} \
             clinics; set VERACITY_DATA_DIR to an empty folder",
            settings.database_target().describe()
        );
    }
    Ok(())
}

/// Inserts the clinics and the apps with their clients, secrets and clinic settings in one
/// transaction. Returns the clinic IDs in order and every client created.
async fn insert_population(
    db: &DatabaseConnection,
    key: &CredentialKey,
    owner: Uuid,
    apps: usize,
    clinics: usize,
) -> anyhow::Result<(Vec<Uuid>, Vec<SeededClient>)> {
    let now = Utc::now();
    let clinic_ids: Vec<Uuid> = (0..clinics).map(|_| Uuid::new_v4()).collect();
    let clinic_rows = clinic_ids
        .iter()
        .enumerate()
        .map(|(number, &id)| rows::clinic(id, number, now))
        .collect();

    let mut app_rows = Vec::with_capacity(apps);
    let mut client_rows = Vec::new();
    let mut secret_rows = Vec::new();
    let mut setting_rows = Vec::new();
    let mut clients = Vec::new();
    for number in 0..apps {
        let plan = AppPlan::for_app(number);
        let app_id = Uuid::new_v4();
        let home_clinic =
            (plan.kind == AppKind::System).then(|| clinic_ids[clinic_for(number, 0, clinics)]);
        app_rows.push(rows::app(app_id, number, plan, owner, home_clinic, now));

        for &environment in plan.environments() {
            let client_id = generate_client_id();
            client_rows.push(rows::client(app_id, environment, &client_id, now));

            let secret = plan.has_secret().then(generate_client_secret);
            if let Some(secret) = &secret {
                let hash = hash_client_secret(key, secret);
                secret_rows.push(rows::secret(
                    app_id,
                    environment,
                    hash,
                    plan.secrets_revoked,
                    now,
                ));
            }
            clients.push(SeededClient {
                client_id,
                environment,
                app_number: number,
                secret,
            });
        }

        for slot in 0..SETTINGS_PER_APP {
            if let Some(state) = plan.setting(slot) {
                let clinic_id = clinic_ids[clinic_for(number, slot, clinics)];
                setting_rows.push(rows::setting(clinic_id, app_id, state, owner, now));
            }
        }
    }

    let transaction = begin_write(db).await?;
    insert_all(&transaction, clinic_rows).await?;
    insert_all(&transaction, app_rows).await?;
    insert_all(&transaction, client_rows).await?;
    insert_all(&transaction, secret_rows).await?;
    insert_all(&transaction, setting_rows).await?;
    transaction.commit().await?;

    Ok((clinic_ids, clients))
}

/// Inserts `rows` with one multi-row INSERT per [`ROWS_PER_INSERT`] rows.
async fn insert_all<A>(connection: &impl ConnectionTrait, rows: Vec<A>) -> anyhow::Result<()>
where
    A: ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(connection)
            .await
            .context("failed to insert the benchmark rows")?;
    }
    Ok(())
}
