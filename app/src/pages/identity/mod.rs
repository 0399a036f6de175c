//! The developer's identity: the profile on one of two pathways, its documents, an
//! organization's members, and the invitation to join one.

mod documents_section;
mod join_page;
mod members_section;
pub(crate) mod part_status;
mod profile_form;
mod profile_page;

pub use join_page::JoinOrganizationPage;
pub use profile_page::DeveloperProfilePage;
