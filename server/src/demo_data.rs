//! `server demo-data`: loads demo accounts, clinics and apps into a database without
//! accounts, through the same services as real use.

use anyhow::Context;
use app::services::demo::{has_accounts, load_demo_data, DemoAccount, DemoContext};
use app::services::identity::DocumentStore;

use crate::cli::DemoData;
use crate::commands::explain;
use crate::config::Settings;
use crate::startup::open_database;

/// Environment variable that sets the password of every demo account.
pub const DEMO_PASSWORD_VARIABLE: &str = "VERACITY_DEMO_PASSWORD";
/// The demo accounts' password when [`DEMO_PASSWORD_VARIABLE`] is not set.
pub const DEFAULT_DEMO_PASSWORD: &str = "veracity-demo-password";

/// Loads the demo data and prints each account it created. With `--if-empty`, a database
/// that already has accounts is left as it is.
pub async fn load(settings: &Settings, args: DemoData) -> anyhow::Result<()> {
    let password =
        std::env::var(DEMO_PASSWORD_VARIABLE).unwrap_or_else(|_| DEFAULT_DEMO_PASSWORD.to_owned());
    let db = open_database(settings).await?;

    if args.if_empty && has_accounts(&db).await.map_err(explain)? {
        println!("The database already has accounts; demo data not loaded.");
        return Ok(());
    }

    let key = settings.credentials.load_key(&settings.data_dir)?;
    let clock = settings.review_clock.clock()?;
    let documents = DocumentStore {
        dir: settings.documents.storage_dir(&settings.data_dir),
        max_bytes: settings.documents.max_bytes,
    };
    let context = DemoContext {
        key: &key,
        clock: &clock,
        public_url: &settings.public_url,
        documents: &documents,
        password: &password,
    };

    let accounts = load_demo_data(&db, &context)
        .await
        .map_err(|error| explain_password(error, &password))
        .context("failed to load the demo data")?;

    println!(
        "Loaded the demo data. Every account's password is the value of \
         {DEMO_PASSWORD_VARIABLE} (default \"{DEFAULT_DEMO_PASSWORD}\")."
    );
    for DemoAccount { email, role } in accounts {
        println!("  {:<24} {email}", role.label());
    }
    Ok(())
}

/// Names the environment variable when the demo password itself was rejected.
fn explain_password(error: app::error::AppError, password: &str) -> anyhow::Error {
    let rejected_password = matches!(&error, app::error::AppError::Invalid(fields)
        if fields.iter().any(|field| field.field == "password"));
    match rejected_password {
        true => anyhow::anyhow!(
            "{DEMO_PASSWORD_VARIABLE} is not an acceptable password ({} characters): {}",
            password.chars().count(),
            explain(error)
        ),
        false => explain(error),
    }
}
