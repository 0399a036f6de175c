use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent to every developer with an approved app when an API change notice is published.
pub struct ChangeNoticeMail {
    pub title: String,
    pub body: String,
    /// The effective date, formatted for display.
    pub effective_on: String,
    /// The recipient's unsubscribe token.
    pub unsubscribe_token: String,
}

impl ChangeNoticeMail {
    fn unsubscribe_link(&self, public_url: &Url) -> String {
        portal_link(
            public_url,
            &format!("changes/unsubscribe?token={}", self.unsubscribe_token),
        )
    }
}

impl Template for ChangeNoticeMail {
    fn subject(&self) -> String {
        format!("API change: {}", self.title)
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "{}\n\nEffective {}.\n\n{}\n\nEvery change notice:\n\n{}\n\n\
             To stop receiving change notices by e-mail:\n\n{}",
            self.title,
            self.effective_on,
            self.body,
            portal_link(public_url, "changes"),
            self.unsubscribe_link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p><strong>{}</strong></p>\n<p>Effective {}.</p>\n\
             <p style=\"white-space: pre-line\">{}</p>\n\
             <p><a href=\"{}\">Every change notice</a></p>\n\
             <p><a href=\"{}\">Stop receiving change notices by e-mail</a></p>\n",
            self.title,
            self.effective_on,
            self.body,
            portal_link(public_url, "changes"),
            self.unsubscribe_link(public_url)
        )
    }
}
