//! SQLite connection settings; PostgreSQL has no counterpart to these pragmas.

use crate::support::{fresh_database, Backend};
use sea_orm::{ConnectionTrait, Statement};

async fn pragma(database: &crate::support::TestDatabase, name: &str) -> String {
    let row = database
        .db
        .query_one(Statement::from_string(
            database.db.get_database_backend(),
            format!("PRAGMA {name}"),
        ))
        .await
        .unwrap()
        .expect("the pragma returns a row");
    row.try_get_by_index::<i64>(0)
        .map(|value| value.to_string())
        .or_else(|_| row.try_get_by_index::<String>(0))
        .unwrap()
}

#[tokio::test]
async fn sqlite_uses_wal_foreign_keys_and_busy_timeout() {
    let database = fresh_database(Backend::Sqlite).await;

    assert_eq!(pragma(&database, "journal_mode").await, "wal");
    assert_eq!(pragma(&database, "foreign_keys").await, "1");
    assert_eq!(pragma(&database, "busy_timeout").await, "5000");
}

#[tokio::test]
async fn sqlite_file_and_folder_created_on_first_start() {
    let database = fresh_database(Backend::Sqlite).await;

    let app::db::DatabaseTarget::Sqlite { path } = &database.target else {
        panic!("expected a SQLite target");
    };
    assert!(path.exists(), "{} was created", path.display());
}
