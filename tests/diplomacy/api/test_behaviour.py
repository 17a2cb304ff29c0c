"""API-wide behaviour: throttling, CORS, tokens and the permission to write."""
import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle

pytestmark = pytest.mark.django_db


def test_anonymous_clients_are_throttled_with_429(client, monkeypatch):
    cache.clear()
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/min", "user": "100/min"})
    codes = [client.get("/api/v1/countries/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    body = client.get("/api/v1/countries/").json()
    assert body["code"] == "throttled" and body["retry_after_seconds"] > 0
    cache.clear()


def test_cors_allows_configured_origins_only(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://dashboard.example.org"]
    allowed = client.get("/api/v1/countries/", HTTP_ORIGIN="https://dashboard.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://dashboard.example.org"
    other = client.get("/api/v1/countries/", HTTP_ORIGIN="https://evil.example.com")
    assert "Access-Control-Allow-Origin" not in other


def test_reads_can_be_made_private_by_a_setting():
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import django; django.setup(); from django.test import Client; "
            "print(Client().get('/api/v1/countries/', HTTP_HOST='127.0.0.1').status_code)")
    env = {**os.environ, "API_READS_NEED_LOGIN": "true", "DJANGO_SETTINGS_MODULE": "diplomacy.settings"}
    env.pop("DATABASE_URL", None)
    env["SQLITE_PATH"] = ":memory:"
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[3], env=env,
                         capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "401", out.stderr[-2000:]
