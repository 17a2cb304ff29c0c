from django.db import models


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
