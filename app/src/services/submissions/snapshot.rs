//! The immutable copy of what a reviewer reviews: the registration and the developer's
//! identity profile as they were when the submission was received.

use serde_json::{json, Value};

use crate::db::entities::app;
use crate::domain::registration::RegistrationInput;
use crate::models::identity::ProfileView;

/// Returns the snapshot stored with a submission. The profile keeps its parts, values and
/// documents; its members, open invitations and history stay out.
pub fn snapshot(
    app: &app::Model,
    registration: &RegistrationInput,
    profile: &ProfileView,
) -> Value {
    let mut identity = profile.clone();
    identity.viewer_is_owner = false;
    identity.members.clear();
    identity.invitations.clear();
    identity.history.clear();

    json!({
        "app": { "id": app.id, "kind": app.kind, "name": registration.name },
        "developer": {
            "profile_id": profile.id,
            "display_name": profile.input.legal_name,
            "pathway": profile.pathway,
        },
        "registration": registration,
        "identity": identity,
    })
}

/// Returns the registration a snapshot holds.
pub fn registration_in(snapshot: &Value) -> Option<RegistrationInput> {
    serde_json::from_value(snapshot.get("registration")?.clone()).ok()
}
