//! An organization's developers: the owner invites others by e-mail and removes them;
//! every member shares the organization's apps.

use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::profile::owned_profile;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::developer_members::{self, MemberRole};
use crate::db::entities::{account, member_invitation};
use crate::db::{accounts, developer_profiles, member_invitations, outbox};
use crate::domain::email_address::EmailAddress;
use crate::domain::identity::Pathway;
use crate::email::templates::MemberInvitation;
use crate::email::EmailMessage;
use crate::error::AppError;
use crate::models::identity::InvitationDetails;
use crate::services::tokens;

const INVITATION_DAYS: i64 = 7;

/// Open invitations an organization may have at once, so the portal cannot be used to send
/// invitation e-mail in bulk.
const MAX_OPEN_INVITATIONS: usize = 20;

/// E-mails an invitation to join the owner's organization.
pub async fn invite_member(
    db: &DatabaseConnection,
    public_url: &Url,
    owner: &account::Model,
    email: &str,
) -> Result<(), AppError> {
    let email = EmailAddress::parse(email).map_err(|error| AppError::invalid("email", error))?;
    if owner.email_verified_at.is_none() {
        return Err(AppError::invalid(
            "email",
            "Verify your own e-mail address before inviting others: open the link we sent you.",
        ));
    }

    let transaction = begin_write(db).await?;
    let profile = owned_profile(&transaction, owner).await?;
    if profile.pathway != Pathway::Organization.as_str() {
        return Err(AppError::invalid(
            "email",
            "An individual developer works alone; only organizations invite members.",
        ));
    }
    if let Some(existing) = accounts::find_by_email(&transaction, &email).await? {
        if developer_members::find_by_account(&transaction, existing.id)
            .await?
            .is_some_and(|member| member.profile_id == profile.id)
        {
            return Err(AppError::invalid(
                "email",
                "This developer is already a member.",
            ));
        }
    }

    let open = member_invitations::list_open(&transaction, profile.id, Utc::now()).await?;
    if open
        .iter()
        .any(|invitation| invitation.email == email.as_str())
    {
        return Err(AppError::invalid(
            "email",
            "An invitation to this address is already open; withdraw it to send a new one.",
        ));
    }
    if open.len() >= MAX_OPEN_INVITATIONS {
        return Err(AppError::invalid(
            "email",
            format!(
                "At most {MAX_OPEN_INVITATIONS} invitations can be open at once; withdraw one \
                 or wait for one to be accepted."
            ),
        ));
    }

    let token = tokens::generate_token();
    let invitation = member_invitations::insert(
        &transaction,
        profile.id,
        &email,
        tokens::hash_token(&token),
        owner.id,
        Utc::now() + Duration::days(INVITATION_DAYS),
    )
    .await?;
    record(
        &transaction,
        owner.id,
        "developer_member.invited",
        invitation.id,
        json!({ "profile_id": profile.id }),
    )
    .await?;
    let template = MemberInvitation {
        organization: profile.legal_name,
        inviter: owner.display_name.clone(),
        token,
    };
    let message = EmailMessage::render(&template, public_url);
    outbox::enqueue(&transaction, message.to(email.as_str().to_owned())).await?;
    transaction.commit().await?;
    Ok(())
}

/// Loads the organization an invitation link is for, while the invitation is open.
pub async fn invitation_details(
    db: &DatabaseConnection,
    token: &str,
) -> Result<InvitationDetails, AppError> {
    let invitation = open_invitation(db, token).await?;
    let profile = developer_profiles::find_by_id(db, invitation.profile_id)
        .await?
        .ok_or(AppError::InvalidLink)?;

    Ok(InvitationDetails {
        organization: profile.legal_name,
        email: invitation.email,
    })
}

/// Adds the signed-in developer to the organization. The account's e-mail address must be
/// the invited one, and an account works for one developer profile at a time.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    account: &account::Model,
    token: &str,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let invitation = open_invitation(&transaction, token).await?;
    if invitation.email != account.email {
        return Err(AppError::BadRequest(format!(
            "this invitation is for {}. Sign in with that address to accept it.",
            invitation.email
        )));
    }
    let organization = developer_profiles::find_by_id(&transaction, invitation.profile_id)
        .await?
        .filter(|profile| profile.pathway == Pathway::Organization.as_str());
    if organization.is_none() {
        return Err(AppError::InvalidLink);
    }
    if developer_members::find_by_account(&transaction, account.id)
        .await?
        .is_some()
    {
        return Err(AppError::BadRequest(
            "your account already works for a developer profile. An account belongs to one \
             developer; ask to be removed there, or accept with another account."
                .to_owned(),
        ));
    }

    let now = Utc::now();
    if !member_invitations::close(
        &transaction,
        invitation.id,
        member_invitation::Column::AcceptedAt,
        now,
    )
    .await?
    {
        return Err(AppError::InvalidLink);
    }
    developer_members::insert(
        &transaction,
        invitation.profile_id,
        account.id,
        MemberRole::Member,
    )
    .await?;
    crate::services::apps::attach_unowned_apps(&transaction, account.id, invitation.profile_id)
        .await?;
    record(
        &transaction,
        account.id,
        "developer_member.joined",
        invitation.id,
        json!({ "profile_id": invitation.profile_id }),
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Removes a member from the owner's organization. The owner cannot remove themselves.
pub async fn remove_member(
    db: &DatabaseConnection,
    owner: &account::Model,
    member_account_id: Uuid,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let profile = owned_profile(&transaction, owner).await?;
    let member = developer_members::find_by_account(&transaction, member_account_id)
        .await?
        .filter(|member| member.profile_id == profile.id)
        .ok_or(AppError::NotFound)?;
    if member.role == MemberRole::Owner.as_str() {
        return Err(AppError::BadRequest(
            "the owner cannot be removed.".to_owned(),
        ));
    }

    developer_members::delete(&transaction, member.id).await?;
    record(
        &transaction,
        owner.id,
        "developer_member.removed",
        member.id,
        json!({ "profile_id": profile.id, "account_id": member_account_id }),
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Withdraws an open invitation of the owner's organization.
pub async fn revoke_invitation(
    db: &DatabaseConnection,
    owner: &account::Model,
    invitation_id: Uuid,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let profile = owned_profile(&transaction, owner).await?;
    let open = member_invitations::list_open(&transaction, profile.id, Utc::now()).await?;
    if !open.iter().any(|invitation| invitation.id == invitation_id) {
        return Err(AppError::NotFound);
    }

    member_invitations::close(
        &transaction,
        invitation_id,
        member_invitation::Column::RevokedAt,
        Utc::now(),
    )
    .await?;
    record(
        &transaction,
        owner.id,
        "developer_member.invitation_revoked",
        invitation_id,
        json!({ "profile_id": profile.id }),
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

async fn open_invitation<C: sea_orm::ConnectionTrait>(
    connection: &C,
    token: &str,
) -> Result<member_invitation::Model, AppError> {
    member_invitations::find_by_hash(connection, &tokens::hash_token(token))
        .await?
        .filter(|invitation| {
            invitation.accepted_at.is_none()
                && invitation.revoked_at.is_none()
                && invitation.expires_at > Utc::now()
        })
        .ok_or(AppError::InvalidLink)
}

async fn record<C: sea_orm::ConnectionTrait>(
    connection: &C,
    actor: Uuid,
    action: &'static str,
    subject: Uuid,
    after: serde_json::Value,
) -> Result<(), AppError> {
    audit::record(
        connection,
        AuditEntry {
            actor: Actor::Account(actor),
            action,
            subject_type: "developer_member",
            subject_id: subject.to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await?;
    Ok(())
}
