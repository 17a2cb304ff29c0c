"""The extraction task: claiming, running twice, permanent and transient failures, one article through."""
import json
from pathlib import Path

import pytest
from django.db.utils import OperationalError

from articles import services
from articles.documents import document_from_mapping
from articles.models import Article
from articles.services import TransientExtractionError, article_claim, article_extract, article_ingest
from articles.tasks import extract_article_task
from diplomacy.models import Actor, Meeting
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "articles" / "samples" / "seed-cavusoglu-blinken.json"


def test_an_article_is_claimed_once():
    article = ArticleFactory(status=Article.Status.QUEUED)
    assert article_claim(article_id=article.pk) is True
    assert article_claim(article_id=article.pk) is False
    article.refresh_from_db()
    assert article.status == Article.Status.PROCESSING and article.attempts == 1


def test_done_articles_are_not_extracted_again_by_a_duplicate_task():
    article = ArticleFactory(status=Article.Status.DONE)
    assert article_extract(article_id=article.pk) is False


def test_a_pipeline_error_fails_the_article_with_a_reason(monkeypatch):
    def broken(text, **kwargs):
        raise ValueError("cannot parse this")

    monkeypatch.setattr("articles.extraction.extract", broken)
    article = ArticleFactory(status=Article.Status.QUEUED)
    assert extract_article_task.apply(args=[article.pk]).get() is False
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "ValueError: cannot parse this" in article.failure_reason


def test_the_extractor_is_told_the_articles_address(monkeypatch):
    """Whose release it is comes from its address (a readout on a government's domain)."""
    from articles.extraction.types import ExtractionResult

    seen = {}

    def recording(text, **kwargs):
        seen.update(kwargs)
        return ExtractionResult(extractor_version="t")

    monkeypatch.setattr("articles.extraction.extract", recording)
    article = ArticleFactory(status=Article.Status.QUEUED, url="https://www.mofa.go.jp/press/release/1.html")
    assert extract_article_task.apply(args=[article.pk]).get() is True
    assert seen["url"] == "https://www.mofa.go.jp/press/release/1.html"
    pasted = ArticleFactory(status=Article.Status.QUEUED, url=None, canonical_url="")
    extract_article_task.apply(args=[pasted.pk]).get()
    assert seen["url"] is None


def test_a_database_error_releases_the_article_for_a_retry(monkeypatch):
    def gone(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("diplomacy.services.extraction_apply", gone)
    article = ArticleFactory(status=Article.Status.QUEUED)
    with pytest.raises(TransientExtractionError):
        services.article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.QUEUED


def test_seed_article_through_ingestion_and_the_task(countries, eager_celery, django_capture_on_commit_callbacks):
    """In-process (eager) Celery: ingest the seed sample and find its meetings in the knowledge base."""
    document = document_from_mapping(json.loads(SEED.read_text(encoding="utf-8")))
    with django_capture_on_commit_callbacks(execute=True):
        article, created = article_ingest(document=document)
    article.refresh_from_db()
    assert created and article.status == Article.Status.DONE, article.failure_reason
    assert article.extractor_version

    cavusoglu = Actor.objects.get(aliases__folded="mevlut cavusoglu")
    blinken = Actor.objects.get(aliases__folded="antony blinken")
    assert Actor.objects.filter(aliases__folded="anthony blinken").get() == blinken
    assert blinken.country.iso2 == "US" and cavusoglu.country.iso2 == "TR"

    together = Meeting.objects.filter(participants__actor=cavusoglu).filter(participants__actor=blinken)
    found = {(m.kind, m.date_display) for m in together}
    assert ("phone_call", "2021-04-12") in found
    assert ("phone_call", "2021-02") in found
    assert any(m.date_display.startswith("2021-03") and m.location_name == "Brussels" for m in together)
    for meeting in together:
        source = meeting.sources.get()
        assert article.text[source.evidence_start:source.evidence_end] == source.evidence


def test_ingestion_survives_a_broker_that_is_down(monkeypatch, django_capture_on_commit_callbacks):
    from kombu.exceptions import OperationalError as BrokerDown

    def down(*args, **kwargs):
        raise BrokerDown("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(extract_article_task, "delay", down)
    with django_capture_on_commit_callbacks(execute=True):
        article, created = article_ingest(document=document_from_mapping({"text": "The ministers met in Lima."}))
    article.refresh_from_db()
    assert created and article.status == Article.Status.QUEUED  # kept, waiting for the sweeper


def test_beat_queues_due_feeds_and_sweeps(eager_celery, monkeypatch):
    from articles.models import Feed
    from articles.tasks import poll_feeds_task

    polled = []
    monkeypatch.setattr("articles.feeds.feed_poll", lambda *, feed_id: polled.append(feed_id))
    due = Feed.objects.create(url="https://a.example.org/rss")
    Feed.objects.create(url="https://b.example.org/rss", active=False)
    assert poll_feeds_task.apply().get() == 1
    assert polled == [due.pk]
