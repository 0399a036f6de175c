use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// The clinic's action on a system app registered through its link.
pub enum ClinicAction {
    Denied,
    Revoked,
}

/// Sent to a system app's developers when its clinic denies the registration or revokes
/// the app's credentials.
pub struct ClinicDecision {
    pub app_id: String,
    pub app_name: String,
    pub clinic_name: String,
    pub action: ClinicAction,
    /// The clinic's written reason; always present for a denial.
    pub reason: Option<String>,
}

impl ClinicDecision {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("apps/{}", self.app_id))
    }

    fn sentence(&self) -> String {
        match self.action {
            ClinicAction::Denied => format!(
                "{} denied the registration of {}. You may change the app and submit it again.",
                self.clinic_name, self.app_name
            ),
            ClinicAction::Revoked => format!(
                "{} revoked the production credentials of {}. They no longer work at the clinic.",
                self.clinic_name, self.app_name
            ),
        }
    }
}

impl Template for ClinicDecision {
    fn subject(&self) -> String {
        match self.action {
            ClinicAction::Denied => format!("{} denied {}", self.clinic_name, self.app_name),
            ClinicAction::Revoked => format!(
                "{} revoked the credentials of {}",
                self.clinic_name, self.app_name
            ),
        }
    }

    fn text(&self, public_url: &Url) -> String {
        let reason = self.reason.clone().unwrap_or_default();
        format!(
            "{}\n\nReason: {}\n\nThe app's page:\n\n{}",
            self.sentence(),
            reason,
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        let reason = self.reason.clone().unwrap_or_default();
        escaped_html!(
            "<p>{}</p>\n<p>Reason: {}</p>\n<p><a href=\"{}\">Open the app's page</a></p>\n",
            self.sentence(),
            reason,
            self.link(public_url)
        )
    }
}
