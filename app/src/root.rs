use leptos::prelude::*;
use leptos::server::ServerAction;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::components::layout::Layout;
use crate::components::user_menu::CurrentUserResource;
use crate::form_error;
use crate::pages::accounts::{
    AcceptInvitationPage, AccountPage, CheckInboxPage, ForgotPasswordPage, ResetPasswordPage,
    SignInPage, SignUpPage, VerifyEmailPage,
};
use crate::pages::agreement::{AgreementPage, PublishAgreementPage};
use crate::pages::apps::{AppPage, EditAppPage, NewAppPage, RegisterB2bPage};
use crate::pages::calendar::ClosureDaysPage;
use crate::pages::changes::{ChangesPage, PublishChangeNoticePage, UnsubscribePage};
use crate::pages::clinic::{
    ClinicAppChangePage, ClinicAppsPage, RegistrationReviewPage, RegistrationsPage,
};
use crate::pages::docs::{
    AuthorizationPage, ConnectingPage, DocsOverviewPage, OperationsPage, RegistrationPage,
};
use crate::pages::gallery::{GalleryAppPage, GalleryPage};
use crate::pages::identity::{DeveloperProfilePage, JoinOrganizationPage};
use crate::pages::notices::NoticePage;
use crate::pages::registry_tokens::RegistryTokensPage;
use crate::pages::review::{DeveloperReviewPage, DevelopersPage, SubmissionPage, SubmissionsPage};
use crate::pages::transparency::TransparencyPage;
use crate::pages::workspaces::{AdminPage, ClinicPage, DeveloperPage, ReviewerPage};
use crate::pages::{home::HomePage, not_found::NotFoundPage};
use crate::serverfns::accounts::{current_user, ChangePassword, SignIn, SignOut};

/// Renders the HTML document around the app; the server calls it for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The portal's routes inside the shared page layout. The actions that change who is signed
/// in live here, so the current account reloads after each of them. Every route renders in
/// `SsrMode::Async`: the server sends the page once all its data is loaded, so the page is
/// complete without JavaScript and an error sets the response status.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    form_error::provide_form_error();

    let sign_in = ServerAction::<SignIn>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let user: CurrentUserResource = Resource::new_blocking(
        move || {
            (
                sign_in.version().get(),
                sign_out.version().get(),
                change_password.version().get(),
            )
        },
        |_| async move { current_user().await.ok().flatten() },
    );
    provide_context(sign_in);
    provide_context(sign_out);
    provide_context(change_password);
    provide_context(user);

    view! {
        <Stylesheet id="leptos" href="/pkg/veracity.css" />
        <Title formatter=|page: String| format!("{page} · Veracity Developer Portal") />
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/sign-up") view=SignUpPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-up/check-inbox") view=CheckInboxPage ssr=SsrMode::Async />
                    <Route path=path!("/verify-email") view=VerifyEmailPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/accept-invitation") view=AcceptInvitationPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/apps") view=DeveloperPage ssr=SsrMode::Async />
                    <Route path=path!("/apps/new") view=NewAppPage ssr=SsrMode::Async />
                    <Route path=path!("/apps/:id") view=AppPage ssr=SsrMode::Async />
                    <Route path=path!("/apps/:id/edit") view=EditAppPage ssr=SsrMode::Async />
                    <Route path=path!("/developer/profile") view=DeveloperProfilePage ssr=SsrMode::Async />
                    <Route path=path!("/developer/join") view=JoinOrganizationPage ssr=SsrMode::Async />
                    <Route path=path!("/review") view=ReviewerPage ssr=SsrMode::Async />
                    <Route path=path!("/review/developers") view=DevelopersPage ssr=SsrMode::Async />
                    <Route path=path!("/review/developers/:id") view=DeveloperReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/review/submissions") view=SubmissionsPage ssr=SsrMode::Async />
                    <Route path=path!("/review/submissions/:id") view=SubmissionPage ssr=SsrMode::Async />
                    <Route path=path!("/notices/:id") view=NoticePage ssr=SsrMode::Async />
                    <Route path=path!("/clinic") view=ClinicPage ssr=SsrMode::Async />
                    <Route path=path!("/clinic/apps") view=ClinicAppsPage ssr=SsrMode::Async />
                    <Route path=path!("/clinic/apps/:id/change") view=ClinicAppChangePage ssr=SsrMode::Async />
                    <Route path=path!("/clinic/registrations") view=RegistrationsPage ssr=SsrMode::Async />
                    <Route path=path!("/clinic/registrations/:id") view=RegistrationReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/register/b2b/:token") view=RegisterB2bPage ssr=SsrMode::Async />
                    <Route path=path!("/gallery") view=GalleryPage ssr=SsrMode::Async />
                    <Route path=path!("/gallery/:id") view=GalleryAppPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/closure-days") view=ClosureDaysPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/registry-tokens") view=RegistryTokensPage ssr=SsrMode::Async />
                    <Route path=path!("/transparency") view=TransparencyPage ssr=SsrMode::Async />
                    <Route path=path!("/agreement") view=AgreementPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/agreement") view=PublishAgreementPage ssr=SsrMode::Async />
                    <Route path=path!("/changes") view=ChangesPage ssr=SsrMode::Async />
                    <Route path=path!("/changes/unsubscribe") view=UnsubscribePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/changes") view=PublishChangeNoticePage ssr=SsrMode::Async />
                    <Route path=path!("/docs") view=DocsOverviewPage ssr=SsrMode::Async />
                    <Route path=path!("/docs/connecting") view=ConnectingPage ssr=SsrMode::Async />
                    <Route path=path!("/docs/authorization") view=AuthorizationPage ssr=SsrMode::Async />
                    <Route path=path!("/docs/registration") view=RegistrationPage ssr=SsrMode::Async />
                    <Route path=path!("/docs/operations") view=OperationsPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
