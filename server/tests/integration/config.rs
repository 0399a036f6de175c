// figment's `Jail::expect_with` fixes the closure's error type to `figment::Error`, which is
// larger than clippy's `result_large_err` threshold.
#![allow(clippy::result_large_err)]

use std::path::Path;
use std::time::Duration;

use app::services::fetcher::FetcherOptions;
use figment::providers::{Format, Serialized, Toml};
use figment::{Figment, Jail};
use server::config::{LogFormat, Settings, SmtpSecurity};

const EXAMPLE: &str = include_str!("../../veracity.example.toml");

fn collect_keys(prefix: &str, value: &toml::Value, keys: &mut Vec<String>) {
    if let toml::Value::Table(table) = value {
        for (key, value) in table {
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            collect_keys(&path, value, keys);
            if !value.is_table() {
                keys.push(path);
            }
        }
    }
}

#[test]
fn example_file_holds_the_defaults() {
    let figment =
        Figment::from(Serialized::defaults(Settings::default())).merge(Toml::string(EXAMPLE));

    let settings = Settings::from_figment(figment).unwrap();

    assert_eq!(settings, Settings::default());
}

#[test]
fn example_file_documents_every_key() {
    let defaults = toml::Value::try_from(Settings::default()).unwrap();
    let mut keys = Vec::new();
    collect_keys("", &defaults, &mut keys);
    keys.push("database.url".to_owned());

    for key in keys {
        let name = key.rsplit('.').next().unwrap();
        assert!(
            EXAMPLE.contains(&format!("\n{name} = ")) || EXAMPLE.contains(&format!("# {name} = ")),
            "the example file does not document {key}"
        );
    }
}

#[test]
fn environment_overrides_file() {
    Jail::expect_with(|jail| {
        jail.create_file(
            "portal.toml",
            "listen_addr = \"127.0.0.1:4000\"\n[log]\nformat = \"text\"",
        )?;
        jail.set_env("VERACITY_LISTEN_ADDR", "127.0.0.1:5000");
        jail.set_env("VERACITY_LOG__FORMAT", "json");

        let settings = Settings::load(Some(Path::new("portal.toml"))).unwrap();

        assert_eq!(settings.listen_addr.to_string(), "127.0.0.1:5000");
        assert_eq!(settings.log.format, LogFormat::Json);
        Ok(())
    });
}

#[test]
fn database_url_selects_postgres() {
    Jail::expect_with(|jail| {
        jail.set_env("DATABASE_URL", "postgres://portal@127.0.0.1:5432/portal");

        let settings = Settings::load(None).unwrap();

        assert_eq!(
            settings.database_target(),
            app::db::DatabaseTarget::Postgres {
                url: "postgres://portal@127.0.0.1:5432/portal".to_owned()
            }
        );
        Ok(())
    });
}

#[test]
fn defaults_use_sqlite_in_data_dir() {
    Jail::expect_with(|jail| {
        // The test script exports DATABASE_URL for the PostgreSQL tests.
        jail.clear_env();
        let settings = Settings::load(None).unwrap();

        assert_eq!(settings.listen_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(
            settings.database_target(),
            app::db::DatabaseTarget::Sqlite {
                path: Path::new("data").join("veracity.sqlite3")
            }
        );
        Ok(())
    });
}

#[test]
fn bad_listen_addr_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_LISTEN_ADDR", "localhost:eighty");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("listen_addr"), "{message}");
        assert!(message.contains("localhost:eighty"), "{message}");
        Ok(())
    });
}

#[test]
fn bad_number_in_file_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.create_file("portal.toml", "[database]\nmax_connections = \"many\"")?;

        let message = Settings::load(Some(Path::new("portal.toml")))
            .unwrap_err()
            .to_string();

        assert!(message.contains("database.max_connections"), "{message}");
        assert!(message.contains("many"), "{message}");
        Ok(())
    });
}

#[test]
fn unknown_log_format_lists_accepted_values() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_LOG__FORMAT", "xml");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("log.format"), "{message}");
        assert!(message.contains("xml"), "{message}");
        assert!(message.contains("json"), "{message}");
        Ok(())
    });
}

#[test]
fn bad_log_filter_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_LOG__FILTER", "info,[[[");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("log.filter"), "{message}");
        assert!(message.contains("[[["), "{message}");
        Ok(())
    });
}

#[test]
fn mysql_url_rejected_without_echoing_password() {
    Jail::expect_with(|jail| {
        jail.set_env("DATABASE_URL", "mysql://root:hunter2@db/portal");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("database.url"), "{message}");
        assert!(message.contains("\"mysql\""), "{message}");
        assert!(!message.contains("hunter2"), "{message}");
        Ok(())
    });
}

#[test]
fn unknown_key_rejected() {
    Jail::expect_with(|jail| {
        jail.create_file("portal.toml", "listen_adress = \"127.0.0.1:3000\"")?;

        let message = Settings::load(Some(Path::new("portal.toml")))
            .unwrap_err()
            .to_string();

        assert!(message.contains("listen_adress"), "{message}");
        Ok(())
    });
}

