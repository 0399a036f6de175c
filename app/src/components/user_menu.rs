use leptos::prelude::*;
use leptos::server::ServerAction;

use crate::domain::role::Role;
use crate::serverfns::accounts::{SignOut, SignedInUser};

/// The signed-in account as pages read it from context, loaded once per page load and
/// again after sign-in, sign-out or a password change.
pub type CurrentUserResource = Resource<Option<SignedInUser>>;

/// Renders the header's navigation: the role's pages and sign-out when signed in, sign-in and
/// sign-up otherwise.
#[component]
pub fn UserMenu() -> impl IntoView {
    let resource = expect_context::<CurrentUserResource>();
    let sign_out = expect_context::<ServerAction<SignOut>>();

    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match resource.await {
                    Some(user) => {
                        view! {
                            <li>
                                <a href=user.role.home_path()>{user.role.label()}</a>
                            </li>
                            {role_links(user.role)
                                .iter()
                                .map(|(href, label)| {
                                    view! {
                                        <li>
                                            <a href=*href>{*label}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                            <li>
                                <a href="/account">{user.display_name}</a>
                            </li>
                            <li>
                                <ActionForm action=sign_out attr:class="inline-form">
                                    <button type="submit" class="link-button">
                                        "Sign out"
                                    </button>
                                </ActionForm>
                            </li>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <li>
                                <a href="/sign-in">"Sign in"</a>
                            </li>
                            <li>
                                <a href="/sign-up">"Sign up"</a>
                            </li>
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// Lists the pages of a role beyond its start page.
fn role_links(role: Role) -> &'static [(&'static str, &'static str)] {
    match role {
        Role::Developer => &[("/developer/profile", "Identity")],
        Role::Reviewer => &[
            ("/review/submissions", "Submissions"),
            ("/review/developers", "Developers"),
        ],
        Role::ClinicAdministrator | Role::PlatformAdministrator => &[],
    }
}
