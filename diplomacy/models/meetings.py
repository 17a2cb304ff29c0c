from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from diplomacy.models.common import ReviewStatus, TimestampedModel


class Meeting(TimestampedModel):
    """A contact between actors: a call, a visit, talks, a summit; held or planned.

    One real event is one Meeting however many articles report it; each report is a MeetingSource.
    """

    class Kind(models.TextChoices):
        PHONE_CALL = "phone_call", "Phone call"
        VIDEO_CALL = "video_call", "Video call"
        IN_PERSON = "in_person", "In person"
        MULTILATERAL = "multilateral", "Multilateral"

    class Status(models.TextChoices):
        HELD = "held", "Held"
        PLANNED = "planned", "Planned"

    class DatePrecision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"
        UNKNOWN = "unknown", "Unknown"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.HELD)
    # The first day of the period the precision names: 2021-03 is stored as 2021-03-01 with MONTH.
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN)
    location_name = models.CharField(max_length=200, blank=True)
    location_country = models.ForeignKey(
        "diplomacy.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings_hosted"
    )
    issues = models.ManyToManyField("diplomacy.Issue", through="MeetingIssue", related_name="meetings", blank=True)
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED)
    reviewed_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)
    confidence = models.FloatField(default=0.5, help_text="The extractor's confidence, 0 to 1.")
    reason = models.CharField(max_length=300, blank=True, help_text="Which cue found the meeting.")
    # Set when an editor changed, merged or split the meeting: from then on extraction treats it like a
    # decided one (keeps its sources, changes none of its fields, participants or issues).
    curated = models.BooleanField(default=False, help_text="An editor corrected, merged or split this meeting.")
    split_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="split_offs",
        help_text="The meeting an editor split this one off from; the two are never suggested for merging.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        permissions = [
            ("review_meeting", "Can confirm or reject meetings"),
            ("merge_meeting", "Can merge and split meetings"),
        ]
        indexes = [
            models.Index(fields=["date"], name="meeting_date_idx"),
            models.Index(fields=["review_status", "confidence"], name="meeting_review_queue_idx"),
            # Covering (PostgreSQL; a plain index on id elsewhere): "is meeting N public, and when"
            # from the index alone, for the semi-joins behind every actor's and country's meetings.
            models.Index(fields=["id"], include=["review_status", "date"], name="meeting_public_date_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["phone_call", "video_call", "in_person", "multilateral"]),
                name="meeting_kind_valid",
            ),
            models.CheckConstraint(condition=models.Q(status__in=["held", "planned"]), name="meeting_status_valid"),
            models.CheckConstraint(
                condition=(models.Q(date__isnull=True) & models.Q(date_precision="unknown"))
                | (models.Q(date__isnull=False) & models.Q(date_precision__in=["day", "month", "year"])),
                name="meeting_date_matches_precision",
            ),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1), name="meeting_confidence_0_1"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.date_display or 'undated'} (#{self.pk})"

    def get_absolute_url(self):
        return reverse("diplomacy:meeting-detail", kwargs={"pk": self.pk})

    @property
    def held_by_editor(self) -> bool:
        """True when extraction may add sources to this meeting but change nothing else about it."""
        return self.review_status != ReviewStatus.PROPOSED or self.curated

    @property
    def date_display(self) -> str:
        """The date as precisely as it is known: "2021-04-12", "2021-03", "2021", or ""."""
        if self.date is None:
            return ""
        if self.date_precision == self.DatePrecision.YEAR:
            return f"{self.date.year:04d}"
        if self.date_precision == self.DatePrecision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class MeetingParticipant(models.Model):
    """One side of a meeting: an actor, or a country where the text names no person for it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(
        "diplomacy.Actor", null=True, blank=True, on_delete=models.CASCADE, related_name="participations"
    )
    country = models.ForeignKey(
        "diplomacy.Country", null=True, blank=True, on_delete=models.CASCADE, related_name="participations"
    )
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article this came from; empty when an editor added it.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "id"]
        # Covering: "the meetings of an actor / a country" from the index alone (migration 0006).
        indexes = [
            models.Index(fields=["actor", "meeting"], name="participant_actor_meeting_idx"),
            models.Index(fields=["country", "meeting"], name="participant_country_mtg_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(actor__isnull=False) & models.Q(country__isnull=True))
                | (models.Q(actor__isnull=True) & models.Q(country__isnull=False)),
                name="participant_actor_xor_country",
            ),
            models.UniqueConstraint(
                fields=["meeting", "actor"], condition=models.Q(actor__isnull=False), name="participant_unique_actor"
            ),
            models.UniqueConstraint(
                fields=["meeting", "country"], condition=models.Q(country__isnull=False),
                name="participant_unique_country",
            ),
        ]

    def __str__(self):
        return str(self.actor or self.country)


class MeetingIssue(models.Model):
    """An issue discussed at a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="issue_links")
    issue = models.ForeignKey("diplomacy.Issue", on_delete=models.CASCADE, related_name="meeting_links")
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article this came from; empty when an editor added it.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "issue"]
        constraints = [models.UniqueConstraint(fields=["meeting", "issue"], name="meetingissue_unique")]

    def __str__(self):
        return f"{self.issue} at meeting {self.meeting_id}"


class MeetingSource(models.Model):
    """An article that reports a meeting, with the evidence sentence and where it stands in the text."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="meeting_sources")
    evidence = models.TextField()
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()
    confidence = models.FloatField(default=0.5)
    reason = models.CharField(max_length=300, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "evidence_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "article", "evidence_start"], name="meetingsource_unique_evidence"
            ),
            models.CheckConstraint(
                condition=models.Q(evidence_end__gte=models.F("evidence_start")), name="meetingsource_span_order"
            ),
        ]

    def __str__(self):
        return f"Article {self.article_id} on meeting {self.meeting_id}"
