"""Fill the database with synthetic meetings, actors, issues and articles, for benchmarks.

    python manage.py generate_synthetic --meetings 1000000 --actors 100000 --articles 200000 [--seed 1]

Adds to what is there (ids continue); use a database of its own. On PostgreSQL the rows go in with
COPY (minutes for a million meetings); elsewhere with bulk_create, fit for small numbers only.
"""
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from diplomacy.synthetic import Sizes, generate


class Command(BaseCommand):
    help = "Fill the database with realistic synthetic data (power-law activity, sources with evidence)."

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, required=True)
        parser.add_argument("--actors", type=int, required=True)
        parser.add_argument("--articles", type=int, required=True)
        parser.add_argument("--issues", type=int, default=0, help="default: meetings / 200, at least 20")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        sizes = Sizes(meetings=options["meetings"], actors=options["actors"], articles=options["articles"],
                      issues=options["issues"])
        if min(sizes.meetings, sizes.articles) < 1 or sizes.actors < 2:
            raise CommandError("Give at least 1 meeting, 2 actors and 1 article.")
        if connection.vendor != "postgresql" and sizes.meetings > 50_000:
            raise CommandError("Without PostgreSQL (COPY) this would take too long; use at most 50,000 meetings.")
        try:
            report = generate(sizes=sizes, seed=options["seed"], log=self.stdout.write)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(
            f"{report.counts.get('Meeting', 0)} meetings, {report.counts.get('Actor', 0)} actors, "
            f"{report.counts.get('Article', 0)} articles in {report.seconds['total']:.0f}s"
        ))
