use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::error::AppError;

/// Shown for every path no route matches, with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorMessage error=AppError::NotFound /> }
}
