mod accept_invitation;
mod change_password;
mod current_user;
mod password_reset;
mod sign_in;
mod sign_out;
mod sign_up;
mod verify_email;

pub use accept_invitation::AcceptInvitation;
pub use change_password::ChangePassword;
pub use current_user::{current_user, SignedInUser};
pub use password_reset::{RequestPasswordReset, ResetPassword};
pub use sign_in::SignIn;
pub use sign_out::SignOut;
pub use sign_up::SignUp;
pub use verify_email::VerifyEmail;
