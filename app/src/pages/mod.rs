pub mod accounts;
pub mod apps;
pub mod calendar;
pub mod home;
pub mod identity;
pub mod not_found;
pub mod review;
pub mod workspaces;
