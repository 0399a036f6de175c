//! The DNS resolver reqwest uses for host names: the system resolver, whose answer is
//! refused whole when any address in it is not public. Checking the addresses that reqwest
//! then connects to, not a separate lookup, leaves no gap for a name that resolves to a
//! public address once and to a private one the next time.

use std::net::SocketAddr;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use super::error::FetchError;
use super::target::{check_address, check_host_name};

/// A [`Resolve`] that admits only public addresses, and loopback ones when
/// `allow_loopback` is set.
#[derive(Clone, Copy, Debug)]
pub struct GuardedResolver {
    pub allow_loopback: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_loopback = self.allow_loopback;
        let host = name.as_str().to_owned();

        Box::pin(async move {
            let addresses = lookup(&host).await?;
            let admitted = filter_addresses(&host, addresses, allow_loopback)?;
            let addrs: Addrs = Box::new(admitted.into_iter());
            Ok(addrs)
        })
    }
}

/// Resolves `host` with the system resolver. The port is a placeholder that reqwest
/// replaces with the URL's.
async fn lookup(host: &str) -> Result<Vec<SocketAddr>, FetchError> {
    check_host_name(host)?;

    match tokio::net::lookup_host((host, 0)).await {
        Ok(addresses) => Ok(addresses.collect()),
        Err(error) => Err(FetchError::Dns {
            host: host.to_owned(),
            reason: error.to_string(),
        }),
    }
}

/// Returns the resolved `addresses` of `host` when every one of them may be connected to,
/// and the refusal of the first that may not. An answer without addresses is a DNS error.
pub fn filter_addresses(
    host: &str,
    addresses: Vec<SocketAddr>,
    allow_loopback: bool,
) -> Result<Vec<SocketAddr>, FetchError> {
    if addresses.is_empty() {
        return Err(FetchError::Dns {
            host: host.to_owned(),
            reason: "the name has no addresses".to_owned(),
        });
    }

    for address in &addresses {
        check_address(host, address.ip(), allow_loopback)?;
    }
    Ok(addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn socket_addresses(addresses: &[&str]) -> Vec<SocketAddr> {
        addresses
            .iter()
            .map(|address| SocketAddr::new(address.parse().unwrap(), 443))
            .collect()
    }

    #[test]
    fn filter_addresses_keeps_public_answer() {
        let addresses =
            socket_addresses(&["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]);

        let admitted = filter_addresses("app.example.com", addresses.clone(), false);

        assert_eq!(admitted, Ok(addresses));
    }

    #[test]
    fn filter_addresses_refuses_answer_with_private_address() {
        for private in [
            "10.0.0.1",
            "169.254.169.254",
            "::ffff:10.0.0.1",
            "fd00::1",
            "127.0.0.1",
        ] {
            let addresses = socket_addresses(&["93.184.215.14", private]);

            let error = filter_addresses("rebind.example.com", addresses, false).unwrap_err();

            let FetchError::RefusedAddress { host, refused } = error else {
                panic!("expected a refused address for {private}, got {error:?}");
            };
            assert_eq!(host, "rebind.example.com");
            assert_eq!(
                refused.address,
                private.parse::<std::net::IpAddr>().unwrap()
            );
        }
    }

    #[test]
    fn filter_addresses_admits_loopback_only_when_allowed() {
        let loopback = socket_addresses(&["127.0.0.1", "::1"]);

        assert_eq!(
            filter_addresses("localhost", loopback.clone(), true),
            Ok(loopback.clone())
        );
        assert!(matches!(
            filter_addresses("localhost", loopback, false),
            Err(FetchError::RefusedAddress { .. })
        ));
        assert!(matches!(
            filter_addresses(
                "localhost",
                socket_addresses(&["127.0.0.1", "10.0.0.1"]),
                true
            ),
            Err(FetchError::RefusedAddress { .. })
        ));
    }

    #[test]
    fn filter_addresses_rejects_empty_answer() {
        assert!(matches!(
            filter_addresses("empty.example.com", Vec::new(), false),
            Err(FetchError::Dns { .. })
        ));
    }

    #[tokio::test]
    async fn guarded_resolver_refuses_metadata_name_without_lookup() {
        let resolver = GuardedResolver {
            allow_loopback: false,
        };
        let name: Name = "metadata.google.internal".parse().unwrap();

        let error = resolver.resolve(name).await.err().unwrap();

        let error = error.downcast::<FetchError>().unwrap();
        assert_eq!(error.kind(), "refused_host");
    }
}
