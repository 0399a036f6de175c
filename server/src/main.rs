//! The portal's server: reads the configuration, opens and migrates the database, and
//! serves the Leptos app until SIGTERM or Ctrl-C.

use clap::Parser;

use server::cli::{Cli, Command};
use server::config::Settings;
use server::{bench_seed, commands, demo_data, startup, telemetry};

/// The smallest number of worker threads the runtime gets, whatever the number of cores.
// NOTE: on machines with one or two cores, Leptos's streamed page renders have been seen to
// stall for good waiting on a resource; the stalls went away with more worker threads.
const MIN_WORKER_THREADS: usize = 4;

fn main() -> std::process::ExitCode {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores.max(MIN_WORKER_THREADS))
        .enable_all()
        .build();

    match runtime {
        Ok(runtime) => runtime.block_on(run()),
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> std::process::ExitCode {
    let cli = Cli::parse();

    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("error: invalid configuration: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };

    telemetry::init(&settings.log);

    let command = cli.command.unwrap_or(Command::Serve);
    let serving = matches!(command, Command::Serve);
    let result = match command {
        Command::Serve => startup::serve(settings).await,
        Command::Migrate => startup::migrate(&settings).await,
        Command::CreateAdmin(args) => commands::create_admin(&settings, args).await,
        Command::CreateClinic(args) => commands::create_clinic_command(&settings, args).await,
        Command::DemoData(args) => demo_data::load(&settings, args).await,
        Command::BenchSeed(args) => bench_seed::bench_seed(&settings, args).await,
    };

    // The server logs why it stopped; a one-off command prints its error for the operator.
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) if serving => {
            tracing::error!(error = format!("{error:#}"), "server stopped with an error");
            std::process::ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
