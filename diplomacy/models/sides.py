from django.db import models
from django.db.backends.signals import connection_created
from django.db.models import signals


class MeetingCountry(models.Model):
    """Denormalised: a country a meeting involves, itself or through a participant's actor, and the
    meeting's date (1M meetings: "the meetings of TR since 2024" from one index range instead of an OR
    over 2.4M participants joined to their actors).

    Written only by the database triggers of migration 0007 (diplomacy/denorm.py): every insert, update
    or delete of a participant, a change of an actor's country or of a meeting's date keeps the rows in
    step, whatever path made it (extraction, curation, the admin, a bulk write, a cascade). Rejected
    actors count too, as in the `country` filter; the reads decide what is public.
    """

    meeting = models.ForeignKey("diplomacy.Meeting", on_delete=models.CASCADE, related_name="country_sides")
    country = models.ForeignKey("diplomacy.Country", on_delete=models.CASCADE, related_name="+", db_index=False)
    date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "country"]
        constraints = [models.UniqueConstraint(fields=["country", "meeting"], name="meetingcountry_unique")]
        indexes = [models.Index(fields=["country", "date", "meeting"], name="meetingcountry_date_idx")]

    def __str__(self):
        return f"{self.country_id} in meeting {self.meeting_id}"


class DataVersion(models.Model):
    """One row: a number raised after every committed change to what the public pages aggregate
    (meetings, participants, issues, actors, countries). Cached aggregates are keyed by it
    (diplomacy/denorm.py), so a change reaches every web process at once whatever cache each uses."""

    version = models.BigIntegerField(default=0)

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="dataversion_single_row")]

    def __str__(self):
        return f"data version {self.version}"


# Every ORM save or delete of these raises the version once the transaction commits. Bulk writes send no
# signal: extraction_apply calls denorm.data_changed() itself.
AGGREGATED_MODELS = ("diplomacy.Meeting", "diplomacy.MeetingParticipant", "diplomacy.MeetingIssue",
                     "diplomacy.Actor", "diplomacy.Issue", "diplomacy.Country")


def _changed(sender, **kwargs):
    from diplomacy import denorm

    denorm.data_changed()


for _label in AGGREGATED_MODELS:
    signals.post_save.connect(_changed, sender=_label, weak=False, dispatch_uid=f"data-version-save-{_label}")
    signals.post_delete.connect(_changed, sender=_label, weak=False, dispatch_uid=f"data-version-delete-{_label}")


def _connected(sender, connection, **kwargs):
    from diplomacy import denorm

    denorm.set_planner_costs(sender, connection=connection, **kwargs)


connection_created.connect(_connected, weak=False, dispatch_uid="diplomacy-planner-costs")
