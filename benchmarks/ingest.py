"""Ingestion at scale: articles/s end to end (ingest -> Celery worker -> PostgreSQL) with 1 and 2 workers,
next to the extraction pipeline alone; the cost of writing the Nth article next to the 100th; peak memory.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/diplomacy_ingest   # a database of its own
    .venv/bin/python benchmarks/ingest.py [--articles 200] [--workers 1 2] [--cost-articles 2000]
        [--prefill-meetings 0] [--broker redis://127.0.0.1:6379/14]

It starts its own Celery workers (`celery -A diplomacy worker -c N`) on a queue of its own, so other
workers on the same Redis never take its messages, and stops them (by pid) when done. The texts are
those of benchmarks/extraction.py (dev-corpus paragraphs shuffled, names varied), a new set for each run
so that nothing is a duplicate. Writes go to DATABASE_URL: use a database of its own.

The late cost: `--cost-articles N` writes N articles one after the other and compares the median
`extraction_apply` time of the last 100 with that of the first 100. `--prefill-meetings M` adds M
synthetic meetings (`generate_synthetic`: M/10 actors, M/5 articles) after the first 100, so the last
100 are written into a knowledge base the size of years of news without extracting all of it first.
`--workers` with no number skips the end-to-end runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def setup_django(broker: str, queue: str):
    os.environ["CELERY_BROKER_URL"] = broker
    os.environ["CELERY_TASK_DEFAULT_QUEUE"] = queue
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    import django

    django.setup()


def documents(n: int, seed: int, tag: str):
    from articles.documents import ArticleDocument
    from extraction import make_articles

    return [ArticleDocument(text=text, title=f"Synthetic report {tag}-{i}", published=published,
                            external_id=f"{tag}-{i}")
            for i, (text, published) in enumerate(make_articles(n, seed))]


def _tree(pid: int) -> list[int]:
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    return pids


def _status_mb(pid: int, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared between the worker's processes are counted once in the sum."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the worker's processes have used so far: the work, whatever the load."""
    total = 0.0
    for one in _tree(pid):
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def tree_peak_mb(pid: int) -> float:
    """The largest VmHWM among a process and its children (Celery's pool processes)."""
    return max(_status_mb(one, "VmHWM") for one in _tree(pid))


def tree_memory(pid: int) -> dict:
    """Peak RSS of each process of the worker (main first) and the PSS of all of them together, now."""
    pids = _tree(pid)
    return {"peaks": [_status_mb(one, "VmHWM") for one in pids], "pss": sum(_pss_mb(one) for one in pids)}


