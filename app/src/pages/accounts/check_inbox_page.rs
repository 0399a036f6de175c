use leptos::prelude::*;
use leptos_meta::Title;

/// Shown after sign-up, whether or not the address already had an account.
#[component]
pub fn CheckInboxPage() -> impl IntoView {
    view! {
        <Title text="Check your inbox" />
        <section class="form-page">
            <h1>"Check your inbox"</h1>
            <p>
                "We sent a message to the address you entered. Open the link in it within 24 \
                 hours to verify your address. You can sign in before that, but you can submit \
                 nothing until the address is verified."
            </p>
            <p><a href="/sign-in">"Go to sign-in"</a></p>
        </section>
    }
}
