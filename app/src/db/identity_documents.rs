use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::identity_document;
use crate::domain::identity::DocumentKind;

/// A stored file's record, before it is inserted.
pub struct NewDocument {
    pub id: Uuid,
    pub profile_id: Uuid,
    pub kind: DocumentKind,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_name: String,
    pub uploaded_by: Uuid,
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    document: NewDocument,
) -> Result<identity_document::Model, DbErr> {
    identity_document::ActiveModel {
        id: Set(document.id),
        profile_id: Set(document.profile_id),
        kind: Set(document.kind.as_str().to_owned()),
        file_name: Set(document.file_name),
        content_type: Set(document.content_type),
        size_bytes: Set(document.size_bytes),
        sha256: Set(document.sha256),
        storage_name: Set(document.storage_name),
        uploaded_by: Set(document.uploaded_by),
        uploaded_at: Set(Utc::now()),
        replaced_at: Set(None),
    }
    .insert(connection)
    .await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<identity_document::Model>, DbErr> {
    identity_document::Entity::find_by_id(id)
        .one(connection)
        .await
}

/// Lists every document of the profile, current and replaced, oldest first.
pub async fn list_for_profile<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
) -> Result<Vec<identity_document::Model>, DbErr> {
    identity_document::Entity::find()
        .filter(identity_document::Column::ProfileId.eq(profile_id))
        .order_by_asc(identity_document::Column::UploadedAt)
        .all(connection)
        .await
}

/// Marks current documents as replaced: the one with `id`, or with `kind`'s every current
/// document of the profile when `id` is `None`.
pub async fn mark_replaced<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
    kind: DocumentKind,
    id: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut update = identity_document::Entity::update_many()
        .col_expr(identity_document::Column::ReplacedAt, Expr::value(now))
        .filter(identity_document::Column::ProfileId.eq(profile_id))
        .filter(identity_document::Column::Kind.eq(kind.as_str()))
        .filter(identity_document::Column::ReplacedAt.is_null());
    if let Some(id) = id {
        update = update.filter(identity_document::Column::Id.eq(id));
    }

    Ok(update.exec(connection).await?.rows_affected)
}
