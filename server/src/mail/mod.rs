//! Delivery of one message: builds the MIME message from an outbox row, then hands it to the
//! SMTP server or, with no SMTP host configured, writes it to an `.eml` file.

mod file;
mod message;
mod smtp;

use std::path::{Path, PathBuf};

use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use uuid::Uuid;

use crate::config::SmtpSettings;

pub use message::build_message;

/// Destination of sent messages.
#[derive(Clone)]
pub enum Transport {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// `host:port` for logs.
        server: String,
    },
    /// One `<outbox id>.eml` file per message in this folder, created on first use.
    File { directory: PathBuf },
}

/// Destination that accepted a message.
#[derive(Debug)]
pub enum Delivery {
    Smtp,
    File(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("invalid message: {0}")]
    InvalidMessage(String),
    #[error("SMTP delivery failed: {0}")]
    Smtp(#[from] SmtpError),
    #[error("failed to write {}: {source}", path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("sending did not finish within the {seconds} s left on the claim")]
    TimedOut { seconds: u64 },
}

impl SendError {
    /// Whether another attempt cannot succeed: the message is invalid, or the SMTP server
    /// rejected it with a permanent (5xx) reply.
    pub fn is_permanent(&self) -> bool {
        match self {
            SendError::InvalidMessage(_) => true,
            SendError::Smtp(error) => error.is_permanent(),
            SendError::File { .. } | SendError::TimedOut { .. } => false,
        }
    }

    /// Describes the error for logs. An SMTP server's reply text may repeat the recipient's
    /// address, so only its code is kept; the outbox row stores the full text.
    pub fn summary(&self) -> String {
        match self {
            SendError::Smtp(error) => match error.status() {
                Some(code) => format!("the SMTP server replied {code}"),
                None => self.to_string(),
            },
            SendError::InvalidMessage(_) => "invalid message".to_owned(),
            SendError::File { .. } | SendError::TimedOut { .. } => self.to_string(),
        }
    }
}

impl Transport {
    /// SMTP when `smtp.host` is set, else `.eml` files in `<data_dir>/outbox/`.
    pub fn from_settings(smtp: &SmtpSettings, data_dir: &Path) -> Result<Self, SmtpError> {
        match &smtp.host {
            Some(host) => Ok(Transport::Smtp {
                transport: smtp::build(host, smtp)?,
                server: format!("{host}:{}", smtp.port),
            }),
            None => Ok(Transport::File {
                directory: data_dir.join("outbox"),
            }),
        }
    }

    /// Names the transport for logs.
    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp { server, .. } => format!("SMTP server {server}"),
            Transport::File { directory } => format!(".eml files in {}", directory.display()),
        }
    }

    /// Sends `message`, the content of outbox row `id`.
    pub async fn send(&self, id: Uuid, message: &Message) -> Result<Delivery, SendError> {
        match self {
            Transport::Smtp { transport, .. } => {
                transport.send(message.clone()).await?;
                Ok(Delivery::Smtp)
            }
            Transport::File { directory } => {
                let path = file::write(directory, id, message).await?;
                Ok(Delivery::File(path))
            }
        }
    }
}
