//! The file formats accepted for identity documents, recognized by their first bytes (the
//! "magic numbers" each format's specification puts there), never by file name or by the
//! content type a browser claims.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentFormat {
    Pdf,
    Png,
    Jpeg,
}

/// The maximum number of bytes [`DocumentFormat::detect`] reads.
pub const SIGNATURE_LEN: usize = 8;

/// The accepted formats, as the upload form names them.
pub const ACCEPTED_FORMATS: &str = "PDF, PNG or JPEG";

impl DocumentFormat {
    /// Recognizes a file from its first bytes: `%PDF-` (ISO 32000), the eight-byte PNG
    /// signature (RFC 2083), or the JPEG start-of-image marker followed by another marker.
    pub fn detect(head: &[u8]) -> Option<Self> {
        if head.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpg",
        }
    }

    pub fn parse_content_type(value: &str) -> Option<Self> {
        [Self::Pdf, Self::Png, Self::Jpeg]
            .into_iter()
            .find(|format| format.content_type() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_each_format_by_its_signature() {
        assert_eq!(
            DocumentFormat::detect(b"%PDF-1.7\n"),
            Some(DocumentFormat::Pdf)
        );
        assert_eq!(
            DocumentFormat::detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(DocumentFormat::Png)
        );
        assert_eq!(
            DocumentFormat::detect(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some(DocumentFormat::Jpeg)
        );
    }

    #[test]
    fn rejects_executables_text_and_short_files() {
        assert_eq!(DocumentFormat::detect(b"MZ\x90\0\x03\0\0\0"), None);
        assert_eq!(DocumentFormat::detect(b"\x7fELF\x02\x01\x01\0"), None);
        assert_eq!(DocumentFormat::detect(b"<html><body>"), None);
        assert_eq!(DocumentFormat::detect(b"%PD"), None);
        assert_eq!(DocumentFormat::detect(b""), None);
    }

    #[test]
    fn content_types_round_trip() {
        for format in [
            DocumentFormat::Pdf,
            DocumentFormat::Png,
            DocumentFormat::Jpeg,
        ] {
            assert_eq!(
                DocumentFormat::parse_content_type(format.content_type()),
                Some(format)
            );
        }
    }
}
