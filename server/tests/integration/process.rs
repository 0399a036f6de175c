//! Runs the real `server` binary: start-up checks, serving, and shutdown on SIGTERM.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::DatabaseTarget;

fn server_command(work_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .current_dir(work_dir)
        .env_remove("DATABASE_URL")
        .env_remove("RUST_LOG")
        .env("LEPTOS_OUTPUT_NAME", "veracity")
        .env("LEPTOS_SITE_ROOT", work_dir.join("site"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;

    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

fn wait_for_exit(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

#[test]
fn bad_setting_stops_start_up_with_key_and_value() {
    let work_dir = tempfile::tempdir().unwrap();

    let output = server_command(work_dir.path())
        .env("VERACITY_LISTEN_ADDR", "127.0.0.1:not-a-port")
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("listen_addr"), "{stderr}");
    assert!(stderr.contains("127.0.0.1:not-a-port"), "{stderr}");
}

/// Starts the server on a fresh database, waits for `/healthz` to respond, sends SIGTERM and
/// returns the health response, the exit status and everything the server logged.
async fn run_until_sigterm(
    backend: Backend,
    extra_env: &[(&str, &str)],
) -> (String, Option<std::process::ExitStatus>, String) {
    let database = fresh_database(backend).await;
    let work_dir = tempfile::tempdir().unwrap();
    let port = free_port();

    let mut command = server_command(work_dir.path());
    command.env("VERACITY_LISTEN_ADDR", format!("127.0.0.1:{port}"));
    command.envs(extra_env.iter().copied());
    match &database.target {
        DatabaseTarget::Sqlite { path } => {
            command.env("VERACITY_DATA_DIR", path.parent().unwrap());
        }
        DatabaseTarget::Postgres { url } => {
            command.env("VERACITY_DATABASE__URL", url);
        }
    }
    let mut child = command.spawn().unwrap();

    let started = Instant::now();
    let health = loop {
        if let Some(response) = http_get(port, "/healthz") {
            break response;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not answer within 30 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    };

    let kill = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = wait_for_exit(&mut child, Duration::from_secs(10));
    if status.is_none() {
        child.kill().ok();
    }

    let mut logs = String::new();
    child.stdout.take().unwrap().read_to_string(&mut logs).ok();
    child.stderr.take().unwrap().read_to_string(&mut logs).ok();
    (health, status, logs)
}

async fn serves_then_stops_on_sigterm(backend: Backend) {
    let (health, status, logs) = run_until_sigterm(backend, &[]).await;

    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(
        status.is_some_and(|status| status.success()),
        "exit {status:?}: {logs}"
    );
    assert!(logs.contains("received SIGTERM"), "{logs}");
    assert!(logs.contains("portal stopped"), "{logs}");
    assert!(logs.contains("http.route=/healthz"), "{logs}");
    assert!(logs.contains("http.status=200"), "{logs}");
    assert!(logs.contains("duration_ms="), "{logs}");
}
on_both_backends!(serves_then_stops_on_sigterm);

async fn json_logs_one_object_per_line(backend: Backend) {
    let (_, _, logs) = run_until_sigterm(backend, &[("VERACITY_LOG__FORMAT", "json")]).await;

    let lines: Vec<serde_json::Value> = logs
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}")))
        .collect();
    let request = lines
        .iter()
        .find(|line| line["message"] == "request finished")
        .expect("a request line was logged");
    assert_eq!(request["span"]["http.route"], "/healthz");
    assert_eq!(request["span"]["http.status"], 200);
    assert!(request["span"]["duration_ms"].is_number(), "{request}");
}
on_both_backends!(json_logs_one_object_per_line);

async fn create_admin_names_bad_flags(backend: Backend) {
    let database = fresh_database(backend).await;
    let work_dir = tempfile::tempdir().unwrap();

    let mut command = server_command(work_dir.path());
    match &database.target {
        DatabaseTarget::Sqlite { path } => {
            command.env("VERACITY_DATA_DIR", path.parent().unwrap());
        }
        DatabaseTarget::Postgres { url } => {
            command.env("VERACITY_DATABASE__URL", url);
        }
    }
    let output = command
        .env("VERACITY_ADMIN_PASSWORD", "short")
        .args([
            "create-admin",
            "--email",
            "not-an-address",
            "--name",
            "Pat Admin",
        ])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("--email: Enter an e-mail address"),
        "{stderr}"
    );
    assert!(
        stderr.contains("password (VERACITY_ADMIN_PASSWORD or standard input): Use at least 12"),
        "{stderr}"
    );
}
on_both_backends!(create_admin_names_bad_flags);
