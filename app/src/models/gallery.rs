//! The gallery of approved apps, as the public and clinic administrators see it.

use serde::{Deserialize, Serialize};

use crate::domain::app_kind::AppKind;
use crate::domain::clinic_app_change::ClinicAppChange;

/// An app in the gallery's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryEntry {
    pub id: String,
    pub name: String,
    pub kind: AppKind,
    pub developer: String,
    pub short_description: Option<String>,
    /// The logo's URL, when the app has one.
    pub logo_url: Option<String>,
}

/// A scope an app requests, with what it lets the app do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeLine {
    pub scope: String,
    pub description: String,
}

/// An app's gallery page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryApp {
    pub entry: GalleryEntry,
    pub homepage_url: Option<String>,
    pub support_email: Option<String>,
    pub scopes: Vec<ScopeLine>,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    pub data_retention: Option<String>,
    pub data_sharing: Option<String>,
    pub access_revocation: Option<String>,
}

/// An app in the clinic administrator's gallery, with the clinic's setting for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicGalleryEntry {
    pub entry: GalleryEntry,
    pub clinic_id: String,
    /// Whether the app may be used at the clinic now.
    pub active: bool,
    /// The change the clinic administrator can make next.
    pub change: Option<ClinicAppChange>,
    /// The opt-out reason, while the app is opted out.
    pub reason: Option<String>,
    /// The BAA or service contract reference and date, while the app is activated.
    pub contract_reference: Option<String>,
    pub contract_date: Option<String>,
    /// The day of the clinic's last change, `YYYY-MM-DD` in UTC.
    pub changed_on: Option<String>,
}
