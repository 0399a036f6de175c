//! The pages of B2B registration links, rendered by the full router. The page a link opens
//! shows the form to a signed-in developer, a sign-in that returns to the link, or a clear
//! page for a used link. Another page creates a link without JavaScript.

use crate::support::apps::{body_text, get, send};
use crate::support::b2b::{b2b_setup, system_input};
use crate::support::people::sign_in;
use crate::support::portal_url;
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::pages::clinic::CREATE_LINK_PATH;
use app::services::b2b::register_through_link;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};

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

async fn link_form_without_javascript(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let cookie = sign_in(&router, &setup.admin.email).await;
    let post = |fields: &[(&str, &str)]| {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields.iter().copied())
            .finish();
        Request::post(CREATE_LINK_PATH)
            .header(header::ORIGIN, PORTAL_ORIGIN)
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };

    let rejected = send(
        &router,
        post(&[("label", "Acme Sync"), ("days", "two weeks")]),
    )
    .await;
    assert_eq!(rejected.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let rejected = body_text(rejected).await;
    assert!(
        rejected.contains("“two weeks” is not a number of days"),
        "{rejected}"
    );
    assert!(rejected.contains("value=\"Acme Sync\""), "{rejected}");
    assert!(rejected.contains("value=\"two weeks\""), "{rejected}");

    let created = send(&router, post(&[("label", "Acme Sync"), ("days", "30")])).await;
    assert_eq!(created.status(), StatusCode::OK);
    assert_eq!(created.headers()[header::CACHE_CONTROL], "no-store");
    let created = body_text(created).await;
    assert!(created.contains("/register/b2b/"), "{created}");
    assert!(created.contains("Acme Sync"), "{created}");
}
on_both_backends!(link_form_without_javascript);
