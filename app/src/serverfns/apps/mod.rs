mod list_apps;
mod load_app;
mod save_app;
mod secrets;
mod submissions;

pub use list_apps::list_apps;
pub use load_app::load_app;
pub use save_app::SaveAppRegistration;
pub use secrets::{IssueSandboxSecret, RevokeSandboxSecret};
pub use submissions::{SubmitApp, WithdrawSubmission};
