use leptos::prelude::*;

use super::form::typed_value;
use crate::error::AppError;

/// Renders a labelled multi-line input with every error message for it.
#[component]
pub fn TextAreaField(
    /// The form field's name, as the server function expects it.
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(default = 4)] rows: u32,
    /// Whether the text is code, such as URIs or JSON, shown in a fixed-width font.
    #[prop(optional)]
    code: bool,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let value = typed_value(name, "textarea").or(value).unwrap_or_default();
    let id = format!("field-{name}");
    let message_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let messages = move || {
        error
            .get()
            .map(|error| error.field_messages(name))
            .unwrap_or_default()
    };
    let described_by = {
        let message_id = message_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if !messages().is_empty() {
                ids.push(message_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    view! {
        <div class="field" class:field--invalid=move || !messages().is_empty()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <textarea
                id=id.clone()
                name=name
                rows=rows
                class:code=code
                spellcheck=if code { "false" } else { "true" }
                aria-invalid=move || (!messages().is_empty()).then_some("true")
                aria-describedby=described_by
            >
                {value}
            </textarea>
            {move || {
                let messages = messages();
                (!messages.is_empty())
                    .then(|| {
                        view! {
                            <ul class="field__error" id=message_id.clone()>
                                {messages.into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </div>
    }
}
