//! The page a B2B registration link opens, rendered by the full router: the form for a
//! signed-in developer, a sign-in that returns to the link, and a clear page for a used link.

use crate::support::apps::{body_text, get, send};
use crate::support::b2b::{b2b_setup, system_input};
use crate::support::people::sign_in;
use crate::support::portal_url;
use crate::support::{credential_key, fresh_database, on_both_backends, router, Backend};
use app::services::b2b::register_through_link;
use axum::http::StatusCode;

async fn link_page_states(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;
    let path = format!("/register/b2b/{token}");

    let signed_out = body_text(send(&router, get(&path, "")).await).await;
    assert!(signed_out.contains("Sign in to continue"), "{signed_out}");
    assert!(signed_out.contains(&format!("/sign-in?next=/register/b2b/{token}")));

    let cookie = sign_in(&router, &setup.developer.email).await;
    let form = body_text(send(&router, get(&path, &cookie)).await).await;
    assert!(form.contains("Harbor Clinic"), "{form}");
    assert!(
        form.contains(&format!("name=\"link_token\" value=\"{token}\"")),
        "{form}"
    );

    let key = credential_key();
    register_through_link(
        db,
        &key,
        &portal_url(),
        &setup.developer,
        &token,
        system_input("Acme Sync"),
    )
    .await
    .unwrap();
    let used = send(&router, get(&path, &cookie)).await;
    assert_eq!(used.status(), StatusCode::BAD_REQUEST);
    let used = body_text(used).await;
    assert!(used.contains("already used"), "{used}");
}
on_both_backends!(link_page_states);
