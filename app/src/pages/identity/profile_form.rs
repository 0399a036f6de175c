use leptos::prelude::*;

use crate::components::form::{Field, FormError, SelectField};
use crate::domain::identity::{Pathway, ID_DOCUMENT_TYPES};
use crate::domain::identity_form::ProfileInput;
use crate::domain::postal_address::UNITED_STATES;
use crate::domain::us_state::US_STATES;
use crate::serverfns::identity::SaveDeveloperProfile;

/// Renders the identity form of `pathway`, filled with the stored profile (or empty for a
/// new one).
#[component]
pub fn ProfileForm(
    action: ServerAction<SaveDeveloperProfile>,
    pathway: Pathway,
    stored: ProfileInput,
) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let country = match stored.address.country.is_empty() {
        true => UNITED_STATES.to_owned(),
        false => stored.address.country.clone(),
    };
    let button = match stored.legal_name.is_empty() {
        true => "Save profile",
        false => "Save changes",
    };

    view! {
        <FormError error />
        <ActionForm action attr:class="form form--wide" attr:novalidate=true attr:id="profile-form">
            <input type="hidden" name="pathway" value=pathway.as_str() />
            // The pathway has no visible input, so its problem shows at the top of the form.
            {move || {
                error
                    .get()
                    .and_then(|error| error.field_message("pathway"))
                    .map(|message| view! { <p class="field__error" role="alert">{message}</p> })
            }}
            <fieldset>
                <legend>"Name"</legend>
                <Field name="legal_name" label="Legal name" value=stored.legal_name.clone() autocomplete="organization" error
                    hint="Exactly as on your documents." />
                {(pathway == Pathway::Organization).then(|| view! {
                    <Field name="doing_business_as" label="Doing-business-as name (optional)" value=stored.doing_business_as.clone() required=false error />
                })}
            </fieldset>
            <fieldset>
                <legend>{match pathway {
                    Pathway::Organization => "Business address",
                    Pathway::Individual => "Permanent address",
                }}</legend>
                <Field name="address_line1" label="Street address" value=stored.address.line1.clone() autocomplete="address-line1" error />
                <Field name="address_line2" label="Suite, unit or floor (optional)" value=stored.address.line2.clone() autocomplete="address-line2" required=false error />
                <Field name="city" label="City" value=stored.address.city.clone() autocomplete="address-level2" error />
                <Field name="region" label="State or region" value=stored.address.region.clone() autocomplete="address-level1" error
                    hint="In the United States, the two-letter state code, such as MA." />
                <Field name="postal_code" label="ZIP or postal code" value=stored.address.postal_code.clone() autocomplete="postal-code" error />
                <Field name="country" label="Country" value=country autocomplete="country-name" error />
            </fieldset>
            {match pathway {
                Pathway::Organization => organization_fields(&stored, error).into_any(),
                Pathway::Individual => individual_fields(&stored, error).into_any(),
            }}
            <button type="submit" class="button">{button}</button>
        </ActionForm>
    }
}

fn organization_fields(
    stored: &ProfileInput,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let states: Vec<(String, String)> = US_STATES
        .iter()
        .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
        .collect();

    view! {
        <fieldset>
            <legend>"Contact"</legend>
            <Field name="contact_name" label="Contact's name" value=stored.contact_name.clone() autocomplete="name" error />
            <Field name="contact_email" label="Contact's e-mail address" input_type="email" value=stored.contact_email.clone() autocomplete="email" error />
            <Field name="contact_phone" label="Contact's phone number (optional)" input_type="tel" value=stored.contact_phone.clone() autocomplete="tel" required=false error />
        </fieldset>
        <fieldset>
            <legend>"Tax identification"</legend>
            <p class="fieldset__hint">"Enter the EIN, or a state registration number with its state, or both."</p>
            <Field name="ein" label="EIN" value=stored.ein.clone() required=false error
                hint="Nine digits, with or without the dash: 12-3456789." />
            <Field name="state_registration_number" label="State registration number" value=stored.state_registration_number.clone() required=false error />
            <SelectField name="registration_state" label="Registering state" options=states
                value=stored.registration_state.clone() placeholder="No state registration" error />
        </fieldset>
    }
}

fn individual_fields(
    stored: &ProfileInput,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let types: Vec<(String, String)> = ID_DOCUMENT_TYPES
        .iter()
        .map(|(value, label)| ((*value).to_owned(), (*label).to_owned()))
        .collect();

    view! {
        <fieldset>
            <legend>"Government-issued ID"</legend>
            <SelectField name="id_document_type" label="Type of ID" options=types
                value=stored.id_document_type.clone() placeholder="Choose a type" error />
            <Field name="id_issuer" label="Issuing state or country" value=stored.id_issuer.clone() error />
            <Field name="id_expires_on" label="Expiry date" input_type="date" value=stored.id_expires_on.clone() error
                hint="YYYY-MM-DD. The ID must be current." />
        </fieldset>
    }
}
