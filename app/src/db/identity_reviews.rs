use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::identity_review;
use crate::domain::identity::{PartStatus, ProfilePart};

/// A history entry to append.
pub struct NewReview {
    pub profile_id: Uuid,
    pub part: ProfilePart,
    pub status: PartStatus,
    pub summary: String,
    pub reason: Option<String>,
    pub reviewer_account_id: Option<Uuid>,
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    review: NewReview,
) -> Result<identity_review::Model, DbErr> {
    identity_review::ActiveModel {
        id: Set(Uuid::new_v4()),
        profile_id: Set(review.profile_id),
        part: Set(review.part.as_str().to_owned()),
        status: Set(review.status.as_str().to_owned()),
        summary: Set(review.summary),
        reason: Set(review.reason),
        reviewer_account_id: Set(review.reviewer_account_id),
        recorded_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

/// Lists the profile's whole history, newest first.
pub async fn history<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
) -> Result<Vec<identity_review::Model>, DbErr> {
    identity_review::Entity::find()
        .filter(identity_review::Column::ProfileId.eq(profile_id))
        .order_by_desc(identity_review::Column::RecordedAt)
        .all(connection)
        .await
}
