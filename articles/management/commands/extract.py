"""`manage.py extract FILE.json ...`: one JSON line per article in the gold schema; writes nothing."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import extract
from articles.jsonformat import ArticleFormatError, read_json_documents


class Command(BaseCommand):
    help = "Extract meetings from articles in the JSON article format and print the gold schema as JSON lines."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=".json/.jsonl files or folders of them")

    def handle(self, *args, paths, **options):
        files = []
        for name in paths:
            path = Path(name)
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in (".json", ".jsonl")))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{name}: no such file or folder")
        failed = 0
        for path in files:
            try:
                documents = read_json_documents(path)
            except (ArticleFormatError, OSError) as exc:
                failed += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            for doc in documents:
                result = extract(doc.text, published=doc.published, title=doc.title)
                line = {"id": doc.external_id, **result.to_gold_dict()}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failed:
            sys.exit(1)
