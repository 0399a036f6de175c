//! Submissions of patient-facing and clinician-facing apps for review: checking that the
//! materials are complete, the snapshot a reviewer reads, the due date on the business-day
//! clock, withdrawal, and the developer's view of each submission.

mod materials;
mod snapshot;
mod submit;
mod view;
mod withdraw;

pub use materials::{submission_blockers, EMAIL_FIELD, IDENTITY_FIELD};
pub use snapshot::{registration_in, snapshot};
pub use submit::{submit_app, submit_app_with_receipt, Receipt};
pub use view::submissions_of;
pub use withdraw::withdraw_submission;
