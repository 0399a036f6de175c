//! The recipients of the e-mails about an app's review: the account that submitted it, the
//! app's creator and the owner of the app's developer profile, each once.

use sea_orm::ConnectionTrait;
use url::Url;
use uuid::Uuid;

use crate::db::entities::app;
use crate::db::{accounts, developer_profiles, outbox};
use crate::email::{EmailMessage, Template};
use crate::error::AppError;

/// Enqueues `template` for `submitter` (when given), the app's creator and the owner of its
/// developer profile, each address once, in `connection`'s transaction.
pub async fn send_to_developers<C: ConnectionTrait>(
    connection: &C,
    public_url: &Url,
    app: &app::Model,
    submitter: Option<Uuid>,
    template: &impl Template,
) -> Result<(), AppError> {
    let mut account_ids = Vec::new();
    account_ids.extend(submitter);
    account_ids.push(app.created_by);
    if let Some(profile_id) = app.developer_profile_id {
        if let Some(profile) = developer_profiles::find_by_id(connection, profile_id).await? {
            account_ids.push(profile.owner_account_id);
        }
    }

    let message = EmailMessage::render(template, public_url);
    let mut sent_to: Vec<String> = Vec::new();
    for id in account_ids {
        let Some(account) = accounts::find_by_id(connection, id).await? else {
            continue;
        };
        if sent_to.contains(&account.email) {
            continue;
        }

        outbox::enqueue(connection, message.clone().to(account.email.clone())).await?;
        sent_to.push(account.email);
    }
    Ok(())
}
