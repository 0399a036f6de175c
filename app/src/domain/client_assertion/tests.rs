use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::*;

/// Reads a published example from `tests/cases/jwks`.
fn case(name: &str) -> String {
    let path = format!("{}/tests/cases/jwks/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap()
}

/// Returns the expectations the SMART worked examples were written for.
fn bili_monitor() -> ExpectedAssertion {
    ExpectedAssertion {
        client_id: "https://bili-monitor.example.com".to_owned(),
        token_endpoint: "https://authorize.smarthealthit.org/token".to_owned(),
        jwks_url: None,
    }
}

/// Their `exp`, 2015-01-29T22:01:00Z.
const BILI_MONITOR_EXP: i64 = 1_422_568_860;

/// Builds an assertion with a placeholder signature, for the checks that need no key.
fn unsigned(header: serde_json::Value, claims: serde_json::Value) -> ParsedAssertion {
    let encode = |value: serde_json::Value| URL_SAFE_NO_PAD.encode(value.to_string());
    let jwt = format!("{}.{}.c2ln", encode(header), encode(claims));
    parse_assertion(&jwt).unwrap()
}

#[test]
fn rs384_example_verifies_before_expiry() {
    let verdict = check_assertion(
        &case("hl7_client_confidential_asymmetric_RS384_example.jwt"),
        &case("hl7_smart_app_launch_RS384.public.json"),
        &bili_monitor(),
        at(BILI_MONITOR_EXP - 60),
    );

    assert_eq!(verdict.problems, vec![]);
    assert_eq!(verdict.alg.as_deref(), Some("RS384"));
}

#[test]
fn es384_example_verifies_before_expiry() {
    let verdict = check_assertion(
        &case("hl7_client_confidential_asymmetric_ES384_example.jwt"),
        &case("hl7_smart_app_launch_ES384.public.json"),
        &bili_monitor(),
        at(BILI_MONITOR_EXP - 60),
    );

    assert_eq!(verdict.problems, vec![]);
}

#[test]
fn examples_expired_now() {
    for (jwt, jwks) in [
        (
            "hl7_client_confidential_asymmetric_RS384_example.jwt",
            "hl7_smart_app_launch_RS384.public.json",
        ),
        (
            "hl7_client_confidential_asymmetric_ES384_example.jwt",
            "hl7_smart_app_launch_ES384.public.json",
        ),
    ] {
        let verdict = check_assertion(&case(jwt), &case(jwks), &bili_monitor(), Utc::now());

        assert_eq!(verdict.problems.len(), 1, "{jwt}: {:?}", verdict.problems);
        assert!(
            matches!(verdict.problems[0], AssertionProblem::Expired { .. }),
            "{jwt}"
        );
        assert!(verdict.problems[0]
            .to_string()
            .contains("expired at 2015-01-29T22:01:00Z"));
    }
}

#[test]
fn backend_services_example_has_other_audience() {
    let expected = ExpectedAssertion {
        client_id: "demo_app_whatever".to_owned(),
        token_endpoint: "https://fhir.allegiancemd.io/R4/auth/token".to_owned(),
        jwks_url: None,
    };
    let jwt = case("hl7_backend_services_example_client_assertion.jwt");
    let jwks = case("hl7_example_asymmetric_ES384.public.json");

    let before_expiry = check_assertion(&jwt, &jwks, &expected, at(1_633_532_134 - 60));
    let now = check_assertion(&jwt, &jwks, &expected, Utc::now());

    assert_eq!(
        before_expiry.problems.len(),
        1,
        "{:?}",
        before_expiry.problems
    );
    assert!(matches!(
        before_expiry.problems[0],
        AssertionProblem::WrongAudience { .. }
    ));
    assert_eq!(now.problems.len(), 2, "{:?}", now.problems);
    assert!(matches!(now.problems[1], AssertionProblem::Expired { .. }));
}

#[test]
fn changed_claims_fail_signature() {
    let jwt = case("hl7_client_confidential_asymmetric_RS384_example.jwt");
    let parts: Vec<&str> = jwt.trim().split('.').collect();
    let claims = URL_SAFE_NO_PAD.decode(parts[1]).unwrap();
    let changed = String::from_utf8(claims).unwrap().replace("123", "124");
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(changed),
        parts[2]
    );

    let verdict = check_assertion(
        &forged,
        &case("hl7_smart_app_launch_RS384.public.json"),
        &bili_monitor(),
        at(BILI_MONITOR_EXP - 60),
    );

    assert_eq!(
        verdict.problems,
        vec![AssertionProblem::BadSignature {
            kid: "eee9f17a3b598fd86417a980b591fbe6".to_owned()
        }]
    );
}

