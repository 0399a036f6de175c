use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError, Notice};
use crate::components::text_area_field::TextAreaField;
use crate::domain::role::Role;
use crate::models::agreement::AgreementVersionRow;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::agreement::{load_agreement_versions, PublishAgreement};
use crate::serverfns::dashboards::Workspace;

/// Renders the platform administrator's page that publishes a new version of the developer
/// agreement, and lists the published versions, which cannot be edited.
#[component]
pub fn PublishAgreementPage() -> impl IntoView {
    let content = |_: Workspace| view! { <PublishAgreement /> };

    view! {
        <WorkspaceFrame role=Role::PlatformAdministrator title="Developer agreement" content />
    }
}

#[component]
fn PublishAgreement() -> impl IntoView {
    let publish = ServerAction::<PublishAgreement>::new();
    let error = Signal::derive(move || publish.value().get().and_then(Result::err));
    let versions = Resource::new_blocking(
        move || publish.version().get(),
        |_| load_agreement_versions(),
    );
    let published = query_param("published");

    view! {
        <p><a href="/admin">"Back to administration"</a></p>
        <p class="lead">
            "A published version cannot be changed. Publishing a new one asks every developer to \
             accept it at their next sign-in, and blocks their submissions until they do."
        </p>
        {move || published.get().map(|version| view! { <Notice>"Published version " {version} "."</Notice> })}
        <h2>"Publish a new version"</h2>
        <FormError error />
        <ActionForm action=publish attr:class="form" attr:novalidate=true>
            <TextAreaField name="body" label="Agreement text" rows=16 error
                hint="The full text developers accept, at most 100,000 characters." />
            <Field name="effective_on" label="Effective date" input_type="date" error
                hint="The day this version takes effect, as YYYY-MM-DD." />
            <button type="submit" class="button">"Publish the version"</button>
        </ActionForm>
        <h2>"Published versions"</h2>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match versions.await {
                    Ok(versions) => view! { <VersionList versions /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn VersionList(versions: Vec<AgreementVersionRow>) -> impl IntoView {
    if versions.is_empty() {
        return view! {
            <p class="empty-state">"No version is published, so developers need not accept any."</p>
        }
        .into_any();
    }

    versions
        .into_iter()
        .map(|version| {
            view! {
                <details>
                    <summary>
                        {format!(
                            "Version {}, effective {}, published {}",
                            version.version, version.effective_on, version.published_at
                        )}
                    </summary>
                    <div class="pre-line">{version.body}</div>
                </details>
            }
        })
        .collect_view()
        .into_any()
}
