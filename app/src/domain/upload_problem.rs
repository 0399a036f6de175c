//! The reasons an identity document upload is rejected. A browser form gets only the problem's
//! code back in the profile page's URL, and the page shows the matching message, so a
//! crafted link cannot put arbitrary text on the page.

use super::document_format::ACCEPTED_FORMATS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    TooLarge,
    UnsupportedFormat,
    Empty,
    MissingFile,
    UnknownKind,
    KindNotOnPathway,
    StaleReplacement,
    NoProfile,
    NotOwner,
    SignedOut,
    Malformed,
    Internal,
}

const ALL: [UploadProblem; 12] = [
    UploadProblem::TooLarge,
    UploadProblem::UnsupportedFormat,
    UploadProblem::Empty,
    UploadProblem::MissingFile,
    UploadProblem::UnknownKind,
    UploadProblem::KindNotOnPathway,
    UploadProblem::StaleReplacement,
    UploadProblem::NoProfile,
    UploadProblem::NotOwner,
    UploadProblem::SignedOut,
    UploadProblem::Malformed,
    UploadProblem::Internal,
];

impl UploadProblem {
    pub fn code(self) -> &'static str {
        match self {
            Self::TooLarge => "too_large",
            Self::UnsupportedFormat => "unsupported_format",
            Self::Empty => "empty",
            Self::MissingFile => "missing_file",
            Self::UnknownKind => "unknown_kind",
            Self::KindNotOnPathway => "kind_not_on_pathway",
            Self::StaleReplacement => "stale_replacement",
            Self::NoProfile => "no_profile",
            Self::NotOwner => "not_owner",
            Self::SignedOut => "signed_out",
            Self::Malformed => "malformed",
            Self::Internal => "internal",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        ALL.into_iter().find(|problem| problem.code() == code)
    }

    /// Returns the form field at fault.
    pub fn field(self) -> &'static str {
        match self {
            Self::UnknownKind | Self::KindNotOnPathway => "kind",
            Self::StaleReplacement => "replaces",
            _ => "file",
        }
    }

    /// Returns what went wrong and what would be accepted; `max_bytes` is the size limit.
    pub fn message(self, max_bytes: u64) -> String {
        match self {
            Self::TooLarge => format!(
                "The file is larger than {}; upload a file of at most that size.",
                describe_size(max_bytes)
            ),
            Self::UnsupportedFormat => format!(
                "The file is not a {ACCEPTED_FORMATS} file; upload a scan or photo in one of those formats."
            ),
            Self::Empty => "The file is empty; choose the file to upload.".to_owned(),
            Self::MissingFile => "Choose the kind of document and the file to upload.".to_owned(),
            Self::UnknownKind => "Choose a supporting document, a government-issued ID or a proof of address.".to_owned(),
            Self::KindNotOnPathway => "This profile's pathway does not take this kind of document; reload the page.".to_owned(),
            Self::StaleReplacement => "The document to replace is no longer current; reload the page and try again.".to_owned(),
            Self::NoProfile => "Save your identity profile before uploading documents.".to_owned(),
            Self::NotOwner => "Only the profile's owner uploads its documents.".to_owned(),
            Self::SignedOut => "Sign in to upload documents.".to_owned(),
            Self::Malformed => "The upload was interrupted or malformed; choose the file and send it again.".to_owned(),
            Self::Internal => "Something went wrong on our side. Please try again in a moment.".to_owned(),
        }
    }
}

/// Writes a byte count in MiB when it is a whole number of them, else in bytes.
pub fn describe_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    match bytes % MIB {
        0 => format!("{} MiB", bytes / MIB),
        _ => format!("{bytes} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for problem in ALL {
            assert_eq!(UploadProblem::parse(problem.code()), Some(problem));
        }
        assert_eq!(UploadProblem::parse("Your account is suspended"), None);
    }

    #[test]
    fn size_message_names_limit() {
        let message = UploadProblem::TooLarge.message(10 * 1024 * 1024);

        assert!(message.contains("10 MiB"), "{message}");
        assert_eq!(describe_size(1000), "1000 bytes");
    }
}
