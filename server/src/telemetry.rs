use std::io::IsTerminal;

use tracing_subscriber::fmt;
use tracing_subscriber::EnvFilter;

use crate::config::{LogFormat, LogSettings};

/// Installs the global tracing subscriber. `RUST_LOG`, when set, replaces the configured
/// filter.
pub fn init(settings: &LogSettings) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&settings.filter));

    // Colors only on a terminal, so captured logs stay plain text.
    let builder = fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(std::io::stdout().is_terminal());
    let result = match settings.format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };

    // A subscriber installed earlier (in tests, by another server) stays in place.
    if let Err(error) = result {
        tracing::debug!(%error, "tracing subscriber already installed");
    }
}
