use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::error_page::ErrorMessage;
use crate::components::form::{FormError, Notice};
use crate::domain::return_path::local_path;
use crate::models::agreement::{AcceptanceState, AgreementView};
use crate::pages::accounts::query_param;
use crate::serverfns::agreement::{load_agreement, AcceptAgreement};

/// Renders the current Application Access Developer Agreement, which anyone may read, and
/// for a signed-in developer who has not accepted it, the form that accepts it.
#[component]
pub fn AgreementPage() -> impl IntoView {
    let accept = ServerAction::<AcceptAgreement>::new();
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));
    let agreement = Resource::new_blocking(move || accept.version().get(), |_| load_agreement());
    let accepted = query_param("accepted");
    let next = query_param("next");
    let continue_link = move || {
        let next = next.get().filter(|next| local_path(next).is_some())?;
        Some(view! { <p><a class="button" href=next>"Continue where you were going"</a></p> })
    };

    view! {
        <Title text="Developer agreement" />
        <h1>"Application Access Developer Agreement"</h1>
        {move || accepted.get().map(|version| view! {
            <Notice>"You accepted version " {version} " of the agreement."</Notice>
        })}
        {move || accepted.get().and(continue_link())}
        <FormError error />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match agreement.await {
                    Ok(view) => view! { <AgreementText view accept next /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AgreementText(
    view: AgreementView,
    accept: ServerAction<AcceptAgreement>,
    next: Memo<Option<String>>,
) -> impl IntoView {
    let Some(current) = view.current else {
        return view! {
            <p class="empty-state">
                "No version of the agreement has been published yet, so there is nothing to accept."
            </p>
        }
        .into_any();
    };
    let version = current.version;
    let pending = view.acceptance == AcceptanceState::Pending;

    let status = match view.acceptance {
        AcceptanceState::NotApplicable => ().into_any(),
        AcceptanceState::Accepted(at) => view! {
            <p class="notice">"You accepted this version on " {at} "."</p>
        }
        .into_any(),
        AcceptanceState::Pending => view! {
            <p class="notice" id="agreement-pending">
                "Accept this version to submit apps and register system-to-system apps."
            </p>
        }
        .into_any(),
    };
    let form = pending.then(|| {
        view! {
            <ActionForm action=accept attr:class="form">
                <input type="hidden" name="version" value=version.to_string() />
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <button type="submit" class="button">{format!("Accept version {version}")}</button>
            </ActionForm>
        }
    });

    view! {
        <p class="muted">
            {format!("Version {version}, effective {}. Published {}.", current.effective_on, current.published_at)}
        </p>
        {status}
        <div class="agreement-text pre-line">{current.body}</div>
        {form}
    }
    .into_any()
}
