use serde::{Deserialize, Serialize};

use crate::domain::identity::{DocumentKind, PartStatus, Pathway, ProfilePart};
use crate::domain::identity_form::ProfileInput;

/// A developer profile as its members and reviewers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub id: String,
    pub pathway: Pathway,
    /// Whether the viewer owns the profile: only the owner edits it.
    pub viewer_is_owner: bool,
    /// The stored values in the form's shape, to fill the form.
    pub input: ProfileInput,
    pub parts: Vec<PartView>,
    pub documents: Vec<DocumentView>,
    pub history: Vec<HistoryEntry>,
    pub members: Vec<MemberView>,
    pub invitations: Vec<InvitationView>,
}

impl ProfileView {
    /// Returns whether every part is verified, as the identity criterion of a review requires.
    pub fn fully_verified(&self) -> bool {
        self.parts
            .iter()
            .all(|part| part.status == PartStatus::Verified)
    }

    pub fn current_documents(&self, kind: DocumentKind) -> impl Iterator<Item = &DocumentView> {
        self.documents
            .iter()
            .filter(move |document| document.kind == kind && document.replaced_at.is_none())
    }
}

/// The data of the developer's identity page: their profile, if any, and the upload limit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeveloperIdentity {
    pub profile: Option<ProfileView>,
    pub max_document_bytes: u64,
}

/// The review status of one part of the profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartView {
    pub part: ProfilePart,
    pub status: PartStatus,
    /// The part's current value, or empty when missing.
    pub summary: String,
    pub reason: Option<String>,
    /// When the status was last set.
    pub since: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: String,
    pub kind: DocumentKind,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_at: String,
    pub replaced_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub part: ProfilePart,
    pub status: PartStatus,
    pub summary: String,
    pub reason: Option<String>,
    /// The reviewer who decided, or `None` for a change by the developer.
    pub reviewer: Option<String>,
    pub recorded_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub account_id: String,
    pub name: String,
    pub email: String,
    pub is_owner: bool,
    pub joined_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: String,
    pub email: String,
    pub expires_at: String,
}

/// A profile in the reviewers' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileSummary {
    pub id: String,
    pub legal_name: String,
    pub pathway: Pathway,
    pub pending_parts: usize,
    pub verified_parts: usize,
    pub total_parts: usize,
    pub updated_at: String,
}

/// An invitation to join an organization, as shown to the invited developer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationDetails {
    pub organization: String,
    pub email: String,
}
