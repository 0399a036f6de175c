use leptos::prelude::*;

use crate::components::form::{Field, FormError, Notice};
use crate::models::identity::ProfileView;
use crate::pages::accounts::query_param;
use crate::serverfns::identity::{
    InviteDeveloperMember, RemoveDeveloperMember, RevokeDeveloperInvitation,
};

/// Renders an organization's developers and open invitations, with the owner's invite and
/// remove controls.
#[component]
pub fn MembersSection(profile: ProfileView) -> impl IntoView {
    let invite = ServerAction::<InviteDeveloperMember>::new();
    let remove = ServerAction::<RemoveDeveloperMember>::new();
    let revoke = ServerAction::<RevokeDeveloperInvitation>::new();
    let invite_error = Signal::derive(move || invite.value().get().and_then(Result::err));
    let other_error = Signal::derive(move || {
        remove
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| revoke.value().get().and_then(Result::err))
    });
    let invited = query_param("invited");
    let owner = profile.viewer_is_owner;

    view! {
        <section id="members" aria-labelledby="members-heading">
            <h2 id="members-heading">"Members"</h2>
            <p>"Every member works on the organization's apps. Only the owner edits this profile and manages members."</p>
            <Show when=move || invited.get().is_some()>
                <Notice>"The invitation is on its way."</Notice>
            </Show>
            <FormError error=other_error />
            <ul class="members">
                {profile.members.into_iter().map(|member| {
                    let role = if member.is_owner { "Owner" } else { "Member" };
                    view! {
                        <li>
                            <strong>{member.name.clone()}</strong> " · " {member.email.clone()} " · " {role}
                            <span class="muted">" · joined " {member.joined_at.clone()}</span>
                            {(owner && !member.is_owner).then(|| view! {
                                <ActionForm action=remove attr:class="inline-form">
                                    <input type="hidden" name="account_id" value=member.account_id.clone() />
                                    <button type="submit" class="link-button" aria-label=format!("Remove {}", member.name)>"Remove"</button>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!profile.invitations.is_empty()).then(|| view! {
                <h3>"Open invitations"</h3>
                <ul class="members">
                    {profile.invitations.into_iter().map(|invitation| view! {
                        <li>
                            {invitation.email.clone()} <span class="muted">" · expires " {invitation.expires_at}</span>
                            {owner.then(|| view! {
                                <ActionForm action=revoke attr:class="inline-form">
                                    <input type="hidden" name="invitation_id" value=invitation.id />
                                    <button type="submit" class="link-button" aria-label=format!("Withdraw the invitation to {}", invitation.email)>"Withdraw"</button>
                                </ActionForm>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {owner.then(|| view! {
                <h3>"Invite a developer"</h3>
                <FormError error=invite_error />
                <ActionForm action=invite attr:class="form" attr:novalidate=true>
                    <Field name="email" label="E-mail address" input_type="email" error=invite_error
                        hint="They join with a developer account under this address. The link expires in 7 days." />
                    <button type="submit" class="button">"Send the invitation"</button>
                </ActionForm>
            })}
        </section>
    }
}
