//! Notices of Non-Conformance. A notice is inserted once and never updated.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::entities::non_conformance_notice::{self, Column, Entity, Model};

/// A notice to insert.
pub struct NewNotice {
    pub submission_id: Uuid,
    pub app_id: Uuid,
    pub issued_by: Uuid,
    pub issued_at: DateTime<Utc>,
    pub findings: serde_json::Value,
    pub resubmission_business_days: i32,
}

/// Inserts a notice under the next number after the highest one issued. Pass the
/// transaction of the decision.
///
/// On PostgreSQL two decisions could read the same highest number, and the unique index
/// would then fail the second. The exclusive table lock makes them take turns, and the
/// second reads the first one's number once it commits. SQLite has one writer at a time
/// already.
pub async fn insert<C: ConnectionTrait>(connection: &C, notice: NewNotice) -> Result<Model, DbErr> {
    if connection.get_database_backend() == DbBackend::Postgres {
        connection
            .execute_unprepared("LOCK TABLE non_conformance_notice IN EXCLUSIVE MODE")
            .await?;
    }

    let highest: Option<i32> = Entity::find()
        .select_only()
        .column_as(Column::Number.max(), "highest")
        .into_tuple::<Option<i32>>()
        .one(connection)
        .await?
        .flatten();

    non_conformance_notice::ActiveModel {
        id: Set(Uuid::new_v4()),
        number: Set(highest.unwrap_or(0) + 1),
        submission_id: Set(notice.submission_id),
        app_id: Set(notice.app_id),
        issued_by: Set(notice.issued_by),
        issued_at: Set(notice.issued_at),
        findings: Set(notice.findings),
        resubmission_business_days: Set(notice.resubmission_business_days),
    }
    .insert(connection)
    .await
}

pub async fn find<C: ConnectionTrait>(connection: &C, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(connection).await
}

/// Lists the app's notices, the latest first.
pub async fn list_for_app<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::AppId.eq(app_id))
        .order_by_desc(Column::Number)
        .all(connection)
        .await
}
