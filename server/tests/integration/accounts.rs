//! Account use cases on both backends: sign-up, verification, sign-in with throttling,
//! password reset and change, and staff invitations.

use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::audit::Actor;
use app::db::entities::{account, audit_event, email_outbox};
use app::domain::role::Role;
use app::error::AppError;
use app::services::accounts::{self, SignIn, SignUp, StaffInvitation};
use app::services::clinics::{create_clinic, ClinicForm};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use url::Url;

const PASSWORD: &str = "quiet harbor lantern 42";

fn public_url() -> Url {
    Url::parse("https://portal.example.com").unwrap()
}

fn sign_up_form(email: &str) -> SignUp {
    SignUp {
        email: email.to_owned(),
        display_name: "Dana Developer".to_owned(),
        password: PASSWORD.to_owned(),
    }
}

fn sign_in_form(email: &str, password: &str) -> SignIn {
    SignIn {
        email: email.to_owned(),
        password: password.to_owned(),
        client_address: "192.0.2.10".to_owned(),
    }
}

/// Returns the messages queued for `recipient`, oldest first.
async fn mail_to(db: &DatabaseConnection, recipient: &str) -> Vec<email_outbox::Model> {
    email_outbox::Entity::find()
        .filter(email_outbox::Column::Recipient.eq(recipient))
        .order_by_asc(email_outbox::Column::CreatedAt)
        .all(db)
        .await
        .unwrap()
}

/// Returns the token in the first link to `path` in a message's text.
fn token_in(message: &email_outbox::Model, path: &str) -> String {
    let marker = format!("{path}?token=");
    let start = message
        .text_body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {path} link in: {}", message.text_body))
        + marker.len();
    message.text_body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn account_by_email(db: &DatabaseConnection, email: &str) -> account::Model {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(db)
        .await
        .unwrap()
        .expect("the account exists")
}

async fn sign_up_then_verify(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;

    accounts::sign_up(db, &public_url(), sign_up_form("Dana@Example.com"))
        .await
        .unwrap();

    let account = account_by_email(db, "dana@example.com").await;
    assert_eq!(account.role, "developer");
    assert!(account.email_verified_at.is_none());
    let mail = mail_to(db, "dana@example.com").await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject, "Verify your e-mail address");
    assert!(mail[0]
        .text_body
        .contains("https://portal.example.com/verify-email?token="));
    assert!(mail[0]
        .html_body
        .contains("https://portal.example.com/verify-email?token="));

    let token = token_in(&mail[0], "verify-email");
    accounts::verify_email(db, &token).await.unwrap();
    assert!(account_by_email(db, "dana@example.com")
        .await
        .email_verified_at
        .is_some());
    assert_eq!(
        accounts::verify_email(db, &token).await,
        Err(AppError::InvalidLink),
        "a link works once"
    );

    let actions: Vec<String> = audit_event::Entity::find()
        .order_by_asc(audit_event::Column::OccurredAt)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect();
    assert_eq!(actions, ["account.signed_up", "account.email_verified"]);
}
on_both_backends!(sign_up_then_verify);

async fn sign_up_rejects_bad_fields_by_name(backend: Backend) {
    let database = fresh_database(backend).await;

    let result = accounts::sign_up(
        &database.db,
        &public_url(),
        SignUp {
            email: "not-an-address".to_owned(),
            display_name: "  ".to_owned(),
            password: "1234567890qwerty".to_owned(),
        },
    )
    .await;

    let error = result.unwrap_err();
    assert!(error.field_message("email").is_some(), "{error}");
    assert!(error.field_message("display_name").is_some(), "{error}");
    assert!(
        error
            .field_message("password")
            .unwrap()
            .contains("commonly used"),
        "{error}"
    );
    assert!(account::Entity::find()
        .all(&database.db)
        .await
        .unwrap()
        .is_empty());
}
on_both_backends!(sign_up_rejects_bad_fields_by_name);

async fn duplicate_sign_up_mails_existing_owner(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    accounts::sign_up(db, &public_url(), sign_up_form("dana@example.com"))
        .await
        .unwrap();

    let second = accounts::sign_up(db, &public_url(), sign_up_form("DANA@example.com")).await;

    assert_eq!(
        second,
        Ok(()),
        "the form does not reveal the existing account"
    );
    assert_eq!(account::Entity::find().all(db).await.unwrap().len(), 1);
    let mail = mail_to(db, "dana@example.com").await;
    assert_eq!(mail.len(), 2);
    assert_eq!(mail[1].subject, "You already have an account");
}
on_both_backends!(duplicate_sign_up_mails_existing_owner);

