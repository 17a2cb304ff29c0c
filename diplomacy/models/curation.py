from django.db import models


class MergeRecord(models.Model):
    """A merge an editor made: which rows became which survivor.

    Kept because the merged-away rows are deleted; their history rows say what they were, this says
    where they went and who decided it.
    """

    class Kind(models.TextChoices):
        ACTOR = "actor", "Actor"
        ISSUE = "issue", "Issue"
        MEETING = "meeting", "Meeting"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    survivor_id = models.PositiveBigIntegerField(db_index=True)
    survivor_label = models.CharField(max_length=300)
    merged_ids = models.JSONField(default=list)
    merged_labels = models.JSONField(default=list)
    moved = models.JSONField(default=dict, help_text="How many rows of each kind moved to the survivor.")
    merged_by = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    merged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-merged_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=["actor", "issue", "meeting"]), name="mergerecord_kind_valid"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {', '.join(map(str, self.merged_ids))} into {self.survivor_id}"
