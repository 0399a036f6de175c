// The form posts one flat field per input, so the names match the inputs with and without
// JavaScript. The server function and its generated client stub take each as an argument.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::error::AppError;

/// Creates or updates the signed-in developer's identity profile. Each field is the form's
/// input of the same name; `region` is the address's state or region.
#[server(prefix = "/api", endpoint = "save_developer_profile")]
pub async fn save_developer_profile(
    pathway: String,
    legal_name: String,
    #[server(default)] doing_business_as: String,
    address_line1: String,
    #[server(default)] address_line2: String,
    city: String,
    region: String,
    postal_code: String,
    country: String,
    #[server(default)] contact_name: String,
    #[server(default)] contact_email: String,
    #[server(default)] contact_phone: String,
    #[server(default)] ein: String,
    #[server(default)] state_registration_number: String,
    #[server(default)] registration_state: String,
    #[server(default)] id_document_type: String,
    #[server(default)] id_issuer: String,
    #[server(default)] id_expires_on: String,
) -> Result<(), AppError> {
    use crate::domain::identity_form::ProfileInput;
    use crate::domain::postal_address::PostalAddressInput;
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    let input = ProfileInput {
        pathway,
        legal_name,
        doing_business_as,
        address: PostalAddressInput {
            line1: address_line1,
            line2: address_line2,
            city,
            region,
            postal_code,
            country,
        },
        contact_name,
        contact_email,
        contact_phone,
        ein,
        state_registration_number,
        registration_state,
        id_document_type,
        id_issuer,
        id_expires_on,
    };
    let typed = input.clone();
    let today = chrono::Utc::now().date_naive();

    identity::save_profile(&portal.db, &account, input, today)
        .await
        .map_err(|error| respond_keeping(error, &typed_fields(&typed)))?;
    leptos_axum::redirect("/developer/profile?saved=1");
    Ok(())
}

/// Lists the typed values under their form names, for a form posted without JavaScript.
#[cfg(feature = "ssr")]
fn typed_fields(input: &crate::domain::identity_form::ProfileInput) -> [(&'static str, &str); 18] {
    [
        ("pathway", &input.pathway),
        ("legal_name", &input.legal_name),
        ("doing_business_as", &input.doing_business_as),
        ("address_line1", &input.address.line1),
        ("address_line2", &input.address.line2),
        ("city", &input.address.city),
        ("region", &input.address.region),
        ("postal_code", &input.address.postal_code),
        ("country", &input.address.country),
        ("contact_name", &input.contact_name),
        ("contact_email", &input.contact_email),
        ("contact_phone", &input.contact_phone),
        ("ein", &input.ein),
        (
            "state_registration_number",
            &input.state_registration_number,
        ),
        ("registration_state", &input.registration_state),
        ("id_document_type", &input.id_document_type),
        ("id_issuer", &input.id_issuer),
        ("id_expires_on", &input.id_expires_on),
    ]
}
