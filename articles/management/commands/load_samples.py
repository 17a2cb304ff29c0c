"""`manage.py load_samples`: ingest the dev corpus (when ../shared is there) and the bundled samples."""
from django.conf import settings
from django.core.management.base import BaseCommand

from articles.ingestion import ingest_paths


class Command(BaseCommand):
    help = "Ingest the sample articles (settings.SAMPLE_ARTICLE_DIRS that exist); duplicates are skipped."

    def handle(self, *args, **options):
        folders = [d for d in settings.SAMPLE_ARTICLE_DIRS if d.is_dir()]
        report = ingest_paths(folders)
        for name, reason in report.failed:
            self.stderr.write(f"failed: {name}: {reason}")
        self.stdout.write(f"samples from {', '.join(map(str, folders))}: {report.summary()}")
