//! API change notices, the developers who unsubscribed from their e-mails, and the
//! developers who receive them.

use std::collections::BTreeSet;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

use super::entities::{account, app, change_notice, change_notice_opt_out, developer_member};
use crate::domain::app_status::AppStatus;

/// The maximum number of notices the public list and the feed show.
pub const MAX_LISTED: u64 = 100;

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    title: String,
    body: String,
    effective_on: NaiveDate,
    published_by: Uuid,
) -> Result<change_notice::Model, DbErr> {
    change_notice::ActiveModel {
        id: Set(Uuid::new_v4()),
        title: Set(title),
        body: Set(body),
        effective_on: Set(effective_on),
        published_by: Set(published_by),
        published_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

/// Lists the latest [`MAX_LISTED`] notices, latest first.
pub async fn list_latest<C: ConnectionTrait>(
    connection: &C,
) -> Result<Vec<change_notice::Model>, DbErr> {
    change_notice::Entity::find()
        .order_by_desc(change_notice::Column::PublishedAt)
        .limit(MAX_LISTED)
        .all(connection)
        .await
}

/// Records that the account unsubscribed; doing it twice keeps the first time.
pub async fn opt_out<C: ConnectionTrait>(connection: &C, account_id: Uuid) -> Result<bool, DbErr> {
    let existing = change_notice_opt_out::Entity::find_by_id(account_id)
        .one(connection)
        .await?;
    if existing.is_some() {
        return Ok(false);
    }

    change_notice_opt_out::ActiveModel {
        account_id: Set(account_id),
        opted_out_at: Set(Utc::now()),
    }
    .insert(connection)
    .await?;
    Ok(true)
}

/// Lists the accounts that receive change notices: the creators and the organization
/// members of every approved app, without those who unsubscribed.
pub async fn recipients<C: ConnectionTrait>(connection: &C) -> Result<Vec<account::Model>, DbErr> {
    let approved = app::Entity::find()
        .filter(app::Column::Status.eq(AppStatus::Approved.as_str()))
        .all(connection)
        .await?;
    let profile_ids: Vec<Uuid> = approved
        .iter()
        .filter_map(|app| app.developer_profile_id)
        .collect();
    let members = developer_member::Entity::find()
        .filter(developer_member::Column::ProfileId.is_in(profile_ids))
        .all(connection)
        .await?;
    let opted_out: BTreeSet<Uuid> = change_notice_opt_out::Entity::find()
        .all(connection)
        .await?
        .into_iter()
        .map(|row| row.account_id)
        .collect();

    let account_ids: BTreeSet<Uuid> = approved
        .iter()
        .map(|app| app.created_by)
        .chain(members.iter().map(|member| member.account_id))
        .filter(|id| !opted_out.contains(id))
        .collect();
    account::Entity::find()
        .filter(account::Column::Id.is_in(account_ids))
        .order_by_asc(account::Column::Id)
        .all(connection)
        .await
}
