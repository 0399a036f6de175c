use url::Url;

use crate::email::escape::escaped_html;
use crate::email::layout::portal_link;
use crate::email::Template;
use crate::models::review::NoticeView;

/// Sent to an app's developers with the text of a Notice of Non-Conformance.
pub struct NoticeIssued {
    pub notice: NoticeView,
}

impl NoticeIssued {
    fn link(&self, public_url: &Url) -> String {
        portal_link(public_url, &format!("notices/{}", self.notice.id))
    }

    fn closing(&self) -> String {
        format!(
            "You may remediate the app and resubmit it at no cost. A resubmission is answered \
             within {} business days.",
            self.notice.resubmission_business_days
        )
    }
}

impl Template for NoticeIssued {
    fn subject(&self) -> String {
        format!(
            "Notice of Non-Conformance {} for {}",
            self.notice.number, self.notice.app_name
        )
    }

    fn text(&self, public_url: &Url) -> String {
        let notice = &self.notice;
        let findings: String = notice
            .findings
            .iter()
            .enumerate()
            .map(|(index, finding)| {
                format!(
                    "{}. {}\n   Finding: {}\n   What would meet it: {}\n\n",
                    index + 1,
                    finding.label,
                    finding.finding,
                    finding.met_when
                )
            })
            .collect();

        format!(
            "Notice of Non-Conformance {}\nIssued on {}\nApp: {} (submission {})\n\n\
             The submission does not meet these verification criteria:\n\n{}{}\n\n\
             The notice in the portal:\n\n{}",
            notice.number,
            notice.issued_on,
            notice.app_name,
            notice.submission_number,
            findings,
            self.closing(),
            self.link(public_url)
        )
    }

    fn html(&self, public_url: &Url) -> String {
        let notice = &self.notice;
        let findings: String = notice
            .findings
            .iter()
            .map(|finding| {
                escaped_html!(
                    "<li><strong>{}</strong><p>Finding: {}</p><p>What would meet it: {}</p></li>\n",
                    finding.label,
                    finding.finding,
                    finding.met_when
                )
            })
            .collect();

        let header = escaped_html!(
            "<h1>Notice of Non-Conformance {}</h1>\n<p>Issued on {}. App: {} (submission {}).</p>\n\
             <p>The submission does not meet these verification criteria:</p>\n",
            notice.number,
            notice.issued_on,
            notice.app_name,
            notice.submission_number
        );
        let footer = escaped_html!(
            "<p>{}</p>\n<p><a href=\"{}\">Open the notice</a></p>\n",
            self.closing(),
            self.link(public_url)
        );
        // `escaped_html!` escaped every value inside the three parts.
        format!("{header}<ol>\n{findings}</ol>\n{footer}")
    }
}
