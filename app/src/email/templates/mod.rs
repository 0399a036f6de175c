//! One file per message the portal sends. To add one: create a file here with a struct of
//! the values the message needs, implement [`Template`](super::Template) for it, and build
//! its HTML with `escaped_html!`.

mod account_exists;
mod invitation;
mod member_invitation;
mod reset_password;
mod test_message;
mod verify_email;

pub use account_exists::AccountExists;
pub use invitation::Invitation;
pub use member_invitation::MemberInvitation;
pub use reset_password::ResetPassword;
pub use test_message::TestMessage;
pub use verify_email::VerifyEmail;
