"""A real Celery worker process extracts the seed article sent to it over Redis into PostgreSQL."""
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

from articles.documents import document_from_mapping
from articles.models import Article
from articles.services import article_ingest
from diplomacy import celery_app
from diplomacy.models import Meeting

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "samples" / "seed-cavusoglu-blinken.json"

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def test_worker_process_extracts_an_ingested_article(countries, tmp_path):
    db = connection.settings_dict
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        # The worker must write into the test database this test reads from.
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "CELERY_TASK_DEFAULT_QUEUE": queue,
    }
    log = open(tmp_path / "worker.log", "w+")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "diplomacy", "worker", "--loglevel=INFO", "--concurrency=1",
         "--queues", queue, "--hostname", f"{queue}@%h", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    previous_queue = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    try:
        assert celery_app.conf.task_always_eager is False
        document = document_from_mapping(json.loads(SEED.read_text(encoding="utf-8")))
        article, created = article_ingest(document=document)
        assert created

        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            article.refresh_from_db()
            if article.status in (Article.Status.DONE, Article.Status.FAILED) or worker.poll() is not None:
                break
            time.sleep(0.5)
        log.seek(0)
        assert article.status == Article.Status.DONE, f"{article.status} {article.failure_reason}\n{log.read()[-3000:]}"
        calls = Meeting.objects.filter(sources__article=article, kind="phone_call")
        assert {m.date_display for m in calls} >= {"2021-04-12", "2021-02"}
        assert article.attempts == 1
    finally:
        celery_app.conf.task_default_queue = previous_queue
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
