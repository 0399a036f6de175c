//! Reviewers' pages for developer identities.

mod developer_review_page;
mod developers_page;

pub use developer_review_page::DeveloperReviewPage;
pub use developers_page::DevelopersPage;
