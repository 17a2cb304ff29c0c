"""`manage.py export_kb FILE.json[.gz]`: the whole knowledge base — articles, actors, meetings, issues,
curation and its history, users, groups and API tokens — in one file that `import_kb` reads back."""
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Order matters for reading back: what is pointed to comes first.
EXPORTED = ["auth.group", "auth.user", "authtoken.token", "articles", "diplomacy"]
# Derived rows, rebuilt as the rest is read back: the database triggers write each meeting's countries
# (diplomacy/denorm.py) as its participants arrive, and the cache's data version starts afresh.
DERIVED = ["diplomacy.MeetingCountry", "diplomacy.DataVersion"]


class Command(BaseCommand):
    help = "Write the whole knowledge base to a JSON file (gzip when the name ends in .gz)."

    def add_arguments(self, parser):
        parser.add_argument("output")

    def handle(self, *args, output, **options):
        call_command("dumpdata", *EXPORTED, exclude=DERIVED, natural_foreign=True, output=output, verbosity=0)
        self.stdout.write(f"knowledge base written to {output}")
