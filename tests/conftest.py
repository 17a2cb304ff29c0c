"""Shared fixtures: personas, services and the switches for tests that need real PostgreSQL or Redis.

Tests marked `postgres` or `redis` run when the service is configured (DATABASE_URL,
CELERY_BROKER_URL) and reachable; otherwise they are skipped, unless REQUIRE_SERVICES=1, which turns a
missing service into a failure (that is how .ci/run runs them).
"""
import os
import socket
from urllib.parse import urlparse

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "") in ("1", "true", "yes")


def _reachable(url: str | None, default_port: int) -> bool:
    if not url:
        return False
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=2):
            return True
    except OSError:
        return False


def pytest_collection_modifyitems(config, items):
    database_url = os.environ.get("DATABASE_URL", "")
    checks = {
        "postgres": (database_url.startswith(("postgres://", "postgresql://"))
                     and _reachable(database_url, 5432), "DATABASE_URL (PostgreSQL)"),
        "redis": (_reachable(os.environ.get("CELERY_BROKER_URL"), 6379), "CELERY_BROKER_URL (Redis)"),
    }
    for item in items:
        for marker, (available, what) in checks.items():
            if marker in item.keywords and not available:
                if REQUIRE_SERVICES:
                    item.fail_reason = what
                else:
                    item.add_marker(pytest.mark.skip(reason=f"needs {what}"))


def pytest_runtest_setup(item):
    what = getattr(item, "fail_reason", None)
    if what:
        pytest.fail(f"REQUIRE_SERVICES=1 but {what} is not configured or not reachable")


@pytest.fixture
def reader(db):
    """An analyst with a login: can read everything, change nothing."""
    from tests.factories import UserFactory

    return UserFactory(username="reader")


@pytest.fixture
def editor(db):
    """A member of the `editors` group: reviews and merges in the admin."""
    from django.contrib.auth.models import Group, Permission

    from tests.factories import UserFactory

    user = UserFactory(username="editor", is_staff=True)
    group, _ = Group.objects.get_or_create(name="editors")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=["diplomacy", "articles"]).exclude(
            codename__startswith="delete_"
        )
    )
    user.groups.add(group)
    return user


@pytest.fixture
def staff(db):
    from tests.factories import UserFactory

    return UserFactory(username="staff", is_staff=True, is_superuser=True)


@pytest.fixture
def countries(db):
    """Every country of the gazetteer in the table (a transactional test before may have flushed them)."""
    from diplomacy.services import countries_sync

    countries_sync()


@pytest.fixture
def eager_celery():
    """Run tasks in-process for this test, whatever broker the environment configures."""
    from diplomacy import celery_app

    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield celery_app
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def http_server(settings):
    """A real HTTP server on 127.0.0.1 that fetching is allowed to reach (it is in FETCH_ALLOWED_HOSTS)."""
    from tests.httpserver import LocalServer

    settings.FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    with LocalServer() as server:
        yield server
