//! API change notices: platform administrators publish them, anyone reads them on
//! `/changes` and in the Atom feed, and every developer with an approved app receives them
//! by e-mail until they unsubscribe.

mod feed;
mod unsubscribe;

pub use feed::atom_feed;
pub use unsubscribe::{unsubscribe, unsubscribe_token};

use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::entities::{account, change_notice};
use crate::db::{begin_write, change_notices, outbox};
use crate::domain::agreement::parse_effective_on;
use crate::domain::calendar::long_date;
use crate::domain::change_notice::{parse_body, parse_title};
use crate::domain::role::Role;
use crate::email::templates::ChangeNoticeMail;
use crate::email::EmailMessage;
use crate::error::{AppError, FieldError};
use crate::models::change_notices::ChangeNoticeRow;
use crate::services::credentials::CredentialKey;
use crate::services::identity::display_time;

/// The typed fields of a new notice, as the form posts them.
pub struct NoticeForm<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// The effective date as YYYY-MM-DD.
    pub effective_on: &'a str,
}

/// Lists the latest notices, latest first. Anyone may read them.
pub async fn list_notices(db: &DatabaseConnection) -> Result<Vec<ChangeNoticeRow>, AppError> {
    let notices = change_notices::list_latest(db).await?;

    Ok(notices.into_iter().map(notice_row).collect())
}

/// Publishes a notice and, in the same transaction, queues one e-mail to each developer
/// with an approved app who has not unsubscribed. Returns the notice and the number of
/// e-mails queued.
pub async fn publish_notice(
    db: &DatabaseConnection,
    public_url: &Url,
    key: &CredentialKey,
    admin: &account::Model,
    form: NoticeForm<'_>,
) -> Result<(change_notice::Model, usize), AppError> {
    if Role::parse(&admin.role) != Some(Role::PlatformAdministrator) {
        return Err(AppError::Forbidden);
    }
    let fields = (
        parse_title(form.title),
        parse_body(form.body),
        parse_effective_on(form.effective_on),
    );
    let (title, body, effective_on) = match fields {
        (Ok(title), Ok(body), Ok(effective_on)) => (title, body, effective_on),
        (title, body, effective_on) => {
            let errors = [
                ("title", title.err()),
                ("body", body.err()),
                ("effective_on", effective_on.err()),
            ]
            .into_iter()
            .filter_map(|(field, message)| Some(FieldError::new(field, message?)))
            .collect();
            return Err(AppError::Invalid(errors));
        }
    };

    let transaction = begin_write(db).await?;
    let notice = change_notices::insert(&transaction, title, body, effective_on, admin.id).await?;
    let recipients = change_notices::recipients(&transaction).await?;
    for recipient in &recipients {
        let mail = ChangeNoticeMail {
            title: notice.title.clone(),
            body: notice.body.clone(),
            effective_on: long_date(notice.effective_on),
            unsubscribe_token: unsubscribe_token(key, recipient.id),
        };
        outbox::enqueue(
            &transaction,
            EmailMessage::render(&mail, public_url).to(recipient.email.clone()),
        )
        .await?;
    }
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(admin.id),
            action: "change_notice.published",
            subject_type: "change_notice",
            subject_id: notice.id.to_string(),
            before: None,
            after: Some(json!({
                "title": notice.title,
                "effective_on": notice.effective_on,
                "recipients": recipients.len(),
            })),
        },
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(
        notice.id = %notice.id,
        recipients = recipients.len(),
        "change notice published"
    );
    Ok((notice, recipients.len()))
}

/// Converts a stored notice to its display row.
fn notice_row(notice: change_notice::Model) -> ChangeNoticeRow {
    ChangeNoticeRow {
        id: notice.id.to_string(),
        title: notice.title,
        body: notice.body,
        effective_on: long_date(notice.effective_on),
        published_at: display_time(notice.published_at),
    }
}
