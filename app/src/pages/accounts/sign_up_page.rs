use leptos::prelude::*;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::{Field, FormError};
use crate::domain::password;
use crate::serverfns::accounts::SignUp;

/// Developer sign-up. Every new account is a developer account; staff are invited.
#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let (password_feedback, set_password_feedback) = signal(None::<String>);
    let next = query_param("next");

    // Checks the length while typing, once the page is interactive; the server checks again,
    // and also rejects common passwords.
    let on_password_input = move |event| {
        let value = event_target_value(&event);
        let feedback = match password::check_length(&value) {
            Err(problem) if !value.is_empty() => Some(problem.to_string()),
            _ => None,
        };
        set_password_feedback.set(feedback);
    };

    view! {
        <Title text="Sign up" />
        <section class="form-page">
            <h1>"Create a developer account"</h1>
            <p>
                "Register apps for the Veracity FHIR API. Reviewers and clinic administrators \
                 are invited by a platform administrator instead."
            </p>
            <FormError error />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <Field name="display_name" label="Your name" autocomplete="name" error />
                <Field name="email" label="E-mail address" input_type="email" autocomplete="email" error />
                <div on:input=on_password_input>
                    <Field
                        name="password"
                        label="Password"
                        input_type="password"
                        autocomplete="new-password"
                        hint="12 to 128 characters. Any characters count; a passphrase works well."
                        error
                    />
                </div>
                {move || {
                    // The server's message for the same field already shows it.
                    let server_message = error.get().and_then(|error| error.field_message("password"));
                    password_feedback
                        .get()
                        .filter(|feedback| Some(feedback) != server_message.as_ref())
                        .map(|feedback| {
                            view! { <p class="field__live" aria-live="polite">{feedback}</p> }
                        })
                }}
                <button type="submit" class="button">"Create account"</button>
            </ActionForm>
            <p>"Already have an account? " <a href="/sign-in">"Sign in"</a></p>
        </section>
    }
}
