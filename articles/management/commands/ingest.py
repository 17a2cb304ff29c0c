"""`manage.py ingest PATH...`: .txt, .html and JSON article files (or folders of them) into the queue."""
from django.core.management.base import BaseCommand, CommandError

from articles.ingestion import ingest_paths


class Command(BaseCommand):
    help = "Ingest article files (.txt, .html, .json, .jsonl) or folders; extraction is queued for each new one."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")

    def handle(self, *args, paths, **options):
        report = ingest_paths(paths)
        for name, reason in report.failed:
            self.stderr.write(f"failed: {name}: {reason}")
        self.stdout.write(report.summary())
        if report.failed and not (report.ingested or report.duplicates):
            raise CommandError("nothing could be ingested")
