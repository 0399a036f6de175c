use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::CREATE_TOKEN_PATH;
use crate::components::error_page::ErrorMessage;
use crate::components::form::{FormError, Notice};
use crate::domain::role::Role;
use crate::models::registry::RegistryTokenRow;
use crate::pages::accounts::query_param;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::admin::{load_registry_tokens, RevokeRegistryToken};
use crate::serverfns::dashboards::Workspace;

/// Renders the platform administrator's registry tokens: the form that creates one and
/// the tokens with their revoke buttons.
#[component]
pub fn RegistryTokensPage() -> impl IntoView {
    let content = |_: Workspace| view! { <RegistryTokens /> };

    view! {
        <WorkspaceFrame role=Role::PlatformAdministrator title="Registry tokens" content />
    }
}

#[component]
fn RegistryTokens() -> impl IntoView {
    let revoke = ServerAction::<RevokeRegistryToken>::new();
    let revoke_error = Signal::derive(move || revoke.value().get().and_then(Result::err));
    let search = use_location().search;
    let tokens = Resource::new_blocking(
        move || (search.get(), revoke.version().get()),
        |_| load_registry_tokens(),
    );
    let revoked = query_param("revoked");

    view! {
        <p><a href="/admin">"Back to administration"</a></p>
        <p class="lead">
            "The OAuth server reads clients, decisions and the change feed from the registry API at "
            <a href="/registry/v1/openapi.json">"/registry/v1"</a>
            ", sending one of these tokens as Authorization: Bearer. A token is shown once, when it is created."
        </p>
        {move || revoked.get().map(|_| view! { <Notice>"Revoked the token. Requests that present it now get 401."</Notice> })}
        <h2>"Create a token"</h2>
        <CreateTokenForm label=String::new() />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match tokens.await {
                    Ok(tokens) => view! {
                        <FormError error=revoke_error />
                        <TokenTable tokens revoke />
                    }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Renders the form that creates a token. It posts to a plain route whose response shows the new
/// token, so the token never travels in a URL or a session.
#[component]
pub(super) fn CreateTokenForm(label: String) -> impl IntoView {
    view! {
        <form method="post" action=CREATE_TOKEN_PATH class="form" novalidate>
            <div class="field">
                <label for="field-label">"Label"</label>
                <p class="field__hint" id="field-label-hint">
                    "1 to 100 characters naming where the token is used, such as \u{201C}OAuth server, production\u{201D}."
                </p>
                <input id="field-label" name="label" type="text" required value=label
                    aria-describedby="field-label-hint" />
            </div>
            <button type="submit" class="button">"Create the token"</button>
        </form>
    }
}

#[component]
fn TokenTable(
    tokens: Vec<RegistryTokenRow>,
    revoke: ServerAction<RevokeRegistryToken>,
) -> impl IntoView {
    if tokens.is_empty() {
        return view! {
            <h2>"Tokens"</h2>
            <p class="empty-state">"No registry tokens yet. The registry API refuses every request until one exists."</p>
        }
        .into_any();
    }

    view! {
        <h2>"Tokens"</h2>
        <table class="table" id="registry-tokens">
            <thead>
                <tr>
                    <th scope="col">"Label"</th>
                    <th scope="col">"Created"</th>
                    <th scope="col">"Last used"</th>
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {tokens.into_iter().map(|token| {
                    let last_used = token.last_used_at.clone().unwrap_or_else(|| "Never".to_owned());
                    let label = token.label.clone();
                    view! {
                        <tr>
                            <td>{token.label}</td>
                            <td>{token.created_at}</td>
                            <td>{last_used}</td>
                            <td>
                                {match token.revoked_at {
                                    Some(revoked_at) => view! { "Revoked " {revoked_at} }.into_any(),
                                    None => view! {
                                        <ActionForm action=revoke attr:class="inline-form">
                                            <input type="hidden" name="id" value=token.id />
                                            <button type="submit" class="link-button"
                                                aria-label=format!("Revoke the token {label}")>
                                                "Revoke"
                                            </button>
                                        </ActionForm>
                                    }.into_any(),
                                }}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
