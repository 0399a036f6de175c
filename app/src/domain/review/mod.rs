//! The verification review of patient-facing and clinician-facing apps: the criteria, the
//! rules of a decision, and the states of a submission.

pub mod criteria;
pub mod decision;
pub mod registration_diff;
pub mod submission_status;
