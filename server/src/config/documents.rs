//! The `[documents]` section: where uploaded identity documents are kept and how large one
//! may be.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentSettings {
    /// The largest file accepted, in bytes.
    pub max_bytes: u64,
    /// The folder for the files; unset means `documents` in `data_dir`. It must lie outside
    /// the folder the portal serves its static files from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_dir: Option<PathBuf>,
}

impl Default for DocumentSettings {
    fn default() -> Self {
        Self {
            max_bytes: 10 * 1024 * 1024,
            storage_dir: None,
        }
    }
}

impl DocumentSettings {
    pub fn storage_dir(&self, data_dir: &Path) -> PathBuf {
        self.storage_dir
            .clone()
            .unwrap_or_else(|| data_dir.join("documents"))
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if self.max_bytes == 0 {
            return Err(ConfigError::Value {
                key: "documents.max_bytes",
                value: "0".to_owned(),
                reason: "expected at least 1".to_owned(),
            });
        }
        Ok(())
    }
}

/// Refuses a storage folder inside the served site folder, where a document could be
/// fetched by its name without the portal's checks.
pub fn check_outside_site(storage_dir: &Path, site_root: &Path) -> Result<(), ConfigError> {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());

    if absolute(storage_dir).starts_with(absolute(site_root)) {
        return Err(ConfigError::Value {
            key: "documents.storage_dir",
            value: storage_dir.display().to_string(),
            reason: format!(
                "expected a folder outside the served site folder {}",
                site_root.display()
            ),
        });
    }
    Ok(())
}
