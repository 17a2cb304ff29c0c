"""`manage.py reextract --all | ID...`: extract articles again (e.g. after the extractor improved).

What each article proposed before is replaced; what editors confirmed, corrected or rejected stays.
"""
from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from articles.services import article_reextract


class Command(BaseCommand):
    help = "Queue articles for extraction again; editors' decisions are kept."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int)
        parser.add_argument("--all", action="store_true", help="every article that has text")
        parser.add_argument("--outdated", action="store_true", help="articles extracted by another extractor version")

    def handle(self, *args, ids, all, outdated, **options):
        if not (ids or all or outdated):
            raise CommandError("name article ids, or use --all or --outdated")
        articles = Article.objects.exclude(text="")
        if outdated:
            from articles.extraction import EXTRACTOR_VERSION

            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        elif not all:
            articles = articles.filter(pk__in=ids)
            missing = set(ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with text has id {', '.join(map(str, sorted(missing)))}")
        queued = skipped = 0
        for article in articles.only("pk").iterator():
            if article_reextract(article=article):
                queued += 1
            else:
                skipped += 1
        self.stdout.write(f"{queued} queued for extraction, {skipped} being processed now (left alone)")
