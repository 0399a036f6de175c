//! The Atom 1.0 feed (RFC 4287) of API change notices.

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::DatabaseConnection;
use url::Url;

use crate::db::change_notices;
use crate::db::entities::change_notice;
use crate::domain::calendar::long_date;
use crate::email::{escape_html, portal_link};
use crate::error::AppError;

/// Renders the feed of the latest notices, latest first, with links under `public_url`.
pub async fn atom_feed(db: &DatabaseConnection, public_url: &Url) -> Result<String, AppError> {
    let notices = change_notices::list_latest(db).await?;

    Ok(render_feed(&notices, public_url, Utc::now()))
}

/// Builds the feed document. `now` is its `updated` time while there is no notice, since
/// Atom requires one.
fn render_feed(notices: &[change_notice::Model], public_url: &Url, now: DateTime<Utc>) -> String {
    let page = portal_link(public_url, "changes");
    let feed_url = portal_link(public_url, "changes.atom");
    let updated = notices.first().map_or(now, |latest| latest.published_at);

    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{}</id>\n<title>Veracity FHIR API change notices</title>\n<updated>{}</updated>\n\
         <author><name>Veracity Developer Portal</name></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape_html(&page),
        timestamp(updated),
        escape_html(&feed_url),
        escape_html(&page),
    );
    for notice in notices {
        let content = format!(
            "Effective {}.\n\n{}",
            long_date(notice.effective_on),
            notice.body
        );
        xml.push_str(&format!(
            "<entry>\n<id>urn:uuid:{}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             <content type=\"text\">{}</content>\n</entry>\n",
            notice.id,
            escape_html(&notice.title),
            timestamp(notice.published_at),
            escape_html(&format!("{page}#notice-{}", notice.id)),
            escape_html(&content),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// Formats a moment as an RFC 3339 date-time, as Atom requires.
fn timestamp(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Secs, true)
}