#[test]
fn key_from_other_set_is_unknown_kid() {
    let verdict = check_assertion(
        &case("hl7_client_confidential_asymmetric_RS384_example.jwt"),
        &case("hl7_smart_app_launch_ES384.public.json"),
        &bili_monitor(),
        at(BILI_MONITOR_EXP - 60),
    );

    assert_eq!(verdict.problems.len(), 1, "{:?}", verdict.problems);
    assert!(matches!(
        &verdict.problems[0],
        AssertionProblem::UnknownKid { kid, known } if kid == "eee9f17a3b598fd86417a980b591fbe6" && known.contains("cd520211e5661dbba2256f67f6d53f97")
    ));
}

#[test]
fn every_claim_problem_listed() {
    let now = at(1_800_000_000);
    let assertion = unsigned(
        json!({"alg": "HS256", "kid": "k", "jku": "https://attacker.example/jwks.json"}),
        json!({"iss": "other", "aud": ["https://elsewhere.example/token"]}),
    );
    let expected = ExpectedAssertion {
        jwks_url: Some("https://app.example.com/jwks.json".to_owned()),
        ..bili_monitor()
    };

    let mut problems = check_header(&assertion, &expected);
    problems.extend(check_claims(&assertion, &expected, now));

    assert_eq!(problems.len(), 7, "{problems:?}");
    assert!(
        matches!(&problems[0], AssertionProblem::AlgorithmNotAllowed { alg } if alg == "“HS256”")
    );
    assert!(matches!(
        &problems[1],
        AssertionProblem::JkuNotRegistered { .. }
    ));
    assert!(matches!(&problems[2], AssertionProblem::NotClientId { claim, .. } if claim == "iss"));
    assert!(
        matches!(&problems[3], AssertionProblem::NotClientId { claim, found, .. } if claim == "sub" && found == "missing")
    );
    assert!(matches!(
        &problems[4],
        AssertionProblem::WrongAudience { .. }
    ));
    assert_eq!(problems[5], AssertionProblem::ExpMissing);
    assert_eq!(problems[6], AssertionProblem::JtiMissing);
}

#[test]
fn exp_limits_at_five_minutes() {
    let now = at(1_800_000_000);
    let with_exp = |exp: DateTime<Utc>| {
        let assertion = unsigned(
            json!({"alg": "RS384", "kid": "k"}),
            json!({
                "iss": "https://bili-monitor.example.com",
                "sub": "https://bili-monitor.example.com",
                "aud": "https://authorize.smarthealthit.org/token",
                "jti": "one",
                "exp": exp.timestamp(),
            }),
        );
        check_claims(&assertion, &bili_monitor(), now)
    };

    assert_eq!(with_exp(now + MAX_LIFETIME), vec![]);
    assert!(matches!(
        &with_exp(now + MAX_LIFETIME + Duration::seconds(1))[..],
        [AssertionProblem::ExpTooFar { .. }]
    ));
    assert!(matches!(
        &with_exp(now)[..],
        [AssertionProblem::Expired { .. }]
    ));
}

#[test]
fn registered_jku_accepted() {
    let expected = ExpectedAssertion {
        jwks_url: Some("https://app.example.com/jwks.json".to_owned()),
        ..bili_monitor()
    };
    let assertion = unsigned(
        json!({"alg": "ES384", "kid": "k", "jku": "https://app.example.com/jwks.json"}),
        json!({}),
    );

    assert_eq!(check_header(&assertion, &expected), vec![]);
}

#[test]
fn malformed_assertion_rejected() {
    let verdict = check_assertion("not a jwt", "{}", &bili_monitor(), Utc::now());

    assert_eq!(verdict.problems.len(), 1);
    assert!(verdict.problems[0]
        .to_string()
        .contains("three base64url parts"));
}
