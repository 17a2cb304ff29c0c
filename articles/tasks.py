"""Celery tasks: thin, take ids, safe to run twice; the work is in articles.services."""
from celery import shared_task

from articles.services import TransientExtractionError, article_extract


@shared_task(
    acks_late=True,
    autoretry_for=(TransientExtractionError,),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=6,
)
def extract_article_task(article_id: int) -> bool:
    return article_extract(article_id=article_id)
