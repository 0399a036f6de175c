use leptos::prelude::*;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::{Field, FormError};
use crate::serverfns::accounts::ResetPassword;

/// The page the reset link opens.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let token = query_param("token");

    view! {
        <Title text="Choose a new password" />
        <section class="form-page">
            <h1>"Choose a new password"</h1>
            <FormError error />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="token" value=move || token.get().unwrap_or_default() />
                <Field
                    name="password"
                    label="New password"
                    input_type="password"
                    autocomplete="new-password"
                    hint="12 to 128 characters."
                    error
                />
                <button type="submit" class="button">"Set the new password"</button>
            </ActionForm>
        </section>
    }
}
