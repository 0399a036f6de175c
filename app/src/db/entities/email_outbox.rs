use sea_orm::entity::prelude::*;

/// One e-mail waiting for delivery, being delivered, delivered or given up on. Services
/// insert a row in the transaction that causes the mail; the outbox worker sends it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub created_at: DateTimeUtc,
    /// A mailbox such as `Ada Lovelace <ada@example.com>` or a bare address.
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub status: OutboxStatus,
    /// Delivery attempts started so far, counted when a worker claims the row.
    pub attempts: i32,
    /// The earliest time a worker may claim a pending row.
    pub next_attempt_at: DateTimeUtc,
    /// The end of the current worker's lease on a `sending` row; after it another worker may
    /// claim the row again.
    pub claimed_until: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTimeUtc>,
}

/// Delivery state of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum OutboxStatus {
    /// Waiting for `next_attempt_at`.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Claimed by a worker until `claimed_until`.
    #[sea_orm(string_value = "sending")]
    Sending,
    /// Accepted by the SMTP server, or written to a file; never sent again.
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Given up on after the maximum number of attempts.
    #[sea_orm(string_value = "failed")]
    Failed,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
