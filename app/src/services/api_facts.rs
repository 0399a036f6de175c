//! The facts the public documentation publishes, held on [`super::portal::Portal`].

pub use crate::models::api_facts::ApiFacts;
