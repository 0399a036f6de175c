//! Runs the migrations against `DATABASE_URL`; `--help` lists the commands (`up`, `down`,
//! `status`, `fresh`, `refresh`, `reset`).

use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migrations::Migrator).await;
}
