//! The kinds of app the portal registers, their OAuth client types and how each client
//! authenticates at the token endpoint (`token_endpoint_auth_method`, RFC 7591 §2).

use std::fmt;

use serde::{Deserialize, Serialize};

/// Who uses the app, which decides its review flow and the scopes it may request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum AppKind {
    /// Used by patients; approved apps are active at every clinic unless the clinic opts out.
    Patient,
    /// Used by clinicians; active only at the clinics that activate it.
    Clinician,
    /// A backend service with no user (SMART Backend Services), approved by one clinic.
    System,
}

impl AppKind {
    pub const ALL: [AppKind; 3] = [AppKind::Patient, AppKind::Clinician, AppKind::System];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AppKind::Patient => "patient",
            AppKind::Clinician => "clinician",
            AppKind::System => "system",
        }
    }

    pub fn parse(value: &str) -> Option<AppKind> {
        AppKind::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    /// Returns the kind's name as people read it, lowercase so it fits inside a sentence.
    pub fn label(self) -> &'static str {
        match self {
            AppKind::Patient => "patient-facing",
            AppKind::Clinician => "clinician-facing",
            AppKind::System => "B2B (system)",
        }
    }

    /// Returns whether the app's users sign in through the authorization code grant, which
    /// needs redirect URIs. A system app uses the client credentials grant and has none.
    pub fn uses_redirect_uris(self) -> bool {
        self != AppKind::System
    }
}

impl fmt::Display for AppKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The OAuth 2.0 client type (RFC 6749 §2.1): whether the client can keep a credential
/// secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientType {
    /// Runs where its code can be read (browser, phone, desktop), so it keeps no secret.
    Public,
    /// Runs on a server that keeps a client secret or a private key.
    Confidential,
}

impl ClientType {
    pub const ALL: [ClientType; 2] = [ClientType::Public, ClientType::Confidential];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ClientType::Public => "public",
            ClientType::Confidential => "confidential",
        }
    }

    pub fn parse(value: &str) -> Option<ClientType> {
        ClientType::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            ClientType::Public => "public",
            ClientType::Confidential => "confidential",
        }
    }
}

/// The client authentication method at the token endpoint, spelled as RFC 7591 registers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum TokenEndpointAuthMethod {
    /// No client authentication: a public client, protected by PKCE with S256.
    None,
    /// A client secret sent in an HTTP Basic `Authorization` header (RFC 6749 §2.3.1).
    ClientSecretBasic,
    /// A JWT client assertion signed with the client's private key (RFC 7523 §2.2).
    PrivateKeyJwt,
}

impl TokenEndpointAuthMethod {
    pub const ALL: [TokenEndpointAuthMethod; 3] = [
        TokenEndpointAuthMethod::None,
        TokenEndpointAuthMethod::ClientSecretBasic,
        TokenEndpointAuthMethod::PrivateKeyJwt,
    ];

    /// Returns the RFC 7591 value, which is also the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenEndpointAuthMethod::None => "none",
            TokenEndpointAuthMethod::ClientSecretBasic => "client_secret_basic",
            TokenEndpointAuthMethod::PrivateKeyJwt => "private_key_jwt",
        }
    }

    pub fn parse(value: &str) -> Option<TokenEndpointAuthMethod> {
        TokenEndpointAuthMethod::ALL
            .into_iter()
            .find(|method| method.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            TokenEndpointAuthMethod::None => "none (public client with PKCE)",
            TokenEndpointAuthMethod::ClientSecretBasic => "client secret (HTTP Basic)",
            TokenEndpointAuthMethod::PrivateKeyJwt => "private key JWT (RS384 or ES384)",
        }
    }

    /// Returns the client type the method implies: only `none` is a public client.
    pub fn client_type(self) -> ClientType {
        match self {
            TokenEndpointAuthMethod::None => ClientType::Public,
            TokenEndpointAuthMethod::ClientSecretBasic | TokenEndpointAuthMethod::PrivateKeyJwt => {
                ClientType::Confidential
            }
        }
    }
}
