//! The verification review of submitted apps: the reviewers' queue, claims, the review
//! page, decisions (approval or a Notice of Non-Conformance) and suspension.

mod access;
mod approval;
mod claims;
mod decide;
mod emails;
mod notices;
mod queue;
mod snapshot;
mod suspension;
mod view;

use sea_orm::ConnectionTrait;
use serde_json::Value;
use uuid::Uuid;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::error::AppError;

pub(crate) use approval::approve as approve_app;
pub use claims::{claim_submission, release_submission};
pub use decide::decide_submission;
pub(crate) use emails::send_to_developers;
pub use notices::{list_notices_for_app, load_notice, notice_number};
pub use queue::list_queue;
pub use suspension::{restore_app, suspend_app, SUSPENSION_REASON_FIELD};
pub(crate) use view::submission_view;
pub use view::{load_submission, rerun_prechecks};

/// The `subject_type` of audit events about a submission itself, such as its claim.
const SUBMISSION_SUBJECT: &str = "submission";
/// The `subject_type` of audit events about an app: decisions and suspensions.
const APP_SUBJECT: &str = "app";

/// Records an audit event by `actor` about `subject_id` with its state before and after.
pub(crate) async fn record<C: ConnectionTrait>(
    connection: &C,
    actor: Uuid,
    action: &'static str,
    subject_type: &'static str,
    subject_id: Uuid,
    before: Option<Value>,
    after: Value,
) -> Result<(), AppError> {
    audit::record(
        connection,
        AuditEntry {
            actor: Actor::Account(actor),
            action,
            subject_type,
            subject_id: subject_id.to_string(),
            before,
            after: Some(after),
        },
    )
    .await?;
    Ok(())
}
