use leptos::prelude::*;

use crate::components::copy_button::CopyButton;

/// Shows a command or a document excerpt with a button that copies it.
#[component]
pub fn CodeSample(#[prop(into)] code: String) -> impl IntoView {
    view! {
        <div class="code-sample">
            <pre class="code"><code>{code.clone()}</code></pre>
            <CopyButton text=code label="Copy" />
        </div>
    }
}
