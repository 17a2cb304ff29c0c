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

    class Source(models.TextChoices):
        FILE = "file", "File (command line)"
        URL = "url", "URL"
        FEED = "feed", "Feed"
        UPLOAD = "upload", "Upload (admin)"
        API = "api", "API"

    url = models.URLField(max_length=2000, null=True, blank=True)
    canonical_url = models.URLField(max_length=2000, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.FILE)
    source_name = models.CharField(max_length=500, blank=True, help_text="The file or feed it came from.")
    feed = models.ForeignKey("articles.Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    author = models.CharField(max_length=300, blank=True)
    external_id = models.CharField(max_length=200, blank=True, help_text="The id the source file gave it.")
    title = models.CharField(max_length=1000, blank=True)
    outlet = models.CharField(max_length=300, blank=True)
    published_date = models.DateField(null=True, blank=True)
    published_time = models.TimeField(null=True, blank=True)
    # Empty while a URL waits to be fetched, or when the input had no usable text (then `failed`).
    text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article with the same text, found after fetching this URL.",
    )
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
            # Ingestion asks "is this URL known?" of url and canonical_url for every URL and feed item.
            models.Index(fields=["canonical_url"], name="article_canonical_url_idx"),
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
        """The title; for an untitled text, its URL, or its opening words when the text is loaded."""
        if self.title:
            return self.title
        if self.url:
            return self.url
        if "text" not in self.get_deferred_fields() and self.text.strip():
            words = self.text.split()
            opening = " ".join(words[:10])
            return f"“{opening}…”" if len(words) > 10 else f"“{opening}”"
        return f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.text) if self.text.strip() else None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:article-detail", kwargs={"pk": self.pk})


class Feed(models.Model):
    """An RSS or Atom feed polled on a schedule; each new item becomes an Article fetched from its URL.

    Polling is claimed with a conditional UPDATE on `next_poll_at`, so two beat ticks or two workers
    never poll one feed at once; a feed that keeps failing is polled less and less often.
    """

    class Status(models.TextChoices):
        OK = "ok", "OK"
        FAILING = "failing", "Failing (will retry)"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    active = models.BooleanField(default=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OK)
    last_error = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=["ok", "failing", "failed"]), name="feed_status_valid"),
        ]

    def __str__(self):
        return self.title or self.url
