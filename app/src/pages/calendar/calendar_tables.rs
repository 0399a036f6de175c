use leptos::prelude::*;

use crate::models::calendar::{ClosureDayRow, HolidayRow};
use crate::serverfns::admin::RemoveClosureDay;

/// Renders the closure days, each with a button that removes it.
#[component]
pub fn ClosureDayTable(
    days: Vec<ClosureDayRow>,
    remove: ServerAction<RemoveClosureDay>,
) -> impl IntoView {
    if days.is_empty() {
        return view! {
            <h2>"Closure days"</h2>
            <p class="empty-state">"No closure days. Only weekends and federal holidays are skipped."</p>
        }
        .into_any();
    }

    view! {
        <h2>"Closure days"</h2>
        <table class="table" id="closure-days">
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Reason"</th>
                    <th scope="col">"Action"</th>
                </tr>
            </thead>
            <tbody>
                {days.into_iter().map(|day| view! {
                    <tr>
                        <td>{day.label.clone()}</td>
                        <td>{day.reason}</td>
                        <td>
                            <ActionForm action=remove attr:class="inline-form">
                                <input type="hidden" name="date" value=day.date />
                                <button type="submit" class="link-button"
                                    aria-label=format!("Remove the closure day {}", day.label)>
                                    "Remove"
                                </button>
                            </ActionForm>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// Renders the coming federal holidays on the days offices close for them.
#[component]
pub fn HolidayTable(holidays: Vec<HolidayRow>) -> impl IntoView {
    view! {
        <h2>"Federal holidays"</h2>
        <p>"A holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after."</p>
        <table class="table" id="federal-holidays">
            <thead>
                <tr>
                    <th scope="col">"Observed"</th>
                    <th scope="col">"Holiday"</th>
                </tr>
            </thead>
            <tbody>
                {holidays.into_iter().map(|holiday| view! {
                    <tr>
                        <td>{holiday.observed}</td>
                        <td>
                            {holiday.name}
                            {holiday.moved_from.map(|date| view! {
                                <span class="muted">" (falls on " {date} ")"</span>
                            })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
