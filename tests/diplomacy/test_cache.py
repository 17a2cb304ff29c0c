"""The pages' cached aggregates (diplomacy.denorm.cached, views.cached_page) are never older than the data
version, and every committed write raises it: extraction (bulk writes), curation, plain ORM saves and
deletes. The commit callbacks that raise the version are run here with django_capture_on_commit_callbacks."""
import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection, transaction

from diplomacy import curation, denorm
from diplomacy.models import MeetingParticipant
from diplomacy.services import extraction_apply
from tests.diplomacy.test_extraction_apply import TEXT, result
from tests.factories import ActorFactory, ArticleFactory, UserFactory, country, meeting_with

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def aggregate_cache(settings):
    settings.AGGREGATE_CACHE_SECONDS = 900
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pair(django_capture_on_commit_callbacks):
    # Every write of these tests runs its commit callbacks: one left pending would stand for the
    # whole test's transaction (data_changed registers one per transaction).
    with django_capture_on_commit_callbacks(execute=True):
        tr, us = country("TR"), country("US")
        a = ActorFactory(name="Ali Turk", slug="ali-turk", country=tr)
        b = ActorFactory(name="Bea Yank", slug="bea-yank", country=us)
        meeting = meeting_with(a, b, location_name="Ankara")
    return {"tr": tr, "us": us, "a": a, "b": b, "meeting": meeting}


def committed(django_capture_on_commit_callbacks, write):
    with django_capture_on_commit_callbacks(execute=True):
        return write()


def test_a_page_is_served_from_the_cache_until_a_commit(client, pair, django_capture_on_commit_callbacks,
                                                        django_assert_max_num_queries):
    first = client.get("/countries/tr/us/").content.decode()
    assert "Meetings (1)" in first
    with django_assert_max_num_queries(1):  # the data version only
        assert client.get("/countries/tr/us/").content.decode() == first
    committed(django_capture_on_commit_callbacks, lambda: meeting_with(pair["a"], pair["b"], location_name="Bursa"))
    page = client.get("/countries/tr/us/").content.decode()
    assert "Meetings (2)" in page and "Bursa" in page
    # A write that has not committed (the test's own transaction) leaves the version: the page stays.
    meeting_with(pair["a"], pair["b"], location_name="Izmir")
    assert client.get("/countries/tr/us/").content.decode() == page


def test_curation_reaches_the_actor_page(client, pair, django_capture_on_commit_callbacks):
    user = UserFactory(username="ed-cache")
    assert "Meetings (1)" in client.get("/actors/ali-turk/").content.decode()
    assert "Bea Yank" in client.get("/actors/ali-turk/").content.decode()
    committed(django_capture_on_commit_callbacks,
              lambda: curation.meeting_reject(meeting=pair["meeting"], user=user))
    page = client.get("/actors/ali-turk/").content.decode()
    assert "Meetings (0)" in page and "Bea Yank" not in page
    committed(django_capture_on_commit_callbacks,
              lambda: curation.meeting_confirm(meeting=pair["meeting"], user=user))
    other = ActorFactory(name="Cem Other", slug="cem-other", country=pair["tr"])
    committed(django_capture_on_commit_callbacks,
              lambda: curation.actor_merge(survivor=other, others=[pair["b"]], user=user))
    page = client.get("/actors/ali-turk/").content.decode()
    assert "Meetings (1)" in page and "Cem Other" in page and "Bea Yank" not in page


def test_a_delete_reaches_the_pair_page(client, pair, django_capture_on_commit_callbacks):
    assert "Meetings (1)" in client.get("/countries/tr/us/").content.decode()
    committed(django_capture_on_commit_callbacks,
              lambda: MeetingParticipant.objects.filter(meeting=pair["meeting"], actor=pair["b"]).delete())
    assert "Meetings (0)" in client.get("/countries/tr/us/").content.decode()


def test_extraction_raises_the_version_once(client, countries, django_capture_on_commit_callbacks):
    # The `countries` fixture may have saved rows outside a capture: run that commit's callback first.
    for _, callback, _ in connection.run_on_commit:
        if isinstance(callback, denorm._PendingBump) and callback.pending:
            callback()
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(text=TEXT, published_date=dt.date(2021, 4, 12), url="https://example.org/cache")
    assert "Meetings (0)" in client.get("/countries/tr/us/").content.decode()
    before = denorm.data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            extraction_apply(article=article, result=result())
    assert sum(1 for c in callbacks if isinstance(c, denorm._PendingBump)) == 1
    assert denorm.data_version() == before + 1
    assert "Meetings (2)" in client.get("/countries/tr/us/").content.decode()


def test_the_version_comes_back_after_a_flush(db):
    from diplomacy.models import DataVersion

    DataVersion.objects.all().delete()
    assert denorm.data_version() == 0
    denorm._bump()
    assert denorm.data_version() > 1_000_000_000_000  # restarts from the clock, not from 1
    first = denorm.data_version()
    denorm._bump()
    assert denorm.data_version() == first + 1


def test_cached_keeps_values_per_version(db):
    calls = []
    assert denorm.cached(("k",), lambda: calls.append(1) or "a", version=1) == "a"
    assert denorm.cached(("k",), lambda: calls.append(1) or "b", version=1) == "a"
    assert denorm.cached(("k",), lambda: calls.append(1) or "c", version=2) == "c"
    assert len(calls) == 2


def test_api_actor_meeting_count_follows_commits(client, pair, django_capture_on_commit_callbacks):
    url = f"/api/v1/actors/{pair['a'].pk}/"
    assert client.get(url).json()["meeting_count"] == 1
    committed(django_capture_on_commit_callbacks, lambda: meeting_with(pair["a"], pair["b"]))
    assert client.get(url).json()["meeting_count"] == 2
    committed(django_capture_on_commit_callbacks,
              lambda: curation.meeting_reject(meeting=pair["meeting"], user=UserFactory(username="ed-api")))
    assert client.get(url).json()["meeting_count"] == 1
