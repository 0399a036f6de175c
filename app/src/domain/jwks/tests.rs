use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::json;

use super::*;

/// Returns a P-384 public key from the SMART App Launch specification's asymmetric example.
fn ec_key() -> Value {
    json!({
        "kty": "EC",
        "crv": "P-384",
        "x": "wcE8O55ro6aOuTf5Ty1k_IG4mTcuLiVercHouge1G5Ri-leevhev4uJzlHpi3U8r",
        "y": "mLRgz8Giu6XA_AqG8bywqbygShmd8jowflrdx0KQtM5X4s4aqDeCRfcpexykp3aI",
        "kid": "ec-1",
        "alg": "ES384"
    })
}

/// Returns a 2048-bit RSA public key with a modulus of 256 bytes with the top bit set.
fn rsa_key() -> Value {
    let modulus = URL_SAFE_NO_PAD.encode([0xC5; 256]);

    json!({ "kty": "RSA", "n": modulus, "e": "AQAB", "kid": "rsa-1", "alg": "RS384" })
}

fn check_keys(keys: Vec<Value>) -> Result<CheckedJwks, Vec<JwksError>> {
    check_jwks(&json!({ "keys": keys }).to_string())
}

fn with(mut key: Value, member: &str, value: Value) -> Value {
    key[member] = value;
    key
}

fn without(mut key: Value, member: &str) -> Value {
    key.as_object_mut().unwrap().remove(member);
    key
}

fn key_ref(position: usize, kid: &str) -> KeyRef {
    KeyRef {
        position,
        kid: Some(kid.to_owned()),
    }
}

#[test]
fn rsa_and_ec_keys_accepted() {
    let checked = check_keys(vec![ec_key(), rsa_key()]).unwrap();

    assert_eq!(
        checked.keys,
        vec![
            PublicKeySummary {
                kid: "ec-1".to_owned(),
                algorithm: SigningAlgorithm::Es384,
            },
            PublicKeySummary {
                kid: "rsa-1".to_owned(),
                algorithm: SigningAlgorithm::Rs384,
            },
        ]
    );
    assert_eq!(checked.warnings, vec![]);
}

#[test]
fn trailing_comma_located() {
    let document = "{\n  \"keys\": [],\n}";

    let errors = check_jwks(document).unwrap_err();
    assert_eq!(
        errors,
        vec![JwksError::InvalidJson {
            line: 3,
            column: 1,
            detail: "trailing comma".to_owned(),
        }]
    );
    assert_eq!(
        errors[0].to_string(),
        "The JWKS is not valid JSON: trailing comma at line 3, column 1."
    );
}

