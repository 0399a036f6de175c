use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent on request: the link that sets a new password.
pub struct ResetPassword {
    pub token: String,
}

impl ResetPassword {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("reset-password?token={}", self.token))
    }
}

impl Template for ResetPassword {
    fn subject(&self) -> String {
        "Reset your password".to_owned()
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "Someone asked to reset the password of your Veracity Developer Portal account.\n\n\
             Open this link to choose a new password. It works once and expires in 1 hour:\n\n\
             {}\n\nIf you did not ask, ignore this message: your password stays as it is.",
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>Someone asked to reset the password of your Veracity Developer Portal \
             account.</p>\n<p><a href=\"{}\">Choose a new password</a>. The link works once \
             and expires in 1 hour.</p>\n<p>If you did not ask, ignore this message: your \
             password stays as it is.</p>\n",
            self.link(public_url)
        )
    }
}
