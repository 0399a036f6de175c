//! The context the server provides to each request's server functions and page render.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use leptos::prelude::{provide_context, use_context};
use tokio::sync::Mutex;
use uuid::Uuid;

use crate::error::AppError;
use crate::models::apps::IssuedSecret;
use crate::services::portal::Portal;

/// Provides the running portal and the request's [`ShownSecrets`] to one request: the one
/// the request carries when a render is retried, else a fresh one.
pub fn provide_request_context(portal: Portal) {
    let carried = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ShownSecrets>().cloned());

    provide_context(portal);
    provide_context(carried.unwrap_or_default());
}

/// Client secrets one request has shown, by app. A page render may load the same app more
/// than once, and a secret waiting to be shown leaves the database at the first load, so
/// every load within the request reads it from here.
#[derive(Clone, Debug, Default)]
pub struct ShownSecrets(Arc<Mutex<HashMap<Uuid, Vec<IssuedSecret>>>>);

impl ShownSecrets {
    /// Returns the secrets this request already took for `app_id`, or takes them with
    /// `take` and keeps them for the rest of the request.
    pub async fn get_or_take<F, Fut>(
        &self,
        app_id: Uuid,
        take: F,
    ) -> Result<Vec<IssuedSecret>, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<IssuedSecret>, AppError>>,
    {
        let mut shown = self.0.lock().await;
        if let Some(secrets) = shown.get(&app_id) {
            return Ok(secrets.clone());
        }

        let secrets = take().await?;
        shown.insert(app_id, secrets.clone());
        Ok(secrets)
    }
}
