"""RSS and Atom feeds: polling with conditional GET, new items queued as URLs, backoff for failing feeds."""
from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from articles.fetch import FetchError, fetch
from articles.models import Article, Feed
from articles.services import article_ingest_url

logger = logging.getLogger(__name__)

# While a poll runs, the feed's next_poll_at is pushed this far ahead, so a second poll cannot start.
POLL_LEASE = dt.timedelta(minutes=10)
# After this many failures in a row a feed is marked failed and no longer polled until an editor resets it.
MAX_FAILURES = 10


def feed_add(*, url: str, title: str = "") -> tuple[Feed, bool]:
    return Feed.objects.get_or_create(url=url.strip(), defaults={"title": title[:500]})


def feeds_due(*, now=None) -> list[int]:
    now = now or timezone.now()
    return list(
        Feed.objects.filter(active=True)
        .exclude(status=Feed.Status.FAILED)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .values_list("pk", flat=True)
    )


def feed_claim(*, feed_id: int) -> bool:
    """Take a due feed for polling with a conditional UPDATE; False if it is not due or another poll has it."""
    now = timezone.now()
    return bool(
        Feed.objects.filter(pk=feed_id, active=True)
        .exclude(status=Feed.Status.FAILED)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .update(next_poll_at=now + POLL_LEASE)
    )


def feed_reset(*, feed: Feed) -> None:
    """An editor's "poll again": clear the failure count and make the feed due now."""
    Feed.objects.filter(pk=feed.pk).update(
        status=Feed.Status.OK, consecutive_failures=0, last_error="", next_poll_at=None, active=True
    )


def _interval() -> dt.timedelta:
    return dt.timedelta(minutes=settings.FEED_POLL_MINUTES)


def _record_failure(feed: Feed, reason: str) -> None:
    failures = feed.consecutive_failures + 1
    # Back off: each failure in a row doubles the wait, up to 64 intervals.
    wait = _interval() * (2 ** min(failures, 6))
    status = Feed.Status.FAILED if failures >= MAX_FAILURES else Feed.Status.FAILING
    Feed.objects.filter(pk=feed.pk).update(
        status=status, last_error=reason[:2000], consecutive_failures=failures,
        last_polled_at=timezone.now(), next_poll_at=timezone.now() + wait,
    )
    logger.warning("feed=%s poll failed (%s in a row): %s", feed.pk, failures, reason, extra={"feed_id": feed.pk})


def feed_poll(*, feed_id: int) -> dict | None:
    """Poll one feed if it is due; returns what happened, or None when it was not claimed."""
    import feedparser

    if not feed_claim(feed_id=feed_id):
        return None
    feed = Feed.objects.get(pk=feed_id)
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        result = fetch(feed.url, allowed_hosts=settings.FETCH_ALLOWED_HOSTS, timeout=settings.FETCH_TIMEOUT,
                       max_bytes=settings.FETCH_MAX_BYTES, headers=headers)
    except FetchError as exc:
        _record_failure(feed, f"Could not fetch the feed: {exc}")
        return {"status": "failed", "reason": str(exc)}

    now = timezone.now()
    done = {"last_polled_at": now, "next_poll_at": now + _interval(), "status": Feed.Status.OK,
            "last_error": "", "consecutive_failures": 0}
    if result.status == 304:
        Feed.objects.filter(pk=feed.pk).update(**done)
        return {"status": "not modified", "new": 0}

    parsed = feedparser.parse(result.body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = getattr(parsed, "bozo_exception", None) or "no RSS or Atom elements"
        _record_failure(feed, f"Not an RSS or Atom feed: {problem}")
        return {"status": "failed", "reason": str(problem)}

    new = 0
    for entry in parsed.entries:
        link = entry.get("link")
        if link and link.startswith(("http://", "https://")):
            _article, created = article_ingest_url(
                url=link, source=Article.Source.FEED, feed=feed, title=entry.get("title", "")
            )
            new += created
    Feed.objects.filter(pk=feed.pk).update(
        title=feed.title or (parsed.feed.get("title") or "")[:500],
        etag=(result.headers.get("ETag") or "")[:500],
        last_modified=(result.headers.get("Last-Modified") or "")[:100],
        **done,
    )
    logger.info("feed=%s polled: %s items, %s new", feed.pk, len(parsed.entries), new, extra={"feed_id": feed.pk})
    return {"status": "ok", "items": len(parsed.entries), "new": new}
