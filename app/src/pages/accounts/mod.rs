mod accept_invitation_page;
mod account_page;
mod check_inbox_page;
mod forgot_password_page;
mod reset_password_page;
mod sign_in_page;
mod sign_up_page;
mod verify_email_page;

pub use accept_invitation_page::AcceptInvitationPage;
pub use account_page::AccountPage;
pub use check_inbox_page::CheckInboxPage;
pub use forgot_password_page::ForgotPasswordPage;
pub use reset_password_page::ResetPasswordPage;
pub use sign_in_page::SignInPage;
pub use sign_up_page::SignUpPage;
pub use verify_email_page::VerifyEmailPage;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The value of a query parameter of the current URL, such as a link's token.
pub(crate) fn query_param(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get(name))
}
