"""Refuse feed URLs that point into loopback, private or otherwise non-public networks."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from feeds.errors import FetchError


class BlockedAddressError(FetchError):
    """The URL's host is not on the public internet and private feeds are not allowed."""


def _blocked(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def check_public(url: str) -> None:
    """Raise BlockedAddressError when any address the host resolves to is not public."""
    host = urlsplit(url).hostname
    if not host:
        raise BlockedAddressError(f"{url}: has no host name")
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return  # the fetch itself will report that the name does not resolve
    for info in infos:
        address = str(info[4][0])
        if _blocked(address):
            raise BlockedAddressError(
                f"{host} resolves to {address}, a private or local address; Rasd refuses it "
                "unless allow_private_feeds is true in config.yaml"
            )
