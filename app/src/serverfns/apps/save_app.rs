// The form posts one flat field per input, so the names match the inputs with and without
// JavaScript. The server function and its generated client stub take each as an argument.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::error::AppError;

/// Creates an app (empty `app_id`) or saves a new version of the signed-in developer's app.
/// Each field is the registration form's input of the same name; a checkbox is checked when
/// its value is `true`. A new app's `kind` is `patient` or `clinician`, unless the form
/// carries the `link_token` of a clinic's registration link: then it is a B2B (system) app.
#[server(prefix = "/api", endpoint = "save_app_registration")]
pub async fn save_app_registration(
    #[server(default)] app_id: String,
    #[server(default)] kind: String,
    #[server(default)] name: String,
    #[server(default)] short_description: String,
    #[server(default)] homepage_url: String,
    #[server(default)] support_email: String,
    #[server(default)] client_type: String,
    #[server(default)] token_endpoint_auth_method: String,
    #[server(default)] redirect_uris: String,
    #[server(default)] launch_uris: String,
    #[server(default)] scopes: String,
    #[server(default)] jwks_url: String,
    #[server(default)] jwks: String,
    #[server(default)] attest_smart_app_launch: String,
    #[server(default)] attest_openid_connect: String,
    #[server(default)] attest_pkce_s256: String,
    #[server(default)] attest_no_ehr_credentials: String,
    #[server(default)] privacy_policy_url: String,
    #[server(default)] terms_of_service_url: String,
    #[server(default)] data_retention: String,
    #[server(default)] data_sharing: String,
    #[server(default)] access_revocation: String,
    #[server(default)] link_token: String,
) -> Result<(), AppError> {
    use crate::domain::app_kind::AppKind;
    use crate::domain::registration::{fields, Attestations, RegistrationInput};
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    let checked = |value: &str| matches!(value, "true" | "on");
    let input = RegistrationInput {
        kind: AppKind::parse(&kind).unwrap_or(AppKind::Patient),
        name,
        short_description,
        homepage_url,
        support_email,
        client_type,
        token_endpoint_auth_method,
        redirect_uris,
        launch_uris,
        scopes,
        jwks_url,
        jwks,
        attestations: Attestations {
            smart_app_launch: checked(&attest_smart_app_launch),
            openid_connect: checked(&attest_openid_connect),
            pkce_s256: checked(&attest_pkce_s256),
            no_ehr_credentials: checked(&attest_no_ehr_credentials),
        },
        privacy_policy_url,
        terms_of_service_url,
        data_retention,
        data_sharing,
        access_revocation,
    };
    let typed = typed_fields(&input);
    let typed: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let keep = |error: AppError| respond_keeping(error, &typed);

    if app_id.trim().is_empty() && !link_token.is_empty() {
        let key = &portal.credential_key;
        let app = crate::services::b2b::register_through_link(
            &portal.db,
            key,
            &portal.public_url,
            &account,
            &link_token,
            input,
        )
        .await
        .map_err(keep)?;
        leptos_axum::redirect(&format!("/apps/{}?created=1", app.id));
        return Ok(());
    }
    if app_id.trim().is_empty() {
        match AppKind::parse(&kind) {
            Some(AppKind::Patient | AppKind::Clinician) => {}
            Some(AppKind::System) => {
                return Err(keep(AppError::invalid(
                    fields::KIND,
                    "B2B (system) apps are registered from the registration link a clinic \
                     sends you.",
                )))
            }
            None => {
                return Err(keep(AppError::invalid(
                    fields::KIND,
                    "Choose a patient-facing or a clinician-facing app.",
                )))
            }
        }
        let key = &portal.credential_key;
        let app = apps::create_app(&portal.db, key, &portal.public_url, &account, input)
            .await
            .map_err(keep)?;
        leptos_axum::redirect(&format!("/apps/{}?created=1", app.id));
        return Ok(());
    }

    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;
    apps::update_app(&portal.db, &account, id, input)
        .await
        .map_err(keep)?;
    leptos_axum::redirect(&format!("/apps/{app_id}?saved=1"));
    Ok(())
}

/// Lists the typed values under their form names, for a form posted without JavaScript. A
/// JWKS document that contains private keys is left out, so it never travels in a URL.
#[cfg(feature = "ssr")]
fn typed_fields(
    input: &crate::domain::registration::RegistrationInput,
) -> Vec<(&'static str, String)> {
    use crate::domain::jwks::{check_jwks, JwksError};
    use crate::domain::registration::{fields, Attestation};

    let mut typed = vec![
        (fields::KIND, input.kind.as_str().to_owned()),
        (fields::NAME, input.name.clone()),
        (fields::SHORT_DESCRIPTION, input.short_description.clone()),
        (fields::HOMEPAGE_URL, input.homepage_url.clone()),
        (fields::SUPPORT_EMAIL, input.support_email.clone()),
        (fields::CLIENT_TYPE, input.client_type.clone()),
        (
            fields::TOKEN_ENDPOINT_AUTH_METHOD,
            input.token_endpoint_auth_method.clone(),
        ),
        (fields::REDIRECT_URIS, input.redirect_uris.clone()),
        (fields::LAUNCH_URIS, input.launch_uris.clone()),
        (fields::SCOPES, input.scopes.clone()),
        (fields::JWKS_URL, input.jwks_url.clone()),
        (fields::PRIVACY_POLICY_URL, input.privacy_policy_url.clone()),
        (
            fields::TERMS_OF_SERVICE_URL,
            input.terms_of_service_url.clone(),
        ),
        (fields::DATA_RETENTION, input.data_retention.clone()),
        (fields::DATA_SHARING, input.data_sharing.clone()),
        (fields::ACCESS_REVOCATION, input.access_revocation.clone()),
    ];
    for attestation in Attestation::ALL {
        let value = input.attestations.get(attestation);
        typed.push((attestation.field(), value.to_string()));
    }

    let has_private_key = check_jwks(&input.jwks).is_err_and(|errors| {
        errors
            .iter()
            .any(|error| matches!(error, JwksError::PrivateKey { .. }))
    });
    if !has_private_key {
        typed.push((fields::JWKS, input.jwks.clone()));
    }
    typed
}
