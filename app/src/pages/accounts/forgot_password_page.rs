use leptos::prelude::*;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::{Field, FormError, Notice};
use crate::serverfns::accounts::RequestPasswordReset;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let sent = query_param("sent");

    view! {
        <Title text="Reset your password" />
        <section class="form-page">
            <h1>"Reset your password"</h1>
            <Show when=move || sent.get().is_some()>
                <Notice>
                    "If an account uses that address, we sent it a link to choose a new \
                     password. The link expires in 1 hour."
                </Notice>
            </Show>
            <FormError error />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <Field name="email" label="E-mail address" input_type="email" autocomplete="email" error />
                <button type="submit" class="button">"Send the reset link"</button>
            </ActionForm>
        </section>
    }
}
