//! The service base URL list that ONC (g)(10) certification requires, as a FHIR R4 `Bundle`
//! of type `collection`: one `Endpoint` for the one FHIR base URL, and one `Organization`
//! per clinic that points at it.

use serde_json::{json, Value};

/// The code system of `Endpoint.connectionType` (FHIR R4).
pub const CONNECTION_TYPE_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/endpoint-connection-type";
/// The code system of `Endpoint.payloadType` (FHIR R4).
pub const PAYLOAD_TYPE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/endpoint-payload-type";
/// The identifier system of US National Provider Identifiers.
pub const NPI_SYSTEM: &str = "http://hl7.org/fhir/sid/us-npi";
/// The `id` of the one `Endpoint` every organization references.
pub const ENDPOINT_ID: &str = "veracity-fhir-r4";

/// A clinic as its `Organization` resource shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicOrganization {
    /// The clinic's UUID, used as the resource `id`.
    pub id: String,
    pub name: String,
    /// The address as the clinic typed it, one line per line.
    pub address: String,
    pub npi: Option<String>,
}

/// Builds the Bundle for `clinics`, all served at `base_url` (an `https` FHIR R4 base URL
/// without a trailing slash).
pub fn service_base_url_bundle(base_url: &str, clinics: &[ClinicOrganization]) -> Value {
    let base_url = base_url.trim_end_matches('/');
    let endpoint = json!({
        "fullUrl": format!("{base_url}/Endpoint/{ENDPOINT_ID}"),
        "resource": {
            "resourceType": "Endpoint",
            "id": ENDPOINT_ID,
            "name": "Veracity FHIR R4 API",
            "status": "active",
            "connectionType": { "system": CONNECTION_TYPE_SYSTEM, "code": "hl7-fhir-rest" },
            "payloadType": [{
                "coding": [{ "system": PAYLOAD_TYPE_SYSTEM, "code": "any" }],
                "text": "Any FHIR R4 resource"
            }],
            "payloadMimeType": ["application/fhir+json"],
            "address": base_url,
        }
    });

    let mut entries = vec![endpoint];
    entries.extend(clinics.iter().map(|clinic| organization(base_url, clinic)));

    json!({
        "resourceType": "Bundle",
        "id": "veracity-service-base-urls",
        "type": "collection",
        "entry": entries,
    })
}

fn organization(base_url: &str, clinic: &ClinicOrganization) -> Value {
    let lines: Vec<&str> = clinic
        .address
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut resource = json!({
        "resourceType": "Organization",
        "id": clinic.id,
        "active": true,
        "name": clinic.name,
        "address": [{ "text": lines.join(", "), "line": lines }],
        "endpoint": [{ "reference": format!("Endpoint/{ENDPOINT_ID}") }],
    });
    if let Some(npi) = &clinic.npi {
        resource["identifier"] = json!([{ "system": NPI_SYSTEM, "value": npi }]);
    }

    json!({
        "fullUrl": format!("{base_url}/Organization/{}", clinic.id),
        "resource": resource,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic(npi: Option<&str>) -> ClinicOrganization {
        ClinicOrganization {
            id: "5d0c0a52-7d3e-4a57-9d57-6f3f2f0f4f11".to_owned(),
            name: "Lakeside Family Practice".to_owned(),
            address: "12 Harbor Road\nPortland, ME 04101".to_owned(),
            npi: npi.map(str::to_owned),
        }
    }

    #[test]
    fn endpoint_uses_fhir_rest_at_base_url() {
        let bundle = service_base_url_bundle("https://fhir.example.test/R4/", &[]);
        let endpoint = &bundle["entry"][0]["resource"];

        assert_eq!(endpoint["connectionType"]["code"], "hl7-fhir-rest");
        assert_eq!(endpoint["address"], "https://fhir.example.test/R4");
        assert_eq!(
            bundle["entry"][0]["fullUrl"],
            "https://fhir.example.test/R4/Endpoint/veracity-fhir-r4"
        );
    }

    #[test]
    fn organization_carries_npi_and_address_lines() {
        let bundle = service_base_url_bundle(
            "https://fhir.example.test/R4",
            &[clinic(Some("1407071236"))],
        );
        let organization = &bundle["entry"][1]["resource"];

        assert_eq!(organization["identifier"][0]["system"], NPI_SYSTEM);
        assert_eq!(organization["identifier"][0]["value"], "1407071236");
        assert_eq!(organization["address"][0]["line"][1], "Portland, ME 04101");
        assert_eq!(
            organization["endpoint"][0]["reference"],
            "Endpoint/veracity-fhir-r4"
        );
    }

    #[test]
    fn organization_without_npi_has_no_identifier() {
        let bundle = service_base_url_bundle("https://fhir.example.test/R4", &[clinic(None)]);

        assert!(bundle["entry"][1]["resource"].get("identifier").is_none());
    }
}
