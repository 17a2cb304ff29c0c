"""Latency and throughput of the main pages and API endpoints, from a separate process, on 127.0.0.1 only.

Start the server yourself (this script starts nothing), e.g. with DEBUG off:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/diplomacy_scale
    export DJANGO_DEBUG=false DJANGO_SECRET_KEY=bench DJANGO_ALLOWED_HOSTS=127.0.0.1 \
           DJANGO_SECURE_SSL_REDIRECT=false API_THROTTLE_ANON=1000000/min
    .venv/bin/gunicorn -w 2 -b 127.0.0.1:8077 diplomacy.wsgi &
    .venv/bin/python benchmarks/load.py --base-url http://127.0.0.1:8077 --server-pid $!

Then, for each URL: a few warm-up requests, then at most `--requests` requests from `--concurrency`
threads, stopped after `--time-limit` seconds whatever is left; median and p95 latency, requests/s.
The script reads the same database (DATABASE_URL) to choose the URLs (the busiest actor, a meeting)
and, for each API list, replays the SQL statements Django sends for that request through a raw cursor:
the "bare SQL" time for the same rows, against which the HTTP answer is compared (target: within 3x).
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    import django

    django.setup()


def choose_targets(date_after: str) -> dict:
    """The URLs to measure, chosen from the data: the busiest actor, its surname as a query, a meeting."""
    from django.db.models import Count

    from diplomacy.models import Actor, MeetingParticipant

    busiest = (MeetingParticipant.objects.filter(actor__isnull=False).values("actor_id")
               .annotate(n=Count("id")).order_by("-n").first())
    actor = Actor.objects.get(pk=busiest["actor_id"])
    surname = actor.name.split()[-1]
    meeting_id = MeetingParticipant.objects.filter(actor=actor).order_by("-meeting_id").values_list(
        "meeting_id", flat=True).first()
    return {
        "busiest": f"{actor.name} ({busiest['n']} meetings)",
        "pages": {
            "actor page (busiest)": f"/actors/{actor.slug}/",
            "country pair TR-US": "/countries/tr/us/",
            "meetings TR since date": f"/meetings/?country=TR&date_after={date_after}",
            "search": f"/search/?q={surname}",
        },
        "api_lists": {
            "API meetings ?country=TR": "/api/v1/meetings/?country=TR",
            "API actors ?q=": f"/api/v1/actors/?q={surname}",
        },
        "api_details": {
            "API meeting detail": f"/api/v1/meetings/{meeting_id}/",
            "API actor detail (busiest)": f"/api/v1/actors/{actor.pk}/",
        },
    }


def bare_sql_ms(path: str, repeat: int) -> tuple[float, int]:
    """The median time of replaying, through a raw cursor, every SQL statement Django runs for `path`
    (rows fetched, no Python objects, no serialisation, no HTTP), and how many statements there are."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, secure=False)
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code} in process")
    statements = [q["sql"] for q in captured.captured_queries
                  if not q["sql"].startswith(("SAVEPOINT", "RELEASE", "SET", "BEGIN", "COMMIT"))]
    timings = []
    with connection.cursor() as cursor:
        for _ in range(repeat):
            start = time.perf_counter()
            for sql in statements:
                cursor.execute(sql)
                if cursor.description is not None:
                    cursor.fetchall()
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), len(statements)


def measure(base_url: str, path: str, *, concurrency: int, requests_max: int, time_limit: float) -> dict:
    url = base_url.rstrip("/") + path
    local = threading.local()

    def session():
        if not hasattr(local, "session"):
            local.session = requests.Session()
        return local.session

    for _ in range(3):  # warm-up: connections, caches, the workers' first import of a template
        session().get(url, timeout=60)
    deadline = time.perf_counter() + time_limit
    latencies, errors = [], []
    lock = threading.Lock()

    def one(_):
        if time.perf_counter() > deadline:
            return
        start = time.perf_counter()
        response = session().get(url, timeout=60)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            (latencies if response.status_code == 200 else errors).append(elapsed)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests_max)))
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "n": len(latencies), "errors": len(errors),
        "median": statistics.median(latencies) if latencies else float("nan"),
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else float("nan"),
        "rps": len(latencies) / wall if wall else 0.0,
    }


def peak_rss_mb(pid: int) -> dict[int, float]:
    """VmHWM (peak resident memory) of a process and its children, from /proc."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    peaks = {}
    for one in pids:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[one] = int(line.split()[1]) / 1024
        except OSError:
            pass
    return peaks


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base-url", default="http://127.0.0.1:8077")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--requests", type=int, default=200, help="at most this many requests per URL")
    ap.add_argument("--time-limit", type=float, default=20.0, help="seconds per URL at most")
    ap.add_argument("--date-after", default="2024-01-01")
    ap.add_argument("--sql-repeat", type=int, default=20)
    ap.add_argument("--server-pid", type=int, help="gunicorn master: report its workers' peak memory")
    args = ap.parse_args(argv)
    host = urlsplit(args.base_url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing {host}: this benchmark only sends traffic to 127.0.0.1")
    if args.concurrency < 1 or args.requests < 1 or args.time_limit <= 0:
        raise SystemExit("concurrency, requests and time limit must be positive")

    setup_django()
    from django.db import connection

    from diplomacy.models import Actor, Meeting

    targets = choose_targets(args.date_after)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB; Python {platform.python_version()}")
    print(f"data: {Meeting.objects.count()} meetings, {Actor.objects.count()} actors "
          f"({connection.vendor}); busiest actor: {targets['busiest']}")
    print(f"load: concurrency {args.concurrency}, at most {args.requests} requests or {args.time_limit:.0f}s per URL")
    print(f"{'URL':<30}{'n':>5}{'err':>5}{'median ms':>11}{'p95 ms':>9}{'req/s':>8}{'bare SQL ms':>13}{'ratio':>7}  path")
    for group in ("pages", "api_details", "api_lists"):
        for label, path in targets[group].items():
            r = measure(args.base_url, path, concurrency=args.concurrency, requests_max=args.requests,
                        time_limit=args.time_limit)
            sql, ratio = "", ""
            if group == "api_lists":
                sql_ms, statements = bare_sql_ms(path, args.sql_repeat)
                sql, ratio = f"{sql_ms:.1f} ({statements}q)", f"{r['median'] / sql_ms:.1f}x"
            print(f"{label:<30}{r['n']:>5}{r['errors']:>5}{r['median']:>11.1f}{r['p95']:>9.1f}{r['rps']:>8.1f}"
                  f"{sql:>13}{ratio:>7}  {path}")
    if args.server_pid:
        peaks = peak_rss_mb(args.server_pid)
        print("web peak RSS (VmHWM) MB: " + ", ".join(f"pid {p}: {mb:.0f}" for p, mb in peaks.items()))


if __name__ == "__main__":
    main()
