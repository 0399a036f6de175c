use leptos::prelude::*;
use leptos_meta::Title;

/// The people the portal serves, each with what they do here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Audience {
    Developer,
    Reviewer,
    Clinic,
}

impl Audience {
    const ALL: [Audience; 3] = [Audience::Developer, Audience::Reviewer, Audience::Clinic];

    fn label(self) -> &'static str {
        match self {
            Audience::Developer => "App developers",
            Audience::Reviewer => "Reviewers",
            Audience::Clinic => "Clinic administrators",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Audience::Developer => "developer",
            Audience::Reviewer => "reviewer",
            Audience::Clinic => "clinic",
        }
    }

    fn summary(self) -> &'static str {
        match self {
            Audience::Developer => {
                "Register patient-facing, clinician-facing and system-to-system apps, test them \
                 with sandbox credentials at once, and receive production credentials when the \
                 app is approved."
            }
            Audience::Reviewer => {
                "Verify submissions against objective technical and security criteria within \
                 10 business days, and answer unmet criteria with a Notice of Non-Conformance."
            }
            Audience::Clinic => {
                "Opt out of patient-facing apps, activate clinician-facing apps under a BAA or \
                 service contract, and approve system-to-system registrations for your clinic."
            }
        }
    }
}

/// The portal's front page: what it is and what each audience does here. The audience
/// tabs switch only once the page is hydrated; without JavaScript the developer tab shows.
#[component]
pub fn HomePage() -> impl IntoView {
    let selected = RwSignal::new(Audience::Developer);

    view! {
        <Title text="Home" />
        <section class="hero">
            <h1>"Veracity Developer Portal"</h1>
            <p class="hero__lead">
                "Register apps for the AllegianceMD Veracity FHIR R4 API, have them verified, \
                 and receive OAuth 2.0 client credentials for SMART App Launch 2.0."
            </p>
        </section>
        <section class="audiences" aria-label="Who the portal is for">
            <div class="tabs" role="tablist" aria-label="Audience">
                {Audience::ALL
                    .into_iter()
                    .map(|audience| {
                        let is_selected = move || selected.get() == audience;
                        view! {
                            <button
                                type="button"
                                role="tab"
                                id=format!("tab-{}", audience.slug())
                                aria-controls="audience-panel"
                                aria-selected=move || is_selected().to_string()
                                class:tabs__tab=true
                                class:tabs__tab--selected=is_selected
                                on:click=move |_| selected.set(audience)
                            >
                                {audience.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div
                id="audience-panel"
                class="tabs__panel"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", selected.get().slug())
            >
                <h2>{move || selected.get().label()}</h2>
                <p>{move || selected.get().summary()}</p>
            </div>
        </section>
    }
}
