use leptos::prelude::*;

use crate::domain::grace_period::{GRACE_DAYS_FIELD, MAX_GRACE_DAYS};

/// Renders the grace period input of a rotation form: whole days from 0 to 7. `value` is
/// shown as typed, so a rejected value stays for correction.
#[component]
pub fn GraceDaysField(
    value: String,
    /// Set to read the value as it is typed, for the form's JavaScript submit.
    #[prop(optional)]
    typed: Option<RwSignal<String>>,
    #[prop(optional)] id_prefix: &'static str,
) -> impl IntoView {
    let id = format!("{id_prefix}grace-days");
    let hint = format!("{id}-hint");

    view! {
        <label for=id.clone()>"Grace period for the previous secret (days)"</label>
        <input
            type="number"
            id=id
            name=GRACE_DAYS_FIELD
            min="0"
            max=MAX_GRACE_DAYS.to_string()
            step="1"
            inputmode="numeric"
            value=value
            aria-describedby=hint.clone()
            on:input=move |event| {
                if let Some(typed) = typed {
                    typed.set(event_target_value(&event));
                }
            }
        />
        <span id=hint class="muted">
            {format!("0 to {MAX_GRACE_DAYS} whole days. 0 stops the previous secret at once.")}
        </span>
    }
}
