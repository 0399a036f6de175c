use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError};
use crate::components::text_area_field::TextAreaField;
use crate::domain::clinic_app_change::ClinicAppChange;
use crate::domain::role::Role;
use crate::models::gallery::ClinicGalleryEntry;
use crate::pages::workspaces::WorkspaceFrame;
use crate::serverfns::clinic::{load_clinic_app, ChangeClinicApp};

/// Renders the confirmation of a change to one app at the clinic, with the fields the
/// change needs. It is a page of its own, so the confirmation works without JavaScript.
#[component]
pub fn ClinicAppChangePage() -> impl IntoView {
    let content = |_| view! { <ChangeConfirmation /> };

    view! { <WorkspaceFrame role=Role::ClinicAdministrator title="Confirm the change" content /> }
}

#[component]
fn ChangeConfirmation() -> impl IntoView {
    let params = use_params_map();
    let app = Resource::new_blocking(
        move || params.read().get("id").unwrap_or_default(),
        load_clinic_app,
    );

    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match app.await {
                    Ok(row) => view! { <ChangeForm row /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ChangeForm(row: ClinicGalleryEntry) -> impl IntoView {
    let action = ServerAction::<ChangeClinicApp>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let Some(change) = row.change else {
        return view! { <p>"Clinics do not change this app here."</p> }.into_any();
    };
    let name = row.entry.name.clone();

    let explanation = match change {
        ClinicAppChange::OptOut => format!("{name} stops working at your clinic for every patient, at once. You can opt back in later."),
        ClinicAppChange::OptIn => format!("{name} works again at your clinic for every patient."),
        ClinicAppChange::Activate => format!("{name} starts working at your clinic for your clinicians. Record the BAA or service contract that covers it."),
        ClinicAppChange::Deactivate => format!("{name} stops working at your clinic for your clinicians, at once."),
    };
    let fields = match change {
        ClinicAppChange::OptOut => view! {
            <TextAreaField name="reason" label="Reason (optional)" hint="Shown to your clinic's administrators; at most 1,000 characters." rows=3 error />
        }
        .into_any(),
        ClinicAppChange::Activate => view! {
            <Field name="contract_reference" label="BAA or service contract reference" hint="Its number or title, as your records name it." error />
            <Field name="contract_date" label="Date the contract was signed" input_type="date" hint="YYYY-MM-DD, today or earlier." error />
        }
        .into_any(),
        ClinicAppChange::OptIn | ClinicAppChange::Deactivate => ().into_any(),
    };

    view! {
        <h2>{format!("{}: {name}", change.label())}</h2>
        <p>{explanation}</p>
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="clinic_id" value=row.clinic_id />
            <input type="hidden" name="app_id" value=row.entry.id />
            <input type="hidden" name="change" value=change.as_str() />
            {fields}
            <button type="submit" class=if matches!(change, ClinicAppChange::OptOut | ClinicAppChange::Deactivate) { "button button--danger" } else { "button" }>
                {format!("Confirm: {}", change.label())}
            </button>
            " "
            <a href="/clinic/apps">"Cancel"</a>
        </ActionForm>
    }
    .into_any()
}
