use leptos::prelude::*;

use crate::domain::review::statistics::{format_business_days, DecisionStatistics};
use crate::models::transparency::PeriodStatistics;

/// Shows the statistics of each period, computed from the audit trail at `as_of`.
#[component]
pub fn StatisticsSection(periods: Vec<PeriodStatistics>, as_of: String) -> impl IntoView {
    view! {
        <section id="statistics" aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">"Review statistics"</h2>
            <p>"Statistics as of " {as_of} "."</p>
            <p class="muted">
                "Each approval and each Notice of Non-Conformance counts as one decision. Business \
                 days to a decision count from the business day the review clock started."
            </p>
            {periods
                .into_iter()
                .map(|period| view! { <PeriodTable days=period.days statistics=period.statistics /> })
                .collect_view()}
        </section>
    }
}

/// Renders the statistics of the last `days` days, or a notice that there were none.
#[component]
fn PeriodTable(days: u32, statistics: DecisionStatistics) -> impl IntoView {
    let heading_id = format!("last-{days}-days");
    let heading = view! { <h3 id=heading_id.clone()>{format!("Last {days} days")}</h3> };

    if statistics.decisions == 0 {
        return view! {
            {heading}
            <p class="empty-state">{format!("No decisions in the last {days} days yet.")}</p>
        }
        .into_any();
    }

    let median = statistics
        .median_business_days
        .map(format_business_days)
        .unwrap_or_default();
    let share = statistics
        .percent_within_deadline
        .map(|percent| format!("{percent}%"))
        .unwrap_or_default();
    let rows = [
        ("Decisions", statistics.decisions.to_string()),
        ("Approvals", statistics.approvals.to_string()),
        ("Notices of Non-Conformance", statistics.notices.to_string()),
        ("Median business days to a decision", median),
        ("Decided within the deadline", share),
    ];

    view! {
        {heading}
        <table class="table" id=format!("statistics-{days}-days") aria-labelledby=heading_id>
            <thead>
                <tr>
                    <th scope="col">"Measure"</th>
                    <th scope="col">"Value"</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(measure, value)| view! {
                        <tr>
                            <th scope="row">{measure}</th>
                            <td>{value}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
