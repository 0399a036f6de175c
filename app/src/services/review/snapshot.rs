//! Reading a submission's frozen snapshot. The snapshot is JSON written at receipt, so each
//! part is read on its own and a part the portal cannot read is `None`, not an error.

use serde_json::Value;

use crate::db::entities::submission;
use crate::domain::registration::RegistrationInput;
use crate::models::identity::ProfileView;

/// Reads the registration as submitted.
pub fn registration(submission: &submission::Model) -> Option<RegistrationInput> {
    let value = submission.snapshot.get("registration")?.clone();

    serde_json::from_value(value)
        .inspect_err(|error| {
            tracing::error!(submission.id = %submission.id, %error, "a submission's registration snapshot does not parse");
        })
        .ok()
}

/// Reads the developer's identity profile as submitted.
pub fn identity(submission: &submission::Model) -> Option<ProfileView> {
    serde_json::from_value(submission.snapshot.get("identity")?.clone()).ok()
}

/// Returns the developer's name as submitted, or a placeholder.
pub fn developer_name(submission: &submission::Model) -> String {
    text_at(&submission.snapshot, &["developer", "display_name"])
        .unwrap_or_else(|| "Unknown developer".to_owned())
}

/// Returns the app's name as submitted, falling back to the registration's name.
pub fn app_name(submission: &submission::Model) -> String {
    text_at(&submission.snapshot, &["app", "name"])
        .or_else(|| text_at(&submission.snapshot, &["registration", "name"]))
        .unwrap_or_else(|| "Unnamed app".to_owned())
}

/// Returns the label of a submission's kind as stored.
pub fn kind_label(kind: &str) -> String {
    match kind {
        "first" => "First submission".to_owned(),
        "resubmission" => "Resubmission".to_owned(),
        "change" => "Change".to_owned(),
        other => other.to_owned(),
    }
}

fn text_at(value: &Value, path: &[&str]) -> Option<String> {
    let mut current = value;
    for key in path {
        current = current.get(key)?;
    }

    current
        .as_str()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}
