mod assertions;
mod list_apps;
mod load_app;
mod registration_link;
mod save_app;
mod secrets;
mod submissions;

pub use assertions::{load_jwks_status, RefreshJwks, TestClientAssertion};
pub use list_apps::list_apps;
pub use load_app::load_app;
pub use registration_link::open_registration_link;
pub use save_app::SaveAppRegistration;
pub use secrets::{
    parse_environment, parse_grace_period, IssueSandboxSecret, RevokeSecret, RotateSecret,
};
pub use submissions::{SubmitApp, WithdrawSubmission};