async fn sign_in_failures_look_alike_then_throttle(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    accounts::sign_up(db, &public_url(), sign_up_form("dana@example.com"))
        .await
        .unwrap();

    let wrong_password = accounts::sign_in(db, sign_in_form("dana@example.com", "wrong password!"))
        .await
        .unwrap_err();
    let unknown = accounts::sign_in(db, sign_in_form("nobody@example.com", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(wrong_password, AppError::InvalidCredentials);
    assert_eq!(unknown, AppError::InvalidCredentials);
    assert_eq!(wrong_password.to_string(), unknown.to_string());

    // Failures 3 to 6 on the client address double its wait up to 16 s, long enough that
    // the next attempt is still blocked however slowly the hashing runs.
    for _ in 0..4 {
        let failure =
            accounts::sign_in(db, sign_in_form("dana@example.com", "wrong again!!")).await;
        assert!(matches!(
            failure,
            Err(AppError::InvalidCredentials | AppError::TooManyAttempts { .. })
        ));
    }
    let blocked = accounts::sign_in(db, sign_in_form("dana@example.com", PASSWORD))
        .await
        .unwrap_err();
    match blocked {
        AppError::TooManyAttempts { retry_after_secs } => {
            assert!((1..=16).contains(&retry_after_secs), "{retry_after_secs}");
        }
        other => panic!("expected throttling, got {other:?}"),
    }
}
on_both_backends!(sign_in_failures_look_alike_then_throttle);

async fn unverified_account_can_sign_in(backend: Backend) {
    let database = fresh_database(backend).await;
    accounts::sign_up(
        &database.db,
        &public_url(),
        sign_up_form("dana@example.com"),
    )
    .await
    .unwrap();

    let account = accounts::sign_in(&database.db, sign_in_form("dana@example.com", PASSWORD))
        .await
        .unwrap();

    assert!(account.email_verified_at.is_none());
}
on_both_backends!(unverified_account_can_sign_in);

async fn password_reset_replaces_password(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    accounts::sign_up(db, &public_url(), sign_up_form("dana@example.com"))
        .await
        .unwrap();

    accounts::request_password_reset(db, &public_url(), "dana@example.com")
        .await
        .unwrap();
    accounts::request_password_reset(db, &public_url(), "nobody@example.com")
        .await
        .unwrap();
    let mail = mail_to(db, "dana@example.com").await;
    let token = token_in(mail.last().unwrap(), "reset-password");

    let weak = accounts::reset_password(db, &token, "short".to_owned()).await;
    assert!(weak.unwrap_err().field_message("password").is_some());
    accounts::reset_password(db, &token, "a brand new passphrase".to_owned())
        .await
        .unwrap();

    assert!(accounts::sign_in(
        db,
        sign_in_form("dana@example.com", "a brand new passphrase")
    )
    .await
    .is_ok());
    assert_eq!(
        accounts::reset_password(db, &token, "another new passphrase".to_owned()).await,
        Err(AppError::InvalidLink)
    );
    assert!(mail_to(db, "nobody@example.com").await.is_empty());
}
on_both_backends!(password_reset_replaces_password);

async fn invited_clinic_administrator_sets_password(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = accounts::create_platform_administrator(
        db,
        "admin@example.com",
        "Pat Admin",
        PASSWORD.to_owned(),
    )
    .await
    .unwrap();
    let clinic = create_clinic(
        db,
        Actor::Cli,
        ClinicForm {
            name: "Harbor Family Clinic".to_owned(),
            address: "1 Harbor Way, Portland, ME".to_owned(),
            npi: Some("1234567893".to_owned()),
            time_zone: None,
        },
    )
    .await
    .unwrap();

    let missing_clinic = StaffInvitation {
        email: "casey@example.com".to_owned(),
        display_name: "Casey Clinic".to_owned(),
        role: Role::ClinicAdministrator,
        clinic_id: None,
    };
    let rejected = accounts::invite_staff(db, &public_url(), admin.id, missing_clinic).await;
    assert!(rejected.unwrap_err().field_message("clinic_id").is_some());

    let invitation = StaffInvitation {
        email: "casey@example.com".to_owned(),
        display_name: "Casey Clinic".to_owned(),
        role: Role::ClinicAdministrator,
        clinic_id: Some(clinic.id),
    };
    accounts::invite_staff(db, &public_url(), admin.id, invitation)
        .await
        .unwrap();
    let mail = mail_to(db, "casey@example.com").await;
    let token = token_in(&mail[0], "accept-invitation");
    accounts::accept_invitation(
        db,
        accounts::AcceptInvitation {
            token,
            password: PASSWORD.to_owned(),
        },
    )
    .await
    .unwrap();

    let account = accounts::sign_in(db, sign_in_form("casey@example.com", PASSWORD))
        .await
        .unwrap();
    assert_eq!(account.role, "clinic_administrator");
    assert_eq!(account.clinic_id, Some(clinic.id));
    assert!(account.email_verified_at.is_some());
}
on_both_backends!(invited_clinic_administrator_sets_password);
