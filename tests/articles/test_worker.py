"""Real Celery worker processes over Redis into PostgreSQL: one article through, and a worker killed mid-batch."""
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from articles.documents import ArticleDocument, document_from_mapping
from articles.models import Article
from articles.services import article_ingest, articles_sweep
from diplomacy import celery_app
from diplomacy.models import Meeting, MeetingSource

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "samples" / "seed-cavusoglu-blinken.json"

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


@contextmanager
def queue_for_test():
    """A queue of this test's own, so no message of another run is taken or left behind."""
    queue = f"test-{uuid.uuid4().hex[:8]}"
    previous = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    try:
        yield queue
    finally:
        celery_app.conf.task_default_queue = previous


class Worker:
    """`celery worker` in its own process group, writing into the test database this test reads."""

    def __init__(self, queue, log_path, **env):
        db = connection.settings_dict
        self.env = {
            **os.environ,
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            "CELERY_TASK_DEFAULT_QUEUE": queue, **env,
        }
        self.log = open(log_path, "a+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "diplomacy", "worker", "--loglevel=INFO", "--concurrency=1",
             "--queues", queue, "--hostname", f"{uuid.uuid4().hex[:6]}@%h", "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def kill(self):
        """SIGKILL to the whole group: the pool's child dies mid-task, nothing is acknowledged."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.seek(0)
        text = self.log.read()
        self.log.close()
        return text


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def test_worker_process_extracts_an_ingested_article(countries, tmp_path):
    with queue_for_test() as queue:
        worker = Worker(queue, tmp_path / "worker.log")
        try:
            assert celery_app.conf.task_always_eager is False
            article, created = article_ingest(document=document_from_mapping(json.loads(SEED.read_text("utf-8"))))
            assert created
            wait_for(lambda: Article.objects.get(pk=article.pk).status in ("done", "failed"), 240, "extraction")
        finally:
            log = worker.stop()
    article.refresh_from_db()
    assert article.status == Article.Status.DONE, f"{article.failure_reason}\n{log[-3000:]}"
    calls = Meeting.objects.filter(sources__article=article, kind="phone_call")
    assert {m.date_display for m in calls} >= {"2021-04-12", "2021-02"}
    assert article.attempts == 1


PEOPLE = [("Ana", "Costa", "Portugal", "Chile"), ("Liu", "Wen", "China", "Kenya"), ("Omar", "Haddad", "Jordan", "Peru"),
          ("Ingrid", "Dahl", "Norway", "Ghana"), ("Marek", "Novak", "Poland", "India"), ("Sara", "Levi", "Israel", "Japan")]


def batch_documents(n):
    docs = []
    for i in range(n):
        first, last, home, other = PEOPLE[i % len(PEOPLE)]
        docs.append(ArticleDocument(
            title=f"Talks number {i}", url=f"https://wire.example.org/batch/{i}",
            published=dt.date(2023, 3, 1 + i % 27),
            text=(f"{home}'s Foreign Minister {first} {last} held talks with the Foreign Minister of {other} in "
                  f"Geneva on Tuesday, report {i} said.\n\nThe two ministers discussed trade and climate change."),
        ))
    return docs


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(countries, tmp_path):
    fast = {"CELERY_VISIBILITY_TIMEOUT": "5", "ARTICLE_PROCESSING_TIMEOUT": "3"}
    with queue_for_test() as queue:
        first = Worker(queue, tmp_path / "first.log", **fast)
        second = None
        try:
            ids = [article_ingest(document=d)[0].pk for d in batch_documents(24)]
            done = Article.objects.filter(pk__in=ids, status="done")
            wait_for(lambda: done.count() >= 3, 240, "the first worker to get going")
            first.kill()
            assert done.count() < len(ids), "the batch finished before the worker could be killed"
            second = Worker(queue, tmp_path / "second.log", **fast)
            # The sweeper is what rescues an article whose worker died while it was `processing`.
            time.sleep(4)
            articles_sweep()
            wait_for(lambda: done.count() == len(ids), 240, "the batch to complete")
        finally:
            log = first.stop() + (second.stop() if second else "")
    assert Article.objects.filter(pk__in=ids).exclude(status="done").count() == 0, log[-3000:]
    per_article = {i: MeetingSource.objects.filter(article_id=i).count() for i in ids}
    assert all(n >= 1 for n in per_article.values()), per_article
    # Exactly once: extracting everything again in-process changes nothing.
    before = (Meeting.objects.count(), sorted(per_article.items()))
    from articles.services import article_extract

    for article_id in ids:
        Article.objects.filter(pk=article_id).update(status="queued")
        article_extract(article_id=article_id)
    after = (Meeting.objects.count(), sorted((i, MeetingSource.objects.filter(article_id=i).count()) for i in ids))
    assert after == before


def test_readyz_sees_a_worker_and_the_queue(countries, tmp_path, client, settings):
    with queue_for_test() as queue:
        settings.CELERY_TASK_DEFAULT_QUEUE = queue
        worker = Worker(queue, tmp_path / "ready.log")
        try:
            def ready():
                return client.get("/readyz").status_code == 200

            wait_for(ready, 120, "a worker to answer /readyz")
            body = client.get("/readyz").json()
            assert body["checks"]["broker"]["workers"] >= 1 and body["checks"]["database"] == "ok"
            assert body["checks"]["broker"]["queue_length"] == 0
        finally:
            worker.stop()
