use leptos::prelude::*;

use crate::components::error_page::ErrorPage;
use crate::components::user_menu::UserMenu;

/// The frame every page shares: header with the product name and navigation, the page
/// content, and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="site-header__brand" href="/">
                <span class="site-header__product">"Veracity"</span>
                " Developer Portal"
            </a>
            <nav class="site-nav" aria-label="Main">
                <ul>
                    <li>
                        <a href="/">"Home"</a>
                    </li>
                    <li>
                        <a href="/gallery">"App gallery"</a>
                    </li>
                    <li>
                        <a href="/docs">"Documentation"</a>
                    </li>
                    <UserMenu />
                </ul>
            </nav>
        </header>
        <main id="main" class="site-main">
            <ErrorBoundary fallback=|errors| view! { <ErrorPage errors /> }>{children()}</ErrorBoundary>
        </main>
        <footer class="site-footer">
            <nav class="site-footer__nav" aria-label="Footer">
                <a href="/gallery">"App gallery"</a>
                <a href="/docs">"API documentation"</a>
                <a href="/changes">"API change notices"</a>
                <a href="/agreement">"Developer agreement"</a>
                <a href="/transparency">"Verification criteria, timelines and statistics"</a>
                <a href="/fhir/service-base-urls" rel="external">"FHIR service base URLs"</a>
            </nav>
            <p>"AllegianceMD Veracity · FHIR R4 API certified under ONC 45 CFR 170.315(g)(10)"</p>
        </footer>
    }
}
