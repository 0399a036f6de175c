use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::calendar_tables::{ClosureDayTable, HolidayTable};
use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError, Notice};
use crate::domain::calendar::{FIRST_SUBMISSION_BUSINESS_DAYS, RESUBMISSION_BUSINESS_DAYS};
use crate::domain::role::Role;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::admin::{load_closure_days, AddClosureDay, RemoveClosureDay};
use crate::serverfns::dashboards::Workspace;

/// Renders the platform administrator's calendar: the form that adds a closure day, the
/// closure days with their remove buttons, and the coming federal holidays.
#[component]
pub fn ClosureDaysPage() -> impl IntoView {
    let content = |_: Workspace| view! { <ClosureDays /> };

    view! {
        <WorkspaceFrame role=Role::PlatformAdministrator title="Closure days and holidays" content />
    }
}

#[component]
fn ClosureDays() -> impl IntoView {
    let add = ServerAction::<AddClosureDay>::new();
    let remove = ServerAction::<RemoveClosureDay>::new();
    let add_error = Signal::derive(move || add.value().get().and_then(Result::err));
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let search = use_location().search;
    let calendar = Resource::new_blocking(
        move || (search.get(), add.version().get(), remove.version().get()),
        |_| load_closure_days(),
    );
    let added = query_param("added");
    let removed = query_param("removed");

    view! {
        <p><a href="/admin">"Back to administration"</a></p>
        <p class="lead">
            "Reviewers decide a submission within " {FIRST_SUBMISSION_BUSINESS_DAYS}
            " business days and a resubmission within " {RESUBMISSION_BUSINESS_DAYS}
            ". Business days are Monday to Friday, except observed federal holidays and the closure days listed here."
        </p>
        {move || added.get().map(|date| view! { <Notice>"Added the closure day " {date} "."</Notice> })}
        {move || removed.get().map(|date| view! { <Notice>"Removed the closure day " {date} "."</Notice> })}
        <h2>"Add a closure day"</h2>
        <FormError error=add_error />
        <ActionForm action=add attr:class="form" attr:novalidate=true>
            <Field name="date" label="Date" input_type="date" error=add_error
                hint="A weekday, today or later, that is not a federal holiday or a closure day already." />
            <Field name="reason" label="Reason" error=add_error
                hint="At most 200 characters, such as \u{201C}Offices closed by executive order\u{201D}." />
            <button type="submit" class="button">"Add the closure day"</button>
        </ActionForm>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match calendar.await {
                    Ok(calendar) => view! {
                        <p class="muted">
                            "Business days end at " {calendar.end_of_business_day.clone()} " in the "
                            {calendar.time_zone.clone()} " time zone."
                        </p>
                        <FormError error=remove_error />
                        <ClosureDayTable days=calendar.closure_days remove />
                        <HolidayTable holidays=calendar.holidays />
                    }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
