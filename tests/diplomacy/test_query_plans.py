"""The queries behind the main pages and API lists use indexes on the big tables (PostgreSQL only).

Honest plans: no `enable_seqscan = off`. The tables are filled with enough synthetic rows that a scan
would cost the planner more than an index where an index fits, then ANALYZEd (generate() does it),
and every SELECT a page sends is EXPLAINed: no sequential scan may touch a big table.
"""
import json

import pytest
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from diplomacy.models import Actor, MeetingParticipant
from diplomacy.synthetic import Sizes, generate

BIG_TABLES = {
    "diplomacy_meeting", "diplomacy_meetingparticipant", "diplomacy_meetingsource", "diplomacy_meetingissue",
    "diplomacy_actormention", "diplomacy_actoralias", "articles_article",
}

pytestmark = pytest.mark.postgres


def _scans(plan: dict):
    yield plan.get("Node Type"), plan.get("Relation Name")
    for child in plan.get("Plans", []):
        yield from _scans(child)


def _seq_scans_on_big_tables(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    plan = plan if isinstance(plan, list) else json.loads(plan)
    return [relation for node, relation in _scans(plan[0]["Plan"]) if node == "Seq Scan" and relation in BIG_TABLES]


@pytest.fixture(scope="module")
def big(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from diplomacy.services import countries_sync

        countries_sync()  # a transactional test before this module may have flushed them
        # actor_offset=50: the busiest actor in about 1% of the meetings, as at 1M meetings and 100,000 actors.
        generate(sizes=Sizes(meetings=30_000, actors=3_000, articles=6_000, actor_offset=50), seed=11, log=lambda *_: None)
        busiest = (MeetingParticipant.objects.filter(actor__isnull=False).values("actor_id")
                   .annotate(n=Count("id")).order_by("-n").first()["actor_id"])
        actor = Actor.objects.get(pk=busiest)
        yield {"actor": actor, "meeting_id": MeetingParticipant.objects.filter(actor=actor).values_list(
            "meeting_id", flat=True).first()}
        from django.core.management import call_command
        call_command("flush", interactive=False, verbosity=0)


def _pages(big):
    actor = big["actor"]
    surname = actor.name.split()[-1]
    return [
        f"/actors/{actor.slug}/",
        "/countries/tr/us/",
        "/meetings/?country=TR&date_after=2024-01-01",
        "/api/v1/meetings/?country=TR",
        f"/api/v1/actors/?q={surname}",
        f"/api/v1/meetings/{big['meeting_id']}/",
        f"/api/v1/actors/{actor.pk}/",
    ]


# Every page of issue 8's targets. The pages' aggregate cache is off here (tests/diplomacy/conftest.py),
# so these are the queries a cache miss sends.
CHECKED_PAGES = range(7)


@pytest.mark.django_db
@pytest.mark.parametrize("page", CHECKED_PAGES)
def test_page_queries_use_indexes(big, page, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
    path = _pages(big)[page]
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(path)
    assert response.status_code == 200, path
    selects = [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))]
    assert selects
    scans = {sql[:160]: found for sql in selects if (found := _seq_scans_on_big_tables(sql))}
    assert not scans, f"{path}: sequential scans on big tables: {scans}"
