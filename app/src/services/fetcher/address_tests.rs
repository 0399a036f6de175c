use std::net::IpAddr;

use super::*;
use crate::services::fetcher::AddressRange;

fn refusal(address: &str) -> Result<(), RefusedAddress> {
    is_public_address(address.parse::<IpAddr>().unwrap())
}

fn assert_refused(address: &str, block: &str, range: AddressRange) {
    let refused = refusal(address).expect_err(address);
    assert_eq!(refused.block, block, "{address}");
    assert_eq!(refused.range, range, "{address}");
}

#[test]
fn is_public_address_accepts_public_unicast() {
    for address in [
        "1.1.1.1",
        "8.8.8.8",
        "93.184.215.14",
        "100.63.255.255",
        "100.128.0.0",
        "172.15.255.255",
        "172.32.0.0",
        "192.0.1.1",
        "198.17.255.255",
        "198.20.0.0",
        "223.255.255.255",
        "2606:4700:4700::1111",
        "2001:4860:4860::8888",
        "2a00:1450:4001::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ] {
        assert_eq!(refusal(address), Ok(()), "{address}");
    }
}

#[test]
fn is_public_address_refuses_ipv4_special_blocks() {
    for (address, block, range) in [
        ("0.0.0.0", "0.0.0.0/8", AddressRange::ThisNetwork),
        ("0.1.2.3", "0.0.0.0/8", AddressRange::ThisNetwork),
        ("10.0.0.1", "10.0.0.0/8", AddressRange::Private),
        ("10.255.255.255", "10.0.0.0/8", AddressRange::Private),
        (
            "100.64.0.1",
            "100.64.0.0/10",
            AddressRange::SharedAddressSpace,
        ),
        (
            "100.127.255.254",
            "100.64.0.0/10",
            AddressRange::SharedAddressSpace,
        ),
        ("127.0.0.1", "127.0.0.0/8", AddressRange::Loopback),
        ("127.255.255.254", "127.0.0.0/8", AddressRange::Loopback),
        ("169.254.169.254", "169.254.0.0/16", AddressRange::LinkLocal),
        ("169.254.0.1", "169.254.0.0/16", AddressRange::LinkLocal),
        ("172.16.0.1", "172.16.0.0/12", AddressRange::Private),
        ("172.31.255.255", "172.16.0.0/12", AddressRange::Private),
        (
            "192.0.0.192",
            "192.0.0.0/24",
            AddressRange::ProtocolAssignments,
        ),
        ("192.0.2.1", "192.0.2.0/24", AddressRange::Documentation),
        (
            "192.88.99.1",
            "192.88.99.0/24",
            AddressRange::Relay6to4Anycast,
        ),
        ("192.168.0.1", "192.168.0.0/16", AddressRange::Private),
        ("192.168.255.255", "192.168.0.0/16", AddressRange::Private),
        ("198.18.0.1", "198.18.0.0/15", AddressRange::Benchmarking),
        (
            "198.19.255.255",
            "198.18.0.0/15",
            AddressRange::Benchmarking,
        ),
        (
            "198.51.100.7",
            "198.51.100.0/24",
            AddressRange::Documentation,
        ),
        ("203.0.113.9", "203.0.113.0/24", AddressRange::Documentation),
        ("224.0.0.1", "224.0.0.0/4", AddressRange::Multicast),
        ("239.255.255.250", "224.0.0.0/4", AddressRange::Multicast),
        ("240.0.0.1", "240.0.0.0/4", AddressRange::Reserved),
        ("255.255.255.254", "240.0.0.0/4", AddressRange::Reserved),
        (
            "255.255.255.255",
            "255.255.255.255/32",
            AddressRange::Broadcast,
        ),
    ] {
        assert_refused(address, block, range);
    }
}

