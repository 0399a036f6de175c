use leptos::prelude::*;

use crate::components::form::{Field, FormError, Notice};
use crate::components::text_area_field::TextAreaField;
use crate::pages::accounts::query_param;
use crate::serverfns::admin::CreateClinic;

/// Renders the platform administrator's form that creates a clinic.
#[component]
pub(crate) fn CreateClinicForm() -> impl IntoView {
    let action = ServerAction::<CreateClinic>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let created = query_param("clinic_created");

    view! {
        <h2>"Create a clinic"</h2>
        <Show when=move || created.get().is_some()>
            <Notice>"The clinic is created. Invite its first administrator below."</Notice>
        </Show>
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <Field name="name" label="Clinic name" error />
            <TextAreaField name="address" label="Address" hint="Street, city, state and ZIP code, one per line." rows=3 error />
            <Field name="npi" label="NPI (optional)" hint="The clinic's 10-digit National Provider Identifier." required=false error />
            <Field name="time_zone" label="Time zone (optional)" hint="An IANA name such as America/Chicago; empty means America/New_York." required=false error />
            <button type="submit" class="button">"Create the clinic"</button>
        </ActionForm>
    }
}
