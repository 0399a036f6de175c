use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::app_form::AppForm;
use crate::components::error_page::ErrorMessage;
use crate::domain::app_kind::AppKind;
use crate::domain::registration::RegistrationInput;
use crate::domain::return_path::query_value;
use crate::error::AppError;
use crate::models::b2b::OpenedLink;
use crate::serverfns::apps::{open_registration_link, SaveAppRegistration};

/// Renders the page a clinic's registration link opens: the B2B registration form for a
/// signed-in developer, the way to sign in or sign up and come back, or why the link
/// cannot be used.
#[component]
pub fn RegisterB2bPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let opened = Resource::new_blocking(token, open_registration_link);

    view! {
        <Title text="Register a B2B app" />
        <section class="workspace">
            <h1>"Register a B2B app"</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let token = token();
                    match opened.await {
                        Ok(link) => view! { <RegistrationForm link token /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst token /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn RegistrationForm(link: OpenedLink, token: String) -> impl IntoView {
    let action = ServerAction::<SaveAppRegistration>::new();

    view! {
        <p class="lead">
            "A system-to-system (backend services) app for " <strong>{link.clinic_name.clone()}</strong>
            ". Once saved, it gets sandbox credentials; submit it to " {link.clinic_name}
            " from its page, and the clinic approves it for itself."
        </p>
        <AppForm action app_id=None stored=RegistrationInput::new(AppKind::System) link_token=token />
    }
}

#[component]
fn SignInFirst(token: String) -> impl IntoView {
    let next = format!("/register/b2b/{token}");
    let sign_in = format!("/sign-in?next={}", query_value(&next));
    let sign_up = format!("/sign-up?next={}", query_value(&next));

    view! {
        <p>"A clinic sent you this link to register a backend services app with it."</p>
        <p>
            <a class="button" href=sign_in>"Sign in to continue"</a>
        </p>
        <p>
            "No account yet? " <a href=sign_up>"Create a developer account"</a>
            "; once you verify your e-mail address and sign in, you come back here."
        </p>
    }
}
