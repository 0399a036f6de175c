use leptos::prelude::*;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::FormError;
use crate::serverfns::accounts::VerifyEmail;

/// The page the verification link opens. Verifying takes a button press, so a mail scanner
/// that fetches the link does not use it up.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let action = ServerAction::<VerifyEmail>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let token = query_param("token");
    let next = query_param("next");

    view! {
        <Title text="Verify your e-mail address" />
        <section class="form-page">
            <h1>"Verify your e-mail address"</h1>
            <FormError error />
            <ActionForm action attr:class="form">
                <input type="hidden" name="token" value=move || token.get().unwrap_or_default() />
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <button type="submit" class="button">"Verify my e-mail address"</button>
            </ActionForm>
        </section>
    }
}
