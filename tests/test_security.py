"""Content-Security-Policy on every page, login throttling, no internals in error answers."""
import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


def test_pages_forbid_inline_scripts(client):
    for url in ("/", "/api/v1/docs/", "/admin/login/"):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in policy


def test_api_docs_have_no_inline_script(client):
    html = client.get("/api/v1/docs/").content.decode()
    assert "<script>" not in html.replace(" ", "")


def test_admin_login_is_throttled_after_repeated_failures(client, staff, settings):
    cache.clear()
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        assert client.post("/admin/login/", {"username": "staff", "password": "wrong"}).status_code == 200
    blocked = client.post("/admin/login/", {"username": "staff", "password": "pass-word-123"})
    assert blocked.status_code == 429 and blocked["Retry-After"]
    cache.clear()
    assert client.post("/admin/login/", {"username": "staff", "password": "pass-word-123"}).status_code == 302


def test_a_server_error_shows_no_trace_or_secret(client, settings, monkeypatch):
    from diplomacy import selectors

    def boom(**kwargs):
        raise RuntimeError("secret-internal-detail")

    monkeypatch.setattr(selectors, "home_counts", boom)
    monkeypatch.setattr("diplomacy.selectors.country_list", boom)
    client.raise_request_exception = False
    for url in ("/", "/api/v1/countries/"):
        response = client.get(url)
        assert response.status_code == 500
        body = response.content.decode()
        assert "secret-internal-detail" not in body and "Traceback" not in body and settings.SECRET_KEY not in body
