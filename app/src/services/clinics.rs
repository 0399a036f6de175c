use std::str::FromStr;

use sea_orm::DatabaseConnection;
use serde_json::json;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::clinics::{self, NewClinic};
use crate::db::entities::clinic;
use crate::domain::npi::parse_npi;
use crate::error::{AppError, FieldError};

/// The time zone of a clinic created without one.
pub const DEFAULT_TIME_ZONE: &str = "America/New_York";

/// A new clinic as an operator or administrator typed it.
pub struct ClinicForm {
    pub name: String,
    pub address: String,
    pub npi: Option<String>,
    pub time_zone: Option<String>,
}

/// Creates a clinic after checking every field.
pub async fn create_clinic(
    db: &DatabaseConnection,
    actor: Actor,
    form: ClinicForm,
) -> Result<clinic::Model, AppError> {
    let mut errors = Vec::new();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 200 {
        errors.push(FieldError::new(
            "name",
            "Enter the clinic's name, at most 200 characters.",
        ));
    }
    let address = form.address.trim().to_owned();
    if address.is_empty() {
        errors.push(FieldError::new("address", "Enter the clinic's address."));
    }
    let npi = match form
        .npi
        .as_deref()
        .map(str::trim)
        .filter(|npi| !npi.is_empty())
    {
        Some(npi) => parse_npi(npi)
            .map_err(|error| errors.push(FieldError::new("npi", error)))
            .ok(),
        None => None,
    };
    let time_zone = form
        .time_zone
        .map(|zone| zone.trim().to_owned())
        .filter(|zone| !zone.is_empty())
        .unwrap_or_else(|| DEFAULT_TIME_ZONE.to_owned());
    if chrono_tz::Tz::from_str(&time_zone).is_err() {
        errors.push(FieldError::new(
            "time_zone",
            format!("Unknown time zone {time_zone:?}: use an IANA name such as America/Chicago."),
        ));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }

    let transaction = begin_write(db).await?;
    let clinic = clinics::insert(
        &transaction,
        NewClinic {
            name,
            address,
            npi,
            time_zone,
        },
    )
    .await
    .map_err(|error| match error.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::invalid("name", "A clinic with this name already exists.")
        }
        _ => AppError::from(error),
    })?;
    audit::record(
        &transaction,
        AuditEntry {
            actor,
            action: "clinic.created",
            subject_type: "clinic",
            subject_id: clinic.id.to_string(),
            before: None,
            after: Some(json!({ "name": clinic.name, "time_zone": clinic.time_zone })),
        },
    )
    .await?;
    transaction.commit().await?;

    Ok(clinic)
}
