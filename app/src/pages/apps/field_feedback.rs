use leptos::prelude::*;

use crate::domain::registration::FieldReport;
use crate::error::AppError;

/// Renders the problems the checks find in a field while the developer types: the errors
/// the server has not already shown next to the field, and the warnings, which a save
/// accepts. On the server it renders the checks of the value the form opens with.
#[component]
pub fn FieldFeedback(
    name: &'static str,
    #[prop(into)] report: Signal<FieldReport>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let items = move || {
        let shown = error
            .get()
            .map(|error| error.field_messages(name))
            .unwrap_or_default();
        let report = report.get();
        let errors = report
            .errors
            .into_iter()
            .filter(|message| !shown.contains(message))
            .map(|message| view! { <li class="feedback__error">{message}</li> });
        let warnings = report
            .warnings
            .into_iter()
            .map(|message| view! { <li class="feedback__warning">{message}</li> });
        errors.chain(warnings).collect_view()
    };

    view! {
        <ul class="feedback" id=format!("field-{name}-feedback") aria-live="polite">
            {items}
        </ul>
    }
}
