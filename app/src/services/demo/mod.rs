//! Demo data for an empty portal: staff, clinics, developers with verified identities, and
//! apps in every state, built from published registrations. Everything goes through the
//! same services as real use, so audit events, outbox e-mails and registry change feed
//! events are written too. Every account shares one password.

mod developers;
mod lifecycle;
mod placeholder;
mod registrations;
mod staff;
mod states;

pub use states::BAA_REFERENCE;

use sea_orm::DatabaseConnection;
use url::Url;

use crate::db::accounts;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::services::calendar::ReviewClock;
use crate::services::credentials::CredentialKey;
use crate::services::identity::DocumentStore;

/// The settings the services need, and the password every demo account gets.
pub struct DemoContext<'a> {
    pub key: &'a CredentialKey,
    pub clock: &'a ReviewClock,
    pub public_url: &'a Url,
    pub documents: &'a DocumentStore,
    pub password: &'a str,
}

/// An account the demo created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoAccount {
    pub email: String,
    pub role: Role,
}

impl DemoAccount {
    fn new(email: &str, role: Role) -> Self {
        Self {
            email: email.to_owned(),
            role,
        }
    }
}

/// Loads the demo data and returns the accounts it created. Rejected when the database
/// already has an account, so demo data never mixes with real data and a second run
/// changes nothing.
// NOTE: each step commits on its own. When a step fails, the steps before it stay, and
// the next run is rejected because accounts exist. Load into a new database then.
pub async fn load_demo_data(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
) -> Result<Vec<DemoAccount>, AppError> {
    let existing = accounts::count(db).await?;
    if existing > 0 {
        return Err(AppError::BadRequest(format!(
            "the database already has {existing} account(s). Demo data loads only into a \
             database without accounts; point the portal at a new database to load it."
        )));
    }

    let mut created = Vec::new();
    let staff = staff::create_staff(db, context, &mut created).await?;
    let developers =
        developers::create_developers(db, context, &staff.reviewer, &mut created).await?;

    states::create_review_queue(db, context, &staff, &developers).await?;
    states::create_approved_apps(db, context, &staff, &developers).await?;
    states::create_b2b_apps(db, context, &staff, &developers).await?;

    tracing::info!(accounts = created.len(), "demo data loaded");
    Ok(created)
}

/// Returns whether the database has any account, so a caller can skip loading demo data
/// into a database that is in use.
pub async fn has_accounts(db: &DatabaseConnection) -> Result<bool, AppError> {
    Ok(accounts::count(db).await? > 0)
}
