//! B2B set-ups: a clinic with its administrator, a registration link, and a system app a
//! developer registered through it and submitted.

use app::db::entities::{account, app as app_entity, clinic, submission};
use app::domain::app_kind::AppKind;
use app::domain::registration::RegistrationInput;
use app::domain::role::Role;
use app::services::b2b::{create_link, register_through_link};
use sea_orm::DatabaseConnection;

use super::clinics::{clinic_administrator, new_clinic};
use super::people::create_account;
use super::submissions::insert_submission;
use super::{credential_key, portal_url};

/// Returns the token at the end of a link URL.
pub fn token_of(url: &str) -> String {
    url.rsplit('/').next().unwrap().to_owned()
}

/// Returns the form of a backend services app, which authenticates with `private_key_jwt`.
pub fn system_input(name: &str) -> RegistrationInput {
    let mut input = RegistrationInput::new(AppKind::System);
    input.name = name.to_owned();
    input.scopes = "system/Patient.r system/Observation.rs".to_owned();
    input
}

/// A clinic, its administrator and a developer.
pub struct B2bSetup {
    pub clinic: clinic::Model,
    pub admin: account::Model,
    pub developer: account::Model,
}

pub async fn b2b_setup(db: &DatabaseConnection, clinic_name: &str) -> B2bSetup {
    let clinic = new_clinic(db, clinic_name, None).await;
    let email = format!(
        "admin@{}.example",
        clinic_name.to_lowercase().replace(' ', "-")
    );
    let admin = clinic_administrator(db, &email, &clinic).await;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;

    B2bSetup {
        clinic,
        admin,
        developer,
    }
}

impl B2bSetup {
    /// Creates a 14-day link and returns its token.
    pub async fn link_token(&self, db: &DatabaseConnection) -> String {
        let created = create_link(
            db,
            &credential_key(),
            &portal_url(),
            &self.admin,
            "Acme",
            None,
        )
        .await
        .unwrap();
        token_of(&created.url)
    }

    /// Registers the system app `name` through a new link and inserts its open submission.
    pub async fn submitted_app(
        &self,
        db: &DatabaseConnection,
        name: &str,
    ) -> (app_entity::Model, submission::Model) {
        let token = self.link_token(db).await;
        let input = system_input(name);
        let app = register_through_link(
            db,
            &credential_key(),
            &portal_url(),
            &self.developer,
            &token,
            input,
        )
        .await
        .unwrap();
        let submission = insert_submission(db, &app, &self.developer, 1, 14).await;
        (app, submission)
    }
}
