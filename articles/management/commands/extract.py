"""`manage.py extract FILE.json ...`: one JSON line per article in the gold schema; writes nothing."""
import json

from django.core.management.base import BaseCommand, CommandError

from articles.documents import ArticleFormatError, expand_paths, read_documents
from articles.extraction import extract


class Command(BaseCommand):
    help = "Extract meetings from article files and print the gold schema of ../shared/eval as JSON lines."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=".json/.jsonl/.txt/.html files or folders of them")

    def handle(self, *args, paths, **options):
        failed = 0
        for path in expand_paths(paths):
            try:
                documents = read_documents(path)
            except (ArticleFormatError, OSError) as exc:
                failed += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            for doc in documents:
                result = extract(doc.text, published=doc.published, title=doc.title, url=doc.url)
                line = {"id": doc.external_id, **result.to_gold_dict()}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failed:
            raise CommandError(f"{failed} file(s) could not be read")
