use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::form::{FormError, Notice};
use crate::pages::accounts::query_param;
use crate::serverfns::change_notices::UnsubscribeChangeNotices;

/// Renders the page an unsubscribe link in a change notice e-mail opens. Only its button
/// unsubscribes, so a mail scanner that follows the link changes nothing.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let unsubscribe = ServerAction::<UnsubscribeChangeNotices>::new();
    let error = Signal::derive(move || unsubscribe.value().get().and_then(Result::err));
    let token = query_param("token");
    let done = query_param("done");

    view! {
        <Title text="Unsubscribe from change notices" />
        <h1>"Unsubscribe from change notices"</h1>
        <FormError error />
        {move || match (done.get(), token.get()) {
            (Some(_), _) => view! {
                <Notice>"You will no longer receive API change notices by e-mail."</Notice>
                <p>"Notices stay on the " <a href="/changes">"change notices page"</a> "."</p>
            }
            .into_any(),
            (None, Some(token)) => view! {
                <p>"Stop e-mailing API change notices to this account? They stay on the "
                    <a href="/changes">"change notices page"</a> "."</p>
                <ActionForm action=unsubscribe attr:class="form">
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class="button">"Unsubscribe"</button>
                </ActionForm>
            }
            .into_any(),
            (None, None) => view! {
                <p class="empty-state">
                    "This page needs the link from a change notice e-mail. Open the link in the e-mail again."
                </p>
            }
            .into_any(),
        }}
    }
}
