from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from diplomacy.models.common import ReviewStatus, TimestampedModel, fold_name, surname_key


class Actor(TimestampedModel):
    """A person or an organisation that takes part in diplomacy."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organisation"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=300, help_text="Canonical name: the fullest form seen.")
    slug = models.SlugField(max_length=320, unique=True)
    country = models.ForeignKey(
        "diplomacy.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="actors"
    )
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED)
    # Set when an editor corrected or merged the actor: extraction then never renames or removes it.
    curated = models.BooleanField(default=False, help_text="An editor corrected or merged this actor.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [
            ("review_actor", "Can confirm or reject actors"),
            ("merge_actor", "Can merge actors"),
        ]
        indexes = [models.Index(fields=["review_status"], name="actor_review_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["person", "organization"]), name="actor_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("diplomacy:actor-detail", kwargs={"slug": self.slug})


class ActorAlias(models.Model):
    """A surface form of an actor's name seen in an article, with its folded form for matching."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    folded = models.CharField(max_length=300, db_index=True, editable=False)
    surname = models.CharField(max_length=100, db_index=True, editable=False)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article where this form was first seen.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"
        constraints = [models.UniqueConstraint(fields=["actor", "name"], name="actoralias_unique_per_actor")]

    def save(self, *args, **kwargs):
        self.folded = fold_name(self.name)
        self.surname = surname_key(self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class ActorRole(models.Model):
    """A title an actor held ("Foreign Minister" of TR), with the dates it was first and last seen."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200)
    country = models.ForeignKey(
        "diplomacy.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article that first gave this role.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["actor", "-last_seen", "title"]
        constraints = [
            # Two partial constraints because NULLs are distinct in a plain unique key.
            models.UniqueConstraint(
                fields=["actor", "title", "country"], condition=models.Q(country__isnull=False),
                name="actorrole_unique_title_country",
            ),
            models.UniqueConstraint(
                fields=["actor", "title"], condition=models.Q(country__isnull=True),
                name="actorrole_unique_title_no_country",
            ),
            models.CheckConstraint(
                condition=models.Q(first_seen__isnull=True)
                | models.Q(last_seen__isnull=True)
                | models.Q(first_seen__lte=models.F("last_seen")),
                name="actorrole_seen_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.actor}: {self.title}"


class ActorMention(models.Model):
    """That an article mentions an actor, and as what; the actor's sources."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="actor_mentions")
    name_in_text = models.CharField(max_length=300)

    class Meta:
        ordering = ["article", "actor"]
        constraints = [models.UniqueConstraint(fields=["actor", "article"], name="actormention_unique")]

    def __str__(self):
        return f"{self.name_in_text} in article {self.article_id}"
