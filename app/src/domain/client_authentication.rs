//! The rules tying an app's kind, client type and token endpoint authentication method
//! together, and where a `private_key_jwt` client registers its public keys.

use std::fmt;

use super::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClientAuthenticationError {
    #[error(
        "A public client holds no secret, so its token endpoint authentication method is \
         none (with PKCE S256), not {0}."
    )]
    PublicClientWithCredential(&'static str),
    #[error(
        "A confidential client authenticates at the token endpoint: choose \
         client_secret_basic or private_key_jwt instead of none."
    )]
    ConfidentialClientWithoutCredential,
    #[error(
        "A B2B (system) app must be a confidential client: SMART Backend Services uses the \
         client credentials grant, which only a client that can keep a private key may use."
    )]
    SystemAppNotConfidential,
    #[error(
        "A B2B (system) app authenticates with private_key_jwt: SMART Backend Services \
         requires a JWT client assertion signed with RS384 or ES384, not a client secret."
    )]
    SystemAppWithoutPrivateKeyJwt,
    #[error(
        "A private_key_jwt client registers its public keys: enter a JWKS URL (preferred) or \
         a JWKS document."
    )]
    KeysMissing,
    #[error(
        "Enter either a JWKS URL or a JWKS document, not both (RFC 7591 §2); a JWKS URL is \
         preferred."
    )]
    KeysTwice,
    #[error(
        "Only a private_key_jwt client registers public keys; remove the JWKS URL and JWKS \
         document, or choose private_key_jwt."
    )]
    KeysWithoutPrivateKeyJwt,
}

/// Checks that the method matches the client type and the kind. A public client uses
/// `none`; a confidential one `client_secret_basic` or `private_key_jwt`. A system app is
/// confidential and uses `private_key_jwt`, because SMART Backend Services authenticates
/// every client with an asymmetric JWT assertion (client-confidential-asymmetric).
pub fn check_client_authentication(
    kind: AppKind,
    client_type: ClientType,
    method: TokenEndpointAuthMethod,
) -> Result<(), ClientAuthenticationError> {
    if kind == AppKind::System && client_type == ClientType::Public {
        return Err(ClientAuthenticationError::SystemAppNotConfidential);
    }

    match (client_type, method) {
        (ClientType::Public, TokenEndpointAuthMethod::None) => {}
        (ClientType::Public, method) => {
            return Err(ClientAuthenticationError::PublicClientWithCredential(
                method.as_str(),
            ));
        }
        (ClientType::Confidential, TokenEndpointAuthMethod::None) => {
            return Err(ClientAuthenticationError::ConfidentialClientWithoutCredential);
        }
        (ClientType::Confidential, _) => {}
    }

    if kind == AppKind::System && method != TokenEndpointAuthMethod::PrivateKeyJwt {
        return Err(ClientAuthenticationError::SystemAppWithoutPrivateKeyJwt);
    }

    Ok(())
}

/// Advice on a registration that is accepted as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientKeysWarning {
    /// The JWKS was given by value, which SMART calls "strongly discouraged".
    JwksByValue,
}

impl fmt::Display for ClientKeysWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientKeysWarning::JwksByValue => f.write_str(
                "A JWKS URL is preferred to a JWKS document: with a URL you rotate keys by \
                 changing what it serves, while a new document needs a new submission.",
            ),
        }
    }
}

