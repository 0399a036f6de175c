use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent to an app's developers when a reviewer approves a submission.
pub struct AppApproved {
    pub app_id: String,
    pub app_name: String,
    pub production_client_id: String,
    /// Whether a production client secret waits sealed on the app's page.
    pub secret_waiting: bool,
}

impl AppApproved {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("apps/{}", self.app_id))
    }

    fn secret_note(&self) -> &'static str {
        match self.secret_waiting {
            true => {
                "Its production client secret shows once, the next time you open the app's \
                 page; copy it then."
            }
            false => "",
        }
    }
}

impl Template for AppApproved {
    fn subject(&self) -> String {
        format!("{} is approved", self.app_name)
    }

    fn text(&self, public_url: &Url) -> String {
        format!(
            "A reviewer approved {}. It meets every verification criterion.\n\n\
             Production client ID: {}\n{}\n\nThe app's page:\n\n{}",
            self.app_name,
            self.production_client_id,
            self.secret_note(),
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        escaped_html!(
            "<p>A reviewer approved {}. It meets every verification criterion.</p>\n\
             <p>Production client ID: <code>{}</code></p>\n<p>{}</p>\n\
             <p><a href=\"{}\">Open the app's page</a></p>\n",
            self.app_name,
            self.production_client_id,
            self.secret_note(),
            self.link(public_url)
        )
    }
}
