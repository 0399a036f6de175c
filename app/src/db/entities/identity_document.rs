use sea_orm::entity::prelude::*;

/// An uploaded identity document; its bytes are the file `storage_name` in the document
/// storage folder. `kind` is a [`crate::domain::identity::DocumentKind`] stored as text.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_document")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub profile_id: Uuid,
    pub kind: String,
    /// The name the uploader's browser gave, cleaned for display.
    pub file_name: String,
    /// The content type recognized from the file's first bytes.
    pub content_type: String,
    pub size_bytes: i64,
    /// Lowercase hex SHA-256 of the file.
    pub sha256: String,
    pub storage_name: String,
    pub uploaded_by: Uuid,
    pub uploaded_at: DateTimeUtc,
    /// When a newer upload took this document's place; it stays stored.
    pub replaced_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
