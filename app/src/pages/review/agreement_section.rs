use leptos::prelude::*;

use crate::models::agreement::AcceptanceRow;

/// Lists the developer agreement versions the submitter accepted and when.
#[component]
pub fn AgreementSection(acceptances: Vec<AcceptanceRow>) -> impl IntoView {
    let content = if acceptances.is_empty() {
        view! {
            <p class="empty-state">"The submitter has accepted no version of the developer agreement."</p>
        }
        .into_any()
    } else {
        view! {
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">"Version"</th>
                        <th scope="col">"Accepted"</th>
                    </tr>
                </thead>
                <tbody>
                    {acceptances
                        .into_iter()
                        .map(|row| view! {
                            <tr>
                                <td>{row.version}</td>
                                <td>{row.accepted_at}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };

    view! {
        <section id="agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">"Developer agreement"</h2>
            {content}
        </section>
    }
}
