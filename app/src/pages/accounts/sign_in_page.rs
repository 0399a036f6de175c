use leptos::prelude::*;
use leptos::server::ServerAction;
use leptos_meta::Title;

use super::query_param;
use crate::components::form::{Field, FormError, Notice};
use crate::domain::return_path::query_value;
use crate::serverfns::accounts::SignIn;

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = expect_context::<ServerAction<SignIn>>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let verified = query_param("verified");
    let reset = query_param("reset");
    let invited = query_param("invited");
    let next = query_param("next");
    let sign_up_href = move || match next.get() {
        Some(next) => format!("/sign-up?next={}", query_value(&next)),
        None => "/sign-up".to_owned(),
    };

    view! {
        <Title text="Sign in" />
        <section class="form-page">
            <h1>"Sign in"</h1>
            <Show when=move || verified.get().is_some()>
                <Notice>"Your e-mail address is verified. Sign in to continue."</Notice>
            </Show>
            <Show when=move || reset.get().is_some()>
                <Notice>"Your password was changed. Sign in with the new one."</Notice>
            </Show>
            <Show when=move || invited.get().is_some()>
                <Notice>"Your password is set. Sign in to continue."</Notice>
            </Show>
            <FormError error />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <Field name="email" label="E-mail address" input_type="email" autocomplete="username" error />
                <Field
                    name="password"
                    label="Password"
                    input_type="password"
                    autocomplete="current-password"
                    error
                />
                <button type="submit" class="button">"Sign in"</button>
            </ActionForm>
            <p><a href="/forgot-password">"Forgot your password?"</a></p>
            <p>"New here? " <a href=sign_up_href>"Create a developer account"</a></p>
        </section>
    }
}
