import hashlib

from django.db import models
from django.urls import reverse


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace collapsed, so a re-wrapped copy of an article is the same."""
    normalized = " ".join((text or "").split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


class Article(models.Model):
    """A news article or official readout, the source of every extracted fact.

    The row is written with status `queued` before anything is sent to the broker, so an article is
    never lost between ingestion and extraction. Ingesting the same URL or the same text again finds
    this row (unique constraints) instead of creating another.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000, null=True, blank=True)
    external_id = models.CharField(max_length=200, blank=True, help_text="The id the source file gave it.")
    title = models.CharField(max_length=1000, blank=True)
    outlet = models.CharField(max_length=300, blank=True)
    published_date = models.DateField(null=True, blank=True)
    published_time = models.TimeField(null=True, blank=True)
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=12, blank=True, default="en")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    failure_reason = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_date", "-id"]
        indexes = [
            models.Index(fields=["status", "updated_at"], name="article_status_idx"),
            models.Index(fields=["published_date"], name="article_published_idx"),
        ]
        constraints = [
            # Unique when present: many articles (uploads, pasted text) have no URL.
            models.UniqueConstraint(
                fields=["url"], condition=models.Q(url__isnull=False) & ~models.Q(url=""), name="article_unique_url"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["queued", "processing", "done", "failed"]), name="article_status_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="failed") | ~models.Q(failure_reason=""),
                name="article_failed_has_reason",
            ),
        ]

    def __str__(self):
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:article-detail", kwargs={"pk": self.pk})
