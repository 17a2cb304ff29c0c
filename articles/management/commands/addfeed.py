"""`manage.py addfeed URL [--poll]`: follow an RSS or Atom feed."""
from django.core.management.base import BaseCommand

from articles.feeds import feed_add, feed_poll


class Command(BaseCommand):
    help = "Add a feed to poll (Celery beat polls active feeds); --poll polls it once now."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--poll", action="store_true")

    def handle(self, *args, url, poll, **options):
        feed, created = feed_add(url=url)
        self.stdout.write(f"feed {feed.pk} {'added' if created else 'already followed'}: {feed.url}")
        if poll:
            self.stdout.write(f"poll: {feed_poll(feed_id=feed.pk) or 'not due (another poll has it)'}")
