use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use uuid::Uuid;

use crate::domain::document_format::{DocumentFormat, ACCEPTED_FORMATS, SIGNATURE_LEN};
use crate::services::tokens::to_hex;

/// The folder of identity documents, and the largest file it accepts.
#[derive(Clone, Debug)]
pub struct DocumentStore {
    pub dir: PathBuf,
    pub max_bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: u64 },
    #[error("the file is not a {ACCEPTED_FORMATS} file")]
    UnsupportedFormat,
    #[error("the file is empty")]
    Empty,
    #[error("the document could not be written")]
    Io(#[from] io::Error),
}

/// A document written to the store, not yet recorded in the database.
#[derive(Clone, Debug)]
pub struct StoredFile {
    pub storage_name: String,
    pub file_name: String,
    pub format: DocumentFormat,
    pub size_bytes: u64,
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
}

/// A file being written: its bytes are counted, hashed and checked as they arrive.
pub struct PendingUpload {
    file: tokio::fs::File,
    path: PathBuf,
    store: DocumentStore,
    hasher: Sha256,
    head: Vec<u8>,
    size_bytes: u64,
}

impl DocumentStore {
    /// Opens a new file under a random name, creating the folder (readable only by the
    /// portal's user) when needed.
    pub async fn begin(&self) -> Result<PendingUpload, UploadError> {
        create_private_dir(&self.dir).await?;
        let path = self.path_of(&Uuid::new_v4().simple().to_string());
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        let file = options.open(&path).await?;

        Ok(PendingUpload {
            file,
            path,
            store: self.clone(),
            hasher: Sha256::new(),
            head: Vec::with_capacity(SIGNATURE_LEN),
            size_bytes: 0,
        })
    }

    pub fn path_of(&self, storage_name: &str) -> PathBuf {
        self.dir.join(storage_name)
    }

    /// Deletes a stored file whose record could not be written.
    pub async fn remove(&self, storage_name: &str) {
        if let Err(error) = tokio::fs::remove_file(self.path_of(storage_name)).await {
            tracing::warn!(%error, "failed to delete an unrecorded document");
        }
    }
}

impl PendingUpload {
    /// Appends a chunk. Fails as soon as the file is too large or its first bytes show it
    /// is not an accepted format; the caller then calls [`PendingUpload::discard`].
    pub async fn push(&mut self, chunk: &[u8]) -> Result<(), UploadError> {
        self.size_bytes += chunk.len() as u64;
        if self.size_bytes > self.store.max_bytes {
            return Err(UploadError::TooLarge {
                max_bytes: self.store.max_bytes,
            });
        }

        if self.head.len() < SIGNATURE_LEN {
            let missing = (SIGNATURE_LEN - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..missing]);
            if self.head.len() == SIGNATURE_LEN && DocumentFormat::detect(&self.head).is_none() {
                return Err(UploadError::UnsupportedFormat);
            }
        }

        self.hasher.update(chunk);
        self.file.write_all(chunk).await?;
        Ok(())
    }

    /// Flushes the file to disk and returns its record; the file keeps its random name.
    pub async fn finish(self, file_name: &str) -> Result<StoredFile, UploadError> {
        if self.size_bytes == 0 {
            self.discard().await;
            return Err(UploadError::Empty);
        }
        let Some(format) = DocumentFormat::detect(&self.head) else {
            self.discard().await;
            return Err(UploadError::UnsupportedFormat);
        };
        self.file.sync_all().await?;

        let storage_name = self
            .path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_owned();
        let digest = self.hasher.finalize();
        Ok(StoredFile {
            storage_name,
            file_name: clean_file_name(file_name, format),
            format,
            size_bytes: self.size_bytes,
            sha256: to_hex(&digest),
        })
    }

    /// Deletes the partly written file.
    pub async fn discard(self) {
        drop(self.file);
        if let Err(error) = tokio::fs::remove_file(&self.path).await {
            tracing::warn!(%error, "failed to delete a rejected upload");
        }
    }
}

/// Keeps a display name of letters, digits, spaces, dots, dashes and underscores, at most
/// 100 characters, ending in the extension of the format the content showed.
fn clean_file_name(name: &str, format: DocumentFormat) -> String {
    let base = Path::new(name)
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || " .-_".contains(*c))
        .take(100)
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let stem = if cleaned.is_empty() {
        "document"
    } else {
        cleaned
    };

    format!("{stem}.{}", format.extension())
}

#[cfg(unix)]
async fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;

    tokio::fs::create_dir_all(dir).await?;
    tokio::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).await
}

#[cfg(not(unix))]
async fn create_private_dir(dir: &Path) -> io::Result<()> {
    tokio::fs::create_dir_all(dir).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_cleaned_with_detected_extension() {
        assert_eq!(
            clean_file_name("../../etc/EIN letter.exe", DocumentFormat::Pdf),
            "EIN letter.pdf"
        );
        assert_eq!(
            clean_file_name("<script>.png", DocumentFormat::Png),
            "script.png"
        );
        assert_eq!(clean_file_name("", DocumentFormat::Jpeg), "document.jpg");
    }
}
