use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent when someone signs up with an address that already has an account, instead of
/// telling the person at the form.
pub struct AccountExists;

impl Template for AccountExists {
    fn subject(&self) -> String {
        "You already have an account".to_owned()
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "Someone tried to sign up to the Veracity Developer Portal with this e-mail \
             address, which already has an account.\n\nSign in: {}\n\
             Forgot your password? Reset it: {}\n\nIf it was not you, ignore this message.",
            portal_link(public_url, "sign-in"),
            portal_link(public_url, "forgot-password")
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>Someone tried to sign up to the Veracity Developer Portal with this e-mail \
             address, which already has an account.</p>\n<p><a href=\"{}\">Sign in</a> or \
             <a href=\"{}\">reset your password</a>.</p>\n<p>If it was not you, ignore this \
             message.</p>\n",
            portal_link(public_url, "sign-in"),
            portal_link(public_url, "forgot-password")
        )
    }
}
