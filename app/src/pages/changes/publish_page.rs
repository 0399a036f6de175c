use leptos::prelude::*;

use super::changes_page::NoticeList;
use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError, Notice};
use crate::components::text_area_field::TextAreaField;
use crate::domain::role::Role;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::change_notices::{load_change_notices, PublishChangeNotice};
use crate::serverfns::dashboards::Workspace;

/// Renders the platform administrator's page that publishes an API change notice, and the
/// notices published so far.
#[component]
pub fn PublishChangeNoticePage() -> impl IntoView {
    let content = |_: Workspace| view! { <PublishChangeNotice /> };

    view! { <WorkspaceFrame role=Role::PlatformAdministrator title="API change notices" content /> }
}

#[component]
fn PublishChangeNotice() -> impl IntoView {
    let publish = ServerAction::<PublishChangeNotice>::new();
    let error = Signal::derive(move || publish.value().get().and_then(Result::err));
    let notices =
        Resource::new_blocking(move || publish.version().get(), |_| load_change_notices());
    let recipients = query_param("recipients");

    view! {
        <p><a href="/admin">"Back to administration"</a></p>
        <p class="lead">
            "A notice appears on the public " <a href="/changes">"change notices page"</a>
            " and in its Atom feed, and is e-mailed to every developer with an approved app who \
             has not unsubscribed. A published notice cannot be edited."
        </p>
        {move || recipients.get().map(|count| view! {
            <Notice>"Published the notice and queued " {count} " e-mails."</Notice>
        })}
        <h2>"Publish a notice"</h2>
        <FormError error />
        <ActionForm action=publish attr:class="form" attr:novalidate=true>
            <Field name="title" label="Title" error hint="One line, at most 200 characters." />
            <TextAreaField name="body" label="Text" rows=10 error
                hint="What changes, for whom, and what developers should do. At most 20,000 characters." />
            <Field name="effective_on" label="Effective date" input_type="date" error
                hint="The day the change takes effect, as YYYY-MM-DD." />
            <button type="submit" class="button">"Publish the notice"</button>
        </ActionForm>
        <h2>"Published notices"</h2>
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
