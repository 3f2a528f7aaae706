"""Which addresses may be fetched: http(s) only, hosts of the feed list and of their entries,
and no private, loopback or link-local address unless the feed says `allow_private = true`.

Also the canonical form of an address, used to recognise an item seen before.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

Resolver = Callable[[str], list[str]]
_TRACKING = ("utm_", "xtor", "fbclid", "gclid", "at_", "mc_")


class Refused(Exception):
    """The address may not be fetched; the message says why."""


def resolve(host: str) -> list[str]:
    """Every address the host name resolves to (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host).compressed]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"cannot resolve {host} ({exc})") from None
    return sorted({info[4][0] for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_global and not (ip.is_multicast or ip.is_reserved)


class Guard:
    """Checks each address before a request (redirect targets included)."""

    def __init__(self, hosts: set[str], resolver: Resolver = resolve) -> None:
        self.hosts = {h.lower() for h in hosts}
        self.resolver = resolver

    def allow_host(self, host: str) -> None:
        """An entry's host becomes fetchable once a listed feed names it."""
        self.hosts.add(host.lower())

    def check(self, url: str, allow_private: bool) -> bool:
        """Raises `Refused` with the reason; returns whether the host is private."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise Refused(f"only http(s) is fetched, not {parts.scheme or 'a bare path'}: {url}")
        host = (parts.hostname or "").lower()
        if not host:
            raise Refused(f"no host in {url}")
        if host not in self.hosts:
            raise Refused(f"host {host} is neither in the feed list nor one of its entries")
        addresses = self.resolver(host)
        private = [a for a in addresses if not is_public(a)]
        if private and not allow_private:
            raise Refused(
                f"{host} is a private or loopback address ({private[0]}); "
                "set allow_private = true on the feed to fetch it"
            )
        return bool(private) and len(private) == len(addresses)


def canonical(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))
