"""Fetching from a real local server: redirects, errors, size and time limits, and SSRF refusals."""
import pytest

from articles.fetch import FetchError, address_is_public, fetch
from tests.httpserver import LocalServer

ALLOW = ["127.0.0.1"]


@pytest.fixture
def server():
    with LocalServer() as s:
        yield s


def test_page_and_redirect(server):
    server.add("/story", body=b"<html>hello</html>", headers={"Content-Type": "text/html; charset=UTF-8"})
    start = server.add("/old", status=301, headers={"Location": "/story"})
    result = fetch(start, allowed_hosts=ALLOW)
    assert (result.status, result.body, result.url) == (200, b"<html>hello</html>", server.url("/story"))
    assert (result.content_type, result.charset) == ("text/html", "utf-8")


@pytest.mark.parametrize("status,permanent", [(404, True), (410, True), (403, True), (503, False), (429, False)])
def test_http_errors_say_whether_to_retry(server, status, permanent):
    url = server.add("/x", status=status, body=b"no")
    with pytest.raises(FetchError, match=f"HTTP {status}") as info:
        fetch(url, allowed_hosts=ALLOW)
    assert info.value.permanent is permanent


def test_slow_answer_times_out_as_transient(server):
    url = server.add("/slow", body=b"late", delay=3)
    with pytest.raises(FetchError, match="did not answer in time") as info:
        fetch(url, allowed_hosts=ALLOW, timeout=0.5)
    assert info.value.permanent is False


def test_huge_answer_is_cut_off(server):
    declared = server.add("/huge", body=b"x" * 300_000)
    with pytest.raises(FetchError, match="limit") as info:
        fetch(declared, allowed_hosts=ALLOW, max_bytes=100_000)
    assert info.value.permanent
    undeclared = server.add("/stream", body=b"y" * 300_000, headers={"Content-Length": "999"}, chunks=1)
    server.routes["/stream"].headers.pop("Content-Length")
    with pytest.raises(FetchError, match="limit"):
        fetch(undeclared, allowed_hosts=ALLOW, max_bytes=100_000)


def test_too_many_redirects(server):
    server.add("/a", status=302, headers={"Location": "/b"})
    server.add("/b", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirects"):
        fetch(server.url("/a"), allowed_hosts=ALLOW, max_redirects=3)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:{port}/story",  # loopback
    "http://localhost:{port}/story",
    "http://2130706433:{port}/story",  # 127.0.0.1 as a decimal number
    "http://0x7f.0.0.1:{port}/story",  # hex
    "http://0177.0.0.1:{port}/story",  # octal
])
def test_private_addresses_are_refused_in_every_spelling(server, url):
    server.add("/story", body=b"secret")
    with pytest.raises(FetchError, match="refused: .* non-public address") as info:
        fetch(url.format(port=server.port), allowed_hosts=())
    assert info.value.permanent
    assert not any(path == "/story" for path, _ in server.requests)  # nothing reached the server


@pytest.mark.parametrize("url", ["http://[::1]:{port}/story", "http://[::ffff:127.0.0.1]:{port}/story"])
def test_ipv6_spellings_of_loopback_never_reach_it(server, url):
    # The test server listens on IPv4 only; whether the connection is refused by the guard or fails,
    # nothing may be served.
    server.add("/story", body=b"secret")
    with pytest.raises(FetchError):
        fetch(url.format(port=server.port), allowed_hosts=(), timeout=2)
    assert not any(path == "/story" for path, _ in server.requests)


def test_redirect_to_a_private_address_is_refused(server):
    # The first hop is allowed (a test host); the redirect target is the same server under a name
    # that is not, so the check must happen again on the redirect.
    server.add("/secret", body=b"internal")
    start = server.add("/go", status=302, headers={"Location": f"http://localhost:{server.port}/secret"})
    with pytest.raises(FetchError, match="refused"):
        fetch(start, allowed_hosts=ALLOW)
    assert not any(path == "/secret" for path, _ in server.requests)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x", "http:///nohost"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="refused") as info:
        fetch(url)
    assert info.value.permanent


@pytest.mark.parametrize("address,public", [
    ("8.8.8.8", True), ("2001:4860:4860::8888", True), ("10.1.2.3", False), ("172.16.0.1", False),
    ("192.168.1.1", False), ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False),
    ("224.0.0.1", False), ("240.0.0.1", False), ("::", False), ("fe80::1", False), ("fc00::1", False),
    ("::ffff:10.0.0.1", False), ("64:ff9b::a00:1", False), ("2002:0a00:0001::", False), ("ff02::1", False),
])
def test_address_classification(address, public):
    assert address_is_public(address) is public
