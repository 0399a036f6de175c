use leptos::prelude::*;

use crate::error::AppError;

/// Creates a clinic from the platform administrator's form: name, address, optional NPI and
/// time zone (an IANA name; empty means America/New_York).
#[server(prefix = "/api", endpoint = "create_clinic")]
pub async fn create_clinic(
    name: String,
    address: String,
    #[server(default)] npi: String,
    #[server(default)] time_zone: String,
) -> Result<(), AppError> {
    use crate::db::audit::Actor;
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::clinics::{self, ClinicForm};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    let administrator = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;
    let typed = [
        ("name", name.clone()),
        ("address", address.clone()),
        ("npi", npi.clone()),
        ("time_zone", time_zone.clone()),
    ];
    let form = ClinicForm {
        name,
        address,
        npi: Some(npi),
        time_zone: Some(time_zone),
    };

    let clinic = clinics::create_clinic(&portal.db, Actor::Account(administrator.id), form)
        .await
        .map_err(|error| {
            let fields: Vec<(&str, &str)> = typed
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect();
            respond_keeping(error, &fields)
        })?;
    leptos_axum::redirect(&format!("/admin?clinic_created={}", clinic.id));
    Ok(())
}
