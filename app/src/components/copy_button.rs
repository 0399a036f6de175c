use leptos::prelude::*;

/// Renders a button that copies `text` to the clipboard, and the outcome. The button
/// appears once the page is interactive: without JavaScript it could do nothing, and the
/// text it copies stays on the page to select.
#[component]
pub fn CopyButton(#[prop(into)] text: String, label: &'static str) -> impl IntoView {
    let (interactive, set_interactive) = signal(false);
    let (outcome, set_outcome) = signal(None::<&'static str>);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| set_interactive.set(true));

    let copy = move |_| copy_text(text.clone(), set_outcome);

    view! {
        <span class="copy" hidden=move || !interactive.get()>
            <button type="button" class="button button--small" on:click=copy>
                {label}
            </button>
            <span class="copy__outcome" role="status">
                {move || outcome.get()}
            </span>
        </span>
    }
}

#[cfg(feature = "hydrate")]
fn copy_text(text: String, set_outcome: WriteSignal<Option<&'static str>>) {
    leptos::task::spawn_local(async move {
        let copied = write_clipboard(&text).await;
        set_outcome.set(Some(match copied {
            true => "Copied.",
            false => "Copying failed: select the text and copy it.",
        }));
    });
}

#[cfg(not(feature = "hydrate"))]
fn copy_text(_text: String, _set_outcome: WriteSignal<Option<&'static str>>) {}

/// Writes `text` to the clipboard, which browsers offer only to secure contexts (https,
/// and http on 127.0.0.1 or localhost).
#[cfg(feature = "hydrate")]
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if !window.is_secure_context() {
        return false;
    }

    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
