use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::error_page::ErrorMessage;
use crate::models::review::NoticeView;
use crate::serverfns::review::load_notice;

/// Renders a Notice of Non-Conformance as an immutable, printable document.
#[component]
pub fn NoticePage() -> impl IntoView {
    let params = use_params_map();
    let notice = Resource::new_blocking(
        move || params.read().get("id").unwrap_or_default(),
        load_notice,
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match notice.await {
                    Ok(notice) => view! { <NoticeDocument notice /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NoticeDocument(notice: NoticeView) -> impl IntoView {
    // The button needs JavaScript. Without it, the browser's own Print command prints the
    // same document, as the hint next to the button explains.
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        if let Err(error) = window().print() {
            leptos::logging::warn!("printing failed: {error:?}");
        }
    };

    view! {
        <Title text=format!("Notice of Non-Conformance {}", notice.number) />
        <article class="notice-document">
            <header>
                <p class="notice-document__kind">"Notice of Non-Conformance"</p>
                <h1>{notice.number.clone()}</h1>
                <dl class="facts">
                    <dt>"Issued on"</dt>
                    <dd>{notice.issued_on.clone()}</dd>
                    <dt>"App"</dt>
                    <dd>{notice.app_name.clone()}</dd>
                    <dt>"Submission"</dt>
                    <dd>{notice.submission_number}</dd>
                </dl>
            </header>
            <p>"The submission does not meet these verification criteria:"</p>
            <ol class="notice-document__findings">
                {notice.findings.iter().cloned().map(|finding| view! {
                    <li>
                        <h2>{finding.label}</h2>
                        <p><strong>"Finding: "</strong><span class="pre-line">{finding.finding}</span></p>
                        <p><strong>"What would meet it: "</strong>{finding.met_when}</p>
                    </li>
                }).collect_view()}
            </ol>
            <p>
                "The developer may remediate the app and resubmit it at no cost. A resubmission is answered within "
                {notice.resubmission_business_days} " business days."
            </p>
            <footer class="notice-document__actions">
                <button type="button" class="button button--secondary" on:click=print>"Print"</button>
                <span class="muted">" Or use your browser's Print command."</span>
                " "
                <a href=notice.back_href>{notice.back_label}</a>
            </footer>
        </article>
    }
}
