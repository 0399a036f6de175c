//! The rules of the registry API the OAuth server consumes: whether a client may be used at
//! a clinic now, the policy published with each client, and the change feed's window.

pub mod decision;
pub mod feed;
pub mod policy;
