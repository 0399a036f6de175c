use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::{consume_token, parse_display_name, parse_email, reject_if_any, INVITATION_DAYS};
use crate::db::account_tokens::{self, TokenPurpose};
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::{accounts, clinics, outbox};
use crate::domain::password;
use crate::domain::role::Role;
use crate::email::templates::Invitation;
use crate::email::EmailMessage;
use crate::error::{AppError, FieldError};
use crate::services::{passwords, tokens};

/// A platform administrator's invitation of a reviewer or a clinic administrator.
pub struct StaffInvitation {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Required for a clinic administrator, ignored otherwise.
    pub clinic_id: Option<Uuid>,
}

/// Creates the invited account without a password and e-mails a link that sets it.
pub async fn invite_staff(
    db: &DatabaseConnection,
    public_url: &Url,
    inviter_id: Uuid,
    form: StaffInvitation,
) -> Result<(), AppError> {
    let mut errors = Vec::new();
    let email = parse_email(&form.email, &mut errors);
    let display_name = parse_display_name(&form.display_name, &mut errors);
    let clinic_id = match form.role {
        Role::Reviewer => None,
        Role::ClinicAdministrator => match form.clinic_id {
            Some(id) if clinics::find_by_id(db, id).await?.is_some() => Some(id),
            _ => {
                errors.push(FieldError::new(
                    "clinic_id",
                    "Choose the clinic to administer.",
                ));
                None
            }
        },
        Role::Developer | Role::PlatformAdministrator => {
            errors.push(FieldError::new(
                "role",
                "Invite a reviewer or a clinic administrator.",
            ));
            None
        }
    };
    reject_if_any(errors)?;
    let email = email.expect("no field errors means the e-mail address parsed");

    let now = Utc::now();
    let token = tokens::generate_token();
    let transaction = begin_write(db).await?;

    if accounts::find_by_email(&transaction, &email)
        .await?
        .is_some()
    {
        return Err(AppError::invalid(
            "email",
            "An account with this e-mail address already exists.",
        ));
    }
    let account = accounts::insert(
        &transaction,
        accounts::NewAccount {
            email,
            display_name,
            password_hash: None,
            role: form.role,
            clinic_id,
            email_verified_at: None,
        },
    )
    .await?;
    account_tokens::insert(
        &transaction,
        account.id,
        TokenPurpose::Invitation,
        tokens::hash_token(&token),
        now + Duration::days(INVITATION_DAYS),
    )
    .await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(inviter_id),
            action: "account.invited",
            subject_type: "account",
            subject_id: account.id.to_string(),
            before: None,
            after: Some(json!({ "role": account.role, "clinic_id": account.clinic_id })),
        },
    )
    .await?;
    let template = Invitation {
        role: form.role,
        token,
    };
    let message = EmailMessage::render(&template, public_url);
    outbox::enqueue(&transaction, message.to(account.email.clone())).await?;

    transaction.commit().await?;
    Ok(())
}

pub struct AcceptInvitation {
    pub token: String,
    pub password: String,
}

/// Sets the invited account's password; the link proves the address.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    form: AcceptInvitation,
) -> Result<Uuid, AppError> {
    password::check_new_password(&form.password)
        .map_err(|error| AppError::invalid("password", error))?;
    let password_hash = passwords::hash_password(form.password).await?;
    let now = Utc::now();
    let transaction = begin_write(db).await?;

    let stored = consume_token(&transaction, TokenPurpose::Invitation, &form.token, now).await?;

    accounts::set_password(&transaction, stored.account_id, password_hash, now).await?;
    accounts::mark_email_verified(&transaction, stored.account_id, now).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(stored.account_id),
            action: "account.invitation_accepted",
            subject_type: "account",
            subject_id: stored.account_id.to_string(),
            before: None,
            after: Some(json!({ "email_verified": true })),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(stored.account_id)
}
