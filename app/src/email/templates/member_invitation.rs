use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent to a developer an organization invites: the link that joins it.
pub struct MemberInvitation {
    pub organization: String,
    pub inviter: String,
    pub token: String,
}

impl MemberInvitation {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("developer/join?token={}", self.token))
    }
}

impl Template for MemberInvitation {
    fn subject(&self) -> String {
        format!(
            "Join {} on the Veracity Developer Portal",
            self.organization
        )
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "{} invited you to work on {}'s apps on the Veracity Developer Portal.\n\n\
             Open this link, then sign in or create a developer account with this e-mail \
             address. The link works once and expires in 7 days:\n\n{}",
            self.inviter,
            self.organization,
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>{} invited you to work on {}'s apps on the Veracity Developer Portal.</p>\n\
             <p><a href=\"{}\">Join the organization</a>, then sign in or create a developer \
             account with this e-mail address. The link works once and expires in 7 days.</p>\n",
            self.inviter,
            self.organization,
            self.link(public_url)
        )
    }
}
