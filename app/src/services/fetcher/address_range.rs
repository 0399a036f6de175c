//! The special-purpose address blocks and the refusal of an address in one of them, with
//! the message a reviewer reads.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

/// The special-purpose block that makes an address non-public.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressRange {
    ThisNetwork,
    Private,
    SharedAddressSpace,
    Loopback,
    LinkLocal,
    ProtocolAssignments,
    Documentation,
    Relay6to4Anycast,
    Benchmarking,
    Multicast,
    Reserved,
    Broadcast,
    Unspecified,
    Discard,
    LocalNat64,
    UniqueLocal,
    SiteLocal,
    Srv6,
    NotGlobalUnicast,
}

/// An address the fetcher does not connect to, with the block it lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusedAddress {
    pub address: IpAddr,
    /// The IPv4 address that an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address
    /// contains, when that address is the refused one.
    pub embedded: Option<Ipv4Addr>,
    /// The block in CIDR notation, such as `10.0.0.0/8`.
    pub block: &'static str,
    pub range: AddressRange,
}

impl AddressRange {
    /// Returns the range's name as it fits in a sentence.
    pub fn label(self) -> &'static str {
        match self {
            AddressRange::ThisNetwork => "the “this network” block, which reaches the local host",
            AddressRange::Private => "a private network block (RFC 1918)",
            AddressRange::SharedAddressSpace => "the carrier-grade NAT block (RFC 6598)",
            AddressRange::Loopback => "the loopback block",
            AddressRange::LinkLocal => "the link-local block",
            AddressRange::ProtocolAssignments => "the block reserved for IETF protocol assignments",
            AddressRange::Documentation => "a block reserved for documentation",
            AddressRange::Relay6to4Anycast => "the deprecated 6to4 relay anycast block",
            AddressRange::Benchmarking => "the block reserved for benchmarking (RFC 2544)",
            AddressRange::Multicast => "the multicast block",
            AddressRange::Reserved => "the block reserved for future use",
            AddressRange::Broadcast => "the limited broadcast address",
            AddressRange::Unspecified => "the unspecified address",
            AddressRange::Discard => "the discard-only block (RFC 6666)",
            AddressRange::LocalNat64 => "the local-use NAT64 block (RFC 8215)",
            AddressRange::UniqueLocal => "the unique local block (RFC 4193)",
            AddressRange::SiteLocal => "the deprecated site-local block",
            AddressRange::Srv6 => "the block reserved for SRv6 segment identifiers (RFC 9602)",
            AddressRange::NotGlobalUnicast => "the global unicast block",
        }
    }
}

impl fmt::Display for RefusedAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (address, block, label) = (self.address, self.block, self.range.label());
        match (self.embedded, self.range) {
            (Some(embedded), _) => write!(
                f,
                "{address} contains the IPv4 address {embedded}, which is in {block}, {label}"
            ),
            (None, AddressRange::NotGlobalUnicast) => {
                write!(f, "{address} is outside {block}, {label}")
            }
            (None, _) => write!(f, "{address} is in {block}, {label}"),
        }
    }
}
