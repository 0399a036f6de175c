use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, QueryOrder, Set};
use uuid::Uuid;

use super::entities::clinic;

pub struct NewClinic {
    pub name: String,
    pub address: String,
    pub npi: Option<String>,
    pub time_zone: String,
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    clinic: NewClinic,
) -> Result<clinic::Model, DbErr> {
    clinic::ActiveModel {
        id: Set(Uuid::new_v4()),
        name: Set(clinic.name),
        address: Set(clinic.address),
        npi: Set(clinic.npi),
        time_zone: Set(clinic.time_zone),
        created_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<clinic::Model>, DbErr> {
    clinic::Entity::find_by_id(id).one(connection).await
}

pub async fn list<C: ConnectionTrait>(connection: &C) -> Result<Vec<clinic::Model>, DbErr> {
    clinic::Entity::find()
        .order_by_asc(clinic::Column::Name)
        .all(connection)
        .await
}
