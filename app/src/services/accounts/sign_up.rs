use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;

use super::{parse_display_name, parse_email, reject_if_any, VERIFY_EMAIL_HOURS};
use crate::db::account_tokens::{self, TokenPurpose};
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::{accounts, outbox};
use crate::domain::password;
use crate::domain::return_path::local_path;
use crate::domain::role::Role;
use crate::email::templates::{AccountExists, VerifyEmail};
use crate::email::EmailMessage;
use crate::error::{AppError, FieldError};
use crate::services::{passwords, tokens};

/// The sign-up form fields.
pub struct SignUp {
    pub email: String,
    pub display_name: String,
    pub password: String,
}

/// Creates a developer account and e-mails a verification link. When the address already
/// has an account, that address gets a note instead and the response is the same, so the
/// form never reveals who has an account.
pub async fn sign_up(
    db: &DatabaseConnection,
    public_url: &Url,
    form: SignUp,
) -> Result<(), AppError> {
    sign_up_returning_to(db, public_url, form, None).await
}

/// Signs up like [`sign_up`]; the verification link then leads back to `next`, a path on
/// the portal, once the developer signs in.
pub async fn sign_up_returning_to(
    db: &DatabaseConnection,
    public_url: &Url,
    form: SignUp,
    next: Option<&str>,
) -> Result<(), AppError> {
    let mut errors = Vec::new();
    let email = parse_email(&form.email, &mut errors);
    let display_name = parse_display_name(&form.display_name, &mut errors);
    if let Err(error) = password::check_new_password(&form.password) {
        errors.push(FieldError::new("password", error));
    }
    reject_if_any(errors)?;
    let email = email.expect("no field errors means the e-mail address parsed");

    let password_hash = passwords::hash_password(form.password).await?;
    let token = tokens::generate_token();
    let now = Utc::now();

    let transaction = begin_write(db).await?;

    if let Some(existing) = accounts::find_by_email(&transaction, &email).await? {
        let message = EmailMessage::render(&AccountExists, public_url);
        outbox::enqueue(&transaction, message.to(existing.email)).await?;
        transaction.commit().await?;
        return Ok(());
    }

    let account = accounts::insert(
        &transaction,
        accounts::NewAccount {
            email: email.clone(),
            display_name,
            password_hash: Some(password_hash),
            role: Role::Developer,
            clinic_id: None,
            email_verified_at: None,
        },
    )
    .await?;
    account_tokens::insert(
        &transaction,
        account.id,
        TokenPurpose::VerifyEmail,
        tokens::hash_token(&token),
        now + Duration::hours(VERIFY_EMAIL_HOURS),
    )
    .await?;

    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(account.id),
            action: "account.signed_up",
            subject_type: "account",
            subject_id: account.id.to_string(),
            before: None,
            after: Some(json!({ "role": account.role, "email_verified": false })),
        },
    )
    .await?;
    let message = EmailMessage::render(
        &VerifyEmail {
            token,
            next: next.and_then(local_path).map(str::to_owned),
        },
        public_url,
    );
    outbox::enqueue(&transaction, message.to(account.email.clone())).await?;

    transaction.commit().await?;
    tracing::info!(account.id = %account.id, "developer account created");
    Ok(())
}
