use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// A change to a client's secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CredentialChange {
    /// A first secret was issued.
    Issued,
    /// A new secret replaced the previous one, which works until the given time, when
    /// there is a grace period.
    Rotated {
        previous_valid_until: Option<String>,
    },
    /// Every secret of the client stopped working.
    Revoked,
}

/// Sent to an app's developers when a client secret is issued, rotated or revoked, so a
/// change nobody on the team made is noticed. It never contains the secret.
pub struct CredentialChanged {
    pub app_id: String,
    pub app_name: String,
    /// The environment's label, such as “Sandbox”.
    pub environment: String,
    pub client_id: String,
    pub change: CredentialChange,
    /// The name of the account that made the change.
    pub actor: String,
}

impl CredentialChanged {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("apps/{}#credentials", self.app_id))
    }

    fn summary(&self) -> String {
        let environment = self.environment.to_lowercase();
        match &self.change {
            CredentialChange::Issued => format!(
                "{} generated a {environment} client secret for {}.",
                self.actor, self.app_name
            ),
            CredentialChange::Rotated {
                previous_valid_until: Some(until),
            } => format!(
                "{} rotated the {environment} client secret of {}. The previous secret works \
                 until {until}.",
                self.actor, self.app_name
            ),
            CredentialChange::Rotated {
                previous_valid_until: None,
            } => format!(
                "{} rotated the {environment} client secret of {}. The previous secret stopped \
                 working at once.",
                self.actor, self.app_name
            ),
            CredentialChange::Revoked => format!(
                "{} revoked the {environment} client secret of {}. It stopped working at once.",
                self.actor, self.app_name
            ),
        }
    }
}

impl Template for CredentialChanged {
    fn subject(&self) -> String {
        let verb = match self.change {
            CredentialChange::Issued => "issued",
            CredentialChange::Rotated { .. } => "rotated",
            CredentialChange::Revoked => "revoked",
        };
        format!(
            "{} {} client secret {verb}",
            self.app_name,
            self.environment.to_lowercase()
        )
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "{}\n\nClient ID: {}\n\nIf nobody on your team made this change, revoke the secret \
             on the app's page and contact support.\n\n{}",
            self.summary(),
            self.client_id,
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>{}</p>\n<p>Client ID: <code>{}</code></p>\n\
             <p>If nobody on your team made this change, revoke the secret on the app's page \
             and contact support.</p>\n<p><a href=\"{}\">Open the app's credentials</a></p>\n",
            self.summary(),
            self.client_id,
            self.link(public_url)
        )
    }
}
