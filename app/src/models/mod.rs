//! The shapes of data that server functions send to pages. They hold display-ready values
//! (times already formatted), so a page renders the same on the server and in the browser.

pub mod agreement;
pub mod api_facts;
pub mod apps;
pub mod b2b;
pub mod calendar;
pub mod change_notices;
pub mod clinics;
pub mod gallery;
pub mod identity;
pub mod jwks;
pub mod registry;
pub mod review;
pub mod submissions;
pub mod transparency;
