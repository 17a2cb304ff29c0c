"""Fetching a URL from the open web, safely: timeouts, a size cap, and no way to reach private addresses.

Server-side request forgery is refused where it cannot be fooled: after the socket connects, the
address it actually connected to is checked (so no DNS trick, decimal, octal or IPv6-mapped spelling of
an address gets through), on the first request and on every redirect, which are followed by hand.
Plain Python on urllib3; errors say whether trying again could help.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

USER_AGENT = "DiplomacyKB/1.0 (+https://github.com/; news reader for a knowledge base)"
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A URL could not be fetched. `permanent` says whether trying again later is pointless."""

    def __init__(self, message: str, *, permanent: bool):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    body: bytes
    content_type: str = ""
    charset: str | None = None
    headers: dict = field(default_factory=dict)


def address_is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for loopback, private, link-local, multicast,
    reserved, unspecified and the IPv4-mapped or NAT64/6to4 forms of those."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return address_is_public(str(embedded))
        if ip in ipaddress.ip_network("64:ff9b::/96"):
            return address_is_public(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local)


class _Guard:
    """Checks the peer of each new connection; hosts in `allowed` (for local testing) are let through."""

    allowed: frozenset[str] = frozenset()

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        peer = sock.getpeername()[0]
        if self.host not in self.allowed and not address_is_public(peer):
            sock.close()
            raise FetchError(f"refused: {self.host} resolves to a non-public address ({peer})", permanent=True)
        return sock


def _pool_manager(allowed_hosts, timeout: float) -> urllib3.PoolManager:
    allowed = frozenset(h.lower() for h in allowed_hosts)
    http_conn = type("GuardedHTTPConnection", (_Guard, HTTPConnection), {"allowed": allowed})
    https_conn = type("GuardedHTTPSConnection", (_Guard, HTTPSConnection), {"allowed": allowed})
    manager = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=min(timeout, 10), read=timeout), retries=False,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
    )
    manager.pool_classes_by_scheme = {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
    }
    return manager


def _check_url(url: str, allowed_hosts) -> None:
    """Refuse a URL before connecting: a scheme other than http(s), or a host whose addresses are all private.

    The check after connecting (_Guard) is the one that cannot be fooled; this one refuses early, and
    permanently, what would otherwise look like a connection failure worth retrying.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refused: only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}",
                         permanent=True)
    if not parts.hostname:
        raise FetchError(f"refused: {url!r} has no host name", permanent=True)
    if parts.hostname.lower() in {h.lower() for h in allowed_hosts}:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"the host of {url} could not be found ({exc})", permanent=False) from exc
    private = sorted({info[4][0] for info in infos if not address_is_public(info[4][0])})
    if private:
        raise FetchError(f"refused: {parts.hostname} resolves to a non-public address ({private[0]})", permanent=True)


def fetch(
    url: str, *, allowed_hosts=(), timeout: float = 15.0, max_bytes: int = 5_000_000, max_redirects: int = 5,
    headers: dict | None = None,
) -> FetchResult:
    """GET a URL, following up to `max_redirects` redirects, reading at most `max_bytes`.

    Raises FetchError: permanent for refusals, 4xx answers and oversize bodies; transient for
    timeouts, connection failures, 429 and 5xx answers.
    """
    manager = _pool_manager(allowed_hosts, timeout)
    deadline = time.monotonic() + timeout * 2
    current = url
    try:
        for _ in range(max_redirects + 1):
            _check_url(current, allowed_hosts)
            try:
                response = manager.request("GET", current, headers=headers or {}, redirect=False,
                                           preload_content=False, decode_content=True)
            except FetchError:
                raise
            except urllib3.exceptions.MaxRetryError as exc:  # retries=False still wraps some errors
                raise _transport_error(current, exc.reason) from exc
            except urllib3.exceptions.HTTPError as exc:
                raise _transport_error(current, exc) from exc
            if response.status in _REDIRECTS and response.headers.get("Location"):
                response.release_conn()
                current = urljoin(current, response.headers["Location"])
                continue
            return _read(response, current, max_bytes=max_bytes, deadline=deadline)
        raise FetchError(f"more than {max_redirects} redirects from {url}", permanent=True)
    finally:
        manager.clear()


def _transport_error(url: str, exc) -> FetchError:
    if isinstance(exc, FetchError):
        return exc
    inner = getattr(exc, "__context__", None)
    if isinstance(inner, FetchError):
        return inner
    if isinstance(exc, urllib3.exceptions.NewConnectionError):  # a subclass of the timeout error
        return FetchError(f"could not connect to {url}", permanent=False)
    if isinstance(exc, (urllib3.exceptions.TimeoutError, socket.timeout)):
        return FetchError(f"{url} did not answer in time", permanent=False)
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return FetchError(f"the host of {url} could not be found", permanent=False)
    return FetchError(f"could not connect to {url}: {exc}", permanent=False)


def _read(response, url: str, *, max_bytes: int, deadline: float) -> FetchResult:
    status = response.status
    if status == 304:
        response.release_conn()
        return FetchResult(url=url, status=status, body=b"", headers=dict(response.headers))
    if status >= 400:
        response.release_conn()
        permanent = status < 500 and status not in (408, 429)
        raise FetchError(f"{url} answered HTTP {status}", permanent=permanent)
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        response.release_conn()
        raise FetchError(f"{url} is {int(declared) // 1024} KB, more than the {max_bytes // 1024} KB limit",
                         permanent=True)
    chunks, size = [], 0
    try:
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url} is larger than the {max_bytes // 1024} KB limit", permanent=True)
            if time.monotonic() > deadline:
                raise FetchError(f"{url} took too long to send its content", permanent=False)
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as exc:
        raise _transport_error(url, exc) from exc
    finally:
        response.release_conn()
    content_type = response.headers.get("Content-Type", "")
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    return FetchResult(url=url, status=status, body=b"".join(chunks), content_type=media.strip().lower(),
                       charset=charset, headers=dict(response.headers))