/// Checks where the client's public keys come from: a `private_key_jwt` client gives
/// exactly one of `jwks_uri` and `jwks` (RFC 7591 §2 forbids both), and other clients give
/// neither. The arguments are whether each field was filled in; their contents are checked
/// by [`super::jwks`].
pub fn check_client_keys(
    method: TokenEndpointAuthMethod,
    jwks_uri: Option<&str>,
    jwks: Option<&str>,
) -> Result<Vec<ClientKeysWarning>, ClientAuthenticationError> {
    let has_jwks_uri = jwks_uri.is_some_and(|value| !value.trim().is_empty());
    let has_jwks = jwks.is_some_and(|value| !value.trim().is_empty());

    if method != TokenEndpointAuthMethod::PrivateKeyJwt {
        if has_jwks_uri || has_jwks {
            return Err(ClientAuthenticationError::KeysWithoutPrivateKeyJwt);
        }
        return Ok(Vec::new());
    }

    match (has_jwks_uri, has_jwks) {
        (false, false) => Err(ClientAuthenticationError::KeysMissing),
        (true, true) => Err(ClientAuthenticationError::KeysTwice),
        (true, false) => Ok(Vec::new()),
        (false, true) => Ok(vec![ClientKeysWarning::JwksByValue]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use AppKind::{Clinician, Patient, System};
    use ClientType::{Confidential, Public};
    use TokenEndpointAuthMethod as Method;

    #[test]
    fn allowed_combinations_accepted() {
        for kind in [Patient, Clinician] {
            assert_eq!(
                check_client_authentication(kind, Public, Method::None),
                Ok(())
            );
            assert_eq!(
                check_client_authentication(kind, Confidential, Method::ClientSecretBasic),
                Ok(())
            );
            assert_eq!(
                check_client_authentication(kind, Confidential, Method::PrivateKeyJwt),
                Ok(())
            );
        }
        assert_eq!(
            check_client_authentication(System, Confidential, Method::PrivateKeyJwt),
            Ok(())
        );
    }

    #[test]
    fn public_client_with_secret_rejected() {
        assert_eq!(
            check_client_authentication(Patient, Public, Method::ClientSecretBasic),
            Err(ClientAuthenticationError::PublicClientWithCredential(
                "client_secret_basic"
            ))
        );
    }

    #[test]
    fn confidential_client_without_credential_rejected() {
        assert_eq!(
            check_client_authentication(Clinician, Confidential, Method::None),
            Err(ClientAuthenticationError::ConfidentialClientWithoutCredential)
        );
    }

    #[test]
    fn system_app_public_rejected() {
        assert_eq!(
            check_client_authentication(System, Public, Method::None),
            Err(ClientAuthenticationError::SystemAppNotConfidential)
        );
    }

    #[test]
    fn system_app_client_secret_rejected() {
        assert_eq!(
            check_client_authentication(System, Confidential, Method::ClientSecretBasic),
            Err(ClientAuthenticationError::SystemAppWithoutPrivateKeyJwt)
        );
    }

    #[test]
    fn method_implies_client_type() {
        assert_eq!(Method::None.client_type(), Public);
        assert_eq!(Method::ClientSecretBasic.client_type(), Confidential);
        assert_eq!(Method::PrivateKeyJwt.client_type(), Confidential);
    }

    #[test]
    fn stored_values_round_trip() {
        for kind in AppKind::ALL {
            assert_eq!(AppKind::parse(kind.as_str()), Some(kind));
        }
        for client_type in ClientType::ALL {
            assert_eq!(ClientType::parse(client_type.as_str()), Some(client_type));
        }
        for method in TokenEndpointAuthMethod::ALL {
            assert_eq!(
                TokenEndpointAuthMethod::parse(method.as_str()),
                Some(method)
            );
        }
        assert_eq!(TokenEndpointAuthMethod::parse("client_secret_post"), None);
    }

    #[test]
    fn jwks_url_preferred_to_document() {
        let url = Some("https://app.example.com/jwks.json");
        let document = Some(r#"{"keys": []}"#);

        assert_eq!(
            check_client_keys(Method::PrivateKeyJwt, url, None),
            Ok(vec![])
        );
        assert_eq!(
            check_client_keys(Method::PrivateKeyJwt, None, document),
            Ok(vec![ClientKeysWarning::JwksByValue])
        );
        assert_eq!(
            check_client_keys(Method::PrivateKeyJwt, url, document),
            Err(ClientAuthenticationError::KeysTwice)
        );
        assert_eq!(
            check_client_keys(Method::PrivateKeyJwt, None, Some("  ")),
            Err(ClientAuthenticationError::KeysMissing)
        );
    }

    #[test]
    fn keys_without_private_key_jwt_rejected() {
        let url = Some("https://app.example.com/jwks.json");

        assert_eq!(
            check_client_keys(Method::ClientSecretBasic, url, None),
            Err(ClientAuthenticationError::KeysWithoutPrivateKeyJwt)
        );
        assert_eq!(check_client_keys(Method::None, None, None), Ok(vec![]));
    }
}
