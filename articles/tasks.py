"""Celery tasks: thin, take ids, safe to run twice; the work is in articles.services and articles.feeds."""
from celery import shared_task

from articles.services import TransientExtractionError, article_extract, articles_sweep


@shared_task(
    acks_late=True,
    autoretry_for=(TransientExtractionError,),
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def extract_article_task(article_id: int) -> bool:
    return article_extract(article_id=article_id)


@shared_task(acks_late=True)
def poll_feed_task(feed_id: int):
    from articles.feeds import feed_poll

    return feed_poll(feed_id=feed_id)


@shared_task
def poll_feeds_task() -> int:
    """Beat: queue a poll for every feed that is due."""
    from articles.feeds import feeds_due

    due = feeds_due()
    for feed_id in due:
        poll_feed_task.delay(feed_id)
    return len(due)


@shared_task
def sweep_articles_task() -> int:
    """Beat: queue again the articles stuck in queued or processing."""
    return len(articles_sweep())
