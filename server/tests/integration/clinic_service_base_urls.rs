//! The public service base URL Bundle: its FHIR R4 structure, checked against a published
//! example's shape, with clinics created in the real database.

use std::collections::HashSet;

use crate::support::apps::{body_text, cases_dir, read_case, send};
use crate::support::clinics::new_clinic;
use crate::support::{fresh_database, on_both_backends, router, Backend, FHIR_BASE_URL};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;

async fn fetch_bundle(app: &axum::Router) -> (StatusCode, String, Value) {
    let request = Request::get("/fhir/service-base-urls")
        .body(Body::empty())
        .unwrap();
    let response = send(app, request).await;
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|value| value.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = body_text(response).await;

    (status, content_type, serde_json::from_str(&body).unwrap())
}

/// Returns the resources of `bundle` of `resource_type`.
fn resources<'a>(bundle: &'a Value, resource_type: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| &entry["resource"])
        .filter(|resource| resource["resourceType"] == resource_type)
        .collect()
}

/// Checks what every service base URL Bundle needs, from any publisher: a collection
/// whose entries each have a `fullUrl` ending in the resource's type and id, and
/// organizations whose endpoint references all resolve inside the Bundle.
fn check_structure(bundle: &Value) {
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    for entry in bundle["entry"].as_array().unwrap() {
        let resource = &entry["resource"];
        let suffix = format!(
            "/{}/{}",
            resource["resourceType"].as_str().unwrap(),
            resource["id"].as_str().unwrap()
        );
        assert!(
            entry["fullUrl"].as_str().unwrap().ends_with(&suffix),
            "fullUrl {} does not end with {suffix}",
            entry["fullUrl"]
        );
    }

    let endpoint_ids: HashSet<String> = resources(bundle, "Endpoint")
        .into_iter()
        .map(|endpoint| format!("Endpoint/{}", endpoint["id"].as_str().unwrap()))
        .collect();
    for endpoint in resources(bundle, "Endpoint") {
        for element in ["status", "connectionType", "payloadType", "address"] {
            assert!(
                endpoint.get(element).is_some(),
                "Endpoint without {element}"
            );
        }
    }
    for organization in resources(bundle, "Organization") {
        for element in ["name", "active", "endpoint"] {
            assert!(
                organization.get(element).is_some(),
                "Organization without {element}"
            );
        }
        for reference in organization["endpoint"].as_array().unwrap() {
            let reference = reference["reference"].as_str().unwrap();
            assert!(
                endpoint_ids.contains(reference),
                "{reference} is not in the Bundle"
            );
        }
    }
}

#[test]
fn published_example_passes_structure_check() {
    let path = cases_dir().join("service_base_url_bundle_example.json");
    let example: Value = serde_json::from_str(&read_case(&path)).unwrap();

    check_structure(&example);
}

async fn bundle_lists_every_clinic(backend: Backend) {
    let database = fresh_database(backend).await;
    let lakeside = new_clinic(&database.db, "Lakeside Family Practice", Some("1407071236")).await;
    let hillcrest = new_clinic(&database.db, "Hillcrest Pediatrics", None).await;
    let app = router(&database);

    let (status, content_type, bundle) = fetch_bundle(&app).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/fhir+json");
    check_structure(&bundle);
    let endpoints = resources(&bundle, "Endpoint");
    assert_eq!(endpoints.len(), 1);
    assert_eq!(endpoints[0]["address"], FHIR_BASE_URL);
    assert_eq!(endpoints[0]["status"], "active");
    assert_eq!(
        endpoints[0]["connectionType"]["system"],
        "http://terminology.hl7.org/CodeSystem/endpoint-connection-type"
    );
    assert_eq!(endpoints[0]["connectionType"]["code"], "hl7-fhir-rest");
    assert!(endpoints[0]["address"]
        .as_str()
        .unwrap()
        .starts_with("https://"));

    let organizations = resources(&bundle, "Organization");
    let names: Vec<&str> = organizations
        .iter()
        .map(|organization| organization["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Hillcrest Pediatrics", "Lakeside Family Practice"]);
    let lakeside_resource = organizations
        .iter()
        .find(|organization| organization["id"] == lakeside.id.to_string())
        .unwrap();
    assert_eq!(lakeside_resource["active"], true);
    assert_eq!(
        lakeside_resource["identifier"][0]["system"],
        "http://hl7.org/fhir/sid/us-npi"
    );
    assert_eq!(lakeside_resource["identifier"][0]["value"], "1407071236");
    assert_eq!(lakeside_resource["address"][0]["line"][0], "12 Harbor Road");
    let hillcrest_resource = organizations
        .iter()
        .find(|organization| organization["id"] == hillcrest.id.to_string())
        .unwrap();
    assert!(hillcrest_resource.get("identifier").is_none());
}
on_both_backends!(bundle_lists_every_clinic);

async fn bundle_shape_matches_published_example(backend: Backend) {
    let database = fresh_database(backend).await;
    new_clinic(&database.db, "Lakeside Family Practice", Some("1407071236")).await;
    let path = cases_dir().join("service_base_url_bundle_example.json");
    let example: Value = serde_json::from_str(&read_case(&path)).unwrap();

    let (_, _, bundle) = fetch_bundle(&router(&database)).await;

    let keys =
        |value: &Value| -> HashSet<String> { value.as_object().unwrap().keys().cloned().collect() };
    let example_endpoint = resources(&example, "Endpoint")[0];
    let example_organization = resources(&example, "Organization")[0];
    let missing_endpoint: Vec<String> = keys(example_endpoint)
        .difference(&keys(resources(&bundle, "Endpoint")[0]))
        .cloned()
        .collect();
    let missing_organization: Vec<String> = keys(example_organization)
        .difference(&keys(resources(&bundle, "Organization")[0]))
        .cloned()
        .collect();
    assert!(
        missing_endpoint.is_empty(),
        "Endpoint lacks {missing_endpoint:?}"
    );
    assert!(
        missing_organization.is_empty(),
        "Organization lacks {missing_organization:?}"
    );
    assert_eq!(keys(&example).difference(&keys(&bundle)).count(), 0);
}
on_both_backends!(bundle_shape_matches_published_example);

async fn bundle_without_clinics_lists_endpoint(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, _, bundle) = fetch_bundle(&router(&database)).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(resources(&bundle, "Endpoint").len(), 1);
    assert!(resources(&bundle, "Organization").is_empty());
}
on_both_backends!(bundle_without_clinics_lists_endpoint);
