use leptos::prelude::*;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::{Field, FormError};
use crate::serverfns::accounts::AcceptInvitation;

/// The page an invitation link opens: invited staff choose their password here.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let token = query_param("token");

    view! {
        <Title text="Accept your invitation" />
        <section class="form-page">
            <h1>"Accept your invitation"</h1>
            <FormError error />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="token" value=move || token.get().unwrap_or_default() />
                <Field
                    name="password"
                    label="Choose a password"
                    input_type="password"
                    autocomplete="new-password"
                    hint="12 to 128 characters."
                    error
                />
                <button type="submit" class="button">"Set my password"</button>
            </ActionForm>
        </section>
    }
}
