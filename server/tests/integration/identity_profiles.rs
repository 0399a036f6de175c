//! Identity profiles through the services and the real database: verified parts revert to
//! pending when they change, decisions need the value the reviewer saw, and an
//! organization's invitations and members.

use crate::support::identity::{organization_input, save};
use crate::support::people::create_account;
use crate::support::{fresh_database, on_both_backends, Backend, PORTAL_ORIGIN};
use app::domain::identity::{PartStatus, ProfilePart};
use app::domain::identity_form::ProfileInput;
use app::domain::role::Role;
use app::error::AppError;
use app::services::identity::{self, PartDecision};

fn status_of(view: &app::models::identity::ProfileView, part: ProfilePart) -> (PartStatus, String) {
    let found = view.parts.iter().find(|p| p.part == part).unwrap();
    (found.status, found.summary.clone())
}

async fn a_verified_part_is_pending_again_after_a_change(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    save(db, &developer, organization_input("Acme Health Apps LLC")).await;
    let view = identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .unwrap();
    let (status, summary) = status_of(&view, ProfilePart::LegalName);
    assert_eq!(status, PartStatus::Pending);
    assert_eq!(
        status_of(&view, ProfilePart::SupportingDocuments).0,
        PartStatus::Missing
    );

    let decision = PartDecision {
        profile_id: view.id.parse().unwrap(),
        part: ProfilePart::LegalName,
        summary: summary.clone(),
        verified: true,
        reason: String::new(),
    };
    identity::decide_part(db, &reviewer, decision)
        .await
        .unwrap();
    let view = identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        status_of(&view, ProfilePart::LegalName).0,
        PartStatus::Verified
    );

    save(db, &developer, organization_input("Acme Health Apps Inc.")).await;

    let view = identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        status_of(&view, ProfilePart::LegalName).0,
        PartStatus::Pending
    );
    let verified_before = view
        .history
        .iter()
        .find(|entry| entry.status == PartStatus::Verified)
        .expect("the history keeps the earlier verification");
    assert_eq!(verified_before.summary, summary);
    assert_eq!(verified_before.reviewer.as_deref(), Some("Rita Reviewer"));
    // Parts that did not change keep their state.
    assert_eq!(
        view.history
            .iter()
            .filter(|e| e.part == ProfilePart::TaxIdentifier)
            .count(),
        1
    );
}
on_both_backends!(a_verified_part_is_pending_again_after_a_change);

async fn decision_on_changed_part_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    save(db, &developer, organization_input("Acme Health Apps LLC")).await;
    let view = identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .unwrap();
    let profile_id = view.id.parse().unwrap();

    let stale = PartDecision {
        profile_id,
        part: ProfilePart::TaxIdentifier,
        summary: "EIN 12-3456789".to_owned(),
        verified: true,
        reason: String::new(),
    };
    let error = identity::decide_part(db, &reviewer, stale)
        .await
        .unwrap_err();
    assert!(error
        .field_message("part")
        .unwrap()
        .contains("changed this part"));

    let (_, summary) = status_of(&view, ProfilePart::TaxIdentifier);
    let unexplained = PartDecision {
        profile_id,
        part: ProfilePart::TaxIdentifier,
        summary: summary.clone(),
        verified: false,
        reason: "no".to_owned(),
    };
    let error = identity::decide_part(db, &reviewer, unexplained)
        .await
        .unwrap_err();
    assert!(error.field_message("reason").is_some());

    let rejection = PartDecision {
        profile_id,
        part: ProfilePart::TaxIdentifier,
        summary,
        verified: false,
        reason: "The EIN letter names another company; upload the CP 575 for this EIN.".to_owned(),
    };
    identity::decide_part(db, &reviewer, rejection)
        .await
        .unwrap();
    let view = identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .unwrap();
    let part = view
        .parts
        .iter()
        .find(|p| p.part == ProfilePart::TaxIdentifier)
        .unwrap();
    assert_eq!(part.status, PartStatus::Rejected);
    assert!(part.reason.as_deref().unwrap().contains("CP 575"));
}
on_both_backends!(decision_on_changed_part_rejected);

async fn invalid_input_is_rejected_and_nothing_is_stored(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let input = ProfileInput {
        ein: "07-1144442".into(),
        ..organization_input("Acme Health Apps LLC")
    };

    let error = identity::save_profile(db, &developer, input, chrono::Utc::now().date_naive())
        .await
        .unwrap_err();

    assert!(matches!(error, AppError::Invalid(_)));
    assert!(error.field_message("ein").unwrap().contains("07"));
    assert!(identity::load_for_developer(db, &developer)
        .await
        .unwrap()
        .is_none());
}
on_both_backends!(invalid_input_is_rejected_and_nothing_is_stored);

