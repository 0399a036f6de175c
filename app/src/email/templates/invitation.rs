use url::Url;

use crate::domain::role::Role;
use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent to invited staff: the link that sets their password.
pub struct Invitation {
    pub role: Role,
    pub token: String,
}

impl Invitation {
    fn link(&self, public_url: &Url) -> String {
        portal_link(
            public_url,
            &format!("accept-invitation?token={}", self.token),
        )
    }
}

impl Template for Invitation {
    fn subject(&self) -> String {
        "You are invited to the Veracity Developer Portal".to_owned()
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "You are invited to the Veracity Developer Portal as {}.\n\n\
             Open this link to choose your password. It works once and expires in 7 days:\n\n{}",
            self.role.label().to_lowercase(),
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>You are invited to the Veracity Developer Portal as {}.</p>\n\
             <p><a href=\"{}\">Choose your password</a>. The link works once and expires in 7 \
             days.</p>\n",
            self.role.label().to_lowercase(),
            self.link(public_url)
        )
    }
}
