use leptos::ev::SubmitEvent;
use leptos::form::FromFormData;
use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError};
use crate::models::b2b::LinkRow;
use crate::serverfns::clinic::{
    list_registration_links, CreateRegistrationLink, RevokeRegistrationLink,
};

/// The path the link form posts to when JavaScript does not handle it.
pub const CREATE_LINK_PATH: &str = "/clinic/registration-links";

/// Renders the creation of a B2B registration link, the new link shown once with a copy
/// button, and the clinic's links with the revocation of an unused one.
#[component]
pub(crate) fn RegistrationLinksSection() -> impl IntoView {
    let create = ServerAction::<CreateRegistrationLink>::new();
    let create_error = Signal::derive(move || create.value().get().and_then(Result::err));
    let revoke = ServerAction::<RevokeRegistrationLink>::new();
    let revoke_error = Signal::derive(move || revoke.value().get().and_then(Result::err));
    let links = Resource::new_blocking(
        move || (create.version().get(), revoke.version().get()),
        |_| list_registration_links(),
    );
    let created = move || create.value().get().and_then(Result::ok);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if let Ok(form) = CreateRegistrationLink::from_event(&event) {
            create.dispatch(form);
        }
    };

    view! {
        <section aria-labelledby="links-title">
            <h2 id="links-title">"B2B registration links"</h2>
            <p>
                "Send a link to a company whose backend service needs access to your clinic. \
                 Each link registers one system app, which you then approve or deny under "
                <a href="/clinic/registrations">"B2B registrations"</a> "."
            </p>
            {move || created().map(|link| view! {
                <div class="notice" role="status">
                    <p>"Copy the link now: it is shown only this once. It works until " {link.expires_at.clone()} "."</p>
                    <p><code id="new-link">{link.url.clone()}</code></p>
                    <CopyButton text=link.url.clone() label="Copy the link" />
                </div>
            })}
            <FormError error=create_error />
            // Without JavaScript the form posts to a page that shows the new link; with it,
            // the link appears above.
            <form method="post" action=CREATE_LINK_PATH class="form" novalidate=true on:submit=submit>
                <Field name="label" label="Label" error=create_error
                    hint="Who the link is for, such as the company's name." />
                <Field name="days" label="Valid for (days)" input_type="number" required=false
                    value="14".to_owned() error=create_error hint="From 1 to 90 days." />
                <button type="submit" class="button">"Create a link"</button>
            </form>
            <FormError error=revoke_error />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match links.await {
                        Ok(rows) => view! { <LinksTable rows revoke /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn LinksTable(rows: Vec<LinkRow>, revoke: ServerAction<RevokeRegistrationLink>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="muted">"No links yet."</p> }.into_any();
    }

    view! {
        <table class="table">
            <thead>
                <tr><th>"Label"</th><th>"Expires"</th><th>"State"</th><th></th></tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td>{row.label}</td>
                        <td>{row.expires_at}</td>
                        <td>{row.state}</td>
                        <td>
                            {row.revocable.then(|| view! {
                                <ActionForm action=revoke attr:class="inline-form">
                                    <input type="hidden" name="link_id" value=row.id.clone() />
                                    <button type="submit" class="button button--secondary">"Revoke"</button>
                                </ActionForm>
                            })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
