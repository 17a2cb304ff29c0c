"""Writes for articles: ingestion, claiming work, extraction, failure. Tasks and commands call these."""
from __future__ import annotations

import datetime as dt
import logging

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.utils import InterfaceError, OperationalError
from django.utils import timezone

from articles.documents import ArticleDocument
from articles.models import Article, content_hash

logger = logging.getLogger(__name__)

# An article left in `processing` longer than this (a worker killed mid-way) may be claimed again.
PROCESSING_TIMEOUT = dt.timedelta(minutes=15)


class TransientExtractionError(RuntimeError):
    """The extraction failed for a reason that may pass (database gone away); try again later."""


def _existing(document: ArticleDocument) -> Article | None:
    query = Q(content_hash=content_hash(document.text))
    if document.url:
        query |= Q(url=document.url)
    return Article.objects.filter(query).first()


def article_ingest(*, document: ArticleDocument) -> tuple[Article, bool]:
    """Save an article (or find the one already there) and queue its extraction after commit.

    The unique keys on URL and content hash decide what is a duplicate, so two processes ingesting
    the same article at once still end with one row.
    """
    found = _existing(document)
    if found is not None:
        return found, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=document.url or None,
                external_id=document.external_id[:200],
                title=document.title[:1000],
                outlet=document.outlet[:300],
                published_date=document.published,
                text=document.text,
                status=Article.Status.QUEUED,
            )
            article_queue_extraction(article=article)
    except IntegrityError:
        found = _existing(document)
        if found is None:
            raise
        return found, False
    logger.info("article %s ingested: %s", article.pk, article.title or article.external_id)
    return article, True


def article_queue_extraction(*, article: Article) -> None:
    """Queue the extraction task once the current transaction has committed (never before the row exists)."""
    from articles.tasks import extract_article_task

    article_id = article.pk
    transaction.on_commit(lambda: extract_article_task.delay(article_id))


@transaction.atomic
def article_reextract(*, article: Article) -> None:
    """Put an article back in the queue; its proposals will be replaced, editors' decisions kept."""
    Article.objects.filter(pk=article.pk).update(status=Article.Status.QUEUED, failure_reason="")
    article_queue_extraction(article=article)


def article_claim(*, article_id: int) -> bool:
    """Take an article for extraction with a conditional UPDATE; False if another worker has it or it is done.

    Running the task twice is harmless: the second run finds nothing to claim.
    """
    now = timezone.now()
    claimable = Q(status=Article.Status.QUEUED) | Q(
        status=Article.Status.PROCESSING, processing_started_at__lt=now - PROCESSING_TIMEOUT
    )
    updated = Article.objects.filter(claimable, pk=article_id).update(
        status=Article.Status.PROCESSING, processing_started_at=now, attempts=F("attempts") + 1, updated_at=now
    )
    return updated == 1


def article_release(*, article_id: int) -> None:
    """Give a claimed article back to the queue after a transient failure."""
    Article.objects.filter(pk=article_id, status=Article.Status.PROCESSING).update(
        status=Article.Status.QUEUED, updated_at=timezone.now()
    )


def article_fail(*, article_id: int, reason: str) -> None:
    """Record a permanent failure with a reason a person can read."""
    logger.warning("article %s failed: %s", article_id, reason)
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, failure_reason=reason[:2000] or "failed", updated_at=timezone.now()
    )


def article_extract(*, article_id: int) -> bool:
    """Claim the article, run the pipeline on it and write the result; False if there was nothing to do."""
    from articles.extraction import EXTRACTOR_VERSION, extract
    from diplomacy.services import extraction_apply

    if not article_claim(article_id=article_id):
        logger.info("article %s not claimed (done, failed or being processed)", article_id)
        return False
    article = Article.objects.get(pk=article_id)
    try:
        result = extract(article.text, published=article.published_date, title=article.title)
    except Exception as exc:  # a pipeline error on this text will happen again: permanent
        logger.exception("article %s: extraction raised", article_id)
        article_fail(article_id=article_id, reason=f"Extraction failed: {type(exc).__name__}: {exc}")
        return False
    try:
        with transaction.atomic():
            article.extractor_version = result.extractor_version or EXTRACTOR_VERSION
            counts = extraction_apply(article=article, result=result)
            now = timezone.now()
            Article.objects.filter(pk=article_id).update(
                status=Article.Status.DONE, failure_reason="", extractor_version=article.extractor_version,
                extracted_at=now, updated_at=now,
            )
    except (OperationalError, InterfaceError, IntegrityError) as exc:
        # The database went away, or a concurrent worker created the same actor first: worth a retry.
        article_release(article_id=article_id)
        raise TransientExtractionError(f"article {article_id}: {exc}") from exc
    logger.info("article %s extracted: %s", article_id, counts)
    return True
