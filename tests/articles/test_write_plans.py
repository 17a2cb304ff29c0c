"""The write side looks rows up through indexes, so the 10,000th article costs what the 100th did.

PostgreSQL only, honest plans (no `enable_seqscan = off`): tables filled with synthetic rows and
ANALYZEd (generate() does it), then every SELECT that ingestion and `extraction_apply` send is EXPLAINed;
none may scan a big table.
"""
import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.documents import ArticleDocument
from articles.extraction.types import ExtractedActor, ExtractedIssue, ExtractedMeeting, ExtractionResult
from articles.models import Article
from articles.services import article_ingest, article_ingest_url
from diplomacy.models import Meeting, MeetingParticipant
from diplomacy.services import extraction_apply
from diplomacy.synthetic import Sizes, generate

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

BIG_TABLES = {
    "articles_article", "diplomacy_meeting", "diplomacy_meetingparticipant", "diplomacy_meetingsource",
    "diplomacy_meetingissue", "diplomacy_actor", "diplomacy_actormention", "diplomacy_actoralias",
    "diplomacy_actorrole", "diplomacy_issue", "diplomacy_issuealias",
}


def _nodes(plan: dict):
    yield plan.get("Node Type"), plan.get("Relation Name")
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _seq_scans(queries) -> list[tuple[str, str]]:
    found = []
    with connection.cursor() as cursor:
        for query in queries:
            if not query["sql"].lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute("EXPLAIN (FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0]
            plan = plan if isinstance(plan, list) else json.loads(plan)
            found += [(relation, query["sql"]) for node, relation in _nodes(plan[0]["Plan"])
                      if node == "Seq Scan" and relation in BIG_TABLES]
    return found


@pytest.fixture
def big(countries):
    if connection.vendor != "postgresql":
        pytest.skip("query plans are checked on PostgreSQL")
    generate(sizes=Sizes(meetings=20_000, actors=2_000, articles=5_000, issues=2_000), seed=5, log=lambda *_: None)
    busy = MeetingParticipant.objects.filter(actor__isnull=False).select_related("actor").first().actor
    return {"actor": busy, "date": Meeting.objects.exclude(date=None).values_list("date", flat=True).first()}


def test_ingestion_finds_known_urls_and_texts_through_indexes(big):
    with CaptureQueriesContext(connection) as queries:
        article_ingest_url(url="https://example.org/news/1")
        article_ingest(document=ArticleDocument(text="A new text about talks.", title="t"), source=Article.Source.FILE)
    assert _seq_scans(queries.captured_queries) == []


def test_extraction_apply_resolves_actors_meetings_and_issues_through_indexes(big):
    actor, date = big["actor"], big["date"]
    text = f"{actor.name} met Ali Veli in Ankara to discuss the S-400 deal."
    article = Article.objects.create(text=text, published_date=date, status=Article.Status.PROCESSING)
    meeting = ExtractedMeeting((actor.name, "Ali Veli", "TR"), "in_person", "held", text, 0, len(text),
                               date=date.isoformat(), date_precision="day", issues=("S-400 deal",))
    result = ExtractionResult(
        extractor_version="t", countries=("TR",), meetings=(meeting,), issues=(ExtractedIssue("S-400 deal"),),
        actors=(ExtractedActor(actor.name, actor.kind, (), None), ExtractedActor("Ali Veli", "person", ("Veli",), "TR")),
    )
    with CaptureQueriesContext(connection) as queries:
        extraction_apply(article=article, result=result)
        extraction_apply(article=article, result=result)  # again: retraction first
    assert _seq_scans(queries.captured_queries) == []
    assert Meeting.objects.filter(sources__article=article).count() == 1
