use leptos::prelude::*;
use leptos_meta::Title;

use super::calendar_section::CalendarSection;
use super::criteria_section::CriteriaSection;
use super::statistics_section::StatisticsSection;
use super::timelines_section::TimelinesSection;
use crate::components::error_page::ErrorMessage;
use crate::serverfns::transparency::load_transparency;

/// The sections of the page, each with its anchor and its heading, in page order.
const SECTIONS: [(&str, &str); 5] = [
    ("criteria", "Verification criteria"),
    ("timelines", "Review timelines"),
    ("holidays", "Federal holidays"),
    ("closure-days", "Closure days"),
    ("statistics", "Review statistics"),
];

/// Renders the public transparency page, which anyone may read without signing in: the
/// criteria reviewers decide on, the deadlines and business days, and how reviewers have
/// kept to them.
#[component]
pub fn TransparencyPage() -> impl IntoView {
    let transparency = Resource::new_blocking(|| (), |_| load_transparency());

    view! {
        <Title text="Verification transparency" />
        <h1>"Verification transparency"</h1>
        <p class="lead">
            "How reviewers verify patient-facing and clinician-facing apps, how long they may take, \
             and how long they have taken."
        </p>
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">"On this page"</h2>
            <ol>
                {SECTIONS
                    .into_iter()
                    .map(|(anchor, heading)| view! {
                        <li><a href=format!("#{anchor}")>{heading}</a></li>
                    })
                    .collect_view()}
            </ol>
        </nav>
        <CriteriaSection />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match transparency.await {
                    Ok(transparency) => view! {
                        <TimelinesSection
                            time_zone=transparency.time_zone
                            end_of_business_day=transparency.end_of_business_day
                        />
                        <CalendarSection
                            holidays=transparency.holidays
                            closure_days=transparency.closure_days
                            until=transparency.calendar_until
                        />
                        <StatisticsSection periods=transparency.periods as_of=transparency.as_of />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
