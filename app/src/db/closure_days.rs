use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::closure_day;

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    date: NaiveDate,
    reason: String,
    created_by: Uuid,
) -> Result<closure_day::Model, DbErr> {
    closure_day::ActiveModel {
        date: Set(date),
        reason: Set(reason),
        created_by: Set(created_by),
        created_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    date: NaiveDate,
) -> Result<Option<closure_day::Model>, DbErr> {
    closure_day::Entity::find_by_id(date).one(connection).await
}

/// Lists every closure day, earliest first.
pub async fn list<C: ConnectionTrait>(connection: &C) -> Result<Vec<closure_day::Model>, DbErr> {
    closure_day::Entity::find()
        .order_by_asc(closure_day::Column::Date)
        .all(connection)
        .await
}

/// Lists the closure days on or after `from`, earliest first.
pub async fn list_from<C: ConnectionTrait>(
    connection: &C,
    from: NaiveDate,
) -> Result<Vec<closure_day::Model>, DbErr> {
    closure_day::Entity::find()
        .filter(closure_day::Column::Date.gte(from))
        .order_by_asc(closure_day::Column::Date)
        .all(connection)
        .await
}

/// Lists the dates of the closure days on or after `from`, earliest first.
pub async fn dates_from<C: ConnectionTrait>(
    connection: &C,
    from: NaiveDate,
) -> Result<Vec<NaiveDate>, DbErr> {
    let days = list_from(connection, from).await?;

    Ok(days.into_iter().map(|day| day.date).collect())
}

pub async fn delete<C: ConnectionTrait>(connection: &C, date: NaiveDate) -> Result<(), DbErr> {
    closure_day::Entity::delete_by_id(date)
        .exec(connection)
        .await?;
    Ok(())
}
