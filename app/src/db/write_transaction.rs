use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, TransactionTrait,
};

/// Starts a transaction for a use case that writes. SQLite's `BEGIN` defers the write lock
/// to the first write, and a transaction that read first then fails at once with
/// `SQLITE_BUSY_SNAPSHOT` when another connection committed meanwhile, whatever the busy
/// timeout. A first statement that writes nothing but needs the lock makes the transaction
/// wait for it (up to the busy timeout) before it reads anything.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let transaction = db.begin().await?;

    if db.get_database_backend() == DbBackend::Sqlite {
        transaction
            .execute_unprepared("DELETE FROM sign_in_throttle WHERE 0 = 1")
            .await?;
    }
    Ok(transaction)
}
