use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::error_page::ErrorMessage;
use crate::models::change_notices::ChangeNoticeRow;
use crate::serverfns::change_notices::load_change_notices;

/// Renders the public list of API change notices, latest first, with the link to the Atom
/// feed.
#[component]
pub fn ChangesPage() -> impl IntoView {
    let notices = Resource::new_blocking(|| (), |_| load_change_notices());

    view! {
        <Title text="API change notices" />
        <h1>"API change notices"</h1>
        <p class="lead">
            "Announcements of changes to the FHIR API that integrations should prepare for. \
             Subscribe with a feed reader to the "
            <a href="/changes.atom" type="application/atom+xml">"Atom feed"</a> "."
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match notices.await {
                    Ok(notices) => view! { <NoticeList notices /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Lists `notices`, each as an article with its anchor, or states that there are none.
#[component]
pub fn NoticeList(notices: Vec<ChangeNoticeRow>) -> impl IntoView {
    if notices.is_empty() {
        return view! { <p class="empty-state">"No change notice has been published yet."</p> }
            .into_any();
    }

    notices
        .into_iter()
        .map(|notice| {
            view! {
                <article class="change-notice" id=format!("notice-{}", notice.id)>
                    <h2>{notice.title}</h2>
                    <p class="muted">
                        "Effective " {notice.effective_on} ". Published " {notice.published_at} "."
                    </p>
                    <div class="pre-line">{notice.body}</div>
                </article>
            }
        })
        .collect_view()
        .into_any()
}
