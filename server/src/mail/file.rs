use std::path::{Path, PathBuf};

use lettre::Message;
use uuid::Uuid;

use super::SendError;

/// Writes `message` to `<directory>/<id>.eml`, through a temporary file and a rename so a
/// reader never sees half a message. A second write for the same id replaces the file.
pub async fn write(directory: &Path, id: Uuid, message: &Message) -> Result<PathBuf, SendError> {
    let path = directory.join(format!("{id}.eml"));
    let partial = directory.join(format!("{id}.eml.partial"));
    let failed = |path: &Path| {
        let path = path.to_owned();
        move |source| SendError::File { path, source }
    };

    tokio::fs::create_dir_all(directory)
        .await
        .map_err(failed(directory))?;
    tokio::fs::write(&partial, message.formatted())
        .await
        .map_err(failed(&partial))?;
    tokio::fs::rename(&partial, &path)
        .await
        .map_err(failed(&path))?;

    Ok(path)
}