#[test]
fn missing_config_file_rejected() {
    Jail::expect_with(|_| {
        let message = Settings::load(Some(Path::new("absent.toml")))
            .unwrap_err()
            .to_string();

        assert!(message.contains("absent.toml"), "{message}");
        Ok(())
    });
}

#[test]
fn smtp_defaults_write_eml_files() {
    Jail::expect_with(|jail| {
        jail.clear_env();
        let settings = Settings::load(None).unwrap();

        assert_eq!(settings.smtp.host, None);
        assert_eq!(settings.smtp.security, SmtpSecurity::Starttls);
        assert_eq!(
            settings.smtp.sender.to_string(),
            "Veracity Developer Portal <no-reply@example.com>"
        );
        Ok(())
    });
}

#[test]
fn empty_smtp_host_means_unset() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__HOST", "");

        let settings = Settings::load(None).unwrap();

        assert_eq!(settings.smtp.host, None);
        Ok(())
    });
}

#[test]
fn bad_smtp_port_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.create_file("portal.toml", "[smtp]\nport = 70000")?;

        let message = Settings::load(Some(Path::new("portal.toml")))
            .unwrap_err()
            .to_string();

        assert!(message.contains("smtp.port"), "{message}");
        assert!(message.contains("70000"), "{message}");
        Ok(())
    });
}

#[test]
fn unknown_smtp_security_lists_accepted_values() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__SECURITY", "ssl");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("smtp.security"), "{message}");
        assert!(message.contains("ssl"), "{message}");
        assert!(message.contains("starttls"), "{message}");
        Ok(())
    });
}

#[test]
fn bad_sender_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__SENDER", "Portal <no-reply>");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("smtp.sender"), "{message}");
        assert!(message.contains("Portal <no-reply>"), "{message}");
        Ok(())
    });
}

#[test]
fn zero_outbox_batch_size_rejected() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_OUTBOX__BATCH_SIZE", "0");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("outbox.batch_size"), "{message}");
        assert!(message.contains("at least 1"), "{message}");
        Ok(())
    });
}

#[test]
fn bad_outbox_number_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.create_file("portal.toml", "[outbox]\nmax_attempts = -1")?;

        let message = Settings::load(Some(Path::new("portal.toml")))
            .unwrap_err()
            .to_string();

        assert!(message.contains("outbox.max_attempts"), "{message}");
        assert!(message.contains("-1"), "{message}");
        Ok(())
    });
}

#[test]
fn lease_shorter_than_smtp_timeout_rejected() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__TIMEOUT_SECS", "60");
        jail.set_env("VERACITY_OUTBOX__LEASE_SECS", "45");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("outbox.lease_secs"), "{message}");
        assert!(message.contains("45"), "{message}");
        assert!(message.contains("smtp.timeout_secs"), "{message}");
        Ok(())
    });
}

#[test]
fn smtp_username_without_password_rejected() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__USERNAME", "portal");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("smtp.username"), "{message}");
        assert!(message.contains("smtp.password is missing"), "{message}");
        Ok(())
    });
}

#[test]
fn smtp_password_kept_out_of_debug_output() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_SMTP__USERNAME", "portal");
        jail.set_env("VERACITY_SMTP__PASSWORD", "hunter2");

        let settings = Settings::load(None).unwrap();

        assert_eq!(
            settings
                .smtp
                .password
                .as_ref()
                .map(|password| password.expose()),
            Some("hunter2")
        );
        let debug = format!("{settings:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        Ok(())
    });
}

#[test]
fn bad_credential_key_rejected_without_echoing_it() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_CREDENTIALS__SECRET_KEY", "c2hvcnQta2V5");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("credentials.secret_key"), "{message}");
        assert!(message.contains("32 random bytes"), "{message}");
        assert!(!message.contains("c2hvcnQta2V5"), "{message}");
        Ok(())
    });
}

#[test]
fn configured_credential_key_used_and_redacted() {
    const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_CREDENTIALS__SECRET_KEY", KEY);

        let settings = Settings::load(None).unwrap();
        let key = settings.credentials.load_key(jail.directory()).unwrap();

        assert_eq!(key.to_base64(), KEY);
        assert!(!jail.directory().join("credential_key").exists());
        let debug = format!("{settings:?}");
        assert!(!debug.contains(KEY), "{debug}");
        Ok(())
    });
}