def start_worker(concurrency: int, env: dict, log: Path) -> subprocess.Popen:
    cmd = [str(ROOT / ".venv" / "bin" / "celery"), "-A", "diplomacy", "worker", "-c", str(concurrency),
           "-Q", env["CELERY_TASK_DEFAULT_QUEUE"], "--without-gossip", "--without-mingle", "--loglevel=WARNING"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    return proc


def wait_ready(app, proc, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the worker exited; see its log")
        if app.control.ping(timeout=1.0):
            return
    raise SystemExit("the worker did not answer within the time limit")


def end_to_end(docs, workers: int, env: dict, timeout: float) -> dict:
    from articles.models import Article
    from articles.services import article_ingest
    from diplomacy.celery import app

    log = Path(f"/tmp/bench-ingest-worker-{workers}.log")
    proc = start_worker(workers, env, log)
    try:
        wait_ready(app, proc)
        # Warm the pool processes (spaCy model load) with one article each before the clock starts.
        warm = [article_ingest(document=d, source=Article.Source.FILE, source_name="bench-warm")[0].pk
                for d in docs[:workers]]
        while Article.objects.filter(pk__in=warm, status__in=["queued", "processing"]).exists():
            time.sleep(0.2)
        load_before = os.getloadavg()[0]
        cpu_before = tree_cpu_s(proc.pid)
        start = time.perf_counter()
        ids = [article_ingest(document=d, source=Article.Source.FILE, source_name="bench")[0].pk
               for d in docs[workers:]]
        ingest_s = time.perf_counter() - start
        deadline = time.time() + timeout
        pending = len(ids)
        while pending and time.time() < deadline:
            time.sleep(0.25)
            pending = Article.objects.filter(pk__in=ids, status__in=["queued", "processing"]).count()
        total_s = time.perf_counter() - start
        failed = Article.objects.filter(pk__in=ids, status="failed").count()
        cpu_s = tree_cpu_s(proc.pid) - cpu_before
        memory = tree_memory(proc.pid)
        return {"n": len(ids), "ingest_s": ingest_s, "total_s": total_s, "pending": pending, "failed": failed,
                "peak_mb": max(memory["peaks"]), "peaks": memory["peaks"], "pss_mb": memory["pss"],
                "load": (load_before, os.getloadavg()[0]), "cpu_ms": cpu_s * 1000 / max(1, len(ids))}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def pipeline_alone(docs) -> tuple[float, float]:
    """Articles/s of `extract()` in this process, and its CPU milliseconds per article."""
    from articles.extraction import extract

    extract(docs[0].text, published=docs[0].published)
    start, cpu = time.perf_counter(), time.process_time()
    for d in docs[1:]:
        extract(d.text, published=d.published, title=d.title)
    return (len(docs) - 1) / (time.perf_counter() - start), (time.process_time() - cpu) * 1000 / (len(docs) - 1)


def apply_costs(docs, *, prefill_meetings: int = 0, seed: int = 1) -> tuple[list[float], list[int]]:
    """Milliseconds of `extraction_apply` (the writes alone: results computed beforehand) per article, in
    order, and the number of SQL statements each sent (round trips: on a busy machine, the cost).

    With `prefill_meetings`, synthetic data is added after the first 100 articles.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.extraction import extract
    from articles.models import Article
    from diplomacy.services import extraction_apply

    results = [extract(d.text, published=d.published, title=d.title) for d in docs]
    costs, queries = [], []
    for i, (d, result) in enumerate(zip(docs, results)):
        if i == 100 and prefill_meetings:
            from diplomacy.synthetic import Sizes, generate

            start = time.perf_counter()
            generate(sizes=Sizes(meetings=prefill_meetings, actors=max(2, prefill_meetings // 10),
                                 articles=max(1, prefill_meetings // 5), issues=0), seed=seed, log=lambda *a: None)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            print(f"  prefilled {prefill_meetings} synthetic meetings in {time.perf_counter() - start:.0f}s")
        article = Article.objects.create(text=d.text, title=d.title, published_date=d.published,
                                         external_id=d.external_id, status=Article.Status.PROCESSING)
        connection.queries_log.clear()  # a bounded deque: once full, the context would capture nothing
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            extraction_apply(article=article, result=result)
            costs.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured.captured_queries))
        Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    return costs, queries


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="articles per end-to-end run")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--cost-articles", type=int, default=2000, help="0 to skip the Nth-vs-100th run")
    ap.add_argument("--prefill-meetings", type=int, default=0,
                    help="synthetic meetings to add after the first 100 articles of the cost run")
    ap.add_argument("--broker", default="redis://127.0.0.1:6379/14")
    ap.add_argument("--timeout", type=float, default=900, help="seconds to wait for one run to drain")
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    args = ap.parse_args(argv)
    queue = f"bench-ingest-{os.getpid()}"
    setup_django(args.broker, queue)
    import logging

    from django.db import connection

    logging.getLogger("articles").setLevel(logging.WARNING)  # one INFO line per article would be the output

    from diplomacy.models import Meeting

    env = dict(os.environ)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB; Python {platform.python_version()}")
    print(f"database: {connection.settings_dict['NAME']} ({Meeting.objects.count()} meetings before); queue {queue}")

    docs = documents(args.articles + 1, args.seed, f"p{args.seed}")
    rate, cpu_ms = pipeline_alone(docs)
    print(f"pipeline alone (extract, in-process, 1 core): {rate:.1f} articles/s over {args.articles} articles, "
          f"CPU {cpu_ms:.0f} ms per article; load average {os.getloadavg()[0]:.1f}")
    for i, workers in enumerate(args.workers):
        run_docs = documents(args.articles + workers, args.seed + 100 + i, f"w{workers}-{args.seed}")
        r = end_to_end(run_docs, workers, env, args.timeout)
        print(f"end to end, {workers} worker process(es): {r['n'] / r['total_s']:.1f} articles/s "
              f"({r['n']} articles in {r['total_s']:.1f}s, ingest itself {r['ingest_s']:.1f}s; failed {r['failed']}, "
              f"unfinished {r['pending']}); worker CPU {r['cpu_ms']:.0f} ms per article; worker peak RSS {r['peak_mb']:.0f} MB "
              f"(per process, main first: {', '.join(f'{p:.0f}' for p in r['peaks'])}; PSS of all at the end "
              f"{r['pss_mb']:.0f} MB); load average {r['load'][0]:.1f} before, {r['load'][1]:.1f} after")

    if args.cost_articles:
        meetings_before = Meeting.objects.count()
        costs, queries = apply_costs(documents(args.cost_articles, args.seed + 7, f"c{args.seed}"),
                                     prefill_meetings=args.prefill_meetings, seed=args.seed)
        first = statistics.median(costs[:100])
        last = statistics.median(costs[-100:])
        print(f"extraction_apply cost: median of articles 1-100 {first:.1f} ms, of articles "
              f"{len(costs) - 99}-{len(costs)} {last:.1f} ms: ratio {last / first:.2f} "
              f"(database had {meetings_before} meetings at the start, {Meeting.objects.count()} at the end); "
              f"SQL statements per article: {statistics.mean(queries[:100]):.0f} for 1-100, "
              f"{statistics.mean(queries[-100:]):.0f} for the last 100")
    print(f"this process peak RSS {tree_peak_mb(os.getpid()):.0f} MB")


if __name__ == "__main__":
    main()
