//! The frame every message shares: the portal's name as a header, then the template's
//! content, then a footer linking to the portal.

use url::Url;

use super::escape::escaped_html;

const PORTAL_NAME: &str = "Veracity Developer Portal";

/// Builds an absolute link to `path` under the portal's public URL, which may itself end in a
/// path such as `/portal/`.
pub fn portal_link(public_url: &Url, path: &str) -> String {
    let mut base = public_url.clone();
    if !base.path().ends_with('/') {
        let with_slash = format!("{}/", base.path());
        base.set_path(&with_slash);
    }

    match base.join(path.trim_start_matches('/')) {
        Ok(link) => link.to_string(),
        Err(_) => base.to_string(),
    }
}

/// Wraps plain-text content in the header and footer.
pub fn text_layout(content: &str, public_url: &Url) -> String {
    let home = portal_link(public_url, "");
    format!("{PORTAL_NAME}\n\n{content}\n\n-- \nSent by the {PORTAL_NAME}: {home}\n")
}

/// Wraps HTML content in a complete document with the header and footer. `content` must
/// already be escaped, as `escaped_html!` builds it.
pub fn html_layout(subject: &str, content: &str, public_url: &Url) -> String {
    let home = portal_link(public_url, "");

    let head = escaped_html!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n</head>\n",
        subject
    );
    let header = escaped_html!(
        "<body style=\"font-family: sans-serif; color: #1f2933; margin: 0; padding: 24px;\">\n\
         <header style=\"font-size: 20px; font-weight: bold; padding-bottom: 16px; \
         border-bottom: 1px solid #d0d7de;\">{}</header>\n",
        PORTAL_NAME
    );
    let footer = escaped_html!(
        "<footer style=\"margin-top: 24px; padding-top: 16px; border-top: 1px solid #d0d7de; \
         font-size: 12px; color: #52606d;\">Sent by the <a href=\"{}\">{}</a>.</footer>\n\
         </body>\n</html>\n",
        home,
        PORTAL_NAME
    );

    format!("{head}{header}<main style=\"padding-top: 16px;\">\n{content}</main>\n{footer}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_link_keeps_base_path() {
        let public_url = Url::parse("https://portal.example.com/dev").unwrap();

        assert_eq!(
            portal_link(&public_url, "/apps/new"),
            "https://portal.example.com/dev/apps/new"
        );
    }

    #[test]
    fn portal_link_on_bare_host() {
        let public_url = Url::parse("http://127.0.0.1:3000").unwrap();

        assert_eq!(portal_link(&public_url, ""), "http://127.0.0.1:3000/");
        assert_eq!(
            portal_link(&public_url, "sign-in"),
            "http://127.0.0.1:3000/sign-in"
        );
    }
}
