//! Server functions of the verification review: the queue, a submission's page, claims,
//! decisions, notices and suspension.

mod decide;
mod notice;
mod queue;
mod submission;
mod suspension;

pub use decide::DecideSubmission;
pub use notice::load_notice;
pub use queue::list_submissions;
pub use submission::{
    load_submission_for_review, ClaimSubmission, ReleaseSubmission, RerunPrechecks,
};
pub use suspension::{RestoreApp, SuspendApp};
