"""Writes for articles: ingestion from every source, claiming work, fetching, extraction, failure.

Tasks, commands, admin actions and API views call these. The guarantees live here: an Article row is
committed before anything is sent to the broker; the same URL or text is one Article; a failure that
will happen again is recorded on the row with a reason, one that may pass is retried.
"""
from __future__ import annotations

import datetime as dt
import logging
from urllib.parse import urldefrag

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.utils import InterfaceError, OperationalError
from django.utils import timezone

from articles.documents import ArticleDocument, ArticleFormatError, document_from_html, document_from_text
from articles.fetch import FetchError, fetch
from articles.language import detect_language, language_name
from articles.models import Article, content_hash

logger = logging.getLogger(__name__)


def processing_timeout() -> dt.timedelta:
    """An article left in `processing` longer than this (its worker was killed) may be claimed again."""
    return dt.timedelta(seconds=settings.ARTICLE_PROCESSING_TIMEOUT)

WEB_PAGE_TYPES = {"", "text/html", "application/xhtml+xml", "text/plain"}


class TransientExtractionError(RuntimeError):
    """Extraction could not run for a reason that may pass (a timeout, the database gone); retry later."""


def _log(article_id, message, *args, level=logging.INFO):
    """Every ingestion and extraction line names its article, in the text and as a field for JSON logs."""
    logger.log(level, "article=%s " + message, article_id, *args, extra={"article_id": article_id})


# --- ingestion --------------------------------------------------------------------------------------


def _existing(*, text: str = "", url: str = "") -> Article | None:
    query = Q(pk__in=[])
    if text.strip():
        query |= Q(content_hash=content_hash(text))
    if url:
        query |= Q(url=url) | Q(canonical_url=url)
    return Article.objects.filter(query).order_by("pk").first()


def _not_english_reason(code: str) -> str:
    return f"The text is in {language_name(code)} (detected '{code}'); the extractor reads English only."


def article_ingest(
    *, document: ArticleDocument, source: str = Article.Source.FILE, source_name: str = "", feed=None
) -> tuple[Article, bool]:
    """Save an article with its text (or find the one already there) and queue its extraction after commit.

    The unique keys on URL and content hash decide what is a duplicate, so two processes ingesting
    the same article at once still end with one row. A text in another language is kept, `failed`.
    """
    found = _existing(text=document.text, url=document.url)
    if found is not None:
        return found, False
    language = detect_language(document.text)
    english = language in ("", "en")
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=document.url or None, external_id=document.external_id[:200], title=document.title[:1000],
                outlet=document.outlet[:300], author=document.author[:300], published_date=document.published,
                text=document.text, language=language or "en", source=source, source_name=source_name[:500],
                feed=feed, status=Article.Status.QUEUED if english else Article.Status.FAILED,
                failure_reason="" if english else _not_english_reason(language),
            )
            _log(article.pk, "ingested from %s: %s", source, article.title or article.external_id)
            if english:
                article_queue_extraction(article=article)
    except IntegrityError:
        found = _existing(text=document.text, url=document.url)
        if found is None:
            raise
        return found, False
    return article, True


def article_ingest_url(*, url: str, source: str = Article.Source.URL, feed=None, title: str = "") -> tuple[Article, bool]:
    """Record a URL to fetch as a queued Article (or find the article it already is); the task fetches it."""
    url = urldefrag(url.strip())[0]
    found = _existing(url=url)
    if found is not None:
        return found, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url, title=title[:1000], source=source, feed=feed, status=Article.Status.QUEUED,
                source_name=(feed.url if feed else "")[:500],
            )
            _log(article.pk, "queued for fetching from %s: %s", source, url)
            article_queue_extraction(article=article)
    except IntegrityError:
        found = _existing(url=url)
        if found is None:
            raise
        return found, False
    return article, True


def article_record_failure(*, source: str, source_name: str, reason: str, url: str | None = None) -> Article:
    """Keep input that gave no article (an unreadable file, a bad upload) as a `failed` Article with the reason.

    The same source failing again updates its record instead of adding another.
    """
    lookup = {"url": url} if url else {"source": source, "source_name": source_name[:500], "content_hash": None}
    article = Article.objects.filter(**lookup).first()
    if article is None:
        article = Article.objects.create(
            url=url or None, source=source, source_name=source_name[:500], title=source_name[:1000],
            status=Article.Status.FAILED, failure_reason=reason[:2000],
        )
    elif article.status != Article.Status.DONE:
        Article.objects.filter(pk=article.pk).update(status=Article.Status.FAILED, failure_reason=reason[:2000])
    _log(article.pk, "failed at ingestion: %s", reason, level=logging.WARNING)
    return article


