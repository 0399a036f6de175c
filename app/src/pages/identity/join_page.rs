use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::error_page::ErrorMessage;
use crate::components::form::FormError;
use crate::components::user_menu::CurrentUserResource;
use crate::pages::accounts::query_param;
use crate::serverfns::identity::{load_member_invitation, AcceptMemberInvitation};

/// Opens an organization's invitation: shows who invited the visitor and lets a signed-in
/// developer with the invited address join.
#[component]
pub fn JoinOrganizationPage() -> impl IntoView {
    let token = query_param("token");
    let invitation = Resource::new_blocking(
        move || token.get().unwrap_or_default(),
        load_member_invitation,
    );
    let user = expect_context::<CurrentUserResource>();
    let accept = ServerAction::<AcceptMemberInvitation>::new();
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));

    view! {
        <Title text="Join an organization" />
        <section class="form-page">
            <h1>"Join an organization"</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let signed_in = user.await.is_some();
                    match invitation.await {
                        Ok(details) => view! {
                            <p>"You are invited to work on the apps of " <strong>{details.organization}</strong> " as " {details.email.clone()} "."</p>
                            <FormError error />
                            {match signed_in {
                                true => view! {
                                    <ActionForm action=accept attr:class="form">
                                        <input type="hidden" name="token" value=token.get_untracked().unwrap_or_default() />
                                        <button type="submit" class="button">"Join the organization"</button>
                                    </ActionForm>
                                }.into_any(),
                                false => view! {
                                    <p>"Sign in, or create a developer account, with " {details.email} ", then open the link in the e-mail again."</p>
                                    <p><a class="button" href="/sign-in">"Sign in"</a> " " <a href="/sign-up">"Create an account"</a></p>
                                }.into_any(),
                            }}
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
