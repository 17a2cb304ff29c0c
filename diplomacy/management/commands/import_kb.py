"""`manage.py import_kb FILE.json[.gz]`: read back what `export_kb` wrote, into a migrated database whose
knowledge base is empty (countries aside: the file's own rows replace the ones migrations loaded)."""
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.models import Article
from diplomacy.models import Actor, Country, Meeting


class Command(BaseCommand):
    help = "Load a knowledge base exported by export_kb into an empty database, in one transaction."

    def add_arguments(self, parser):
        parser.add_argument("input")

    def handle(self, *args, input, **options):
        if Article.objects.exists() or Actor.objects.exists() or Meeting.objects.exists():
            raise CommandError("the knowledge base is not empty: import into a freshly migrated database")
        with transaction.atomic():
            Country.objects.all().delete()
            call_command("loaddata", input, verbosity=0)
        # The pages' cache is keyed by a data version that restarts with the database: nothing cached
        # before the import may be served after it.
        cache.clear()
        self.stdout.write(
            f"imported {Article.objects.count()} articles, {Actor.objects.count()} actors, "
            f"{Meeting.objects.count()} meetings"
        )
