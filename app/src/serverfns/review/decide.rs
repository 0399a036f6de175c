// The decision form posts two fields per criterion, and `#[server]` turns each field into
// an argument of the function it generates for the browser too.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::error::AppError;

/// Records the decision form: per criterion an outcome (`met`, `not_met` or
/// `not_applicable`) and a finding, and the `verdict` of the button pressed. A rejected
/// form without JavaScript comes back with every typed value in the URL.
#[server(prefix = "/api", endpoint = "decide_submission")]
pub async fn decide_submission(
    submission_id: String,
    #[server(default)] verdict: String,
    #[server(default)] identity_outcome: String,
    #[server(default)] identity_finding: String,
    #[server(default)] protocol_outcome: String,
    #[server(default)] protocol_finding: String,
    #[server(default)] security_outcome: String,
    #[server(default)] security_finding: String,
    #[server(default)] credential_safety_outcome: String,
    #[server(default)] credential_safety_finding: String,
    #[server(default)] privacy_policy_outcome: String,
    #[server(default)] privacy_policy_finding: String,
    #[server(default)] data_practices_outcome: String,
    #[server(default)] data_practices_finding: String,
) -> Result<(), AppError> {
    use crate::domain::review::criteria::Criterion;
    use crate::domain::review::decision::{DecisionInput, VERDICT_FIELD};
    use crate::domain::role::Role;
    use crate::serverfns::support::respond_keeping;
    use crate::services::{b2b, review};

    let (portal, reviewer, id) = super::decider_request(&submission_id).await?;

    // A browser posts a form value's line breaks as CRLF; the stored finding uses LF.
    let answers: Vec<(String, String)> = [
        (identity_outcome, identity_finding),
        (protocol_outcome, protocol_finding),
        (security_outcome, security_finding),
        (credential_safety_outcome, credential_safety_finding),
        (privacy_policy_outcome, privacy_policy_finding),
        (data_practices_outcome, data_practices_finding),
    ]
    .into_iter()
    .map(|(outcome, finding)| (outcome, finding.replace("\r\n", "\n")))
    .collect();
    let mut typed: Vec<(String, String)> = Criterion::ALL
        .into_iter()
        .zip(&answers)
        .flat_map(|(criterion, (outcome, finding))| {
            [
                (criterion.outcome_field(), outcome.clone()),
                (criterion.finding_field(), finding.clone()),
            ]
        })
        .collect();
    typed.push((VERDICT_FIELD.to_owned(), verdict.clone()));
    let input = DecisionInput {
        verdict: verdict.clone(),
        answers,
    };

    // A clinic administrator decides the system apps registered through the clinic's links.
    let clinic_decision = Role::parse(&reviewer.role) == Some(Role::ClinicAdministrator);
    let decided = match clinic_decision {
        true => {
            let key = &portal.credential_key;
            b2b::approve_request(&portal.db, key, &portal.public_url, &reviewer, id, input).await
        }
        false => {
            review::decide_submission(
                &portal.db,
                &portal.credential_key,
                &portal.review_clock,
                &portal.public_url,
                &reviewer,
                id,
                input,
            )
            .await
        }
    };
    decided.map_err(|error| {
        let fields: Vec<(&str, &str)> = typed
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        respond_keeping(error, &fields)
    })?;
    let page = match clinic_decision {
        true => format!("/clinic/registrations/{submission_id}?decided={verdict}"),
        false => format!("/review/submissions/{submission_id}?decided={verdict}"),
    };
    leptos_axum::redirect(&page);
    Ok(())
}
