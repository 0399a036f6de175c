use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// A message that checks e-mail delivery end to end: an operator sends it to confirm the
/// SMTP settings, and tests send it through the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestMessage {
    /// Free text shown in the message, such as who requested it.
    pub note: String,
}

impl Template for TestMessage {
    fn subject(&self) -> String {
        "Test message from the Veracity Developer Portal".to_owned()
    }

    fn text(&self, public_url: &Url) -> String {
        let home = portal_link(public_url, "");
        format!(
            "This is a test message. E-mail delivery from the portal works.\n\n\
             Note: {}\n\nOpen the portal: {home}",
            self.note
        )
    }

    fn html(&self, public_url: &Url) -> String {
        let home = portal_link(public_url, "");
        escaped_html!(
            "<p>This is a test message. E-mail delivery from the portal works.</p>\n\
             <p>Note: {}</p>\n<p><a href=\"{}\">Open the portal</a></p>\n",
            self.note,
            home
        )
    }
}
