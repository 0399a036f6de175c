//! The verification review of patient-facing and clinician-facing apps: the criteria, the
//! rules of a decision, the states of a submission, and the statistics of decisions.

pub mod criteria;
pub mod decision;
pub mod registration_diff;
pub mod reviewed_fields;
pub mod statistics;
pub mod submission_status;