def article_queue_extraction(*, article: Article) -> None:
    """Queue the extraction task once the current transaction has committed (never before the row exists).

    If the broker cannot be reached the article stays `queued` in the database, where the sweeper
    finds it; the caller's ingestion still succeeds.
    """
    from articles.tasks import extract_article_task

    article_id = article.pk

    def send():
        try:
            extract_article_task.delay(article_id)
        except Exception as exc:  # kombu/redis raise several types; none may undo a committed ingestion
            _log(article_id, "could not be sent to the broker (%s); the sweeper will queue it", exc,
                 level=logging.WARNING)

    transaction.on_commit(send)


def article_reextract(*, article: Article) -> bool:
    """Queue an article for extraction again; its proposals will be replaced, editors' decisions kept.

    An article being processed right now is left alone (False): its run will finish with the current text.
    """
    with transaction.atomic():
        updated = Article.objects.filter(pk=article.pk).exclude(status=Article.Status.PROCESSING).update(
            status=Article.Status.QUEUED, failure_reason="", attempts=0, updated_at=timezone.now()
        )
        if updated:
            article_queue_extraction(article=article)
    return bool(updated)


# --- claiming and failing ---------------------------------------------------------------------------


def article_claim(*, article_id: int) -> bool:
    """Take an article for extraction with a conditional UPDATE; False if another worker has it or it is done.

    Running the task twice is harmless: the second run finds nothing to claim.
    """
    now = timezone.now()
    # A stale `processing` row is taken over only while it has tries left: one whose worker kept dying on
    # it (killed, out of memory) is failed by the sweeper instead of being run again forever.
    claimable = Q(status=Article.Status.QUEUED) | Q(
        status=Article.Status.PROCESSING, processing_started_at__lt=now - processing_timeout(),
        attempts__lt=settings.ARTICLE_MAX_ATTEMPTS,
    )
    updated = Article.objects.filter(claimable, pk=article_id).update(
        status=Article.Status.PROCESSING, processing_started_at=now, attempts=F("attempts") + 1, updated_at=now
    )
    return updated == 1


def article_release(*, article_id: int, reason: str) -> bool:
    """Give a claimed article back to the queue after a transient failure; True if it should be retried.

    After settings.ARTICLE_MAX_ATTEMPTS tries the failure is taken as permanent.
    """
    article = Article.objects.filter(pk=article_id).only("attempts").first()
    if article is not None and article.attempts >= settings.ARTICLE_MAX_ATTEMPTS:
        article_fail(article_id=article_id, reason=f"Gave up after {article.attempts} attempts. Last error: {reason}")
        return False
    # The reason is kept as the last error while the article waits for its next try.
    Article.objects.filter(pk=article_id, status=Article.Status.PROCESSING).update(
        status=Article.Status.QUEUED, failure_reason=reason[:2000], updated_at=timezone.now()
    )
    _log(article_id, "released for a retry: %s", reason, level=logging.WARNING)
    return True


def article_fail(*, article_id: int, reason: str) -> None:
    """Record a permanent failure with a reason a person can read."""
    _log(article_id, "failed: %s", reason, level=logging.WARNING)
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, failure_reason=reason[:2000] or "failed", updated_at=timezone.now()
    )


# --- fetching and extraction ------------------------------------------------------------------------


def _retry_or_raise(article_id: int, reason: str) -> None:
    if article_release(article_id=article_id, reason=reason):
        raise TransientExtractionError(f"article {article_id}: {reason}")


