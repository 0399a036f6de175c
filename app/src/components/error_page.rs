use leptos::prelude::*;
use leptos_meta::Title;

use crate::error::AppError;

/// Shows the first error an `ErrorBoundary` caught. An error of any other type than
/// [`AppError`] is shown as an internal error, so no internal text reaches the page.
#[component]
pub fn ErrorPage(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let error = errors
        .read_untracked()
        .iter()
        .next()
        .and_then(|(_, error)| error.downcast_ref::<AppError>().cloned())
        .unwrap_or(AppError::Internal);

    view! { <ErrorMessage error /> }
}

/// Renders one error with its heading, explanation and a way back, and sets the response
/// status when rendered on the server.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status_code());
    }

    let status = error.status_code().as_u16();
    let message = error.to_string();

    view! {
        <Title text=error.title() />
        <section class="error-page" aria-labelledby="error-title">
            <p class="error-page__status">{format!("Error {status}")}</p>
            <h1 id="error-title">{error.title()}</h1>
            <p>{message}</p>
            {(error == AppError::Unauthenticated)
                .then(|| view! { <p><a href="/sign-in">"Sign in"</a></p> })}
            <p>
                <a href="/">"Go to the home page"</a>
            </p>
        </section>
    }
}
