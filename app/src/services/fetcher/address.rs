//! The classification of IP addresses: the fetcher connects only to public unicast
//! addresses. The blocks follow the IANA IPv4 and IPv6 special-purpose address registries
//! (RFC 6890 and its updates), and IPv6 outside the global unicast block 2000::/3 is
//! reserved by the IANA IPv6 address space registry.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::address_range::{AddressRange, RefusedAddress};

const IPV4_BLOCKS: [(&str, [u8; 4], u8, AddressRange); 16] = [
    (
        "255.255.255.255/32",
        [255, 255, 255, 255],
        32,
        AddressRange::Broadcast,
    ),
    ("0.0.0.0/8", [0, 0, 0, 0], 8, AddressRange::ThisNetwork),
    ("10.0.0.0/8", [10, 0, 0, 0], 8, AddressRange::Private),
    (
        "100.64.0.0/10",
        [100, 64, 0, 0],
        10,
        AddressRange::SharedAddressSpace,
    ),
    ("127.0.0.0/8", [127, 0, 0, 0], 8, AddressRange::Loopback),
    (
        "169.254.0.0/16",
        [169, 254, 0, 0],
        16,
        AddressRange::LinkLocal,
    ),
    ("172.16.0.0/12", [172, 16, 0, 0], 12, AddressRange::Private),
    (
        "192.0.0.0/24",
        [192, 0, 0, 0],
        24,
        AddressRange::ProtocolAssignments,
    ),
    (
        "192.0.2.0/24",
        [192, 0, 2, 0],
        24,
        AddressRange::Documentation,
    ),
    (
        "192.88.99.0/24",
        [192, 88, 99, 0],
        24,
        AddressRange::Relay6to4Anycast,
    ),
    (
        "192.168.0.0/16",
        [192, 168, 0, 0],
        16,
        AddressRange::Private,
    ),
    (
        "198.18.0.0/15",
        [198, 18, 0, 0],
        15,
        AddressRange::Benchmarking,
    ),
    (
        "198.51.100.0/24",
        [198, 51, 100, 0],
        24,
        AddressRange::Documentation,
    ),
    (
        "203.0.113.0/24",
        [203, 0, 113, 0],
        24,
        AddressRange::Documentation,
    ),
    ("224.0.0.0/4", [224, 0, 0, 0], 4, AddressRange::Multicast),
    ("240.0.0.0/4", [240, 0, 0, 0], 4, AddressRange::Reserved),
];

/// The IPv6 blocks refused outright. The blocks that embed an IPv4 address are checked by
/// that address in [`check_ipv6`] first.
const IPV6_BLOCKS: [(&str, [u16; 8], u8, AddressRange); 12] = [
    ("::/128", [0; 8], 128, AddressRange::Unspecified),
    (
        "::1/128",
        [0, 0, 0, 0, 0, 0, 0, 1],
        128,
        AddressRange::Loopback,
    ),
    (
        "64:ff9b:1::/48",
        [0x64, 0xff9b, 1, 0, 0, 0, 0, 0],
        48,
        AddressRange::LocalNat64,
    ),
    (
        "100::/64",
        [0x100, 0, 0, 0, 0, 0, 0, 0],
        64,
        AddressRange::Discard,
    ),
    (
        "2001::/23",
        [0x2001, 0, 0, 0, 0, 0, 0, 0],
        23,
        AddressRange::ProtocolAssignments,
    ),
    (
        "2001:db8::/32",
        [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0],
        32,
        AddressRange::Documentation,
    ),
    (
        "3fff::/20",
        [0x3fff, 0, 0, 0, 0, 0, 0, 0],
        20,
        AddressRange::Documentation,
    ),
    (
        "5f00::/16",
        [0x5f00, 0, 0, 0, 0, 0, 0, 0],
        16,
        AddressRange::Srv6,
    ),
    (
        "fc00::/7",
        [0xfc00, 0, 0, 0, 0, 0, 0, 0],
        7,
        AddressRange::UniqueLocal,
    ),
    (
        "fe80::/10",
        [0xfe80, 0, 0, 0, 0, 0, 0, 0],
        10,
        AddressRange::LinkLocal,
    ),
    (
        "fec0::/10",
        [0xfec0, 0, 0, 0, 0, 0, 0, 0],
        10,
        AddressRange::SiteLocal,
    ),
    (
        "ff00::/8",
        [0xff00, 0, 0, 0, 0, 0, 0, 0],
        8,
        AddressRange::Multicast,
    ),
];

/// Checks that `address` is a public unicast address, and returns the block it lies in
/// when it is not.
pub fn is_public_address(address: IpAddr) -> Result<(), RefusedAddress> {
    match address {
        IpAddr::V4(v4) => check_ipv4(v4).map_err(|(block, range)| RefusedAddress {
            address,
            embedded: None,
            block,
            range,
        }),
        IpAddr::V6(v6) => check_ipv6(v6).map_err(|(embedded, block, range)| RefusedAddress {
            address,
            embedded,
            block,
            range,
        }),
    }
}

/// Returns whether `address` is one that the `allow_loopback` setting admits: an address
/// in 127.0.0.0/8, or ::1. An IPv4-mapped loopback address is not one of them.
pub fn is_loopback_address(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6 == Ipv6Addr::LOCALHOST,
    }
}

fn check_ipv4(address: Ipv4Addr) -> Result<(), (&'static str, AddressRange)> {
    let bits = u32::from(address);
    for (block, network, prefix, range) in IPV4_BLOCKS {
        if in_block(
            u128::from(bits),
            u128::from(u32::from_be_bytes(network)),
            prefix,
            32,
        ) {
            return Err((block, range));
        }
    }
    Ok(())
}

type Ipv6Refusal = (Option<Ipv4Addr>, &'static str, AddressRange);

fn check_ipv6(address: Ipv6Addr) -> Result<(), Ipv6Refusal> {
    let bits = u128::from(address);

    if let Some(embedded) = embedded_ipv4(address) {
        return check_ipv4(embedded).map_err(|(block, range)| (Some(embedded), block, range));
    }

    for (block, segments, prefix, range) in IPV6_BLOCKS {
        if in_block(bits, u128::from(Ipv6Addr::from(segments)), prefix, 128) {
            return Err((None, block, range));
        }
    }

    if !in_block(bits, 0x2000 << 112, 3, 128) {
        return Err((None, "2000::/3", AddressRange::NotGlobalUnicast));
    }
    Ok(())
}

/// Returns the IPv4 address inside an IPv4-mapped (::ffff:0:0/96), IPv4-compatible
/// (::/96, other than :: and ::1), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address,
/// since a packet to one of those reaches that IPv4 address.
fn embedded_ipv4(address: Ipv6Addr) -> Option<Ipv4Addr> {
    let bits = u128::from(address);
    let low = Ipv4Addr::from(bits as u32);

    if let Some(mapped) = address.to_ipv4_mapped() {
        return Some(mapped);
    }
    if bits >> 32 == 0 && bits > 1 {
        return Some(low);
    }
    if bits >> 32 == 0x0064_ff9b_0000_0000_0000_0000 {
        return Some(low);
    }
    if bits >> 112 == 0x2002 {
        return Some(Ipv4Addr::from((bits >> 80) as u32));
    }
    None
}

/// Returns whether the top `prefix` of `width` bits of `bits` equal those of `network`.
fn in_block(bits: u128, network: u128, prefix: u8, width: u32) -> bool {
    let shift = width - u32::from(prefix);
    (bits >> shift) == (network >> shift)
}

#[cfg(test)]
#[path = "address_tests.rs"]
mod tests;
