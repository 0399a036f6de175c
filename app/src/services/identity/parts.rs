//! The current value of each part of a profile, and its status from the part's history. A
//! part's newest history entry is its status only while the part still has the value that
//! entry recorded, so any change makes it pending again.

use sea_orm::{ConnectionTrait, DbErr};

use crate::db::entities::{developer_profile, identity_document, identity_review};
use crate::db::identity_reviews::{self, NewReview};
use crate::domain::identity::{
    id_document_type_label, DocumentKind, PartStatus, Pathway, ProfilePart,
};
use crate::domain::us_state::state_name;
use crate::models::identity::PartView;
use crate::services::identity::display_time;

/// Returns the current value of each part as text, or `None` when it is missing. The text
/// is what the history records and what a reviewer verifies.
pub fn summaries(
    profile: &developer_profile::Model,
    documents: &[identity_document::Model],
) -> Vec<(ProfilePart, Option<String>)> {
    let pathway = Pathway::parse(&profile.pathway).unwrap_or(Pathway::Organization);

    pathway
        .parts()
        .iter()
        .map(|part| (*part, summary(profile, documents, *part)))
        .collect()
}

fn summary(
    profile: &developer_profile::Model,
    documents: &[identity_document::Model],
    part: ProfilePart,
) -> Option<String> {
    match part {
        ProfilePart::LegalName => Some(match &profile.doing_business_as {
            Some(dba) => format!("{} (doing business as {dba})", profile.legal_name),
            None => profile.legal_name.clone(),
        }),
        ProfilePart::TaxIdentifier => tax_identifier(profile),
        ProfilePart::Address => {
            let address = address_line(profile);
            match profile.pathway == Pathway::Individual.as_str() {
                true => with_documents(address, documents, DocumentKind::ProofOfAddress),
                false => Some(address),
            }
        }
        ProfilePart::SupportingDocuments => {
            with_documents(String::new(), documents, DocumentKind::Supporting)
        }
        ProfilePart::GovernmentId => {
            let kind = profile.id_document_type.as_deref().unwrap_or_default();
            let details = format!(
                "{} issued by {}, expires {}",
                id_document_type_label(kind).unwrap_or(kind),
                profile.id_issuer.as_deref().unwrap_or_default(),
                profile
                    .id_expires_on
                    .map(|date| date.to_string())
                    .unwrap_or_default()
            );
            with_documents(details, documents, DocumentKind::GovernmentId)
        }
    }
}

fn tax_identifier(profile: &developer_profile::Model) -> Option<String> {
    let ein = profile
        .ein
        .as_ref()
        .map(|digits| format!("EIN {}-{}", &digits[..2], &digits[2..]));
    let registration = match (
        &profile.state_registration_number,
        &profile.registration_state,
    ) {
        (Some(number), Some(state)) => Some(format!(
            "{} registration {number}",
            state_name(state).unwrap_or(state)
        )),
        _ => None,
    };

    match (ein, registration) {
        (Some(ein), Some(registration)) => Some(format!("{ein}; {registration}")),
        (ein, registration) => ein.or(registration),
    }
}

fn address_line(profile: &developer_profile::Model) -> String {
    let line2 = profile
        .address_line2
        .as_ref()
        .map(|line| format!(", {line}"))
        .unwrap_or_default();
    format!(
        "{}{line2}, {}, {} {}, {}",
        profile.address_line1, profile.city, profile.region, profile.postal_code, profile.country
    )
}

/// Adds the current documents of `kind` (name and SHA-256) to `details`; `None` when there
/// is no current document, since the part needs one.
fn with_documents(
    details: String,
    documents: &[identity_document::Model],
    kind: DocumentKind,
) -> Option<String> {
    let files: Vec<String> = documents
        .iter()
        .filter(|document| document.kind == kind.as_str() && document.replaced_at.is_none())
        .map(|document| format!("{} (SHA-256 {})", document.file_name, document.sha256))
        .collect();
    if files.is_empty() {
        return None;
    }

    let files = files.join(", ");
    Some(match details.is_empty() {
        true => files,
        false => format!("{details}; {files}"),
    })
}

/// Returns each part's status: missing without a value, else the newest history entry's
/// when it recorded the same value, else pending.
pub fn statuses(
    summaries: &[(ProfilePart, Option<String>)],
    history: &[identity_review::Model],
) -> Vec<PartView> {
    summaries
        .iter()
        .map(|(part, summary)| {
            let newest = history.iter().find(|entry| entry.part == part.as_str());
            let Some(summary) = summary else {
                return PartView {
                    part: *part,
                    status: PartStatus::Missing,
                    summary: String::new(),
                    reason: None,
                    since: None,
                };
            };

            match newest.filter(|entry| &entry.summary == summary) {
                Some(entry) => PartView {
                    part: *part,
                    status: PartStatus::parse(&entry.status).unwrap_or(PartStatus::Pending),
                    summary: summary.clone(),
                    reason: entry.reason.clone(),
                    since: Some(display_time(entry.recorded_at)),
                },
                None => PartView {
                    part: *part,
                    status: PartStatus::Pending,
                    summary: summary.clone(),
                    reason: None,
                    since: None,
                },
            }
        })
        .collect()
}

/// Appends a pending entry for each part whose value differs from its newest history entry,
/// so the history shows when each value was submitted and what was verified before it.
pub async fn record_changes<C: ConnectionTrait>(
    connection: &C,
    profile: &developer_profile::Model,
    documents: &[identity_document::Model],
) -> Result<Vec<ProfilePart>, DbErr> {
    let history = identity_reviews::history(connection, profile.id).await?;
    let mut changed = Vec::new();

    for (part, summary) in summaries(profile, documents) {
        let Some(summary) = summary else { continue };
        let newest = history.iter().find(|entry| entry.part == part.as_str());
        if newest.is_some_and(|entry| entry.summary == summary) {
            continue;
        }

        identity_reviews::insert(
            connection,
            NewReview {
                profile_id: profile.id,
                part,
                status: PartStatus::Pending,
                summary,
                reason: None,
                reviewer_account_id: None,
            },
        )
        .await?;
        changed.push(part);
    }

    Ok(changed)
}
