//! The pre-checks that need no network: the registration's redirect URIs, scopes, client
//! authentication, PKCE and public keys, judged by the same rules as the form.

use super::{PreCheck, PreCheckName, PreCheckOutcome};
use crate::domain::app_kind::{AppKind, ClientType, TokenEndpointAuthMethod};
use crate::domain::client_authentication::{
    check_client_authentication, check_client_keys, ClientAuthenticationError,
};
use crate::domain::jwks::check_jwks;
use crate::domain::registration::{
    check_jwks_field, check_jwks_url_field, check_redirect_uris_field, check_scopes_field, lines,
    FieldReport, RegistrationInput,
};

use PreCheckOutcome::{Failed, Passed, Skipped, Warning};

/// Runs the pre-checks of `registration` that need no network, in the order a reviewer
/// reads them.
pub fn registration_prechecks(registration: &RegistrationInput) -> Vec<PreCheck> {
    let client_type = ClientType::parse(registration.client_type.trim());
    let method = TokenEndpointAuthMethod::parse(registration.token_endpoint_auth_method.trim());

    vec![
        redirect_uris(registration, client_type.unwrap_or(ClientType::Public)),
        scopes(registration),
        client_authentication(registration, client_type, method),
        pkce(registration, client_type, method),
        jwks(registration, method),
    ]
}

fn redirect_uris(registration: &RegistrationInput, client_type: ClientType) -> PreCheck {
    let name = PreCheckName::RedirectUris;
    let kind = registration.kind;
    let uris = lines(&registration.redirect_uris);

    if uris.is_empty() {
        return match kind.uses_redirect_uris() {
            true => PreCheck::new(name, Failed, "No redirect URI is registered."),
            false => PreCheck::new(
                name,
                Skipped,
                "A B2B (system) app uses the client credentials grant, which has no redirect.",
            ),
        };
    }

    let https = uris
        .iter()
        .filter(|uri| uri.to_ascii_lowercase().starts_with("https://"))
        .count();
    let summary = match (uris.len(), https) {
        (1, 1) => "1 redirect URI, https.".to_owned(),
        (count, https) if count == https => format!("{count} redirect URIs, all https."),
        (count, https) => format!(
            "{count} redirect URIs: {https} https, {} native-app (loopback http or a \
             private-use scheme).",
            count - https
        ),
    };
    let report = check_redirect_uris_field(&registration.redirect_uris, kind, client_type);
    from_report(name, report, summary)
}

fn scopes(registration: &RegistrationInput) -> PreCheck {
    let name = PreCheckName::Scopes;
    let tokens: Vec<&str> = registration.scopes.split_whitespace().collect();

    if tokens.is_empty() {
        return PreCheck::new(name, Failed, "No scope is requested.");
    }

    let summary = format!("{} scopes requested: {}.", tokens.len(), tokens.join(" "));
    let report = check_scopes_field(&registration.scopes, registration.kind);
    from_report(name, report, summary)
}

fn client_authentication(
    registration: &RegistrationInput,
    client_type: Option<ClientType>,
    method: Option<TokenEndpointAuthMethod>,
) -> PreCheck {
    let name = PreCheckName::ClientAuthentication;
    let (Some(client_type), Some(method)) = (client_type, method) else {
        return PreCheck::new(
            name,
            Failed,
            format!(
                "The client type “{}” or the token endpoint authentication method “{}” is \
                 not one the portal registers.",
                registration.client_type.trim(),
                registration.token_endpoint_auth_method.trim()
            ),
        );
    };

    let keys = check_client_keys(
        method,
        Some(registration.jwks_url.as_str()),
        Some(registration.jwks.as_str()),
    );
    let problem = match (
        check_client_authentication(registration.kind, client_type, method),
        keys,
    ) {
        (Err(error), _) | (Ok(()), Err(error)) => Some(error),
        (Ok(()), Ok(_)) => None,
    };

    match problem {
        Some(error) => PreCheck::new(name, Failed, error.to_string()),
        None => PreCheck::new(
            name,
            Passed,
            format!(
                "A {} {} client authenticating with {}.",
                registration.kind.label(),
                client_type.label(),
                method.as_str()
            ),
        ),
    }
}

/// Checks that an app with an authorization request attests PKCE with S256, and that a
/// public client, which has no secret, uses the `none` method.
fn pkce(
    registration: &RegistrationInput,
    client_type: Option<ClientType>,
    method: Option<TokenEndpointAuthMethod>,
) -> PreCheck {
    let name = PreCheckName::Pkce;

    if registration.kind == AppKind::System {
        return PreCheck::new(
            name,
            Skipped,
            "A B2B (system) app makes no authorization request, so PKCE does not apply.",
        );
    }
    if client_type == Some(ClientType::Public) {
        if let Some(method) = method.filter(|method| *method != TokenEndpointAuthMethod::None) {
            let error = ClientAuthenticationError::PublicClientWithCredential(method.as_str());
            return PreCheck::new(name, Failed, error.to_string());
        }
    }
    if !registration.attestations.pkce_s256 {
        return PreCheck::new(
            name,
            Failed,
            "The developer has not attested that the app sends PKCE with the S256 method on \
             every authorization request.",
        );
    }

    let client = match client_type {
        Some(ClientType::Public) => "A public client with the none method",
        _ => "The client",
    };
    PreCheck::new(
        name,
        Passed,
        format!("{client} attests PKCE with S256 on every authorization request."),
    )
}

fn jwks(registration: &RegistrationInput, method: Option<TokenEndpointAuthMethod>) -> PreCheck {
    let name = PreCheckName::Jwks;
    let url = registration.jwks_url.trim();
    let document = registration.jwks.trim();

    if method != Some(TokenEndpointAuthMethod::PrivateKeyJwt)
        && url.is_empty()
        && document.is_empty()
    {
        return PreCheck::new(
            name,
            Skipped,
            "Only a private_key_jwt client registers public keys.",
        );
    }
    if let Err(error) = check_client_keys(
        method.unwrap_or(TokenEndpointAuthMethod::PrivateKeyJwt),
        Some(url),
        Some(document),
    ) {
        return PreCheck::new(name, Failed, error.to_string());
    }

    if !url.is_empty() {
        // The service that runs the pre-checks replaces a passed check with the result of
        // fetching the key set at the URL.
        let summary = format!("The JWKS URL {url} is well formed.");
        return from_report(name, check_jwks_url_field(url), summary);
    }

    let keys = match check_jwks(document) {
        Ok(checked) => checked
            .keys
            .iter()
            .map(|key| format!("{} ({})", key.kid, key.algorithm.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        Err(_) => String::new(),
    };
    let summary = format!("The JWKS document has these keys: {keys}.");
    from_report(name, check_jwks_field(document), summary)
}

/// Turns a form field's report into a pre-check: failed with its errors, a warning with
/// its advice, or passed with `summary`.
fn from_report(name: PreCheckName, report: FieldReport, summary: String) -> PreCheck {
    if !report.errors.is_empty() {
        return PreCheck::new(name, Failed, report.errors.join("\n"));
    }
    if !report.warnings.is_empty() {
        let evidence = std::iter::once(summary)
            .chain(report.warnings)
            .collect::<Vec<_>>();
        return PreCheck::new(name, Warning, evidence.join("\n"));
    }
    PreCheck::new(name, Passed, summary)
}
