//! Closure days: platform administrators add and remove extra non-business days, and every
//! change is audited.

use chrono::{Datelike, NaiveDate, Utc};
use sea_orm::{DatabaseConnection, DbErr, SqlErr};
use serde_json::json;

use super::ReviewClock;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::closure_days;
use crate::db::entities::{account, closure_day};
use crate::domain::calendar::closure_day::{already_closed, parse_closure_date, parse_reason};
use crate::domain::calendar::{federal_holidays, long_date};
use crate::domain::role::Role;
use crate::error::{AppError, FieldError};
use crate::models::calendar::{CalendarView, ClosureDayRow, HolidayRow};

const SUBJECT_TYPE: &str = "closure_day";

/// Lists every closure day, earliest first.
pub async fn list_closure_days(
    db: &DatabaseConnection,
) -> Result<Vec<closure_day::Model>, AppError> {
    Ok(closure_days::list(db).await?)
}

/// Loads the calendar page: the holidays observed from today to the end of next year in
/// the clock's time zone, and every closure day.
pub async fn calendar_view(
    db: &DatabaseConnection,
    clock: &ReviewClock,
) -> Result<CalendarView, AppError> {
    let today = clock.date_at(Utc::now());
    let end_of_next_year = NaiveDate::from_ymd_opt(today.year() + 1, 12, 31).unwrap_or(today);
    let holidays = holiday_rows(today, end_of_next_year);
    let closure_days = list_closure_days(db)
        .await?
        .into_iter()
        .map(closure_day_row)
        .collect();

    Ok(CalendarView {
        holidays,
        closure_days,
        time_zone: clock.time_zone.name().to_owned(),
        end_of_business_day: clock.end_of_business_day.format("%H:%M").to_string(),
    })
}

/// Lists the federal holidays observed from `from` to `to`, both included, earliest first.
pub fn holiday_rows(from: NaiveDate, to: NaiveDate) -> Vec<HolidayRow> {
    // The next year's New Year's Day is observed on December 31 when it falls on a Saturday.
    (from.year()..=to.year() + 1)
        .flat_map(federal_holidays)
        .filter(|holiday| holiday.observed >= from && holiday.observed <= to)
        .map(|holiday| HolidayRow {
            name: holiday.name().to_owned(),
            observed: long_date(holiday.observed),
            moved_from: (holiday.observed != holiday.date).then(|| long_date(holiday.date)),
        })
        .collect()
}

/// Converts a stored closure day to its display row.
pub fn closure_day_row(day: closure_day::Model) -> ClosureDayRow {
    ClosureDayRow {
        date: day.date.to_string(),
        label: long_date(day.date),
        reason: day.reason,
    }
}

/// Adds a closure day typed as `date` (YYYY-MM-DD) with its `reason`. The date must be
/// today or later in the clock's time zone, a weekday, and neither a holiday nor a closure
/// day already. Only platform administrators may add one.
pub async fn add_closure_day(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    admin: &account::Model,
    date: &str,
    reason: &str,
) -> Result<closure_day::Model, AppError> {
    require_platform_administrator(admin)?;
    let today = clock.date_at(Utc::now());

    let transaction = begin_write(db).await?;
    let closures = closure_days::dates_from(&transaction, today).await?;
    let date = parse_closure_date(date, today, &closures);
    let reason = parse_reason(reason);
    let (date, reason) = match (date, reason) {
        (Ok(date), Ok(reason)) => (date, reason),
        (date, reason) => {
            let errors = [("date", date.err()), ("reason", reason.err())]
                .into_iter()
                .filter_map(|(field, message)| Some(FieldError::new(field, message?)))
                .collect();
            return Err(AppError::Invalid(errors));
        }
    };

    let day = closure_days::insert(&transaction, date, reason, admin.id)
        .await
        .map_err(|error| duplicate_as_field_error(error, date))?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(admin.id),
            action: "closure_day.added",
            subject_type: SUBJECT_TYPE,
            subject_id: date.to_string(),
            before: None,
            after: Some(json!({ "date": date, "reason": day.reason })),
        },
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(%date, admin = %admin.id, "closure day added");
    Ok(day)
}

/// Removes the closure day on `date`: `NotFound` when there is none. Only platform
/// administrators may remove one.
pub async fn remove_closure_day(
    db: &DatabaseConnection,
    admin: &account::Model,
    date: NaiveDate,
) -> Result<(), AppError> {
    require_platform_administrator(admin)?;

    let transaction = begin_write(db).await?;
    let day = closure_days::find(&transaction, date)
        .await?
        .ok_or(AppError::NotFound)?;
    closure_days::delete(&transaction, date).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(admin.id),
            action: "closure_day.removed",
            subject_type: SUBJECT_TYPE,
            subject_id: date.to_string(),
            before: Some(json!({ "date": date, "reason": day.reason })),
            after: None,
        },
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(%date, admin = %admin.id, "closure day removed");
    Ok(())
}

fn require_platform_administrator(account: &account::Model) -> Result<(), AppError> {
    match Role::parse(&account.role) {
        Some(Role::PlatformAdministrator) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// Reports a closure day that another request added meanwhile under the date field, as
/// the check before the insert would have.
fn duplicate_as_field_error(error: DbErr, date: NaiveDate) -> AppError {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::invalid("date", already_closed(date))
        }
        _ => AppError::from(error),
    }
}
