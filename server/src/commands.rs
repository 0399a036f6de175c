//! The CLI's one-off commands. Each opens and migrates the database, does its work in one
//! service call, and reports the outcome on standard output or as an error.

use std::io::BufRead;

use anyhow::{anyhow, Context};
use app::db::audit::Actor;
use app::error::AppError;
use app::services::accounts::create_platform_administrator;
use app::services::clinics::{create_clinic, ClinicForm};

use crate::cli::{CreateAdmin, CreateClinic};
use crate::config::Settings;
use crate::startup::open_database;

/// Environment variable that carries the new administrator's password.
pub const ADMIN_PASSWORD_VARIABLE: &str = "VERACITY_ADMIN_PASSWORD";

/// `server create-admin`.
pub async fn create_admin(settings: &Settings, args: CreateAdmin) -> anyhow::Result<()> {
    let password = match std::env::var(ADMIN_PASSWORD_VARIABLE) {
        Ok(password) => password,
        Err(_) => read_password_line()?,
    };
    let db = open_database(settings).await?;

    let account = create_platform_administrator(&db, &args.email, &args.name, password)
        .await
        .map_err(explain)?;

    println!(
        "Created platform administrator {} ({})",
        account.id, account.email
    );
    Ok(())
}

/// `server create-clinic`.
pub async fn create_clinic_command(settings: &Settings, args: CreateClinic) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    let form = ClinicForm {
        name: args.name,
        address: args.address,
        npi: args.npi,
        time_zone: args.time_zone,
    };

    let clinic = create_clinic(&db, Actor::Cli, form)
        .await
        .map_err(explain)?;

    println!(
        "Created clinic {} ({}, {})",
        clinic.id, clinic.name, clinic.time_zone
    );
    Ok(())
}

/// Returns the CLI flag that sets a service's form field.
fn flag_name(field: &str) -> String {
    match field {
        "display_name" => "name".to_owned(),
        "password" => format!("password ({ADMIN_PASSWORD_VARIABLE} or standard input)"),
        other => format!("--{}", other.replace('_', "-")),
    }
}

// NOTE: a password typed at a terminal is echoed; pipe it in or use the environment variable.
fn read_password_line() -> anyhow::Result<String> {
    eprintln!("Password for the new administrator (12 to 128 characters), then Enter:");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("failed to read the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Turns a validation error into one line per field, in the CLI's flag names.
pub(crate) fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Invalid(fields) => anyhow!(
            "{}",
            fields
                .iter()
                .map(|field| format!("{}: {}", flag_name(&field.field), field.message))
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => anyhow!(other),
    }
}