#[test]
fn generated_credential_key_kept_private_and_reused() {
    let data_dir = tempfile::tempdir().unwrap();
    let settings = Settings::default();

    let first = settings.credentials.load_key(data_dir.path()).unwrap();
    let second = settings.credentials.load_key(data_dir.path()).unwrap();

    assert_eq!(first.to_base64(), second.to_base64());
    let path = data_dir.path().join("credential_key");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first.to_base64());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn fetcher_settings_become_fetcher_options() {
    Jail::expect_with(|jail| {
        jail.create_file(
            "portal.toml",
            "[fetcher]\ntimeout_ms = 1500\nmax_redirects = 0\nmax_body_bytes = 1024",
        )?;
        jail.set_env("VERACITY_FETCHER__ALLOW_LOOPBACK", "true");

        let settings = Settings::load(Some(Path::new("portal.toml"))).unwrap();
        let options = settings.fetcher.options();

        assert_eq!(options.timeout, Duration::from_millis(1500));
        assert_eq!(options.max_redirects, 0);
        assert_eq!(options.max_body_bytes, 1024);
        assert!(options.allow_loopback);
        Ok(())
    });
}

#[test]
fn unknown_time_zone_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_REVIEW_CLOCK__TIME_ZONE", "Eastern");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("review_clock.time_zone"), "{message}");
        assert!(message.contains("Eastern"), "{message}");
        assert!(message.contains("America/New_York"), "{message}");
        Ok(())
    });
}

#[test]
fn fetcher_defaults_refuse_loopback() {
    let options = Settings::default().fetcher.options();

    assert_eq!(options, FetcherOptions::default());
    assert_eq!(options.timeout, Duration::from_secs(5));
    assert_eq!(options.max_redirects, 3);
    assert_eq!(options.max_body_bytes, 256 * 1024);
    assert!(!options.allow_loopback);
}

#[test]
fn zero_fetcher_limits_rejected() {
    for key in ["TIMEOUT_MS", "MAX_BODY_BYTES"] {
        Jail::expect_with(|jail| {
            jail.set_env(format!("VERACITY_FETCHER__{key}"), "0");

            let message = Settings::load(None).unwrap_err().to_string();

            assert!(
                message.contains(&format!("fetcher.{}", key.to_lowercase())),
                "{message}"
            );
            assert!(message.contains("at least 1"), "{message}");
            Ok(())
        });
    }
}

#[test]
fn bad_end_of_business_day_names_key_and_value() {
    Jail::expect_with(|jail| {
        jail.create_file(
            "portal.toml",
            "[review_clock]\nend_of_business_day = \"5pm\"",
        )?;

        let message = Settings::load(Some(Path::new("portal.toml")))
            .unwrap_err()
            .to_string();

        assert!(
            message.contains("review_clock.end_of_business_day"),
            "{message}"
        );
        assert!(message.contains("5pm"), "{message}");
        assert!(message.contains("HH:MM"), "{message}");
        Ok(())
    });
}

#[test]
fn review_clock_settings_build_clock() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_REVIEW_CLOCK__TIME_ZONE", "America/Chicago");
        jail.set_env("VERACITY_REVIEW_CLOCK__END_OF_BUSINESS_DAY", "16:30");

        let clock = Settings::load(None).unwrap().review_clock.clock().unwrap();

        assert_eq!(clock.time_zone, chrono_tz::America::Chicago);
        assert_eq!(clock.end_of_business_day.to_string(), "16:30:00");
        Ok(())
    });
}

#[test]
fn fhir_base_url_defaults_to_published_url() {
    let settings = Settings::default();

    assert_eq!(
        settings.fhir.base_url.as_str(),
        "https://fhir.allegiancemd.io/R4"
    );
}

#[test]
fn plain_http_fhir_base_url_rejected() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_FHIR__BASE_URL", "http://fhir.example.com/R4");

        let message = Settings::load(None).unwrap_err().to_string();

        assert!(message.contains("fhir.base_url"), "{message}");
        assert!(message.contains("http://fhir.example.com/R4"), "{message}");
        assert!(message.contains("https://"), "{message}");
        Ok(())
    });
}

#[test]
fn api_settings_build_documentation_facts() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_FHIR__BASE_URL", "https://localhost/fhir/R4/");
        jail.set_env("VERACITY_REGISTRY__REQUESTS_PER_MINUTE_PER_SESSION", "120");
        jail.set_env("VERACITY_PUBLIC_URL", "https://localhost/portal");

        let settings = Settings::load(None).unwrap();
        let facts = settings
            .api
            .facts(&settings.fhir, &settings.registry, &settings.public_url);

        assert_eq!(facts.fhir_base_url, "https://localhost/fhir/R4");
        assert_eq!(facts.rate_limit_per_minute, 120);
        assert_eq!(facts.refresh_token_lifetime_days, 90);
        assert_eq!(facts.registration_url, "https://localhost/portal");
        Ok(())
    });
}

#[test]
fn api_settings_reject_an_empty_support_phone() {
    Jail::expect_with(|jail| {
        jail.set_env("VERACITY_API__SUPPORT_PHONE", " ");

        let error = Settings::load(None).unwrap_err().to_string();

        assert!(error.contains("api.support_phone"), "{error}");
        Ok(())
    });
}