def article_fetch(*, article: Article) -> bool:
    """Fetch a claimed article's URL and fill in its text and metadata; False if there is nothing to extract.

    Raises FetchError for the caller to record or retry.
    """
    result = fetch(
        article.url, allowed_hosts=settings.FETCH_ALLOWED_HOSTS, timeout=settings.FETCH_TIMEOUT,
        max_bytes=settings.FETCH_MAX_BYTES,
    )
    if result.content_type not in WEB_PAGE_TYPES:
        raise FetchError(f"{result.url} is not a web page but {result.content_type}", permanent=True)
    try:
        if result.content_type == "text/plain":
            document = document_from_text(result.body, name=result.url)
        else:
            document = document_from_html(result.body, name=result.url, url=result.url, charset=result.charset)
    except ArticleFormatError as exc:
        raise FetchError(f"{exc} (it may not be an article)", permanent=True) from exc

    duplicate = Article.objects.filter(content_hash=content_hash(document.text)).exclude(pk=article.pk).first()
    if duplicate is not None:
        Article.objects.filter(pk=article.pk).update(
            status=Article.Status.DONE, duplicate_of=duplicate, canonical_url=result.url[:2000],
            failure_reason="", extracted_at=timezone.now(), updated_at=timezone.now(),
        )
        _log(article.pk, "same text as article %s; nothing more to do", duplicate.pk)
        return False
    article.text = document.text
    article.title = article.title or document.title[:1000]
    article.outlet = article.outlet or document.outlet[:300]
    article.author = article.author or document.author[:300]
    article.published_date = article.published_date or document.published
    article.canonical_url = (document.url or result.url)[:2000]
    article.language = detect_language(document.text) or "en"
    article.save(update_fields=[
        "text", "content_hash", "title", "outlet", "author", "published_date", "canonical_url", "language", "updated_at",
    ])
    if article.language != "en":
        article_fail(article_id=article.pk, reason=_not_english_reason(article.language))
        return False
    return True


def article_extract(*, article_id: int) -> bool:
    """Claim the article, fetch it if it is only a URL, run the pipeline and write the result.

    Returns False when there was nothing to do (already done, being processed, failed).
    """
    from articles.extraction import EXTRACTOR_VERSION, extract
    from diplomacy.services import extraction_apply

    if not article_claim(article_id=article_id):
        _log(article_id, "not claimed (done, failed or being processed)")
        return False
    article = Article.objects.get(pk=article_id)
    if not article.text.strip():
        if not article.url:
            article_fail(article_id=article_id, reason="The article has no text and no URL to fetch it from.")
            return False
        try:
            # Not in a transaction: the network is slow and the page is saved in one statement anyway.
            if not article_fetch(article=article):
                return False
        except FetchError as exc:
            if exc.permanent:
                article_fail(article_id=article_id, reason=f"Could not fetch: {exc}")
                return False
            _retry_or_raise(article_id, f"Could not fetch (will retry): {exc}")
            return False
        except (OperationalError, InterfaceError, IntegrityError) as exc:
            _retry_or_raise(article_id, f"Database error while saving the fetched page: {exc}")
            return False
    try:
        # The address tells the extractor whose release it is (a government's domain: who "the President" is).
        result = extract(article.text, published=article.published_date, title=article.title,
                         url=article.url or article.canonical_url or None)
    except Exception as exc:  # a pipeline error on this text will happen again: permanent
        logger.exception("article=%s extraction raised", article_id, extra={"article_id": article_id})
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
        _retry_or_raise(article_id, f"Database error while writing the extraction: {exc}")
        return False
    _log(article_id, "extracted: %s", counts)
    return True


def articles_sweep(*, stale_after: dt.timedelta | None = None) -> list[int]:
    """Queue again the articles stuck in `queued` or `processing` (a lost message, a killed worker);
    returns their ids. One whose worker stopped on it ARTICLE_MAX_ATTEMPTS times is failed instead.

    Safe to run at any time: the task claims each article, so one queued twice is processed once.
    """
    stale_after = stale_after or processing_timeout()
    cutoff = timezone.now() - stale_after
    stuck = list(
        Article.objects.filter(
            Q(status=Article.Status.QUEUED, updated_at__lt=cutoff)
            | Q(status=Article.Status.PROCESSING, processing_started_at__lt=cutoff)
        ).values_list("pk", flat=True)[:1000]
    )
    from articles.tasks import extract_article_task

    requeued = []
    for article_id in stuck:
        processing = Article.objects.filter(pk=article_id, status=Article.Status.PROCESSING)
        if processing.filter(attempts__gte=settings.ARTICLE_MAX_ATTEMPTS).update(
            status=Article.Status.FAILED, updated_at=timezone.now(),
            failure_reason=(f"The worker stopped {settings.ARTICLE_MAX_ATTEMPTS} times while extracting this article "
                            "(killed, out of memory or timed out); not tried again. Re-extract it once the cause is fixed."),
        ):
            _log(article_id, "failed: its worker kept stopping on it", level=logging.WARNING)
            continue
        if processing.update(status=Article.Status.QUEUED, updated_at=timezone.now()):
            _log(article_id, "was stuck in processing; queued again")
        extract_article_task.delay(article_id)
        requeued.append(article_id)
    return requeued
