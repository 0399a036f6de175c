//! `/registry/v1/changes`: the change feed after a cursor.

use app::domain::registry::feed::parse_window;
use app::services::portal::Portal;
use app::services::registry::{self, ChangePage};
use axum::extract::{RawQuery, State};
use axum::Json;

use super::problem::Problem;
use super::query::first_value;

/// Lists the changes after a cursor, oldest first.
#[utoipa::path(
    get,
    path = "/registry/v1/changes",
    tag = "changes",
    params(
        ("after" = Option<i64>, Query, minimum = 0,
            description = "Return events with an ID greater than this; 0 or absent reads from \
                the start. Pass the previous page's next_after."),
        ("limit" = Option<u64>, Query, minimum = 1, maximum = 1000,
            description = "The maximum number of events to return, 1 to 1000; 100 when absent."),
    ),
    responses(
        (status = 200, description = "The events after the cursor.", body = ChangePage),
        (status = 400, description = "An invalid after or limit.", body = Problem,
            content_type = "application/problem+json"),
    ),
)]
pub async fn list_changes(
    State(portal): State<Portal>,
    RawQuery(query): RawQuery,
) -> Result<Json<ChangePage>, Problem> {
    let query = query.unwrap_or_default();
    let after = first_value(&query, "after");
    let limit = first_value(&query, "limit");
    let window = parse_window(after.as_deref(), limit.as_deref())
        .map_err(|problem| Problem::invalid_parameter(problem.parameter, problem.message))?;

    Ok(Json(registry::list_changes(&portal.db, window).await?))
}
