use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::entities::sign_in_throttle;

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    key: &str,
) -> Result<Option<sign_in_throttle::Model>, DbErr> {
    sign_in_throttle::Entity::find_by_id(key.to_owned())
        .one(connection)
        .await
}

/// Stores the new failure count and when the key may try again.
pub async fn save_failure<C: ConnectionTrait>(
    connection: &C,
    key: &str,
    failures: i32,
    now: DateTime<Utc>,
    blocked_until: DateTime<Utc>,
) -> Result<(), DbErr> {
    let existing = find(connection, key).await?;

    let model = sign_in_throttle::ActiveModel {
        key: Set(key.to_owned()),
        failures: Set(failures),
        last_failure_at: Set(now),
        blocked_until: Set(blocked_until),
    };
    match existing {
        Some(_) => model.update(connection).await.map(|_| ()),
        None => model.insert(connection).await.map(|_| ()),
    }
}

pub async fn clear<C: ConnectionTrait>(connection: &C, key: &str) -> Result<(), DbErr> {
    sign_in_throttle::Entity::delete_by_id(key.to_owned())
        .exec(connection)
        .await
        .map(|_| ())
}
