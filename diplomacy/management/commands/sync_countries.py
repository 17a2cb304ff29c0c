"""`manage.py sync_countries`: bring the Country table up to date with the gazetteer."""
from django.core.management.base import BaseCommand

from diplomacy.services import countries_sync


class Command(BaseCommand):
    help = "Create or update every country, territory and historical state from the gazetteer."

    def handle(self, *args, **options):
        self.stdout.write(f"{countries_sync()} countries in the gazetteer; table up to date.")
