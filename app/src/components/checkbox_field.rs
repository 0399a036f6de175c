use leptos::prelude::*;

use super::form::typed_value;
use crate::error::AppError;

/// Renders a checkbox that posts `true` when checked, with its label and error message.
#[component]
pub fn CheckboxField(
    name: &'static str,
    label: &'static str,
    /// Whether the box starts checked, unless a rejected form sent back its typed state.
    #[prop(optional)]
    checked: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let checked = match typed_value(name, "checkbox") {
        Some(value) => value == "true",
        None => checked,
    };
    let id = format!("field-{name}");
    let message_id = format!("{id}-error");
    let message = move || error.get().and_then(|error| error.field_message(name));

    view! {
        <div class="field field--checkbox" class:field--invalid=move || message().is_some()>
            <input
                type="checkbox"
                id=id.clone()
                name=name
                value="true"
                checked=checked
                aria-invalid=move || message().is_some().then_some("true")
            />
            <label for=id.clone()>{label}</label>
            {move || {
                message()
                    .map(|message| {
                        view! {
                            <p class="field__error" id=message_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
