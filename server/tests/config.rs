// figment's `Jail::expect_with` fixes the closure's error type, a large `figment::Error`.
#![allow(clippy::result_large_err)]

use std::path::Path;

use figment::providers::{Format, Serialized, Toml};
use figment::{Figment, Jail};
use server::config::{LogFormat, Settings};

const EXAMPLE: &str = include_str!("../veracity.example.toml");

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
    Jail::expect_with(|_| {
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
