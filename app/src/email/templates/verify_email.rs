use url::Url;

use crate::domain::return_path::query_value;
use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent after sign-up: the link that proves the developer owns the address. `next` is the
/// portal page the developer started from, such as a clinic's registration link, and comes
/// back after sign-in.
pub struct VerifyEmail {
    pub token: String,
    pub next: Option<String>,
}

impl VerifyEmail {
    fn link(&self, public_url: &Url) -> String {
        let path = match &self.next {
            Some(next) => format!(
                "verify-email?token={}&next={}",
                self.token,
                query_value(next)
            ),
            None => format!("verify-email?token={}", self.token),
        };
        portal_link(public_url, &path)
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
