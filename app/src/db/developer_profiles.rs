use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, QueryOrder, Set};
use uuid::Uuid;

use super::entities::developer_profile;
use crate::domain::identity_form::ValidProfile;

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<developer_profile::Model>, DbErr> {
    developer_profile::Entity::find_by_id(id)
        .one(connection)
        .await
}

/// Lists every profile, most recently changed first, for reviewers.
pub async fn list<C: ConnectionTrait>(
    connection: &C,
) -> Result<Vec<developer_profile::Model>, DbErr> {
    developer_profile::Entity::find()
        .order_by_desc(developer_profile::Column::UpdatedAt)
        .all(connection)
        .await
}

/// Inserts a new profile owned by `owner_account_id`.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    owner_account_id: Uuid,
    profile: &ValidProfile,
) -> Result<developer_profile::Model, DbErr> {
    let now = Utc::now();
    let mut model = developer_profile::ActiveModel {
        id: Set(Uuid::new_v4()),
        owner_account_id: Set(owner_account_id),
        created_at: Set(now),
        ..Default::default()
    };

    apply(&mut model, profile);
    model.insert(connection).await
}

/// Writes `profile` over the stored one.
pub async fn update<C: ConnectionTrait>(
    connection: &C,
    stored: developer_profile::Model,
    profile: &ValidProfile,
) -> Result<developer_profile::Model, DbErr> {
    let mut model: developer_profile::ActiveModel = stored.into();

    apply(&mut model, profile);
    model.update(connection).await
}

fn apply(model: &mut developer_profile::ActiveModel, profile: &ValidProfile) {
    let address = &profile.address;
    let contact = profile.contact.as_ref();
    let id_document = profile.id_document.as_ref();
    let registration = profile.state_registration.as_ref();

    model.pathway = Set(profile.pathway.as_str().to_owned());
    model.legal_name = Set(profile.legal_name.clone());
    model.doing_business_as = Set(profile.doing_business_as.clone());
    model.address_line1 = Set(address.line1.clone());
    model.address_line2 = Set(address.line2.clone());
    model.city = Set(address.city.clone());
    model.region = Set(address.region.clone());
    model.postal_code = Set(address.postal_code.clone());
    model.country = Set(address.country.clone());
    model.contact_name = Set(contact.map(|contact| contact.name.clone()));
    model.contact_email = Set(contact.map(|contact| contact.email.as_str().to_owned()));
    model.contact_phone = Set(contact.and_then(|contact| contact.phone.clone()));
    model.ein = Set(profile.ein.as_ref().map(|ein| ein.digits().to_owned()));
    model.state_registration_number = Set(registration.map(|(number, _)| number.clone()));
    model.registration_state = Set(registration.map(|(_, state)| state.clone()));
    model.id_document_type = Set(id_document.map(|document| document.document_type.clone()));
    model.id_issuer = Set(id_document.map(|document| document.issuer.clone()));
    model.id_expires_on = Set(id_document.map(|document| document.expires_on));
    model.updated_at = Set(Utc::now());
}
