use std::time::SystemTime;

use app::db::entities::email_outbox::Model;
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;

use super::SendError;

/// Builds the MIME message for an outbox row: a `multipart/alternative` with the plain-text
/// and HTML bodies. The Message-ID derives from the row's id, so every attempt at one row
/// carries the same Message-ID and receivers can drop duplicates.
pub fn build_message(row: &Model, sender: &Mailbox) -> Result<Message, SendError> {
    let recipient: Mailbox = row
        .recipient
        .parse()
        .map_err(|error| SendError::InvalidMessage(format!("invalid recipient: {error}")))?;
    let message_id = format!("<{}@{}>", row.id, sender.email.domain());

    Message::builder()
        .message_id(Some(message_id))
        .date(SystemTime::from(row.created_at))
        .from(sender.clone())
        .to(recipient)
        .subject(row.subject.clone())
        .multipart(MultiPart::alternative_plain_html(
            row.text_body.clone(),
            row.html_body.clone(),
        ))
        .map_err(|error| SendError::InvalidMessage(error.to_string()))
}
