use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::{account, developer_member};

/// The role of an account in a developer profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberRole {
    /// Created the profile; edits it, uploads its documents and manages its members.
    Owner,
    /// Joined an organization by invitation; shares its apps.
    Member,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Owner => "owner",
            MemberRole::Member => "member",
        }
    }
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
    account_id: Uuid,
    role: MemberRole,
) -> Result<developer_member::Model, DbErr> {
    developer_member::ActiveModel {
        id: Set(Uuid::new_v4()),
        profile_id: Set(profile_id),
        account_id: Set(account_id),
        role: Set(role.as_str().to_owned()),
        joined_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

/// Finds the membership of `account_id`, if the account works for a profile.
pub async fn find_by_account<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
) -> Result<Option<developer_member::Model>, DbErr> {
    developer_member::Entity::find()
        .filter(developer_member::Column::AccountId.eq(account_id))
        .one(connection)
        .await
}

/// Lists the profile's members with their accounts, the owner first, then by joining time.
pub async fn list_with_accounts<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
) -> Result<Vec<(developer_member::Model, account::Model)>, DbErr> {
    let members = developer_member::Entity::find()
        .filter(developer_member::Column::ProfileId.eq(profile_id))
        .order_by_asc(developer_member::Column::JoinedAt)
        .all(connection)
        .await?;
    let ids: Vec<Uuid> = members.iter().map(|member| member.account_id).collect();
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(connection)
        .await?;

    let mut joined: Vec<_> = members
        .into_iter()
        .filter_map(|member| {
            let account = accounts.iter().find(|a| a.id == member.account_id)?.clone();
            Some((member, account))
        })
        .collect();
    joined.sort_by_key(|(member, _)| member.role != MemberRole::Owner.as_str());
    Ok(joined)
}

pub async fn delete<C: ConnectionTrait>(connection: &C, id: Uuid) -> Result<(), DbErr> {
    developer_member::Entity::delete_by_id(id)
        .exec(connection)
        .await?;
    Ok(())
}
