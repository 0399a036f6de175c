//! The two ways a developer proves who they are, and the parts of an identity profile a
//! reviewer verifies one by one.

use serde::{Deserialize, Serialize};

/// The way a developer proves their identity: as a business, or as a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pathway {
    Organization,
    Individual,
}

impl Pathway {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Individual => "individual",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Organization, Self::Individual]
            .into_iter()
            .find(|pathway| pathway.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Organization => "Organization",
            Self::Individual => "Individual developer",
        }
    }

    /// Lists the parts a reviewer verifies on this pathway, in the order the profile shows them.
    pub fn parts(self) -> &'static [ProfilePart] {
        match self {
            Self::Organization => &[
                ProfilePart::LegalName,
                ProfilePart::TaxIdentifier,
                ProfilePart::Address,
                ProfilePart::SupportingDocuments,
            ],
            Self::Individual => &[
                ProfilePart::LegalName,
                ProfilePart::GovernmentId,
                ProfilePart::Address,
            ],
        }
    }

    /// Lists the document kinds a developer on this pathway uploads.
    pub fn document_kinds(self) -> &'static [DocumentKind] {
        match self {
            Self::Organization => &[DocumentKind::Supporting],
            Self::Individual => &[DocumentKind::GovernmentId, DocumentKind::ProofOfAddress],
        }
    }
}

/// The kind of evidence an uploaded identity document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentKind {
    /// An IRS EIN letter, a state registration certificate or an equivalent record.
    Supporting,
    GovernmentId,
    ProofOfAddress,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Supporting => "supporting",
            Self::GovernmentId => "government_id",
            Self::ProofOfAddress => "proof_of_address",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Supporting, Self::GovernmentId, Self::ProofOfAddress]
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Supporting => "Supporting document",
            Self::GovernmentId => "Government-issued ID",
            Self::ProofOfAddress => "Proof of address",
        }
    }

    /// Returns whether a new upload replaces the current one of this kind rather than
    /// adding to them. An organization may keep several supporting documents.
    pub fn single(self) -> bool {
        !matches!(self, Self::Supporting)
    }

    /// Returns the part of the profile whose verification covers documents of this kind.
    pub fn part(self) -> ProfilePart {
        match self {
            Self::Supporting => ProfilePart::SupportingDocuments,
            Self::GovernmentId => ProfilePart::GovernmentId,
            Self::ProofOfAddress => ProfilePart::Address,
        }
    }
}

/// A piece of the profile that a reviewer marks verified or rejected on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProfilePart {
    /// The legal name and, for an organization, its doing-business-as name.
    LegalName,
    /// The EIN, or the state registration number with its state.
    TaxIdentifier,
    /// The business address, or an individual's permanent address with its proof.
    Address,
    SupportingDocuments,
    /// The ID document's details and the document itself.
    GovernmentId,
}

impl ProfilePart {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LegalName => "legal_name",
            Self::TaxIdentifier => "tax_identifier",
            Self::Address => "address",
            Self::SupportingDocuments => "supporting_documents",
            Self::GovernmentId => "government_id",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            Self::LegalName,
            Self::TaxIdentifier,
            Self::Address,
            Self::SupportingDocuments,
            Self::GovernmentId,
        ]
        .into_iter()
        .find(|part| part.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::LegalName => "Legal name",
            Self::TaxIdentifier => "EIN or state registration",
            Self::Address => "Address",
            Self::SupportingDocuments => "Supporting documents",
            Self::GovernmentId => "Government-issued ID",
        }
    }
}

/// The review status of a part. A part that changes after a decision is pending again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartStatus {
    /// Not filled in or no document uploaded yet.
    Missing,
    Pending,
    Verified,
    Rejected,
}

impl PartStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Missing, Self::Pending, Self::Verified, Self::Rejected]
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Missing => "Missing",
            Self::Pending => "Pending review",
            Self::Verified => "Verified",
            Self::Rejected => "Rejected",
        }
    }
}

/// Government-issued ID documents a reviewer accepts for the individual pathway.
pub const ID_DOCUMENT_TYPES: &[(&str, &str)] = &[
    ("drivers_license", "Driver's license"),
    ("state_id", "State ID card"),
    ("passport", "Passport"),
    ("passport_card", "Passport card"),
    ("permanent_resident_card", "Permanent resident card"),
];

pub fn id_document_type_label(value: &str) -> Option<&'static str> {
    ID_DOCUMENT_TYPES
        .iter()
        .find(|(known, _)| *known == value)
        .map(|(_, label)| *label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for pathway in [Pathway::Organization, Pathway::Individual] {
            assert_eq!(Pathway::parse(pathway.as_str()), Some(pathway));
            for kind in pathway.document_kinds() {
                assert_eq!(DocumentKind::parse(kind.as_str()), Some(*kind));
                assert!(pathway.parts().contains(&kind.part()));
            }
            for part in pathway.parts() {
                assert_eq!(ProfilePart::parse(part.as_str()), Some(*part));
            }
        }
        assert_eq!(PartStatus::parse("verified"), Some(PartStatus::Verified));
        assert_eq!(Pathway::parse("company"), None);
    }

    #[test]
    fn only_supporting_documents_accumulate() {
        assert!(!DocumentKind::Supporting.single());
        assert!(DocumentKind::GovernmentId.single());
        assert!(DocumentKind::ProofOfAddress.single());
    }
}
