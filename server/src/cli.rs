use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// The Veracity Developer Portal server.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    /// Configuration file (TOML). Without it, `veracity.toml` in the working directory is
    /// read when it exists. `VERACITY_*` environment variables override the file.
    #[arg(long, env = "VERACITY_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database and serve the portal (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create a platform administrator. The password is read from the
    /// VERACITY_ADMIN_PASSWORD environment variable, else from the first line of standard
    /// input.
    CreateAdmin(CreateAdmin),
    /// Create a clinic (PHI Provider).
    CreateClinic(CreateClinic),
    /// Load demo accounts, clinics and apps in every state into a database without
    /// accounts. Every account's password is VERACITY_DEMO_PASSWORD, by default
    /// "veracity-demo-password".
    DemoData(DemoData),
    /// Fill an empty database with synthetic clinics, apps and a registry token for the
    /// registry benchmark (server/benches/registry.sh), and write its request lists.
    #[command(hide = true)]
    BenchSeed(BenchSeed),
}

#[derive(Debug, Args)]
pub struct CreateAdmin {
    /// The administrator's e-mail address, used to sign in.
    #[arg(long)]
    pub email: String,
    /// The administrator's name as the portal shows it.
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct CreateClinic {
    /// The clinic's name; unique.
    #[arg(long)]
    pub name: String,
    /// The clinic's postal address.
    #[arg(long)]
    pub address: String,
    /// The clinic's 10-digit National Provider Identifier.
    #[arg(long)]
    pub npi: Option<String>,
    /// An IANA time zone name; defaults to America/New_York.
    #[arg(long)]
    pub time_zone: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoData {
    /// Exit successfully without loading anything when the database already has accounts,
    /// instead of failing.
    #[arg(long)]
    pub if_empty: bool,
}

#[derive(Debug, Args)]
pub struct BenchSeed {
    /// Apps to create. Each gets a sandbox client, and the approved and suspended ones (90%)
    /// also a production client.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub apps: u32,
    /// Clinics to create; at least 10, so each client's decision requests name 10 clinics.
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(10..))]
    pub clinics: u32,
    /// Folder to write the registry token, the request lists and the static client JSON to.
    #[arg(long)]
    pub out: PathBuf,
}
