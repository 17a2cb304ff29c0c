"""diplomacy/synthetic.py: the benchmark data keeps the knowledge base's invariants and its shape."""
from collections import Counter
from statistics import median

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F

from articles.models import Article
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, Issue, Meeting, MeetingIssue, MeetingParticipant, MeetingSource,
)
from diplomacy.models.common import fold_name
from diplomacy.synthetic import Sizes, generate

SIZES = dict(meetings=3000, actors=300, articles=800)


def _index_names() -> set[str]:
    """Indexes and constraints (foreign keys included) of the big tables."""
    with connection.cursor() as cursor:
        return {
            name for table in ("diplomacy_meeting", "diplomacy_meetingparticipant", "articles_article")
            for name in connection.introspection.get_constraints(cursor, table)
        }


@pytest.fixture
def generated(countries):
    before = _index_names()
    report = generate(sizes=Sizes(**SIZES), seed=5, log=lambda *_: None)
    return report, before


def test_counts(generated):
    report, _ = generated
    assert Meeting.objects.count() == report.counts["Meeting"] == 3000
    assert Actor.objects.count() == 300
    assert Article.objects.count() == 800
    assert Issue.objects.count() == 20
    assert MeetingSource.objects.count() >= 3000  # every meeting has a source, some two
    assert set(MeetingSource.objects.values_list("meeting_id", flat=True)) == set(Meeting.objects.values_list("pk", flat=True))


def test_meetings_have_two_to_four_distinct_sides(generated):
    sides = Counter(MeetingParticipant.objects.values_list("meeting_id", flat=True))
    assert len(sides) == 3000
    assert set(sides.values()) <= {2, 3, 4}
    assert {2, 3, 4} <= set(sides.values())
    assert not MeetingParticipant.objects.filter(actor__isnull=True, country__isnull=True).exists()
    assert MeetingParticipant.objects.filter(country__isnull=False).exists()


def test_dates_kinds_and_issues_are_valid(generated):
    assert not Meeting.objects.filter(date__isnull=True).exclude(date_precision="unknown").exists()
    assert not Meeting.objects.filter(date__isnull=False, date_precision="unknown").exists()
    assert not Meeting.objects.filter(date_precision="month").exclude(date__day=1).exists()
    assert set(Meeting.objects.values_list("kind", flat=True)) == {"in_person", "phone_call", "video_call",
                                                                   "multilateral"}
    assert MeetingIssue.objects.count() > 1000
    # Sources come no earlier than the meeting they report.
    assert not MeetingSource.objects.filter(article__published_date__lt=F("meeting__date")).exists()


def test_activity_follows_a_power_law(generated):
    per_actor = Counter(
        MeetingParticipant.objects.filter(actor__isnull=False).values_list("actor_id", flat=True)
    )
    counts = sorted(per_actor.values(), reverse=True)
    # A heavy head: the busiest actor in many times the median's meetings, the top 5% in a large share.
    assert counts[0] >= 10 * median(counts)
    top = sum(counts[: len(counts) // 20])
    assert top / sum(counts) > 0.2
    # Every country-like side is spread over many countries, with a few far ahead.
    countries = Counter(Actor.objects.values_list("country__iso2", flat=True))
    assert len(countries) >= 30
    assert countries.most_common(1)[0][1] >= 10 * median(countries.values())


def test_evidence_stands_at_its_offsets(generated):
    texts = dict(Article.objects.values_list("pk", "text"))
    rows = list(MeetingSource.objects.values_list("article_id", "evidence", "evidence_start", "evidence_end"))
    for article_id, evidence, start, end in rows:
        assert texts[article_id][start:end] == evidence
    assert all(Article.objects.values_list("content_hash", flat=True))


def test_aliases_and_mentions_match_the_actors(generated):
    for actor_id, name in Actor.objects.values_list("pk", "name")[:200]:
        assert ActorAlias.objects.filter(actor_id=actor_id, folded=fold_name(name)).exists()
    # Every actor side of a meeting is mentioned by the meeting's sources.
    missing = (MeetingParticipant.objects.filter(actor__isnull=False)
               .annotate(n=Count("actor__mentions")).filter(n=0))
    assert not missing.exists()
    assert ActorMention.objects.count() > 3000


def test_generation_adds_and_restores_indexes_and_keys(generated):
    _, before = generated
    assert _index_names() == before
    call_command("generate_synthetic", meetings=50, actors=10, articles=20, seed=6, stdout=open("/dev/null", "w"))
    assert Meeting.objects.count() == 3050
    assert Actor.objects.values("slug").distinct().count() == 310
    assert _index_names() == before
