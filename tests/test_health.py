"""Health endpoints for load balancers, and the production settings passing Django's deploy checks."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_each_check(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    body = client.get("/readyz").json()
    assert body["status"] == "ready" and body["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_readyz_is_503_when_the_broker_is_unreachable(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "unavailable"
    assert "127.0.0.1:9" not in response.content.decode()  # no internals in the answer


def test_check_deploy_reports_nothing():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_DEBUG="false", DJANGO_SECRET_KEY="k" * 20 + "-production-secret-" + "z" * 20,
               DJANGO_ALLOWED_HOSTS="kb.example.org")
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
