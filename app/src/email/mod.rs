//! E-mail content. Every message has a subject, a plain-text body and an HTML body, built
//! from a [`Template`] inside the shared layout, with links under the portal's public URL.
//! Templates live in `templates/`, one file each.

mod escape;
mod layout;
pub mod templates;

use url::Url;

use crate::db::outbox::OutgoingEmail;

pub use escape::escape_html;
pub use layout::portal_link;

/// The content of one kind of message. The layout adds the header and footer around it.
pub trait Template {
    fn subject(&self) -> String;

    /// The plain-text content, without header or footer.
    fn text(&self, public_url: &Url) -> String;

    /// The HTML content, without header or footer. Build it with `escaped_html!` so every
    /// interpolated value is escaped.
    fn html(&self, public_url: &Url) -> String;
}

/// A rendered message, not yet addressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailMessage {
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

impl EmailMessage {
    /// Renders `template` inside the layout, with links under `public_url`.
    pub fn render(template: &impl Template, public_url: &Url) -> Self {
        let subject = template.subject();
        let text_body = layout::text_layout(&template.text(public_url), public_url);
        let html_body = layout::html_layout(&subject, &template.html(public_url), public_url);

        Self {
            subject,
            text_body,
            html_body,
        }
    }

    /// Addresses the message to `recipient`, ready for `db::outbox::enqueue`.
    pub fn to(self, recipient: impl Into<String>) -> OutgoingEmail {
        OutgoingEmail {
            recipient: recipient.into(),
            subject: self.subject,
            text_body: self.text_body,
            html_body: self.html_body,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::templates::TestMessage;
    use super::*;

    #[test]
    fn render_escapes_values_in_html_only() {
        let public_url = Url::parse("https://portal.example.com").unwrap();
        let template = TestMessage {
            note: "<script>alert(1)</script>".to_owned(),
        };

        let message = EmailMessage::render(&template, &public_url);

        assert!(message
            .html_body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!message.html_body.contains("<script>"));
        assert!(message.text_body.contains("<script>alert(1)</script>"));
    }

    #[test]
    fn render_wraps_content_in_layout() {
        let public_url = Url::parse("https://portal.example.com").unwrap();
        let template = TestMessage {
            note: "from the tests".to_owned(),
        };

        let message = EmailMessage::render(&template, &public_url);

        assert_eq!(
            message.subject,
            "Test message from the Veracity Developer Portal"
        );
        assert!(message.text_body.starts_with("Veracity Developer Portal\n"));
        assert!(message.text_body.contains("https://portal.example.com/"));
        assert!(message.html_body.contains("<header"));
        assert!(message.html_body.contains("<footer"));
        assert!(message
            .html_body
            .contains("href=\"https://portal.example.com/\""));
    }
}
