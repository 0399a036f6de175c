use leptos::prelude::*;

use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError, Notice};
use crate::models::clinics::AdministratorView;
use crate::pages::accounts::query_param;
use crate::serverfns::clinic::{
    list_clinic_administrators, InviteClinicAdministrator, RemoveClinicAdministrator,
};

/// Renders the clinic's administrators, the invitation of another one and the removal of
/// the others.
#[component]
pub(crate) fn AdministratorsSection(clinic_id: String) -> impl IntoView {
    let invite = ServerAction::<InviteClinicAdministrator>::new();
    let invite_error = Signal::derive(move || invite.value().get().and_then(Result::err));
    let remove = ServerAction::<RemoveClinicAdministrator>::new();
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let administrators = Resource::new_blocking(
        move || remove.version().get(),
        |_| list_clinic_administrators(),
    );
    let invited = query_param("invited");
    let removed = query_param("removed");
    let remove_clinic_id = clinic_id.clone();

    view! {
        <section aria-labelledby="administrators-title">
            <h2 id="administrators-title">"Administrators of your clinic"</h2>
            <Show when=move || removed.get().is_some()>
                <Notice>"The administrator is removed."</Notice>
            </Show>
            <FormError error=remove_error />
            <Suspense fallback=|| ()>
                {move || {
                    let clinic_id = remove_clinic_id.clone();
                    Suspend::new(async move {
                        match administrators.await {
                            Ok(rows) => view! { <AdministratorsTable rows clinic_id remove /> }.into_any(),
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
            <h3>"Invite an administrator"</h3>
            <Show when=move || invited.get().is_some()>
                <Notice>"The invitation is on its way."</Notice>
            </Show>
            <FormError error=invite_error />
            <ActionForm action=invite attr:class="form" attr:novalidate=true>
                <input type="hidden" name="clinic_id" value=clinic_id />
                <Field name="display_name" label="Name" error=invite_error />
                <Field name="email" label="E-mail address" input_type="email" error=invite_error />
                <button type="submit" class="button">"Send the invitation"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn AdministratorsTable(
    rows: Vec<AdministratorView>,
    clinic_id: String,
    remove: ServerAction<RemoveClinicAdministrator>,
) -> impl IntoView {
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"E-mail address"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Remove"</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let status = if row.invitation_pending { "Invited" } else { "Active" };
                        let label = format!("Remove {}", row.display_name);
                        let clinic_id = clinic_id.clone();
                        view! {
                            <tr>
                                <th scope="row">{row.display_name}</th>
                                <td>{row.email}</td>
                                <td>{status}</td>
                                <td>
                                    {if row.is_you {
                                        "You".into_any()
                                    } else {
                                        view! {
                                            <ActionForm action=remove>
                                                <input type="hidden" name="clinic_id" value=clinic_id />
                                                <input type="hidden" name="account_id" value=row.id />
                                                <button type="submit" class="button button--danger" aria-label=label>"Remove"</button>
                                            </ActionForm>
                                        }
                                        .into_any()
                                    }}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
