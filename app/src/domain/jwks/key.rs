//! The checks on one JWK of a JWKS.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

use super::algorithm::check_algorithm;
use super::{JwksError, JwksWarning, KeyRef, PublicKeySummary, SigningAlgorithm};

/// Members that only a private or symmetric key has (RFC 7518 §6.2.2, §6.3.2 and §6.4.1).
const PRIVATE_MEMBERS: [&str; 8] = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// The smallest RSA modulus RFC 7518 §3.3 allows for RS384.
const MIN_RSA_MODULUS_BITS: usize = 2048;

/// The length of a P-384 coordinate (RFC 7518 §6.2.1.2).
const P384_COORDINATE_BYTES: usize = 48;

/// Checks the key at `index` of the `keys` array, adding its problems to `errors` and its
/// advice to `warnings`. Returns the key's summary when its kid and algorithm are known.
pub(super) fn check_key(
    index: usize,
    key: &Value,
    errors: &mut Vec<JwksError>,
    warnings: &mut Vec<JwksWarning>,
) -> Option<PublicKeySummary> {
    let kid = key
        .get("kid")
        .and_then(Value::as_str)
        .filter(|kid| !kid.is_empty());
    let key_ref = KeyRef {
        position: index + 1,
        kid: kid.map(str::to_owned),
    };

    let Some(key) = key.as_object() else {
        errors.push(JwksError::KeyNotObject { key: key_ref });
        return None;
    };

    let private_members: Vec<&str> = PRIVATE_MEMBERS
        .into_iter()
        .filter(|member| key.contains_key(*member))
        .collect();
    if !private_members.is_empty() {
        errors.push(JwksError::PrivateKey {
            key: key_ref,
            members: private_members.join(", "),
        });
        return None;
    }

    if kid.is_none() {
        errors.push(JwksError::MissingKid {
            key: key_ref.clone(),
        });
    }

    let implied_algorithm = check_key_material(key, &key_ref, errors)?;

    let algorithm = match key.get("alg") {
        None => {
            warnings.push(JwksWarning::AlgorithmMissing {
                key: key_ref.clone(),
                assumed: implied_algorithm,
            });
            implied_algorithm
        }
        Some(Value::String(alg)) => check_algorithm(alg, implied_algorithm, &key_ref, errors)?,
        Some(_) => {
            errors.push(JwksError::MemberNotString {
                key: key_ref,
                member: "alg",
            });
            return None;
        }
    };

    check_intended_use(key, &key_ref, errors);

    Some(PublicKeySummary {
        kid: kid?.to_owned(),
        algorithm,
    })
}

/// Checks `kty` and the public key members, and returns the algorithm the key type
/// implies.
fn check_key_material(
    key: &Map<String, Value>,
    key_ref: &KeyRef,
    errors: &mut Vec<JwksError>,
) -> Option<SigningAlgorithm> {
    let kty = string_member(key, "kty", key_ref, errors)?;

    match kty {
        "RSA" => {
            let modulus = base64url_member(key, "n", key_ref, errors);
            let exponent = base64url_member(key, "e", key_ref, errors);
            let (modulus, exponent) = (modulus?, exponent?);

            let bits = bit_length(&modulus);
            if bits < MIN_RSA_MODULUS_BITS {
                errors.push(JwksError::RsaModulusTooShort {
                    key: key_ref.clone(),
                    bits,
                });
            }
            if bit_length(&exponent) == 0 {
                errors.push(JwksError::MissingMember {
                    key: key_ref.clone(),
                    member: "e",
                });
            }
            Some(SigningAlgorithm::Rs384)
        }
        "EC" => {
            let curve = string_member(key, "crv", key_ref, errors);
            if let Some(crv) = curve.filter(|crv| *crv != "P-384") {
                errors.push(JwksError::UnsupportedCurve {
                    key: key_ref.clone(),
                    crv: crv.to_owned(),
                });
            }

            // NOTE: the coordinates are checked for length, not for lying on the curve. A
            // point off the curve fails only when the server verifies a signature with it.
            for member in ["x", "y"] {
                let Some(coordinate) = base64url_member(key, member, key_ref, errors) else {
                    continue;
                };
                if coordinate.len() != P384_COORDINATE_BYTES {
                    errors.push(JwksError::WrongCoordinateLength {
                        key: key_ref.clone(),
                        member,
                        bytes: coordinate.len(),
                    });
                }
            }
            Some(SigningAlgorithm::Es384)
        }
        "oct" => {
            errors.push(JwksError::SymmetricKey {
                key: key_ref.clone(),
            });
            None
        }
        _ => {
            errors.push(JwksError::UnsupportedKeyType {
                key: key_ref.clone(),
                kty: kty.to_owned(),
            });
            None
        }
    }
}

/// Checks the optional `use` and `key_ops`, which must allow signature verification only.
fn check_intended_use(key: &Map<String, Value>, key_ref: &KeyRef, errors: &mut Vec<JwksError>) {
    if let Some(value) = key.get("use") {
        if value.as_str() != Some("sig") {
            errors.push(JwksError::NotSignatureUse {
                key: key_ref.clone(),
                value: value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_owned),
            });
        }
    }

    if let Some(operations) = key.get("key_ops") {
        let verify_only = operations
            .as_array()
            .is_some_and(|list| !list.is_empty() && list.iter().all(|op| op == "verify"));
        if !verify_only {
            errors.push(JwksError::KeyOpsNotVerify {
                key: key_ref.clone(),
            });
        }
    }
}

fn string_member<'a>(
    key: &'a Map<String, Value>,
    member: &'static str,
    key_ref: &KeyRef,
    errors: &mut Vec<JwksError>,
) -> Option<&'a str> {
    match key.get(member) {
        None => {
            errors.push(JwksError::MissingMember {
                key: key_ref.clone(),
                member,
            });
            None
        }
        Some(Value::String(value)) => Some(value),
        Some(_) => {
            errors.push(JwksError::MemberNotString {
                key: key_ref.clone(),
                member,
            });
            None
        }
    }
}

/// Returns the decoded bytes of a base64url member (RFC 7515 §2: URL-safe alphabet, no
/// padding).
fn base64url_member(
    key: &Map<String, Value>,
    member: &'static str,
    key_ref: &KeyRef,
    errors: &mut Vec<JwksError>,
) -> Option<Vec<u8>> {
    let text = string_member(key, member, key_ref, errors)?;

    match URL_SAFE_NO_PAD.decode(text) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            errors.push(JwksError::NotBase64Url {
                key: key_ref.clone(),
                member,
            });
            None
        }
    }
}

/// Returns the number of significant bits of a big-endian unsigned integer.
fn bit_length(bytes: &[u8]) -> usize {
    let significant = match bytes.iter().position(|byte| *byte != 0) {
        Some(first) => &bytes[first..],
        None => return 0,
    };

    significant.len() * 8 - significant[0].leading_zeros() as usize
}
