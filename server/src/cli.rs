use std::path::PathBuf;

use clap::{Parser, Subcommand};

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
}
