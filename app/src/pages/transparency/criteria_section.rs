use leptos::prelude::*;

use crate::domain::review::criteria::Criterion;

/// Lists every criterion with the condition that meets it.
#[component]
pub fn CriteriaSection() -> impl IntoView {
    view! {
        <section id="criteria" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">"Verification criteria"</h2>
            <p>
                "Reviewers decide each submission on these criteria alone. The decision form offers \
                 no other reason, so reviewers cannot record one based on an app's business model, \
                 its clinical use or competition with the vendor."
            </p>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">"Criterion"</th>
                        <th scope="col">"Met when"</th>
                    </tr>
                </thead>
                <tbody>
                    {Criterion::ALL
                        .into_iter()
                        .map(|criterion| view! {
                            <tr>
                                <th scope="row">{criterion.label()}</th>
                                <td>{criterion.met_when()}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p>
                "A submission that meets every criterion is approved. Otherwise the developer \
                 receives a Notice of Non-Conformance that lists each unmet criterion with the \
                 finding and what would meet it, and may resubmit at no cost."
            </p>
        </section>
    }
}