async fn an_invited_developer_joins_and_the_owner_removes_them(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let owner = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let colleague = create_account(db, "lee@acme.example", "Lee Park", Role::Developer).await;
    let stranger = create_account(db, "eve@example.com", "Eve Other", Role::Developer).await;
    save(db, &owner, organization_input("Acme Health Apps LLC")).await;

    identity::invite_member(db, &public_url, &owner, "Lee@Acme.example")
        .await
        .unwrap();
    let token = invitation_token(db).await;

    let wrong_address = identity::accept_invitation(db, &stranger, &token)
        .await
        .unwrap_err();
    assert!(wrong_address.to_string().contains("lee@acme.example"));
    identity::accept_invitation(db, &colleague, &token)
        .await
        .unwrap();
    assert_eq!(
        identity::accept_invitation(db, &colleague, &token)
            .await
            .unwrap_err(),
        AppError::InvalidLink
    );

    let shared = identity::load_for_developer(db, &colleague)
        .await
        .unwrap()
        .unwrap();
    assert!(!shared.viewer_is_owner);
    assert_eq!(shared.members.len(), 2);
    let member_edit = identity::save_profile(
        db,
        &colleague,
        organization_input("Hijacked LLC"),
        chrono::Utc::now().date_naive(),
    )
    .await;
    assert_eq!(member_edit.unwrap_err(), AppError::Forbidden);

    identity::remove_member(db, &owner, colleague.id)
        .await
        .unwrap();
    assert!(identity::load_for_developer(db, &colleague)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        identity::remove_member(db, &owner, owner.id)
            .await
            .unwrap_err(),
        AppError::BadRequest("the owner cannot be removed.".to_owned())
    );
}
on_both_backends!(an_invited_developer_joins_and_the_owner_removes_them);

/// Reads the invitation link's token from the queued e-mail, as the invitee would.
async fn invitation_token(db: &sea_orm::DatabaseConnection) -> String {
    use app::db::entities::email_outbox;
    use sea_orm::EntityTrait;

    let message = email_outbox::Entity::find().one(db).await.unwrap().unwrap();
    let start = message.text_body.find("token=").unwrap() + "token=".len();
    message.text_body[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

async fn concurrent_saves_all_succeed(backend: Backend) {
    let database = fresh_database(backend).await;
    let mut developers = Vec::new();
    for index in 0..8 {
        let email = format!("dev{index}@example.com");
        developers.push(create_account(&database.db, &email, "Dana Reyes", Role::Developer).await);
    }

    let saves = developers.into_iter().map(|developer| {
        let db = database.db.clone();
        tokio::spawn(async move {
            let input = organization_input(&format!("Company {} LLC", developer.email));
            identity::save_profile(&db, &developer, input, chrono::Utc::now().date_naive()).await
        })
    });
    let results = futures_join_all(saves).await;

    for result in results {
        assert_eq!(result, Ok(()));
    }
}
on_both_backends!(concurrent_saves_all_succeed);

async fn futures_join_all<T>(handles: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut results = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        results.push(handle.await.unwrap());
    }
    results
}

async fn switching_to_individual_withdraws_invitations(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let owner = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let invited = create_account(db, "lee@acme.example", "Lee Park", Role::Developer).await;
    save(db, &owner, organization_input("Acme Health Apps LLC")).await;
    identity::invite_member(db, &public_url, &owner, "lee@acme.example")
        .await
        .unwrap();
    let token = invitation_token(db).await;

    let again = identity::invite_member(db, &public_url, &owner, "lee@acme.example").await;
    assert!(again
        .unwrap_err()
        .field_message("email")
        .unwrap()
        .contains("already open"));
    let individual = ProfileInput {
        pathway: "individual".into(),
        id_document_type: "passport".into(),
        id_issuer: "United States".into(),
        id_expires_on: "2030-01-31".into(),
        ..organization_input("Dana Reyes")
    };
    save(db, &owner, individual).await;

    assert_eq!(
        identity::accept_invitation(db, &invited, &token)
            .await
            .unwrap_err(),
        AppError::InvalidLink
    );
    assert!(identity::load_for_developer(db, &invited)
        .await
        .unwrap()
        .is_none());
}
on_both_backends!(switching_to_individual_withdraws_invitations);
