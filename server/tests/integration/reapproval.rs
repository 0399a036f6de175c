//! Approval of a change to an approved app: the app keeps its production client ID and
//! its production secret, so nothing the developer deployed stops working.

use crate::support::submissions::{claimed_case, decision, insert_submission};
use crate::support::{credential_key, fresh_database, on_both_backends, Backend, PORTAL_ORIGIN};
use app::db::entities::{app_client, client_secret};
use app::services::calendar::ReviewClock;
use app::services::review::{claim_submission, decide_submission};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn production_rows(db: &DatabaseConnection, app_id: Uuid) -> (Vec<String>, usize) {
    let clients = app_client::Entity::find()
        .filter(app_client::Column::AppId.eq(app_id))
        .filter(app_client::Column::Environment.eq("production"))
        .all(db)
        .await
        .unwrap();
    let secrets = client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq("production"))
        .all(db)
        .await
        .unwrap();

    let client_ids = clients.into_iter().map(|client| client.client_id).collect();
    (client_ids, secrets.len())
}

async fn approved_change_keeps_the_production_client(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let clock = ReviewClock::default();
    let key = credential_key();
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let case = claimed_case(db, "Harbor Charting", true).await;
    let mut outcomes = ["met"; 6];
    outcomes[2] = "not_applicable";

    decide_submission(
        db,
        &key,
        &clock,
        &public_url,
        &case.reviewer,
        case.submission.id,
        decision("approve", outcomes, &[]),
    )
    .await
    .unwrap();
    let (first_ids, first_secrets) = production_rows(db, case.app.id).await;
    assert_eq!(first_ids.len(), 1);
    assert_eq!(first_secrets, 1);

    let change = insert_submission(db, &case.app, &case.developer, 2, 7).await;
    claim_submission(db, &case.reviewer, change.id)
        .await
        .unwrap();
    decide_submission(
        db,
        &key,
        &clock,
        &public_url,
        &case.reviewer,
        change.id,
        decision("approve", outcomes, &[]),
    )
    .await
    .unwrap();

    let (second_ids, second_secrets) = production_rows(db, case.app.id).await;
    assert_eq!(second_ids, first_ids);
    assert_eq!(second_secrets, 1);
}
on_both_backends!(approved_change_keeps_the_production_client);
