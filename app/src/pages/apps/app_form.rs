use leptos::prelude::*;

use super::technical_fields::TechnicalFields;
use crate::components::checkbox_field::CheckboxField;
use crate::components::form::{Field, FormError};
use crate::components::text_area_field::TextAreaField;
use crate::domain::registration::{fields, Attestation, RegistrationInput};
use crate::error::AppError;
use crate::serverfns::apps::SaveAppRegistration;

/// Renders the registration form of an app, filled with `stored` (empty for a new app).
/// `app_id` is `None` for a new app, and `link_token` names the clinic registration link a
/// new B2B app registers through.
#[component]
pub fn AppForm(
    action: ServerAction<SaveAppRegistration>,
    app_id: Option<String>,
    stored: RegistrationInput,
    #[prop(optional)] link_token: Option<String>,
) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let kind = stored.kind;
    let button = match app_id {
        Some(_) => "Save changes",
        None => "Save draft",
    };
    let attestations = Attestation::ALL
        .into_iter()
        .filter(|attestation| attestation.applies_to(kind))
        .map(|attestation| {
            view! {
                <CheckboxField
                    name=attestation.field()
                    label=attestation.statement()
                    checked=stored.attestations.get(attestation)
                    error
                />
            }
        })
        .collect_view();

    view! {
        <FormError error />
        <ActionForm action attr:class="form form--wide" attr:novalidate=true attr:id="app-form">
            <input type="hidden" name="app_id" value=app_id.unwrap_or_default() />
            <input type="hidden" name=fields::KIND value=kind.as_str() />
            <input type="hidden" name="link_token" value=link_token.unwrap_or_default() />
            <p class="fieldset__hint">
                "Save a draft at any time: empty fields are fine, but what you enter must be \
                 well formed. The app's page lists what a submission for review still needs."
            </p>
            <fieldset>
                <legend>"About the app"</legend>
                <Field name=fields::NAME label=label(fields::NAME) value=stored.name.clone() required=false error />
                <TextAreaField name=fields::SHORT_DESCRIPTION label=label(fields::SHORT_DESCRIPTION) rows=2
                    value=stored.short_description.clone() error
                    hint="One or two sentences on what the app does, at most 300 characters." />
                <Field name=fields::HOMEPAGE_URL label=label(fields::HOMEPAGE_URL) input_type="url"
                    value=stored.homepage_url.clone() required=false error hint="An https URL." />
                <Field name=fields::SUPPORT_EMAIL label=label(fields::SUPPORT_EMAIL) input_type="email"
                    value=stored.support_email.clone() required=false error
                    hint="Where the app's users get help." />
            </fieldset>
            <TechnicalFields stored=stored.clone() error />
            <fieldset>
                <legend>"Attestations"</legend>
                <p class="fieldset__hint">"Check each statement that is true of the app."</p>
                {attestations}
            </fieldset>
            <fieldset>
                <legend>"Privacy and data practices"</legend>
                <Field name=fields::PRIVACY_POLICY_URL label=label(fields::PRIVACY_POLICY_URL) input_type="url"
                    value=stored.privacy_policy_url.clone() required=false error
                    hint="An https URL anyone can read without signing in." />
                <Field name=fields::TERMS_OF_SERVICE_URL label=label(fields::TERMS_OF_SERVICE_URL) input_type="url"
                    value=stored.terms_of_service_url.clone() required=false error
                    hint="An https URL anyone can read without signing in." />
                <p class="fieldset__hint">"Patients read these three answers before they authorize the app."</p>
                <TextAreaField name=fields::DATA_RETENTION label=label(fields::DATA_RETENTION) rows=2
                    value=stored.data_retention.clone() error />
                <TextAreaField name=fields::DATA_SHARING label=label(fields::DATA_SHARING) rows=2
                    value=stored.data_sharing.clone() error />
                <TextAreaField name=fields::ACCESS_REVOCATION label=label(fields::ACCESS_REVOCATION) rows=2
                    value=stored.access_revocation.clone() error />
            </fieldset>
            <button type="submit" class="button">{button}</button>
        </ActionForm>
    }
}

/// Returns the label of a field the form has.
pub(super) fn label(name: &'static str) -> &'static str {
    fields::label(name).unwrap_or(name)
}

/// Returns the error of the last save, for the form's fields.
pub(super) type SaveError = Signal<Option<AppError>>;
