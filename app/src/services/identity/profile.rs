//! Saving the profile a developer fills in.

use chrono::{NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;

use super::parts;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::developer_members::{self, MemberRole};
use crate::db::entities::{account, developer_profile};
use crate::db::{developer_profiles, identity_documents, member_invitations};
use crate::domain::identity::Pathway;
use crate::domain::identity_form::ProfileInput;
use crate::error::{AppError, FieldError};

/// Creates the account's profile, or updates the one it owns. Parts whose value changed
/// become pending review again.
pub async fn save_profile(
    db: &DatabaseConnection,
    account: &account::Model,
    input: ProfileInput,
    today: NaiveDate,
) -> Result<(), AppError> {
    let valid = input.validate(today).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|(field, message)| FieldError::new(field, message))
                .collect(),
        )
    })?;

    let transaction = begin_write(db).await?;
    let membership = developer_members::find_by_account(&transaction, account.id).await?;
    let (profile, action) = match membership {
        None => {
            let profile = developer_profiles::insert(&transaction, account.id, &valid).await?;
            developer_members::insert(&transaction, profile.id, account.id, MemberRole::Owner)
                .await?;
            crate::services::apps::attach_unowned_apps(&transaction, account.id, profile.id)
                .await?;
            (profile, "developer_profile.created")
        }
        Some(member) if member.role == MemberRole::Owner.as_str() => {
            let stored = developer_profiles::find_by_id(&transaction, member.profile_id)
                .await?
                .ok_or(AppError::Internal)?;
            if valid.pathway == Pathway::Individual
                && developer_members::list_with_accounts(&transaction, stored.id)
                    .await?
                    .len()
                    > 1
            {
                return Err(AppError::invalid(
                    "pathway",
                    "An individual developer works alone: remove the organization's other \
                     members before switching to the individual pathway.",
                ));
            }
            if valid.pathway == Pathway::Individual {
                member_invitations::revoke_open(&transaction, stored.id, Utc::now()).await?;
            }
            let profile = developer_profiles::update(&transaction, stored, &valid).await?;
            (profile, "developer_profile.updated")
        }
        Some(_) => return Err(AppError::Forbidden),
    };

    let documents = identity_documents::list_for_profile(&transaction, profile.id).await?;
    let changed = parts::record_changes(&transaction, &profile, &documents).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(account.id),
            action,
            subject_type: "developer_profile",
            subject_id: profile.id.to_string(),
            before: None,
            after: Some(json!({
                "pathway": profile.pathway,
                "parts_now_pending": changed.iter().map(|part| part.as_str()).collect::<Vec<_>>(),
            })),
        },
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Loads the profile `account` owns: `Forbidden` for a member who is not the owner, and
/// `BadRequest` when the account has no profile yet.
pub async fn owned_profile<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
) -> Result<developer_profile::Model, AppError> {
    let member = developer_members::find_by_account(connection, account.id)
        .await?
        .ok_or_else(|| AppError::BadRequest("save your identity profile first.".to_owned()))?;
    if member.role != MemberRole::Owner.as_str() {
        return Err(AppError::Forbidden);
    }

    developer_profiles::find_by_id(connection, member.profile_id)
        .await?
        .ok_or(AppError::Internal)
}
