"""Load every country, territory and historical state from the gazetteer (pycountry + countryinfo)."""
from django.db import migrations


def load(apps, schema_editor):
    from diplomacy.services import countries_sync

    countries_sync(country_model=apps.get_model("diplomacy", "Country"))


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0001_initial")]

    # Reversing leaves the rows: they are reference data that other rows point to.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
