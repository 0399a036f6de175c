//! The page a browser without JavaScript receives in response to the assertion tester's
//! form: the verdict, and the form again with the pasted assertion.

use leptos::prelude::*;

use super::assertion_tester::{AssertionVerdict, KeyStatus, TesterForm};
use super::secret_document::document;
use crate::domain::environment::Environment;
use crate::error::AppError;
use crate::models::jwks::AssertionReport;

/// Renders the verdict on `assertion`, or the error that stopped the check. The form's
/// signals need a reactive owner, so the page renders inside one of its own.
pub fn assertion_test_document(
    app_id: &str,
    environments: Vec<Environment>,
    selected: Environment,
    assertion: &str,
    result: Result<AssertionReport, AppError>,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let back = format!("/apps/{app_id}#assertion-tester");
        let outcome = match result {
            Ok(report) => {
                let keys = report.keys.clone();
                view! {
                    <AssertionVerdict report />
                    <KeyStatus status=keys />
                }
                .into_any()
            }
            Err(error) => view! {
                <div class="notice notice--error" role="alert" id="assertion-verdict">{error.to_string()}</div>
            }
            .into_any(),
        };
        let body = view! {
            <h1>"Client assertion tester"</h1>
            {outcome}
            <TesterForm
                app_id=app_id.to_owned()
                environments
                selected
                assertion=assertion.to_owned()
                action=None
            />
            <p><a href=back>"Back to the app"</a></p>
        };

        document("Client assertion tester", body)
    })
}
