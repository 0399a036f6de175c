use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, Tokio1Executor};

use crate::config::{SmtpSecurity, SmtpSettings};

/// Builds a pooled SMTP transport to `host`. TLS uses rustls with the webpki root
/// certificates.
pub fn build(
    host: &str,
    settings: &SmtpSettings,
) -> Result<AsyncSmtpTransport<Tokio1Executor>, SmtpError> {
    let builder = match settings.security {
        SmtpSecurity::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
    };

    let mut builder = builder
        .port(settings.port)
        .timeout(Some(Duration::from_secs(settings.timeout_secs)));
    if let (Some(username), Some(password)) = (&settings.username, &settings.password) {
        builder = builder.credentials(Credentials::new(
            username.clone(),
            password.expose().to_owned(),
        ));
    }

    Ok(builder.build())
}
