//! The files the registry benchmark's wrk script reads: the registry token, request lists
//! with one request per line, and a static copy of each client's JSON for the comparison
//! with static file serving.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use app::services::credentials::generate_client_secret;
use app::services::registry::read_client;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::population::{asking_environment, clinic_for, AppPlan, DECISION_CLINICS};
use super::SeededClient;
use crate::config::Settings;

/// The folder under the output folder that the benchmark serves as the site root.
const SITE_DIR: &str = "site";
/// The folder of the static client copies under the site root, as it appears in URLs.
const STATIC_CLIENTS_DIR: &str = "bench-static/clients";
/// One client with a secret in this many gets an extra request with a wrong secret.
const WRONG_SECRET_EVERY: usize = 10;

/// Writes `token.txt` and the request lists: `clients.txt` (a client ID a line),
/// `decisions.txt` (client ID, clinic ID and the asking environment) and `secrets.txt`
/// (client ID, secret and whether the registry must find it valid).
pub fn write_requests(
    out: &Path,
    token: &str,
    clinic_ids: &[Uuid],
    clients: &[SeededClient],
) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| format!("failed to create {}", out.display()))?;
    fs::write(out.join("token.txt"), token).context("failed to write token.txt")?;

    let mut ids = list_file(out, "clients.txt")?;
    let mut decisions = list_file(out, "decisions.txt")?;
    let mut secrets = list_file(out, "secrets.txt")?;
    for (index, client) in clients.iter().enumerate() {
        writeln!(ids, "{}", client.client_id)?;

        for slot in 0..DECISION_CLINICS {
            let clinic_id = clinic_ids[clinic_for(client.app_number, slot, clinic_ids.len())];
            let environment = asking_environment(client.environment, slot);
            writeln!(
                decisions,
                "{} {clinic_id} {}",
                client.client_id,
                environment.as_str()
            )?;
        }

        if let Some(secret) = &client.secret {
            let valid = !AppPlan::for_app(client.app_number).secrets_revoked;
            writeln!(secrets, "{} {secret} {valid}", client.client_id)?;
            if index.is_multiple_of(WRONG_SECRET_EVERY) {
                writeln!(
                    secrets,
                    "{} {} false",
                    client.client_id,
                    generate_client_secret()
                )?;
            }
        }
    }

    for mut file in [ids, decisions, secrets] {
        file.flush().context("failed to write a request list")?;
    }
    Ok(())
}

/// Writes each client's JSON, exactly as `GET /registry/v1/clients/{client_id}` returns
/// it, to `site/bench-static/clients/{client_id}.json` under `out`.
pub async fn write_static_clients(
    db: &DatabaseConnection,
    settings: &Settings,
    out: &Path,
    clients: &[SeededClient],
) -> anyhow::Result<()> {
    let dir = out.join(SITE_DIR).join(STATIC_CLIENTS_DIR);
    fs::create_dir_all(&dir).with_context(|| format!("failed to create {}", dir.display()))?;
    let policy = settings.registry.policy();

    for seeded in clients {
        let client = read_client(db, &settings.public_url, policy, &seeded.client_id)
            .await?
            .with_context(|| format!("client {} was not found after insert", seeded.client_id))?;
        let path = dir.join(format!("{}.json", seeded.client_id));
        fs::write(&path, serde_json::to_vec(&client)?)
            .with_context(|| format!("failed to write {}", path.display()))?;
    }
    Ok(())
}

fn list_file(out: &Path, name: &str) -> anyhow::Result<BufWriter<File>> {
    let path = out.join(name);
    let file =
        File::create(&path).with_context(|| format!("failed to create {}", path.display()))?;
    Ok(BufWriter::new(file))
}
