//! The gallery's search: free text matched against an app's name and its developer's names,
//! and an optional kind of app.

use serde::{Deserialize, Serialize};

use super::app_kind::AppKind;

/// The search a gallery page shows, read from its query parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryFilter {
    /// Trimmed search text; empty matches every app.
    pub text: String,
    /// Patient-facing or clinician-facing; `None` lists both.
    pub kind: Option<AppKind>,
}

impl GalleryFilter {
    /// Reads the `q` and `kind` query parameters. A kind the gallery does not list is
    /// ignored, so an edited URL still shows every app.
    pub fn from_query(text: &str, kind: &str) -> Self {
        let kind = AppKind::parse(kind).filter(|kind| GALLERY_KINDS.contains(kind));
        Self {
            text: text.trim().to_owned(),
            kind,
        }
    }

    /// Returns whether an app of `kind` whose name and developer names are `names` matches. Text
    /// matches when it appears in any of the names, ignoring case.
    pub fn matches(&self, kind: AppKind, names: &[&str]) -> bool {
        if self.kind.is_some_and(|wanted| wanted != kind) {
            return false;
        }
        if self.text.is_empty() {
            return true;
        }

        let text = self.text.to_lowercase();
        names.iter().any(|name| name.to_lowercase().contains(&text))
    }
}

/// The kinds the gallery lists: system-to-system apps are approved by one clinic and never
/// listed.
pub const GALLERY_KINDS: [AppKind; 2] = [AppKind::Patient, AppKind::Clinician];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_filter_matches_every_listed_app() {
        let filter = GalleryFilter::from_query("  ", "");

        assert!(filter.matches(AppKind::Patient, &["Harbor Charting", "Acme"]));
        assert!(filter.matches(AppKind::Clinician, &["Rounds"]));
    }

    #[test]
    fn text_matches_app_or_developer_ignoring_case() {
        let filter = GalleryFilter::from_query("acme", "");

        assert!(filter.matches(AppKind::Patient, &["Harbor Charting", "ACME Health LLC"]));
        assert!(filter.matches(AppKind::Patient, &["Acme Steps", "Other"]));
        assert!(!filter.matches(AppKind::Patient, &["Harbor Charting", "Other"]));
    }

    #[test]
    fn kind_filter_excludes_other_kind() {
        let filter = GalleryFilter::from_query("", "clinician");

        assert!(filter.matches(AppKind::Clinician, &["Rounds"]));
        assert!(!filter.matches(AppKind::Patient, &["Rounds"]));
    }

    #[test]
    fn unlisted_kind_ignored() {
        assert_eq!(GalleryFilter::from_query("", "system").kind, None);
        assert_eq!(GalleryFilter::from_query("", "bogus").kind, None);
    }
}
