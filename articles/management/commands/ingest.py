"""`manage.py ingest PATH_OR_URL...`: files (.txt, .html, .json, .jsonl), folders of them, or http(s) URLs."""
from django.core.management.base import BaseCommand, CommandError

from articles.documents import expand_paths
from articles.ingestion import IngestReport, ingest_paths
from articles.models import Article
from articles.services import article_ingest_url


class Command(BaseCommand):
    help = ("Ingest article files or folders (.txt, .html, .json, .jsonl) and URLs; extraction is queued for "
            "each new article. Prints a summary; unreadable input is kept as a failed article with its reason.")

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, sources, progress, no_progress, **options):
        urls = [s for s in sources if s.startswith(("http://", "https://"))]
        paths = [s for s in sources if s not in urls]
        report = IngestReport()
        for url in urls:
            article, created = article_ingest_url(url=url, source=Article.Source.URL)
            (report.ingested if created else report.duplicates).append(article.pk)
        if paths:
            stream = self.stderr._out  # the raw stream: tqdm redraws its line with carriage returns
            show = progress or (stream.isatty() and not no_progress)
            files = expand_paths(paths)
            if show:
                from tqdm import tqdm

                with tqdm(total=len(files), unit="file", file=stream) as bar:
                    ingest_paths(files, report=report, on_file=lambda _path: bar.update(1))
            else:
                ingest_paths(files, report=report)
        for name, reason in report.failed:
            self.stderr.write(f"failed: {name}: {reason}")
        self.stdout.write(report.summary())
        if report.failed and not (report.ingested or report.duplicates):
            raise CommandError("nothing could be ingested")
