use leptos::prelude::*;

use crate::error::AppError;
use crate::models::gallery::ClinicGalleryEntry;

/// Lists the approved apps matching `q` and `kind` with the signed-in administrator's
/// clinic's setting for each.
#[server(prefix = "/api", endpoint = "list_clinic_apps")]
pub async fn list_clinic_apps(
    q: String,
    kind: String,
) -> Result<Vec<ClinicGalleryEntry>, AppError> {
    use crate::domain::gallery_filter::GalleryFilter;
    use crate::serverfns::support::respond;
    use crate::services::clinic_apps;

    let (portal, administrator, clinic_id) = super::administrator_request().await?;
    let filter = GalleryFilter::from_query(&q, &kind);

    clinic_apps::list_clinic_gallery(&portal.db, &administrator, clinic_id, &filter)
        .await
        .map_err(respond)
}

/// Loads one approved app with the clinic's setting, for the page that confirms a change.
#[server(prefix = "/api", endpoint = "load_clinic_app")]
pub async fn load_clinic_app(app_id: String) -> Result<ClinicGalleryEntry, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::clinic_apps;

    let (portal, administrator, clinic_id) = super::administrator_request().await?;
    let app_id = super::parse_id(&app_id)?;

    clinic_apps::load_clinic_app(&portal.db, &administrator, clinic_id, app_id)
        .await
        .map_err(respond)
}

/// Applies `change` (`opt_out`, `opt_in`, `activate` or `deactivate`) to `app_id` at
/// `clinic_id`, then returns to the clinic's gallery.
#[server(prefix = "/api", endpoint = "change_clinic_app")]
pub async fn change_clinic_app(
    clinic_id: String,
    app_id: String,
    change: String,
    #[server(default)] reason: String,
    #[server(default)] contract_reference: String,
    #[server(default)] contract_date: String,
) -> Result<(), AppError> {
    use crate::domain::clinic_app_change::{ChangeInput, ClinicAppChange};
    use crate::serverfns::support::{respond, respond_keeping};
    use crate::services::clinic_apps;

    let (portal, administrator, _) = super::administrator_request().await?;
    let clinic_id = super::parse_id(&clinic_id)?;
    let app_id = super::parse_id(&app_id)?;
    let change = ClinicAppChange::parse(&change).ok_or_else(|| {
        respond(AppError::invalid(
            "change",
            "Choose one of opt_out, opt_in, activate or deactivate.",
        ))
    })?;
    let input = ChangeInput {
        reason,
        contract_reference,
        contract_date,
    };

    clinic_apps::change_clinic_app(
        &portal.db,
        &administrator,
        clinic_id,
        app_id,
        change,
        &input,
    )
    .await
    .map_err(|error| {
        respond_keeping(
            error,
            &[
                ("change", change.as_str()),
                ("reason", &input.reason),
                ("contract_reference", &input.contract_reference),
                ("contract_date", &input.contract_date),
            ],
        )
    })?;
    leptos_axum::redirect(&format!("/clinic/apps?changed={}", change.as_str()));
    Ok(())
}
