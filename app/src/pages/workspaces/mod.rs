//! Each role's start page. The server checks the role when the page loads its data, so
//! another role's account gets 403 and a visitor who is not signed in gets 401.

mod admin_page;
mod clinic_page;
mod create_clinic_form;
mod developer_page;
mod reviewer_page;
mod workspace_frame;

pub use admin_page::AdminPage;
pub use clinic_page::ClinicPage;
pub use developer_page::DeveloperPage;
pub use reviewer_page::ReviewerPage;
pub(crate) use workspace_frame::WorkspaceFrame;
