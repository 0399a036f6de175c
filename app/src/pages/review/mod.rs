//! Reviewers' pages: developer identities, and the verification review of submitted apps.

mod agreement_section;
mod decision_form;
mod developer_review_page;
mod developers_page;
mod submission_page;
mod submission_sections;
mod submissions_page;
mod suspension_section;

pub(crate) use decision_form::{DecisionForm, RecordedDecision};
pub use developer_review_page::DeveloperReviewPage;
pub use developers_page::DevelopersPage;
pub use submission_page::SubmissionPage;
pub(crate) use submission_sections::SnapshotSection;
pub use submissions_page::SubmissionsPage;
