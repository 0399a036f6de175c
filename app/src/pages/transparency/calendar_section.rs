use leptos::prelude::*;

use crate::models::calendar::{ClosureDayRow, HolidayRow};
use crate::pages::calendar::HolidayTable;

/// Lists the federal holidays and the closure days from today to `until`, the days the
/// review clock skips.
#[component]
pub fn CalendarSection(
    holidays: Vec<HolidayRow>,
    closure_days: Vec<ClosureDayRow>,
    until: String,
) -> impl IntoView {
    view! {
        <section id="holidays">
            <HolidayTable holidays />
            <p class="muted">"Observed holidays from today through " {until.clone()} "."</p>
        </section>
        <section id="closure-days" aria-labelledby="closure-days-heading">
            <h2 id="closure-days-heading">"Closure days"</h2>
            <ClosureDayList days=closure_days until />
        </section>
    }
}

#[component]
fn ClosureDayList(days: Vec<ClosureDayRow>, until: String) -> impl IntoView {
    if days.is_empty() {
        return view! {
            <p class="empty-state">"The vendor has announced no closure days through " {until} "."</p>
        }
        .into_any();
    }

    view! {
        <p>"The vendor has announced these closure days through " {until} "."</p>
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Reason"</th>
                </tr>
            </thead>
            <tbody>
                {days.into_iter().map(|day| view! {
                    <tr>
                        <td>{day.label}</td>
                        <td>{day.reason}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
