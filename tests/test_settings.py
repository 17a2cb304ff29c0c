"""Settings from the environment: typed readers fail loudly; production refuses to start without secrets."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplomacy.env import SettingError, envbool, envint, envlist

ROOT = Path(__file__).resolve().parents[1]


def start(env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "diplomacy.settings"}, capture_output=True, text=True,
    )


def test_readers(monkeypatch):
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "12")
    monkeypatch.setenv("X_LIST", "a.example, b.example,")
    assert envbool("X_BOOL", False) is True
    assert envint("X_INT", 0) == 12
    assert envlist("X_LIST", []) == ["a.example", "b.example"]
    monkeypatch.setenv("X_BOOL", "maybe")
    with pytest.raises(SettingError, match="X_BOOL"):
        envbool("X_BOOL", False)


def test_production_needs_a_secret_key_and_hosts():
    missing_key = start({"DJANGO_DEBUG": "false", "DJANGO_ALLOWED_HOSTS": "kb.example.org"})
    assert missing_key.returncode != 0 and "DJANGO_SECRET_KEY must be set" in missing_key.stderr
    missing_hosts = start({"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "s" * 50})
    assert missing_hosts.returncode != 0 and "DJANGO_ALLOWED_HOSTS must be set" in missing_hosts.stderr
    ok = start({"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "s" * 50, "DJANGO_ALLOWED_HOSTS": "kb.example.org"})
    assert ok.returncode == 0 and ok.stdout.strip() == "False"


@pytest.mark.django_db
def test_ensure_admin_prints_a_working_login(capsys, monkeypatch):
    from django.contrib.auth import authenticate
    from django.core.management import call_command

    monkeypatch.setenv("ADMIN_PASSWORD", "a-chosen-password-1")
    call_command("ensure_admin")
    assert "admin / a-chosen-password-1" in capsys.readouterr().out
    user = authenticate(username="admin", password="a-chosen-password-1")
    assert user is not None and user.is_superuser


def test_json_logs_carry_the_article_id():
    import json
    import logging

    from diplomacy.logformat import JsonFormatter

    record = logging.LogRecord("articles.services", logging.WARNING, __file__, 1, "article=%s failed: %s",
                               (42, "HTTP 404"), None)
    record.article_id = 42
    entry = json.loads(JsonFormatter().format(record))
    assert entry["article_id"] == 42 and entry["message"] == "article=42 failed: HTTP 404"
    assert entry["level"] == "WARNING" and entry["logger"] == "articles.services"
