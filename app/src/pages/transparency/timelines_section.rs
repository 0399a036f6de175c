use leptos::prelude::*;

use crate::domain::calendar::{FIRST_SUBMISSION_BUSINESS_DAYS, RESUBMISSION_BUSINESS_DAYS};

/// States the review deadlines and what counts as a business day, in the configured
/// `time_zone` with business days ending at `end_of_business_day` (HH:MM).
#[component]
pub fn TimelinesSection(time_zone: String, end_of_business_day: String) -> impl IntoView {
    view! {
        <section id="timelines" aria-labelledby="timelines-heading">
            <h2 id="timelines-heading">"Review timelines"</h2>
            <ul>
                <li>
                    "A first submission is decided within " {FIRST_SUBMISSION_BUSINESS_DAYS}
                    " business days of receiving it complete."
                </li>
                <li>
                    "A resubmission that answers a Notice of Non-Conformance is decided within "
                    {RESUBMISSION_BUSINESS_DAYS} " business days."
                </li>
            </ul>
            <p>
                "The portal accepts only complete submissions: the submission form says exactly what \
                 is missing."
            </p>
            <h3>"Business days"</h3>
            <p>
                "A business day is Monday to Friday, except U.S. federal holidays and the closure \
                 days the vendor announces. A holiday that falls on a Saturday is observed the \
                 Friday before, and one that falls on a Sunday the Monday after."
            </p>
            <p>
                "Business days are kept in the " <strong>{time_zone}</strong> " time zone and end at "
                <strong>{end_of_business_day.clone()}</strong> " local time. A submission received at or after "
                {end_of_business_day} " on a business day, or on a weekend, a holiday or a closure day, \
                 counts from the next business day."
            </p>
        </section>
    }
}
