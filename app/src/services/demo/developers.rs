//! The demo's developers: verified accounts with complete identity profiles, placeholder
//! documents, and the reviewer's verification of the organizations' profiles.

use chrono::{Months, Utc};
use sea_orm::DatabaseConnection;

use super::placeholder::placeholder_pdf;
use super::{DemoAccount, DemoContext};
use crate::db::entities::account;
use crate::domain::identity::{DocumentKind, PartStatus};
use crate::domain::identity_form::ProfileInput;
use crate::domain::postal_address::PostalAddressInput;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::services::accounts::{create_cli_account, CliAccount};
use crate::services::identity::{
    attach_document, decide_part, load_for_developer, save_profile, PartDecision,
};

/// The e-mail address of the individual developer, whose profile has no contact.
const INDIVIDUAL_EMAIL: &str = "marcus.dev@example.com";

/// The developer accounts the demo apps belong to.
pub struct Developers {
    /// Lakeshore Apps LLC, an organization with a verified profile.
    pub lakeshore: account::Model,
    /// Marcus Lee, an individual whose profile waits for verification.
    pub individual: account::Model,
    /// Northwind Analytics Inc., an organization that registers system-to-system apps.
    pub northwind: account::Model,
}

/// Creates the developers with their profiles and documents, and has `reviewer` verify
/// the two organizations' profiles.
pub async fn create_developers(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    reviewer: &account::Model,
    created: &mut Vec<DemoAccount>,
) -> Result<Developers, AppError> {
    let lakeshore = organization(
        "Lakeshore Apps LLC",
        "Priya Shah",
        "lakeshore.dev@example.com",
        "91-1144442",
    );
    let lakeshore = verified_developer(db, context, reviewer, lakeshore, created).await?;

    let individual = developer(db, context, individual(), created).await?;

    let northwind = organization(
        "Northwind Analytics Inc.",
        "Jordan Blake",
        "northwind.dev@example.com",
        "46-2837715",
    );
    let northwind = verified_developer(db, context, reviewer, northwind, created).await?;

    Ok(Developers {
        lakeshore,
        individual,
        northwind,
    })
}

/// Creates the developer of an organization's profile, and has `reviewer` verify every part
/// of the profile.
async fn verified_developer(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    reviewer: &account::Model,
    profile: ProfileInput,
    created: &mut Vec<DemoAccount>,
) -> Result<account::Model, AppError> {
    let developer = developer(db, context, profile, created).await?;
    verify_profile(db, reviewer, &developer).await?;
    Ok(developer)
}

/// Creates the developer account of `profile`, with the contact's name and address for an
/// organization, or the legal name and [`INDIVIDUAL_EMAIL`] for an individual, whose profile
/// has no contact. Then saves the profile and uploads a placeholder for each document its
/// pathway takes.
async fn developer(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    profile: ProfileInput,
    created: &mut Vec<DemoAccount>,
) -> Result<account::Model, AppError> {
    let (email, name) = match profile.contact_email.as_str() {
        "" => (INDIVIDUAL_EMAIL.to_owned(), profile.legal_name.clone()),
        contact => (contact.to_owned(), profile.contact_name.clone()),
    };
    created.push(DemoAccount::new(&email, Role::Developer));
    let new = CliAccount {
        email: &email,
        display_name: &name,
        password: context.password.to_owned(),
        role: Role::Developer,
        clinic_id: None,
    };
    let account = create_cli_account(db, new).await?;

    let kinds: &[(DocumentKind, &str)] = match profile.pathway.as_str() {
        "organization" => &[(DocumentKind::Supporting, "IRS EIN assignment letter")],
        _ => &[
            (DocumentKind::GovernmentId, "Driver's license"),
            (DocumentKind::ProofOfAddress, "Utility bill"),
        ],
    };
    save_profile(db, &account, profile, Utc::now().date_naive()).await?;
    for (kind, title) in kinds {
        upload_placeholder(db, context, &account, *kind, title).await?;
    }
    Ok(account)
}

/// Writes a placeholder PDF through the document store, so it passes the same content
/// checks as an upload, and attaches it to the account's profile.
async fn upload_placeholder(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    account: &account::Model,
    kind: DocumentKind,
    title: &str,
) -> Result<(), AppError> {
    let content = placeholder_pdf(&format!("{title} (demo placeholder)"));
    let stored_problem = |error| {
        tracing::error!(%error, "failed to store a demo identity document");
        AppError::Internal
    };

    let mut pending = context.documents.begin().await.map_err(stored_problem)?;
    if let Err(error) = pending.push(&content).await {
        pending.discard().await;
        return Err(stored_problem(error));
    }
    let file_name = format!("{}.pdf", title.to_lowercase().replace(' ', "-"));
    let stored = pending.finish(&file_name).await.map_err(stored_problem)?;

    attach_document(db, account, kind, None, &stored).await?;
    Ok(())
}

/// Marks every pending part of the developer's profile verified, as `reviewer`.
async fn verify_profile(
    db: &DatabaseConnection,
    reviewer: &account::Model,
    developer: &account::Model,
) -> Result<(), AppError> {
    let profile = load_for_developer(db, developer)
        .await?
        .ok_or(AppError::Internal)?;
    let profile_id = profile.id.parse().map_err(|_| AppError::Internal)?;

    for part in profile.parts {
        if part.status != PartStatus::Pending {
            continue;
        }
        let decision = PartDecision {
            profile_id,
            part: part.part,
            summary: part.summary,
            verified: true,
            reason: String::new(),
        };
        decide_part(db, reviewer, decision).await?;
    }
    Ok(())
}

fn organization(legal_name: &str, contact: &str, email: &str, ein: &str) -> ProfileInput {
    ProfileInput {
        pathway: "organization".into(),
        legal_name: legal_name.into(),
        address: PostalAddressInput {
            line1: "300 Lakeshore Drive".into(),
            line2: "Suite 410".into(),
            city: "Chicago".into(),
            region: "IL".into(),
            postal_code: "60611".into(),
            country: "United States".into(),
        },
        contact_name: contact.into(),
        contact_email: email.into(),
        contact_phone: "+1 312 555 0142".into(),
        ein: ein.into(),
        ..ProfileInput::default()
    }
}

fn individual() -> ProfileInput {
    let expires_on = Utc::now().date_naive() + Months::new(36);

    ProfileInput {
        pathway: "individual".into(),
        legal_name: "Marcus Lee".into(),
        address: PostalAddressInput {
            line1: "18 Elm Street".into(),
            line2: String::new(),
            city: "Burlington".into(),
            region: "VT".into(),
            postal_code: "05401".into(),
            country: "United States".into(),
        },
        id_document_type: "drivers_license".into(),
        id_issuer: "Vermont".into(),
        id_expires_on: expires_on.format("%Y-%m-%d").to_string(),
        ..ProfileInput::default()
    }
}
