//! An app's history as its developers read it, from the audit events about the app.

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use serde_json::Value;
use uuid::Uuid;

use super::AUDIT_SUBJECT;
use crate::db::entities::audit_event;
use crate::db::{accounts, audit};
use crate::domain::registration::fields;
use crate::error::AppError;
use crate::models::apps::AppEvent;
use crate::services::identity::display_time;

/// Loads the events about the app, newest first, each described in a sentence.
pub async fn load<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Vec<AppEvent>, AppError> {
    let events = audit::list_for_subject(connection, AUDIT_SUBJECT, &app_id.to_string()).await?;

    let mut names: HashMap<Uuid, String> = HashMap::new();
    let mut entries = Vec::with_capacity(events.len());
    for event in events.iter().rev() {
        let actor = match event.actor_account_id {
            Some(id) => match names.get(&id) {
                Some(name) => name.clone(),
                None => {
                    let name = accounts::find_by_id(connection, id)
                        .await?
                        .map_or_else(|| "A former account".to_owned(), |a| a.display_name);
                    names.insert(id, name.clone());
                    name
                }
            },
            None => "The portal".to_owned(),
        };
        entries.push(AppEvent {
            description: describe(event),
            actor,
            recorded_at: display_time(event.occurred_at),
        });
    }
    Ok(entries)
}

fn describe(event: &audit_event::Model) -> String {
    match event.action.as_str() {
        "app.created" => "Registered the app as a draft and issued its sandbox client ID.".into(),
        "app.updated" => match changed_fields(event).as_slice() {
            [] => "Saved the registration without changes.".into(),
            changed => format!("Changed: {}.", changed.join(", ")),
        },
        "app.logo_uploaded" => "Uploaded a new logo.".into(),
        "app.attached_to_profile" => {
            "Shared the app with the members of the developer profile.".into()
        }
        "client_secret.issued" => format!("Generated a {} client secret.", environment(event)),
        "client_secret.rotated" => match grace_end(event) {
            Some(until) => format!(
                "Rotated the {} client secret; the previous secret works until {until}.",
                environment(event)
            ),
            None => format!(
                "Rotated the {} client secret; the previous secret stopped working.",
                environment(event)
            ),
        },
        "client_secret.shown" => format!(
            "Showed the {} client secret once; only its hash remains.",
            environment(event)
        ),
        "client_secret.revoked" => match reason(event) {
            Some(reason) => format!(
                "Revoked the {} client secret: {reason}.",
                environment(event)
            ),
            None => format!("Revoked the {} client secret.", environment(event)),
        },
        "submission.approved" => "Approved the app and issued its production client ID.".into(),
        "submission.notice_issued" => "Issued a Notice of Non-Conformance.".into(),
        "app.suspended" => match reason(event) {
            Some(reason) => format!("Suspended the app: {reason}"),
            None => "Suspended the app.".into(),
        },
        "app.restored" => "Restored the app after its suspension.".into(),
        other => other.to_owned(),
    }
}

/// Returns the labels of the registration fields whose value differs between the event's
/// `before` and `after`.
fn changed_fields(event: &audit_event::Model) -> Vec<String> {
    let (Some(Value::Object(before)), Some(Value::Object(after))) = (&event.before, &event.after)
    else {
        return Vec::new();
    };

    after
        .iter()
        .filter(|(name, value)| before.get(*name) != Some(value))
        .map(|(name, _)| fields::label(name).unwrap_or(name).to_owned())
        .collect()
}

/// Returns the end of a rotation's grace period, formatted for the page, when it had one.
fn grace_end(event: &audit_event::Model) -> Option<String> {
    let until = event
        .after
        .as_ref()?
        .get("previous_valid_until")?
        .as_str()?;
    let until = chrono::DateTime::parse_from_rfc3339(until).ok()?;
    Some(display_time(until.with_timezone(&chrono::Utc)))
}

/// Returns the environment an event about a client secret names, in lowercase words.
fn environment(event: &audit_event::Model) -> &str {
    event
        .after
        .as_ref()
        .and_then(|after| after.get("environment")?.as_str())
        .unwrap_or("sandbox")
}

fn reason(event: &audit_event::Model) -> Option<&str> {
    event.after.as_ref()?.get("reason")?.as_str()
}
