use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::error_page::ErrorMessage;
use crate::domain::role::Role;
use crate::serverfns::dashboards::{load_workspace, Workspace};

/// Loads `role`'s workspace and renders `content` with it, or the error page (401 or 403).
/// The error is rendered here rather than by an error boundary, so it shows without
/// JavaScript too.
#[component]
pub fn WorkspaceFrame<F, V>(role: Role, title: &'static str, content: F) -> impl IntoView
where
    F: Fn(Workspace) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    let workspace = Resource::new_blocking(move || role, load_workspace);

    view! {
        <Title text=title />
        <Suspense fallback=|| ()>
            {
                let content = content.clone();
                move || {
                    let content = content.clone();
                    Suspend::new(async move {
                        match workspace.await {
                            Ok(workspace) => {
                                view! {
                                    <section class="workspace">
                                        <h1>{title}</h1>
                                        <p class="workspace__who">
                                            "Signed in as " {workspace.display_name.clone()}
                                        </p>
                                        {content(workspace)}
                                    </section>
                                }
                                    .into_any()
                            }
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        }
                    })
                }
            }
        </Suspense>
    }
}
