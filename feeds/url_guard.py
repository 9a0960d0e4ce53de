"""Refuse feed URLs that point into loopback, private or otherwise non-public networks."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from feeds.errors import FetchError, Reason

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SCHEMES = frozenset({"http", "https"})
# IPv6 addresses that carry an IPv4 one in their last 32 bits and reach it through a gateway.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class BlockedAddressError(FetchError):
    """The URL's host is not on the public internet and private feeds are not allowed."""


def _judged(ip: IPAddress) -> list[IPAddress]:
    """Return the addresses that decide whether `ip` is public.

    An IPv4-mapped or NAT64 address is only a way to reach the IPv4 address inside it (DNS64
    hands out NAT64 ones for public hosts), so that one alone decides; a 6to4 address must pass
    as itself and for the IPv4 address it tunnels to.
    """
    if isinstance(ip, ipaddress.IPv4Address):
        return [ip]
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip in _NAT64:
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    if ip.sixtofour is not None:
        return [ip, ip.sixtofour]
    return [ip]


def _not_public(ip: IPAddress) -> bool:
    return not ip.is_global or ip.is_multicast or ip.is_reserved


def refused(address: str, allowed_networks: tuple[IPNetwork, ...] = ()) -> bool:
    """Tell whether an address is off limits: not public and in none of the allowed networks."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone such as %eth0
    candidates = _judged(ip)
    if any(c in net for c in candidates for net in allowed_networks):
        return False
    return any(_not_public(c) for c in candidates)


def ip_literal(host: str) -> IPAddress | None:
    """Return the address a host written as an IP address stands for; None for a name."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


async def resolve(host: str, port: int | None = None) -> list[str]:
    """Return the addresses a host stands for, without duplicates; a literal is itself.

    Raises OSError (socket.gaierror) or UnicodeError when the name does not resolve.
    """
    if ip_literal(host) is not None:
        return [host]  # no lookup: a literal address is what will be dialled
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_url(url: str) -> str:
    """Return the URL's host name; FetchError when it is not an http(s) URL with a host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not scheme:
        raise FetchError(Reason.of("no_scheme"))
    if scheme not in SCHEMES:
        raise FetchError(Reason.of("bad_scheme", scheme=scheme))
    if not parts.hostname:
        raise FetchError(Reason.of("no_host"))
    return parts.hostname


async def check_public(
    url: str, *, allow_private: bool = False, allowed_networks: tuple[IPNetwork, ...] = ()
) -> None:
    """Raise FetchError for a non-http(s) URL, BlockedAddressError for a non-public host.

    A host is non-public when any address it resolves to is loopback, private, link-local,
    CGNAT, multicast, reserved or unspecified, unless allow_private is set or the address lies
    in one of allowed_networks.
    """
    host = check_url(url)
    if allow_private:
        return
    try:
        addresses = await resolve(host)
    except (OSError, UnicodeError):
        return  # the fetch itself will report that the name does not resolve
    for address in addresses:
        if refused(address, allowed_networks):
            raise blocked(host, address)


def blocked(host: str, address: str) -> BlockedAddressError:
    """Return the error for a host that is, or resolves to, an off-limits address."""
    if address == host:
        return BlockedAddressError(Reason.of("private", host=host))
    return BlockedAddressError(Reason.of("private_resolved", host=host, address=address))
