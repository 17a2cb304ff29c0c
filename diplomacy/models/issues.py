from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from diplomacy.models.common import ReviewStatus, TimestampedModel, fold_name, issue_key


class Issue(TimestampedModel):
    """A substantive topic of diplomacy: a conflict, a peace process, an arms deal, sanctions, trade."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [
            ("review_issue", "Can confirm or reject issues"),
            ("merge_issue", "Can merge issues"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("diplomacy:issue-detail", kwargs={"slug": self.slug})


class IssueAlias(models.Model):
    """A surface form of an issue seen in an article ("intra-Afghan peace talks")."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    folded = models.CharField(max_length=300, db_index=True, editable=False)
    key = models.CharField(max_length=300, db_index=True, editable=False)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The article where this form was first seen.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "issue aliases"
        constraints = [models.UniqueConstraint(fields=["issue", "name"], name="issuealias_unique_per_issue")]

    def save(self, *args, **kwargs):
        self.folded = fold_name(self.name)
        self.key = issue_key(self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name
