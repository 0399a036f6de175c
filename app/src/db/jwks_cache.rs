//! The JWKS cache: one row per registered JWKS URL.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use super::entities::jwks_cache;

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    url: &str,
) -> Result<Option<jwks_cache::Model>, DbErr> {
    jwks_cache::Entity::find_by_id(url.to_owned())
        .one(connection)
        .await
}

/// Inserts the URL's row, or replaces every column of the one stored.
pub async fn store<C: ConnectionTrait>(
    connection: &C,
    entry: jwks_cache::Model,
) -> Result<(), DbErr> {
    let row = jwks_cache::ActiveModel {
        url: Set(entry.url),
        body: Set(entry.body),
        fetched_at: Set(entry.fetched_at),
        expires_at: Set(entry.expires_at),
        last_error: Set(entry.last_error),
    };
    let on_conflict = OnConflict::column(jwks_cache::Column::Url)
        .update_columns([
            jwks_cache::Column::Body,
            jwks_cache::Column::FetchedAt,
            jwks_cache::Column::ExpiresAt,
            jwks_cache::Column::LastError,
        ])
        .to_owned();

    jwks_cache::Entity::insert(row)
        .on_conflict(on_conflict)
        .exec_without_returning(connection)
        .await?;
    Ok(())
}
