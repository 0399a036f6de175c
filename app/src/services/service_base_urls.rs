//! The public service base URL Bundle, built from every clinic.

use sea_orm::DatabaseConnection;
use serde_json::Value;
use url::Url;

use crate::db::clinics;
use crate::domain::service_base_urls::{service_base_url_bundle, ClinicOrganization};
use crate::error::AppError;

/// Builds the Bundle with one `Organization` per clinic, by name, all served at
/// `fhir_base_url`. Every clinic is active: the portal has no way to close one.
pub async fn load_service_base_urls(
    db: &DatabaseConnection,
    fhir_base_url: &Url,
) -> Result<Value, AppError> {
    let clinics: Vec<ClinicOrganization> = clinics::list(db)
        .await?
        .into_iter()
        .map(|clinic| ClinicOrganization {
            id: clinic.id.to_string(),
            name: clinic.name,
            address: clinic.address,
            npi: clinic.npi,
        })
        .collect();

    Ok(service_base_url_bundle(fhir_base_url.as_str(), &clinics))
}
