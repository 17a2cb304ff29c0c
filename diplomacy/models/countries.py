from django.db import models


class Country(models.Model):
    """A state (or a dependent territory, kept apart by `sovereign`), keyed by ISO 3166-1.

    Historical states that news still refers to (the Soviet Union, SU) are kept with `historical` set.
    Loaded after `migrate` from the gazetteer of the extraction pipeline, which builds it from pycountry
    and countryinfo.
    """

    iso2 = models.CharField("ISO alpha-2", max_length=2, unique=True)
    iso3 = models.CharField("ISO alpha-3", max_length=3, unique=True)
    name = models.CharField(max_length=200)
    official_name = models.CharField(max_length=300, blank=True)
    other_names = models.JSONField(default=list, blank=True)
    demonyms = models.JSONField(default=list, blank=True)
    capitals = models.JSONField(default=list, blank=True)
    sovereign = models.BooleanField(default=True)
    historical = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(condition=models.Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_upper"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"/countries/{self.iso2.lower()}/"