#[test]
fn document_shape_checked() {
    assert_eq!(check_jwks("[]"), Err(vec![JwksError::NotAnObject]));
    assert_eq!(check_jwks("{}"), Err(vec![JwksError::MissingKeys]));
    assert_eq!(
        check_jwks(r#"{"keys": {}}"#),
        Err(vec![JwksError::MissingKeys])
    );
    assert_eq!(check_jwks(r#"{"keys": []}"#), Err(vec![JwksError::NoKeys]));
    assert_eq!(
        check_jwks(&ec_key().to_string()),
        Err(vec![JwksError::SingleKey])
    );
}

#[test]
fn private_key_rejected_as_exposed() {
    let key = with(with(ec_key(), "d", json!("c2VjcmV0")), "p", json!("AQAB"));

    let errors = check_keys(vec![key]).unwrap_err();
    assert_eq!(
        errors,
        vec![JwksError::PrivateKey {
            key: key_ref(1, "ec-1"),
            members: "d, p".to_owned(),
        }]
    );
    assert!(errors[0].to_string().contains("generate a new key pair"));
}

#[test]
fn symmetric_key_rejected() {
    let key = json!({ "kty": "oct", "kid": "shared", "alg": "HS256" });

    assert_eq!(
        check_keys(vec![key]),
        Err(vec![JwksError::SymmetricKey {
            key: key_ref(1, "shared")
        }])
    );
}

#[test]
fn missing_and_duplicate_kid_rejected() {
    let errors = check_keys(vec![without(ec_key(), "kid"), rsa_key(), rsa_key()]).unwrap_err();

    assert_eq!(
        errors,
        vec![
            JwksError::MissingKid {
                key: KeyRef {
                    position: 1,
                    kid: None
                }
            },
            JwksError::DuplicateKid {
                kid: "rsa-1".to_owned()
            },
        ]
    );
}

#[test]
fn other_algorithms_rejected_with_reason() {
    for (alg, reason_part) in [
        ("RS256", "RS384 or ES384"),
        ("ES256", "RS384 or ES384"),
        ("PS384", "RS384 or ES384"),
        ("HS384", "symmetric"),
        ("none", "unsigned"),
        ("RSA-OAEP", "encryption"),
    ] {
        let errors = check_keys(vec![with(rsa_key(), "alg", json!(alg))]).unwrap_err();

        assert_eq!(errors.len(), 1, "{alg}");
        assert!(
            matches!(&errors[0], JwksError::UnsupportedAlgorithm { alg: rejected, .. } if rejected == alg),
            "{alg}: {errors:?}"
        );
        assert!(
            errors[0].to_string().contains(reason_part),
            "{alg}: {}",
            errors[0]
        );
    }
}

#[test]
fn algorithm_must_match_key_type() {
    assert_eq!(
        check_keys(vec![with(rsa_key(), "alg", json!("ES384"))]),
        Err(vec![JwksError::AlgorithmMismatch {
            key: key_ref(1, "rsa-1"),
            alg: SigningAlgorithm::Es384,
            kty: "RSA".to_owned(),
        }])
    );
}

#[test]
fn missing_alg_warned_and_implied() {
    let checked = check_keys(vec![without(ec_key(), "alg")]).unwrap();

    assert_eq!(checked.keys[0].algorithm, SigningAlgorithm::Es384);
    assert_eq!(
        checked.warnings,
        vec![JwksWarning::AlgorithmMissing {
            key: key_ref(1, "ec-1"),
            assumed: SigningAlgorithm::Es384,
        }]
    );
}

#[test]
fn other_curve_rejected() {
    assert_eq!(
        check_keys(vec![with(ec_key(), "crv", json!("P-256"))]),
        Err(vec![JwksError::UnsupportedCurve {
            key: key_ref(1, "ec-1"),
            crv: "P-256".to_owned(),
        }])
    );
}

#[test]
fn missing_members_rejected() {
    let errors = check_keys(vec![without(without(rsa_key(), "n"), "e")]).unwrap_err();

    assert_eq!(
        errors,
        vec![
            JwksError::MissingMember {
                key: key_ref(1, "rsa-1"),
                member: "n"
            },
            JwksError::MissingMember {
                key: key_ref(1, "rsa-1"),
                member: "e"
            },
        ]
    );
}

#[test]
fn non_base64url_members_rejected() {
    let padded = with(rsa_key(), "e", json!("AQAB="));
    let standard_alphabet = with(
        ec_key(),
        "x",
        json!("wcE8O55ro6aOuTf5Ty1k+IG4mTcuLiVercHouge1G5Ri/leevhev4uJzlHpi3U8r"),
    );

    for key in [padded, standard_alphabet] {
        let errors = check_keys(vec![key]).unwrap_err();

        assert!(
            matches!(errors.as_slice(), [JwksError::NotBase64Url { .. }]),
            "{errors:?}"
        );
    }
}

#[test]
fn short_rsa_modulus_rejected() {
    let short = with(rsa_key(), "n", json!(URL_SAFE_NO_PAD.encode([0xC5; 128])));

    assert_eq!(
        check_keys(vec![short]),
        Err(vec![JwksError::RsaModulusTooShort {
            key: key_ref(1, "rsa-1"),
            bits: 1024,
        }])
    );
}

#[test]
fn short_coordinate_rejected() {
    let short = with(ec_key(), "y", json!(URL_SAFE_NO_PAD.encode([7; 32])));

    assert_eq!(
        check_keys(vec![short]),
        Err(vec![JwksError::WrongCoordinateLength {
            key: key_ref(1, "ec-1"),
            member: "y",
            bytes: 32,
        }])
    );
}

#[test]
fn encryption_use_rejected() {
    assert_eq!(
        check_keys(vec![with(ec_key(), "use", json!("enc"))]),
        Err(vec![JwksError::NotSignatureUse {
            key: key_ref(1, "ec-1"),
            value: "enc".to_owned(),
        }])
    );
}

#[test]
fn signing_key_ops_rejected() {
    assert_eq!(
        check_keys(vec![with(ec_key(), "key_ops", json!(["sign", "verify"]))]),
        Err(vec![JwksError::KeyOpsNotVerify {
            key: key_ref(1, "ec-1")
        }])
    );
}

#[test]
fn unknown_members_and_order_accepted() {
    let key = json!({
        "alg": "ES384",
        "kid": "ec-1",
        "y": "mLRgz8Giu6XA_AqG8bywqbygShmd8jowflrdx0KQtM5X4s4aqDeCRfcpexykp3aI",
        "x": "wcE8O55ro6aOuTf5Ty1k_IG4mTcuLiVercHouge1G5Ri-leevhev4uJzlHpi3U8r",
        "crv": "P-384",
        "kty": "EC",
        "use": "sig",
        "key_ops": ["verify"],
        "ext": true,
        "x5t#S256": "unused"
    });

    assert!(check_keys(vec![key]).is_ok());
}

#[test]
fn problems_in_every_key_returned() {
    let errors = check_keys(vec![
        with(ec_key(), "crv", json!("P-521")),
        with(rsa_key(), "alg", json!("RS256")),
    ])
    .unwrap_err();

    assert_eq!(errors.len(), 2, "{errors:?}");
}
