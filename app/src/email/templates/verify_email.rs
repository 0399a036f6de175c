use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent after sign-up: the link that proves the developer owns the address.
pub struct VerifyEmail {
    pub token: String,
}

impl VerifyEmail {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("verify-email?token={}", self.token))
    }
}

impl Template for VerifyEmail {
    fn subject(&self) -> String {
        "Verify your e-mail address".to_owned()
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "Welcome to the Veracity Developer Portal.\n\n\
             Open this link to verify your e-mail address. It works once and expires in 24 \
             hours:\n\n{}\n\nIf you did not sign up, ignore this message.",
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>Welcome to the Veracity Developer Portal.</p>\n\
             <p><a href=\"{}\">Verify your e-mail address</a>. The link works once and \
             expires in 24 hours.</p>\n<p>If you did not sign up, ignore this message.</p>\n",
            self.link(public_url)
        )
    }
}
