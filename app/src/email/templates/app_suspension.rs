use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;

/// Sent to an app's developers when a reviewer suspends the app or restores it.
pub struct AppSuspension {
    pub app_id: String,
    pub app_name: String,
    /// `Some` with the reviewer's reason for a suspension, `None` for a restoration.
    pub reason: Option<String>,
}

impl AppSuspension {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("apps/{}", self.app_id))
    }
}

impl Template for AppSuspension {
    fn subject(&self) -> String {
        match self.reason {
            Some(_) => format!("{} is suspended", self.app_name),
            None => format!("{} is restored", self.app_name),
        }
    }

    fn text(&self, public_url: &Url) -> String {
        match &self.reason {
            Some(reason) => format!(
                "A reviewer suspended {} because of an active security or performance threat. \
                 Its production credentials do not work until a reviewer restores it.\n\n\
                 Reason: {}\n\nThe app's page:\n\n{}",
                self.app_name,
                reason,
                self.link(public_url)
            ),
            None => format!(
                "A reviewer restored {}. Its production credentials work again.\n\n\
                 The app's page:\n\n{}",
                self.app_name,
                self.link(public_url)
            ),
        }
    }

    fn html(&self, public_url: &Url) -> String {
        match &self.reason {
            Some(reason) => escaped_html!(
                "<p>A reviewer suspended {} because of an active security or performance \
                 threat. Its production credentials do not work until a reviewer restores \
                 it.</p>\n<p>Reason: {}</p>\n<p><a href=\"{}\">Open the app's page</a></p>\n",
                self.app_name,
                reason,
                self.link(public_url)
            ),
            None => escaped_html!(
                "<p>A reviewer restored {}. Its production credentials work again.</p>\n\
                 <p><a href=\"{}\">Open the app's page</a></p>\n",
                self.app_name,
                self.link(public_url)
            ),
        }
    }
}
