use leptos::prelude::*;

use crate::error::AppError;

/// Renders a labelled input with its error message, linked by `aria-describedby` so screen readers
/// read the message with the field.
#[component]
pub fn Field(
    /// The form field's name, as the server function expects it.
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(default = true)] required: bool,
    /// The error of the last submission, if any.
    #[prop(into)]
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    // A form posted without JavaScript comes back with the typed values in the query.
    let value = typed_value(name, input_type).or(value);
    let id = format!("field-{name}");
    let message_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = move || error.get().and_then(|error| error.field_message(name));
    let described_by = {
        let message_id = message_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if message().is_some() {
                ids.push(message_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    view! {
        <div class="field" class:field--invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <input
                id=id.clone()
                name=name
                type=input_type
                autocomplete=autocomplete
                required=required
                value=value
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described_by
            />
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

/// Returns the value for `name` that a form posted without JavaScript sent back in the
/// query. It overrides the stored value, so a rejected form shows what the person typed.
/// Passwords are never sent back.
pub(crate) fn typed_value(name: &str, input_type: &str) -> Option<String> {
    let query = leptos_router::hooks::use_query_map();
    (input_type != "password")
        .then(|| query.read_untracked().get(name))
        .flatten()
}

/// Returns the value a form posted without JavaScript sent back for `name`, or `stored`.
/// A form that checks what is typed starts its checks from this value.
pub fn typed_or(name: &str, stored: String) -> String {
    typed_value(name, "text").unwrap_or(stored)
}

/// Renders a labelled drop-down list with its error message; `options` are value and label.
#[component]
pub fn SelectField(
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: Option<String>,
    /// The label of an empty first choice, if the list has one.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let selected = typed_value(name, "select").or(value).unwrap_or_default();
    let id = format!("field-{name}");
    let message_id = format!("{id}-error");
    let message = move || error.get().and_then(|error| error.field_message(name));
    let described_by = {
        let message_id = message_id.clone();
        move || message().is_some().then(|| message_id.clone())
    };

    view! {
        <div class="field" class:field--invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <select
                id=id.clone()
                name=name
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described_by
            >
                {placeholder.map(|text| view! { <option value="">{text}</option> })}
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
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

/// Renders the error of the last submission that belongs to no single field, shown above the form.
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || {
        error.get().map(|error| match error {
            AppError::Invalid(_) => "Correct the fields marked below.".to_owned(),
            other => other.to_string(),
        })
    };

    view! {
        {move || {
            message()
                .map(|message| {
                    view! {
                        <div class="notice notice--error" role="alert">
                            {message}
                        </div>
                    }
                })
        }}
    }
}

/// Renders a confirmation at the top of a page.
#[component]
pub fn Notice(children: Children) -> impl IntoView {
    view! {
        <div class="notice notice--success" role="status">
            {children()}
        </div>
    }
}
