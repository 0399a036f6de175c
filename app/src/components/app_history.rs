//! An app's history, shown to its developers on the app's page and to reviewers on a
//! submission's page.

use leptos::prelude::*;

use crate::models::apps::AppEvent;

/// Renders the app's history, newest first, under the heading `title`.
#[component]
pub fn AppHistory(history: Vec<AppEvent>, title: &'static str) -> impl IntoView {
    view! {
        <section id="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{title}</h2>
            <ol class="history">
                {history.into_iter().map(|event| view! {
                    <li>
                        {event.description}
                        <span class="muted">" " {event.recorded_at} " by " {event.actor}</span>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}
