"""The private-network rule: which feed URLs Rasd refuses before connecting, and what it says."""

from __future__ import annotations

import ipaddress

import pytest

from feeds.errors import FetchError
from feeds.url_guard import BlockedAddressError, check_public, refused

PRIVATE = "private or local address: "
REFUSAL = "; Rasd refuses it unless allow_private_feeds is true"
TEN = ipaddress.ip_network("10.0.0.0/8")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://10.1.2.3/rss", "10.1.2.3"),
        ("http://172.16.0.1/rss", "172.16.0.1"),
        ("http://192.168.0.10/", "192.168.0.10"),
        ("http://169.254.169.254/latest/meta-data", "169.254.169.254"),  # cloud metadata
        ("http://127.0.0.1:8080/", "127.0.0.1"),
        ("http://100.64.0.1/", "100.64.0.1"),  # carrier-grade NAT
        ("http://0.0.0.0/", "0.0.0.0"),
        ("http://224.0.0.1/", "224.0.0.1"),
        ("http://255.255.255.255/", "255.255.255.255"),
        ("http://[::1]/", "::1"),
        ("http://[::]/", "::"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
        ("http://[fe80::1]/", "fe80::1"),
        ("http://[fc00::1]/", "fc00::1"),
        ("http://[ff02::1]/", "ff02::1"),
        ("http://[2002:7f00:1::]/", "2002:7f00:1::"),  # 6to4 wrapping 127.0.0.1
        ("http://[64:ff9b::a00:1]/", "64:ff9b::a00:1"),  # NAT64 wrapping 10.0.0.1
    ],
)
async def test_private_ranges_are_refused(url: str, host: str) -> None:
    with pytest.raises(BlockedAddressError) as caught:
        await check_public(url)
    assert str(caught.value) == (
        f"{PRIVATE}{host}{REFUSAL} in config.yaml or polling.private_networks lists it"
    )


@pytest.mark.parametrize(
    "url", ["http://93.184.216.34/rss", "https://[2606:2800:220:1::1]/feed", "http://8.8.8.8:80/"]
)
async def test_public_literal_addresses_pass_without_a_lookup(url: str) -> None:
    await check_public(url)


async def test_a_name_for_loopback_names_the_address() -> None:
    with pytest.raises(
        BlockedAddressError, match=rf"^{PRIVATE}localhost resolves to (127\.0\.0\.1|::1){REFUSAL}"
    ):
        await check_public("http://localhost:8080/rss")


async def test_allow_private_lets_everything_through() -> None:
    await check_public("http://10.1.2.3/rss", allow_private=True)
    await check_public("http://localhost/rss", allow_private=True)


async def test_allowed_networks_open_only_themselves() -> None:
    await check_public("http://10.1.2.3/rss", allowed_networks=(TEN,))
    await check_public("http://[::ffff:10.1.2.3]/rss", allowed_networks=(TEN,))
    with pytest.raises(BlockedAddressError, match=rf"^{PRIVATE}192\.168\.0\.1{REFUSAL}"):
        await check_public("http://192.168.0.1/rss", allowed_networks=(TEN,))


async def test_a_name_that_does_not_resolve_is_left_to_the_fetch() -> None:
    await check_public("http://no-such-host.invalid/rss")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/rss", "Rasd only fetches http:// and https:// URLs, not ftp://"),
        ("FILE:///etc/passwd", "Rasd only fetches http:// and https:// URLs, not file://"),
        ("example.org/rss", "the URL does not start with http:// or https://; check it"),
        ("http:///rss", "the URL has no host name; check it"),
    ],
)
async def test_urls_rasd_cannot_fetch_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        await check_public(url, allow_private=True)
    assert str(caught.value) == message
    assert not isinstance(caught.value, BlockedAddressError)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("93.184.216.34", False),
        ("2606:2800:220:1::1", False),
        ("10.0.0.1", True),
        ("fe80::1%eth0", True),  # a zone id does not hide a link-local address
        ("::ffff:93.184.216.34", False),  # IPv4-mapped: judged by the address inside
        ("64:ff9b::5db8:d822", False),  # NAT64 of 93.184.216.34, as DNS64 hands out
        ("::7f00:1", True),  # the deprecated IPv4-compatible form is reserved
        ("198.18.0.1", True),  # benchmarking range
        ("240.0.0.1", True),  # reserved
    ],
)
def test_refused(address: str, expected: bool) -> None:
    assert refused(address) is expected


def test_allowed_network_covers_the_mapped_form() -> None:
    assert refused("::ffff:10.9.9.9", (TEN,)) is False
    assert refused("::ffff:192.168.9.9", (TEN,)) is True
    assert refused("fd00::1", (ipaddress.ip_network("fd00::/8"),)) is False
