//! Reviewers' decisions on the parts of developer profiles.

use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use super::{display_time, parts};
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::account;
use crate::db::identity_reviews::{self, NewReview};
use crate::db::{developer_profiles, identity_documents};
use crate::domain::identity::{PartStatus, Pathway, ProfilePart};
use crate::error::AppError;
use crate::models::identity::ProfileSummary;

/// A reviewer's decision on one part, made on the value the reviewer saw.
pub struct PartDecision {
    pub profile_id: Uuid,
    pub part: ProfilePart,
    /// The part's value when the reviewer opened the page.
    pub summary: String,
    pub verified: bool,
    /// Required for a rejection: what is wrong and what would be accepted.
    pub reason: String,
}

/// Marks a part verified or rejected. Refused when the developer changed the part since
/// the reviewer saw it, so a decision always applies to what the reviewer checked.
pub async fn decide_part(
    db: &DatabaseConnection,
    reviewer: &account::Model,
    decision: PartDecision,
) -> Result<(), AppError> {
    let reason = decision.reason.trim().to_owned();
    if !decision.verified && !(10..=2000).contains(&reason.chars().count()) {
        return Err(AppError::invalid(
            "reason",
            "Explain the rejection in 10 to 2,000 characters: what is wrong and what would be accepted.",
        ));
    }

    let transaction = begin_write(db).await?;
    let profile = developer_profiles::find_by_id(&transaction, decision.profile_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let documents = identity_documents::list_for_profile(&transaction, profile.id).await?;
    let current = parts::summaries(&profile, &documents)
        .into_iter()
        .find(|(part, _)| *part == decision.part)
        .ok_or_else(|| AppError::invalid("part", "This profile has no such part."))?;
    match current.1 {
        Some(summary) if summary == decision.summary => {}
        Some(_) => return Err(AppError::invalid(
            "part",
            "The developer changed this part after you opened the page; reload and check it again.",
        )),
        None => {
            return Err(AppError::invalid(
                "part",
                "This part is missing; there is nothing to decide yet.",
            ))
        }
    }

    let status = match decision.verified {
        true => PartStatus::Verified,
        false => PartStatus::Rejected,
    };
    identity_reviews::insert(
        &transaction,
        NewReview {
            profile_id: profile.id,
            part: decision.part,
            status,
            summary: decision.summary,
            reason: (!decision.verified).then_some(reason.clone()),
            reviewer_account_id: Some(reviewer.id),
        },
    )
    .await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(reviewer.id),
            action: "developer_profile.part_decided",
            subject_type: "developer_profile",
            subject_id: profile.id.to_string(),
            before: None,
            after: Some(json!({
                "part": decision.part.as_str(),
                "status": status.as_str(),
                "reason": (!decision.verified).then_some(reason),
            })),
        },
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Lists every profile with the number of its parts awaiting a decision.
pub async fn list_profiles(db: &DatabaseConnection) -> Result<Vec<ProfileSummary>, AppError> {
    let mut summaries = Vec::new();

    for profile in developer_profiles::list(db).await? {
        let documents = identity_documents::list_for_profile(db, profile.id).await?;
        let history = identity_reviews::history(db, profile.id).await?;
        let statuses = parts::statuses(&parts::summaries(&profile, &documents), &history);
        let count =
            |status: PartStatus| statuses.iter().filter(|part| part.status == status).count();

        summaries.push(ProfileSummary {
            id: profile.id.to_string(),
            legal_name: profile.legal_name.clone(),
            pathway: Pathway::parse(&profile.pathway).ok_or(AppError::Internal)?,
            pending_parts: count(PartStatus::Pending),
            verified_parts: count(PartStatus::Verified),
            total_parts: statuses.len(),
            updated_at: display_time(profile.updated_at),
        });
    }

    summaries.sort_by_key(|summary| std::cmp::Reverse(summary.pending_parts));
    Ok(summaries)
}
