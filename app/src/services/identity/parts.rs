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

/// Builds a part's value as labelled lines, one per field, starting with the pathway. Field
/// values cannot contain line breaks, so two different sets of values never give the same
/// text, and switching the pathway changes every part.
fn summary(
    profile: &developer_profile::Model,
    documents: &[identity_document::Model],
    part: ProfilePart,
) -> Option<String> {
    let pathway = Pathway::parse(&profile.pathway).unwrap_or(Pathway::Organization);
    let optional = |value: &Option<String>| value.clone().unwrap_or_else(|| "none".to_owned());
    let mut lines = vec![format!("Pathway: {}", pathway.label())];

    match part {
        ProfilePart::LegalName => {
            lines.push(format!("Legal name: {}", profile.legal_name));
            if pathway == Pathway::Organization {
                lines.push(format!(
                    "Doing business as: {}",
                    optional(&profile.doing_business_as)
                ));
            }
        }
        ProfilePart::TaxIdentifier => {
            if profile.ein.is_none() && profile.state_registration_number.is_none() {
                return None;
            }
            let ein = profile
                .ein
                .as_ref()
                .map(|digits| format!("{}-{}", &digits[..2], &digits[2..]));
            let state = profile.registration_state.as_deref().unwrap_or_default();
            lines.push(format!("EIN: {}", optional(&ein)));
            lines.push(format!(
                "State registration: {}",
                optional(&profile.state_registration_number)
            ));
            lines.push(format!(
                "Registering state: {}",
                state_name(state).unwrap_or("none")
            ));
        }
        ProfilePart::Address => {
            lines.push(format!("Street address: {}", profile.address_line1));
            lines.push(format!("Suite: {}", optional(&profile.address_line2)));
            lines.push(format!("City: {}", profile.city));
            lines.push(format!("State or region: {}", profile.region));
            lines.push(format!("Postal code: {}", profile.postal_code));
            lines.push(format!("Country: {}", profile.country));
            if pathway == Pathway::Individual {
                add_documents(&mut lines, documents, DocumentKind::ProofOfAddress)?;
            }
        }
        ProfilePart::SupportingDocuments => {
            add_documents(&mut lines, documents, DocumentKind::Supporting)?;
        }
        ProfilePart::GovernmentId => {
            let kind = profile.id_document_type.as_deref().unwrap_or_default();
            let expires = profile.id_expires_on.map(|date| date.to_string());
            lines.push(format!(
                "Type: {}",
                id_document_type_label(kind).unwrap_or(kind)
            ));
            lines.push(format!("Issued by: {}", optional(&profile.id_issuer)));
            lines.push(format!("Expires: {}", optional(&expires)));
            add_documents(&mut lines, documents, DocumentKind::GovernmentId)?;
        }
    }

    Some(lines.join("\n"))
}

/// Adds a line per current document of `kind` (name and SHA-256). Returns `None` when there
/// is none, since the part needs one.
fn add_documents(
    lines: &mut Vec<String>,
    documents: &[identity_document::Model],
    kind: DocumentKind,
) -> Option<()> {
    let before = lines.len();
    lines.extend(
        documents
            .iter()
            .filter(|document| document.kind == kind.as_str() && document.replaced_at.is_none())
            .map(|document| {
                format!(
                    "Document: {} (SHA-256 {})",
                    document.file_name, document.sha256
                )
            }),
    );

    (lines.len() > before).then_some(())
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
