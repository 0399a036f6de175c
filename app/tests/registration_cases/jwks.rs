//! The published JWKS documents, and a JWK printed with a trailing comma.

use app::domain::jwks::{check_jwks, JwksError};
use serde_json::Value;

use crate::support::{case_files, read_case};

#[test]
fn every_public_jwks_accepted() {
    for path in case_files("jwks", ".public.json") {
        let document = std::fs::read_to_string(&path).unwrap();
        let key_count = serde_json::from_str::<Value>(&document).unwrap()["keys"]
            .as_array()
            .unwrap()
            .len();

        let checked =
            check_jwks(&document).unwrap_or_else(|errors| panic!("{}: {errors:?}", path.display()));

        assert_eq!(checked.keys.len(), key_count, "{}", path.display());
        assert_eq!(checked.warnings, vec![], "{}", path.display());
    }
}

#[test]
fn trailing_comma_rejected_with_position() {
    let document = read_case("jwks/hl7_example_asymmetric_ES384_jwk.verbatim_trailing_comma.txt");

    let errors = check_jwks(&document).unwrap_err();

    assert_eq!(
        errors,
        vec![JwksError::InvalidJson {
            line: 8,
            column: 1,
            detail: "trailing comma".to_owned(),
        }]
    );
    assert_eq!(
        errors[0].to_string(),
        "The JWKS is not valid JSON: trailing comma at line 8, column 1."
    );
}

#[test]
fn fixed_trailing_comma_is_single_key() {
    let document = read_case("jwks/hl7_example_asymmetric_ES384_jwk.verbatim_trailing_comma.txt")
        .replace("\"ES384\",\n}", "\"ES384\"\n}");

    assert_eq!(check_jwks(&document), Err(vec![JwksError::SingleKey]));
}
