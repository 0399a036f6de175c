//! The outbox worker: every poll interval it claims a batch of due messages, sends each
//! through the transport and records the outcome. Any number of portal processes may run it
//! on one database, because a claimed row belongs to one worker until its lease expires.

use std::time::{Duration, Instant};

use app::db::entities::email_outbox::Model;
use app::db::outbox::{self, OutboxError};
use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use sea_orm::{DatabaseConnection, DbErr};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::backoff::retry_delay;
use crate::config::OutboxSettings;
use crate::mail::{build_message, Delivery, SendError, Transport};

/// Time kept free at the end of a lease so the outcome is recorded before the lease expires.
const LEASE_MARGIN: Duration = Duration::from_secs(5);

/// The outbox worker's database, transport, sender mailbox and `[outbox]` settings.
#[derive(Clone)]
pub struct OutboxWorker {
    pub db: DatabaseConnection,
    pub transport: Transport,
    pub sender: Mailbox,
    pub settings: OutboxSettings,
}

impl OutboxWorker {
    /// Starts the worker on a task that runs until `shutdown` turns true or its sender is
    /// dropped. A batch in progress is finished first.
    pub fn spawn(self, shutdown: watch::Receiver<bool>) -> JoinHandle<()> {
        tokio::spawn(self.run(shutdown))
    }

    async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(
            transport = %self.transport.describe(),
            poll_interval_ms = self.settings.poll_interval_ms,
            "outbox worker started"
        );

        loop {
            if let Err(error) = self.deliver_due(Utc::now()).await {
                tracing::error!(%error, "failed to claim due e-mails from the outbox");
            }

            tokio::select! {
                changed = shutdown.wait_for(|stop| *stop) => {
                    if changed.is_err() {
                        tracing::debug!("outbox worker's shutdown sender dropped");
                    }
                    break;
                }
                () = tokio::time::sleep(self.settings.poll_interval()) => {}
            }
        }

        tracing::info!("outbox worker stopped");
    }

    /// Claims one batch of messages due at `now` and delivers each. Returns how many it
    /// claimed. Failures to send or to record an outcome are logged, not returned.
    pub async fn deliver_due(&self, now: DateTime<Utc>) -> Result<usize, DbErr> {
        let lease =
            chrono::Duration::from_std(self.settings.lease()).unwrap_or(chrono::Duration::MAX);
        let claimed_at = Instant::now();
        let batch = outbox::claim_due(&self.db, now, lease, self.settings.batch_size).await?;

        for message in &batch {
            let time_left = self
                .settings
                .lease()
                .saturating_sub(claimed_at.elapsed())
                .saturating_sub(LEASE_MARGIN);
            if time_left.is_zero() {
                tracing::warn!(
                    outbox_id = %message.id,
                    attempt = message.attempts,
                    "lease ran out before sending; the message is claimed again later"
                );
                continue;
            }

            let result = self.send(message, time_left).await;
            self.record(message, now, result).await;
        }

        Ok(batch.len())
    }

    async fn send(&self, message: &Model, time_left: Duration) -> Result<Delivery, SendError> {
        let email = build_message(message, &self.sender)?;

        match tokio::time::timeout(time_left, self.transport.send(message.id, &email)).await {
            Ok(result) => result,
            Err(_) => Err(SendError::TimedOut {
                seconds: time_left.as_secs(),
            }),
        }
    }

    async fn record(
        &self,
        message: &Model,
        now: DateTime<Utc>,
        result: Result<Delivery, SendError>,
    ) {
        let attempt = message.attempts;
        let max_attempts = i32::try_from(self.settings.max_attempts).unwrap_or(i32::MAX);

        let recorded = match result {
            Ok(delivery) => {
                let recorded = outbox::mark_sent(&self.db, message, Utc::now()).await;
                match delivery {
                    Delivery::Smtp => {
                        tracing::info!(outbox_id = %message.id, attempt, "e-mail sent");
                    }
                    Delivery::File(path) => tracing::info!(
                        outbox_id = %message.id,
                        attempt,
                        path = %path.display(),
                        "e-mail written to file"
                    ),
                }
                recorded
            }
            Err(error) if error.is_permanent() || attempt >= max_attempts => {
                tracing::error!(
                    outbox_id = %message.id,
                    attempt,
                    max_attempts,
                    reason = %error.summary(),
                    "e-mail delivery failed, giving up"
                );
                outbox::mark_failed(&self.db, message, &error.to_string()).await
            }
            Err(error) => {
                let delay = retry_delay(u32::try_from(attempt).unwrap_or(1));
                let next_attempt_at =
                    now + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::MAX);
                tracing::warn!(
                    outbox_id = %message.id,
                    attempt,
                    retry_in_secs = delay.as_secs(),
                    reason = %error.summary(),
                    "e-mail delivery failed, will retry"
                );
                outbox::mark_retry(&self.db, message, &error.to_string(), next_attempt_at).await
            }
        };

        if let Err(error) = recorded {
            log_record_error(message, &error);
        }
    }
}

fn log_record_error(message: &Model, error: &OutboxError) {
    tracing::error!(
        outbox_id = %message.id,
        attempt = message.attempts,
        %error,
        "failed to record the outcome of an e-mail"
    );
}
