"""/healthz (the process answers) and /readyz (database, broker, a worker, queue length) for load balancers."""
import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _broker() -> dict:
    """Redis reachable, the queue's length, and whether a worker answers a ping (1 s)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"status": "ok", "mode": "in-process (no broker)", "workers": 0, "queue_length": 0}
    import redis

    from diplomacy import celery_app

    client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=2, socket_connect_timeout=2)
    client.ping()
    queue_length = client.llen(settings.CELERY_TASK_DEFAULT_QUEUE)
    replies = celery_app.control.ping(timeout=1.0) or []
    return {"status": "ok" if replies else "no worker", "workers": len(replies), "queue_length": queue_length}


@never_cache
@require_GET
def readyz(request):
    checks, ready = {}, True
    for name, check in (("database", _database), ("broker", _broker)):
        try:
            checks[name] = check()
        except Exception as exc:  # any failure means "not ready"; the reason is logged, not shown
            logger.warning("readyz: %s failed: %s", name, exc)
            checks[name] = "unavailable"
            ready = False
    broker = checks.get("broker")
    if isinstance(broker, dict) and broker["status"] != "ok":
        ready = False
    return JsonResponse({"status": "ready" if ready else "not ready", "checks": checks}, status=200 if ready else 503)