#[test]
fn is_public_address_refuses_ipv6_special_blocks() {
    for (address, block, range) in [
        ("::", "::/128", AddressRange::Unspecified),
        ("::1", "::1/128", AddressRange::Loopback),
        ("64:ff9b:1::1", "64:ff9b:1::/48", AddressRange::LocalNat64),
        ("100::1", "100::/64", AddressRange::Discard),
        ("2001::1", "2001::/23", AddressRange::ProtocolAssignments),
        ("2001:db8::1", "2001:db8::/32", AddressRange::Documentation),
        ("3fff::1", "3fff::/20", AddressRange::Documentation),
        ("5f00::1", "5f00::/16", AddressRange::Srv6),
        ("fc00::1", "fc00::/7", AddressRange::UniqueLocal),
        ("fd00::1", "fc00::/7", AddressRange::UniqueLocal),
        ("fd00:ec2::254", "fc00::/7", AddressRange::UniqueLocal),
        ("fe80::1", "fe80::/10", AddressRange::LinkLocal),
        ("febf::1", "fe80::/10", AddressRange::LinkLocal),
        ("fec0::1", "fec0::/10", AddressRange::SiteLocal),
        ("ff02::1", "ff00::/8", AddressRange::Multicast),
        ("4000::1", "2000::/3", AddressRange::NotGlobalUnicast),
        ("1000::1", "2000::/3", AddressRange::NotGlobalUnicast),
    ] {
        assert_refused(address, block, range);
    }
}

#[test]
fn is_public_address_checks_embedded_ipv4() {
    for (address, embedded, block, range) in [
        (
            "::ffff:10.0.0.1",
            "10.0.0.1",
            "10.0.0.0/8",
            AddressRange::Private,
        ),
        (
            "::ffff:169.254.169.254",
            "169.254.169.254",
            "169.254.0.0/16",
            AddressRange::LinkLocal,
        ),
        (
            "::ffff:127.0.0.1",
            "127.0.0.1",
            "127.0.0.0/8",
            AddressRange::Loopback,
        ),
        (
            "::10.0.0.1",
            "10.0.0.1",
            "10.0.0.0/8",
            AddressRange::Private,
        ),
        (
            "64:ff9b::a9fe:a9fe",
            "169.254.169.254",
            "169.254.0.0/16",
            AddressRange::LinkLocal,
        ),
        (
            "64:ff9b::7f00:1",
            "127.0.0.1",
            "127.0.0.0/8",
            AddressRange::Loopback,
        ),
        (
            "2002:c0a8:1::1",
            "192.168.0.1",
            "192.168.0.0/16",
            AddressRange::Private,
        ),
    ] {
        let refused = refusal(address).expect_err(address);
        assert_eq!(
            refused.embedded,
            Some(embedded.parse().unwrap()),
            "{address}"
        );
        assert_eq!(refused.block, block, "{address}");
        assert_eq!(refused.range, range, "{address}");
    }
}

#[test]
fn refused_address_message_names_block() {
    let refused = refusal("169.254.169.254").unwrap_err();
    assert_eq!(
        refused.to_string(),
        "169.254.169.254 is in 169.254.0.0/16, the link-local block"
    );

    let mapped = refusal("::ffff:10.0.0.1").unwrap_err();
    assert_eq!(
        mapped.to_string(),
        "::ffff:10.0.0.1 contains the IPv4 address 10.0.0.1, which is in 10.0.0.0/8, a \
         private network block (RFC 1918)"
    );

    let reserved = refusal("4000::1").unwrap_err();
    assert_eq!(
        reserved.to_string(),
        "4000::1 is outside 2000::/3, the global unicast block"
    );
}

#[test]
fn is_loopback_address_admits_only_loopback() {
    for (address, expected) in [
        ("127.0.0.1", true),
        ("127.1.2.3", true),
        ("::1", true),
        ("::ffff:127.0.0.1", false),
        ("10.0.0.1", false),
        ("0.0.0.0", false),
        ("::", false),
    ] {
        assert_eq!(
            is_loopback_address(address.parse().unwrap()),
            expected,
            "{address}"
        );
    }
}
