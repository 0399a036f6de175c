//! Builds the profile page's data for the profile's members and for reviewers.

use std::collections::{HashMap, HashSet};

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{display_time, parts};
use crate::db::entities::{account, developer_profile, identity_document};
use crate::db::{
    accounts, developer_members, developer_profiles, identity_documents, identity_reviews,
    member_invitations,
};
use crate::domain::identity::{DocumentKind, PartStatus, Pathway, ProfilePart};
use crate::domain::identity_form::ProfileInput;
use crate::domain::postal_address::PostalAddressInput;
use crate::error::AppError;
use crate::models::identity::{
    DocumentView, HistoryEntry, InvitationView, MemberView, ProfileView,
};

/// Loads the profile the developer works for, or `None` when they have not created one.
pub async fn load_for_developer<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
) -> Result<Option<ProfileView>, AppError> {
    let Some(member) = developer_members::find_by_account(connection, account.id).await? else {
        return Ok(None);
    };
    let profile = developer_profiles::find_by_id(connection, member.profile_id)
        .await?
        .ok_or(AppError::Internal)?;

    build(connection, profile, account.id).await.map(Some)
}

/// Any profile, for a reviewer.
pub async fn load_for_reviewer<C: ConnectionTrait>(
    connection: &C,
    reviewer: &account::Model,
    profile_id: Uuid,
) -> Result<ProfileView, AppError> {
    let profile = developer_profiles::find_by_id(connection, profile_id)
        .await?
        .ok_or(AppError::NotFound)?;

    build(connection, profile, reviewer.id).await
}

async fn build<C: ConnectionTrait>(
    connection: &C,
    profile: developer_profile::Model,
    viewer_id: Uuid,
) -> Result<ProfileView, AppError> {
    let documents = identity_documents::list_for_profile(connection, profile.id).await?;
    let history = identity_reviews::history(connection, profile.id).await?;
    let members = developer_members::list_with_accounts(connection, profile.id).await?;
    let invitations =
        member_invitations::list_open(connection, profile.id, chrono::Utc::now()).await?;
    let summaries = parts::summaries(&profile, &documents);

    // Each reviewer's name is loaded once, however many decisions they made.
    let reviewer_ids: HashSet<Uuid> = history
        .iter()
        .filter_map(|entry| entry.reviewer_account_id)
        .collect();
    let mut reviewers = HashMap::new();
    for id in reviewer_ids {
        let name = accounts::find_by_id(connection, id)
            .await?
            .map(|account| account.display_name);
        reviewers.insert(id, name);
    }

    let mut entries = Vec::with_capacity(history.len());
    for entry in &history {
        let reviewer = entry
            .reviewer_account_id
            .and_then(|id| reviewers.get(&id).cloned().flatten());
        entries.push(HistoryEntry {
            part: ProfilePart::parse(&entry.part).ok_or(AppError::Internal)?,
            status: PartStatus::parse(&entry.status).ok_or(AppError::Internal)?,
            summary: entry.summary.clone(),
            reason: entry.reason.clone(),
            reviewer,
            recorded_at: display_time(entry.recorded_at),
        });
    }

    Ok(ProfileView {
        id: profile.id.to_string(),
        pathway: Pathway::parse(&profile.pathway).ok_or(AppError::Internal)?,
        viewer_is_owner: profile.owner_account_id == viewer_id,
        parts: parts::statuses(&summaries, &history),
        documents: documents.iter().map(document_view).collect(),
        history: entries,
        members: members
            .into_iter()
            .map(|(member, account)| MemberView {
                account_id: account.id.to_string(),
                name: account.display_name,
                email: account.email,
                is_owner: member.account_id == profile.owner_account_id,
                joined_at: display_time(member.joined_at),
            })
            .collect(),
        invitations: invitations
            .into_iter()
            .map(|invitation| InvitationView {
                id: invitation.id.to_string(),
                email: invitation.email,
                expires_at: display_time(invitation.expires_at),
            })
            .collect(),
        input: form_values(&profile),
    })
}

fn document_view(document: &identity_document::Model) -> DocumentView {
    DocumentView {
        id: document.id.to_string(),
        kind: DocumentKind::parse(&document.kind).unwrap_or(DocumentKind::Supporting),
        file_name: document.file_name.clone(),
        content_type: document.content_type.clone(),
        size_bytes: document.size_bytes,
        sha256: document.sha256.clone(),
        uploaded_at: display_time(document.uploaded_at),
        replaced_at: document.replaced_at.map(display_time),
    }
}

/// Converts the stored profile to the form's shape, so the form opens with what is stored.
fn form_values(profile: &developer_profile::Model) -> ProfileInput {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();

    ProfileInput {
        pathway: profile.pathway.clone(),
        legal_name: profile.legal_name.clone(),
        doing_business_as: text(&profile.doing_business_as),
        address: PostalAddressInput {
            line1: profile.address_line1.clone(),
            line2: text(&profile.address_line2),
            city: profile.city.clone(),
            region: profile.region.clone(),
            postal_code: profile.postal_code.clone(),
            country: profile.country.clone(),
        },
        contact_name: text(&profile.contact_name),
        contact_email: text(&profile.contact_email),
        contact_phone: text(&profile.contact_phone),
        ein: profile
            .ein
            .as_ref()
            .map(|digits| format!("{}-{}", &digits[..2], &digits[2..]))
            .unwrap_or_default(),
        state_registration_number: text(&profile.state_registration_number),
        registration_state: text(&profile.registration_state),
        id_document_type: text(&profile.id_document_type),
        id_issuer: text(&profile.id_issuer),
        id_expires_on: profile
            .id_expires_on
            .map(|date| date.to_string())
            .unwrap_or_default(),
    }
}
