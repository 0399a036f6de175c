use leptos::prelude::*;

use super::create_clinic_form::CreateClinicForm;
use super::workspace_frame::WorkspaceFrame;
use crate::components::form::{Field, FormError, Notice};
use crate::domain::role::Role;
use crate::pages::accounts::query_param;
use crate::serverfns::admin::{list_clinics, InviteStaff};
use crate::serverfns::dashboards::Workspace;

/// Renders the platform administrator's start page: the link to the review calendar, the
/// creation of clinics and invitations of staff.
#[component]
pub fn AdminPage() -> impl IntoView {
    let content = |_: Workspace| {
        view! {
            <p>
                <a href="/admin/closure-days">"Closure days and federal holidays"</a>
                " · the days the review clock skips"
            </p>
            <p>
                <a href="/admin/registry-tokens">"Registry tokens"</a>
                " · the bearer tokens the OAuth server reads the registry API with"
            </p>
            <p>
                <a href="/admin/agreement">"Developer agreement"</a>
                " · publish a new version for developers to accept"
            </p>
            <p>
                <a href="/admin/changes">"API change notices"</a>
                " · announce a change to developers with approved apps"
            </p>
            <CreateClinicForm />
            <InviteStaffForm />
        }
    };

    view! { <WorkspaceFrame role=Role::PlatformAdministrator title="Administration" content /> }
}

#[component]
fn InviteStaffForm() -> impl IntoView {
    let action = ServerAction::<InviteStaff>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let invited = query_param("invited");
    // A clinic created on this page comes back as `?clinic_created=<id>`. Reading it reloads
    // the list, so the new clinic can be picked without a full page load.
    let created = query_param("clinic_created");
    let clinics = Resource::new_blocking(move || created.get(), |_| list_clinics());

    view! {
        <h2>"Invite a reviewer or a clinic administrator"</h2>
        <Show when=move || invited.get().is_some()>
            <Notice>"The invitation is on its way."</Notice>
        </Show>
        <FormError error />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <Field name="display_name" label="Name" error />
            <Field name="email" label="E-mail address" input_type="email" error />
            <div class="field">
                <label for="field-role">"Role"</label>
                <select id="field-role" name="role">
                    <option value="reviewer">"Reviewer"</option>
                    <option value="clinic_administrator">"Clinic administrator"</option>
                </select>
            </div>
            <div class="field">
                <label for="field-clinic_id">"Clinic (clinic administrators only)"</label>
                <select id="field-clinic_id" name="clinic_id">
                    <option value="">"No clinic"</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            clinics
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|clinic| {
                                    view! {
                                        <option value=clinic.id>{clinic.name}</option>
                                    }
                                })
                                .collect_view()
                        })}
                    </Suspense>
                </select>
                {move || {
                    error
                        .get()
                        .and_then(|error| error.field_message("clinic_id"))
                        .map(|message| view! { <p class="field__error">{message}</p> })
                }}
            </div>
            <button type="submit" class="button">"Send the invitation"</button>
        </ActionForm>
    }
}
