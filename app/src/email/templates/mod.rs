//! One file per message the portal sends. To add one: create a file here with a struct of
//! the values the message needs, implement [`Template`](super::Template) for it, and build
//! its HTML with `escaped_html!`.

mod account_exists;
mod app_approved;
mod app_suspension;
mod change_notice;
mod clinic_decision;
mod credential_changed;
mod invitation;
mod member_invitation;
mod notice_issued;
mod reset_password;
mod test_message;
mod verify_email;

pub use account_exists::AccountExists;
pub use app_approved::AppApproved;
pub use app_suspension::AppSuspension;
pub use change_notice::ChangeNoticeMail;
pub use clinic_decision::{ClinicAction, ClinicDecision};
pub use credential_changed::{CredentialChange, CredentialChanged};
pub use invitation::Invitation;
pub use member_invitation::MemberInvitation;
pub use notice_issued::NoticeIssued;
pub use reset_password::ResetPassword;
pub use test_message::TestMessage;
pub use verify_email::VerifyEmail;
