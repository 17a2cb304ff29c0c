"""The Celery application; `celery -A diplomacy worker` finds it here."""
import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")

app = Celery("diplomacy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def preload_extraction_model(sender=None, **kwargs):
    """Load the spaCy model and the gazetteer tables in the worker's main process, before it forks its pool.

    Each pool process then starts with the model in memory (no first article paying for the load), and
    the model's pages are shared between them copy-on-write instead of loaded once per process.
    Off with CELERY_WORKER_PRELOAD_MODEL=false (a worker that only polls feeds, say).
    """
    from django.conf import settings

    if not getattr(settings, "CELERY_WORKER_PRELOAD_MODEL", True):
        return False
    from articles.extraction import warm_up

    warm_up()
    return True
