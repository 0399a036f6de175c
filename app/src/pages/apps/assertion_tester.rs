//! The client assertion tester of a `private_key_jwt` app: the state of its registered
//! keys, and a form that checks a pasted JWT against them.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::environment::Environment;
use crate::models::apps::AppView;
use crate::models::jwks::{AssertionReport, JwksStatus};
use crate::serverfns::apps::{load_jwks_status, RefreshJwks, TestClientAssertion};

/// Renders the key state and the tester. With JavaScript the verdict appears below the
/// form; without it the form posts to a page that shows the verdict with the form again.
#[component]
pub fn AssertionTester(app: AppView) -> impl IntoView {
    let app_id = app.id.clone();
    let environments: Vec<Environment> = app
        .clients
        .iter()
        .map(|client| client.environment)
        .collect();
    let refresh = ServerAction::<RefreshJwks>::new();
    let test = ServerAction::<TestClientAssertion>::new();
    // The page loads with the stored state; a fetch or a test that fetched replaces it.
    let status = RwSignal::new(Ok(app.jwks_status.clone().unwrap_or_default()));
    Effect::new(move || {
        if let Some(result) = refresh.value().get() {
            status.set(result);
        }
    });
    Effect::new(move |previous: Option<usize>| {
        let version = test.version().get();
        if previous.is_some_and(|previous| previous != version) {
            let app_id = app_id.clone();
            leptos::task::spawn_local(async move { status.set(load_jwks_status(app_id).await) });
        }
        version
    });
    let refresh_app_id = app.id.clone();

    let verdict = move || {
        test.value().get().map(|result| match result {
            Ok(report) => view! { <AssertionVerdict report /> }.into_any(),
            Err(error) => view! {
                <div class="notice notice--error" role="alert" id="assertion-verdict">{error.to_string()}</div>
            }
            .into_any(),
        })
    };

    view! {
        <section id="assertion-tester" aria-labelledby="assertion-tester-heading">
            <h3 id="assertion-tester-heading">"Public keys and client assertion tester"</h3>
            {move || {
                let app_id = refresh_app_id.clone();
                match status.get() {
                    Ok(status) => {
                        let has_url = status.url.is_some();
                        view! {
                            <KeyStatus status />
                            {has_url.then(|| view! { <RefreshForm app_id refresh /> })}
                        }
                        .into_any()
                    }
                    Err(error) => view! { <div class="notice notice--error" role="alert">{error.to_string()}</div> }.into_any(),
                }
            }}
            <TesterForm
                app_id=app.id.clone()
                environments
                selected=Environment::Sandbox
                assertion=String::new()
                action=Some(test)
            />
            {verdict}
        </section>
    }
}

/// Renders the registered keys: their source, their key IDs, and a failed fetch's error.
#[component]
pub fn KeyStatus(status: JwksStatus) -> impl IntoView {
    let source = match &status.url {
        Some(url) => format!("The keys are fetched from the JWKS URL {url}."),
        None => "The keys are the registered JWKS document.".to_owned(),
    };
    let fetched = match (&status.url, &status.fetched_at, &status.expires_at) {
        (Some(_), Some(fetched), Some(expires)) => Some(format!(
            "Last fetched {fetched}; fetched again after {expires}."
        )),
        (Some(_), _, _) => Some("It has not been fetched yet.".to_owned()),
        _ => None,
    };
    let kids = match status.kids.is_empty() {
        true => "No key is available to verify assertions.".to_owned(),
        false => format!("Key IDs (kid): {}.", status.kids.join(", ")),
    };

    view! {
        <p id="jwks-source">{source} " " {fetched}</p>
        {status.error.map(|error| view! {
            <div class="notice notice--error" role="alert" id="jwks-error">{error}</div>
        })}
        <p id="jwks-kids">{kids}</p>
    }
}

/// Renders the button that fetches a registered JWKS URL now.
#[component]
fn RefreshForm(app_id: String, refresh: ServerAction<RefreshJwks>) -> impl IntoView {
    view! {
        <ActionForm action=refresh attr:class="inline-form">
            <input type="hidden" name="app_id" value=app_id />
            <button type="submit" class="button button--secondary">"Fetch the keys now"</button>
        </ActionForm>
    }
}

/// Renders the tester form. With `action`, a submit dispatches it in place; without, the
/// browser posts the form to the verdict page.
#[component]
pub fn TesterForm(
    app_id: String,
    environments: Vec<Environment>,
    selected: Environment,
    assertion: String,
    action: Option<ServerAction<TestClientAssertion>>,
) -> impl IntoView {
    let typed_assertion = RwSignal::new(assertion.clone());
    let typed_environment = RwSignal::new(selected.as_str().to_owned());
    let target = format!("/apps/{app_id}/assertion-test");
    let submit = move |event: SubmitEvent| {
        let Some(action) = action else {
            return;
        };
        event.prevent_default();
        action.dispatch(TestClientAssertion {
            app_id: app_id.clone(),
            environment: typed_environment.get_untracked(),
            assertion: typed_assertion.get_untracked(),
        });
    };
    let choice = match environments.len() > 1 {
        true => view! {
            <label for="assertion-environment">"Check against the client ID of"</label>
            <select id="assertion-environment" name="environment" on:change=move |event| typed_environment.set(event_target_value(&event))>
                {environments.into_iter().map(|environment| view! {
                    <option value=environment.as_str() selected=environment == selected>{environment.label()}</option>
                }).collect_view()}
            </select>
        }
        .into_any(),
        false => view! { <input type="hidden" name="environment" value=selected.as_str() /> }.into_any(),
    };

    view! {
        <form method="post" action=target class="form" on:submit=submit>
            {choice}
            <label for="assertion">"Client assertion (JWT)"</label>
            <textarea
                id="assertion"
                name="assertion"
                rows="6"
                spellcheck="false"
                on:input=move |event| typed_assertion.set(event_target_value(&event))
            >
                {assertion}
            </textarea>
            <span class="muted">"Paste the JWT your app sends as client_assertion. The tester checks it now, against the registered keys."</span>
            <button type="submit" class="button">"Check the assertion"</button>
        </form>
    }
}

/// Renders the verdict: accepted, or every problem found.
#[component]
pub fn AssertionVerdict(report: AssertionReport) -> impl IntoView {
    let checked = format!(
        "Checked against the {} client ID {} and the token endpoint {}.",
        report.environment.to_lowercase(),
        report.client_id,
        report.token_endpoint
    );
    let count = report.problems.len();

    view! {
        {match count {
            0 => view! {
                <div class="notice notice--success" role="status" id="assertion-verdict">
                    "The assertion is valid: the OAuth server would accept it now."
                </div>
            }
            .into_any(),
            _ => view! {
                <div class="notice notice--error" role="alert" id="assertion-verdict">
                    <p>{format!("The OAuth server would reject this assertion ({count} {}):", if count == 1 { "problem" } else { "problems" })}</p>
                    <ul>
                        {report.problems.iter().map(|problem| view! { <li>{problem.to_string()}</li> }).collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        }}
        <p class="muted">{checked}</p>
    }
}
