use sea_orm_migration::prelude::*;

use crate::m20261204_000003_create_clinic::Clinic;
use crate::m20261204_000004_create_account::Account;
use crate::m20261206_000001_create_app::App;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A clinic's own setting for one approved app. Without a row the app's kind decides: a
/// patient-facing app is active at every clinic, a clinician-facing app at none. A row
/// records an opt-out or opt-in of a patient-facing app, or an activation or deactivation of
/// a clinician-facing app with the BAA or service contract behind it.
#[derive(DeriveIden)]
enum ClinicApp {
    Table,
    ClinicId,
    AppId,
    State,
    Reason,
    ContractReference,
    ContractDate,
    ChangedBy,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ClinicApp as C;

        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(ColumnDef::new(C::ClinicId).uuid().not_null())
                    .col(ColumnDef::new(C::AppId).uuid().not_null())
                    .col(ColumnDef::new(C::State).text().not_null())
                    .col(ColumnDef::new(C::Reason).text().null())
                    .col(ColumnDef::new(C::ContractReference).text().null())
                    .col(ColumnDef::new(C::ContractDate).date().null())
                    .col(ColumnDef::new(C::ChangedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(C::ChangedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(Index::create().col(C::ClinicId).col(C::AppId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("clinic_app_clinic")
                            .from(C::Table, C::ClinicId)
                            .to(Clinic::Table, Clinic::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("clinic_app_app")
                            .from(C::Table, C::AppId)
                            .to(App::Table, App::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("clinic_app_changed_by")
                            .from(C::Table, C::ChangedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ClinicApp::Table).to_owned())
            .await
    }
}
