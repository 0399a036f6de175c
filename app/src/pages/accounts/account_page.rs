use leptos::prelude::*;
use leptos::server::ServerAction;
use leptos_meta::Title;

use super::query_param;
use crate::components::error_page::ErrorMessage;
use crate::components::form::{Field, FormError, Notice};
use crate::error::AppError;
use crate::serverfns::accounts::{current_user, ChangePassword};

/// The signed-in account's details and the change-password form.
#[component]
pub fn AccountPage() -> impl IntoView {
    let action = expect_context::<ServerAction<ChangePassword>>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let changed = query_param("password_changed");
    let account = Resource::new_blocking(
        || (),
        |_| async move { current_user().await?.ok_or(AppError::Unauthenticated) },
    );

    view! {
        <Title text="Your account" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = match account.await {
                    Ok(user) => user,
                    Err(error) => return view! { <ErrorMessage error /> }.into_any(),
                };
                view! {
                        <section class="form-page">
                            <h1>"Your account"</h1>
                            <Show when=move || changed.get().is_some()>
                                <Notice>"Your password was changed."</Notice>
                            </Show>
                            <dl class="details">
                                <dt>"Name"</dt>
                                <dd>{user.display_name.clone()}</dd>
                                <dt>"E-mail address"</dt>
                                <dd>
                                    {user.email.clone()} " "
                                    {if user.email_verified { "(verified)" } else { "(not verified yet)" }}
                                </dd>
                                <dt>"Role"</dt>
                                <dd>{user.role.label()}</dd>
                            </dl>
                            <h2>"Change your password"</h2>
                            <FormError error />
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <Field
                                    name="current_password"
                                    label="Current password"
                                    input_type="password"
                                    autocomplete="current-password"
                                    error
                                />
                                <Field
                                    name="new_password"
                                    label="New password"
                                    input_type="password"
                                    autocomplete="new-password"
                                    hint="12 to 128 characters."
                                    error
                                />
                                <button type="submit" class="button">"Change password"</button>
                            </ActionForm>
                        </section>
                    }
                    .into_any()
            })}
        </Suspense>
    }
}
