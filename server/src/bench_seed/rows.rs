//! The rows the registry benchmark inserts, filled the way a registration through the portal
//! would fill them, so the registry reads and serializes records of realistic size.

use app::db::entities::{app as app_entity, app_client, client_secret, clinic, clinic_app};
use app::domain::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};
use app::domain::app_status::AppStatus;
use app::domain::clinic_app_state::ClinicAppState;
use app::domain::environment::Environment;
use chrono::{DateTime, Utc};
use sea_orm::Set;
use serde_json::json;
use uuid::Uuid;

use super::population::AppPlan;

const PATIENT_SCOPES: &str =
    "launch/patient openid fhirUser offline_access patient/Patient.rs patient/Observation.rs \
     patient/Condition.rs patient/MedicationRequest.rs patient/AllergyIntolerance.rs";
const CLINICIAN_SCOPES: &str = "launch openid fhirUser user/Patient.rs user/Observation.rs \
     user/Condition.rs user/Encounter.rs user/DocumentReference.rs";
const SYSTEM_SCOPES: &str = "system/Patient.rs system/Observation.rs system/Group.rs";

pub fn clinic(id: Uuid, number: usize, now: DateTime<Utc>) -> clinic::ActiveModel {
    clinic::ActiveModel {
        id: Set(id),
        name: Set(format!("Benchmark Clinic {number:04}")),
        address: Set(format!("{} Harbor Way, Portland, ME 04101", number + 1)),
        npi: Set(None),
        time_zone: Set("America/New_York".to_owned()),
        created_at: Set(now),
    }
}

/// Builds app number `number` as `plan` describes it, owned by `owner`. A system app
/// registered through `clinic_id`.
pub fn app(
    id: Uuid,
    number: usize,
    plan: AppPlan,
    owner: Uuid,
    clinic_id: Option<Uuid>,
    now: DateTime<Utc>,
) -> app_entity::ActiveModel {
    let site = format!("https://app{number:05}.example.com");
    let user_facing = plan.kind != AppKind::System;
    let scopes = match plan.kind {
        AppKind::Patient => PATIENT_SCOPES,
        AppKind::Clinician => CLINICIAN_SCOPES,
        AppKind::System => SYSTEM_SCOPES,
    };
    let client_type = match plan.method {
        TokenEndpointAuthMethod::None => ClientType::Public,
        _ => ClientType::Confidential,
    };
    let redirect_uris = match user_facing {
        true => json!([
            format!("{site}/callback"),
            format!("{site}/mobile/callback")
        ]),
        false => json!([]),
    };
    let launch_uris = match plan.kind {
        AppKind::Clinician => json!([format!("{site}/launch")]),
        _ => json!([]),
    };

    app_entity::ActiveModel {
        id: Set(id),
        kind: Set(plan.kind.as_str().to_owned()),
        status: Set(plan.status.as_str().to_owned()),
        name: Set(Some(format!("Benchmark App {number:05}"))),
        short_description: Set(Some(
            "Shows a patient's labs, conditions and medications in one timeline.".to_owned(),
        )),
        homepage_url: Set(Some(site.clone())),
        support_email: Set(Some(format!("support@app{number:05}.example.com"))),
        client_type: Set(client_type.as_str().to_owned()),
        token_endpoint_auth_method: Set(plan.method.as_str().to_owned()),
        redirect_uris: Set(redirect_uris),
        launch_uris: Set(launch_uris),
        scopes: Set(Some(scopes.to_owned())),
        jwks_url: Set((plan.kind == AppKind::System).then(|| format!("{site}/jwks.json"))),
        jwks: Set(None),
        attests_smart_app_launch: Set(user_facing),
        attests_openid_connect: Set(user_facing),
        attests_pkce_s256: Set(user_facing),
        attests_no_ehr_credentials: Set(true),
        privacy_policy_url: Set(Some(format!("{site}/privacy"))),
        terms_of_service_url: Set(Some(format!("{site}/terms"))),
        data_retention: Set(Some("Deleted 30 days after the account closes.".to_owned())),
        data_sharing: Set(Some("Shared with no third party.".to_owned())),
        access_revocation: Set(Some("Settings, then Disconnect the EHR.".to_owned())),
        created_by: Set(owner),
        developer_profile_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        suspension_reason: Set(
            (plan.status == AppStatus::Suspended).then(|| "Benchmark suspension.".to_owned())
        ),
        clinic_id: Set(clinic_id),
    }
}

pub fn client(
    app_id: Uuid,
    environment: Environment,
    client_id: &str,
    now: DateTime<Utc>,
) -> app_client::ActiveModel {
    app_client::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(app_id),
        environment: Set(environment.as_str().to_owned()),
        client_id: Set(client_id.to_owned()),
        created_at: Set(now),
    }
}

/// Builds a secret stored as `secret_hash`; a revoked one was revoked at `now`.
pub fn secret(
    app_id: Uuid,
    environment: Environment,
    secret_hash: String,
    revoked: bool,
    now: DateTime<Utc>,
) -> client_secret::ActiveModel {
    client_secret::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(app_id),
        environment: Set(environment.as_str().to_owned()),
        secret_hash: Set(secret_hash),
        created_at: Set(now),
        revoked_at: Set(revoked.then_some(now)),
        expires_at: Set(None),
        sealed_secret: Set(None),
    }
}

pub fn setting(
    clinic_id: Uuid,
    app_id: Uuid,
    state: ClinicAppState,
    changed_by: Uuid,
    now: DateTime<Utc>,
) -> clinic_app::ActiveModel {
    let activation = state == ClinicAppState::Activated;

    clinic_app::ActiveModel {
        clinic_id: Set(clinic_id),
        app_id: Set(app_id),
        state: Set(state.as_str().to_owned()),
        reason: Set((state == ClinicAppState::OptedOut).then(|| "Not in use here.".to_owned())),
        contract_reference: Set(activation.then(|| "BAA-2026-001".to_owned())),
        contract_date: Set(activation.then(|| now.date_naive())),
        changed_by: Set(changed_by),
        changed_at: Set(now),
    }
}
