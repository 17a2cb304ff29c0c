"""The Celery application; `celery -A diplomacy worker` finds it here."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")

app = Celery("diplomacy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
