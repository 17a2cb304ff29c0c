"""Throughput and memory of the extraction pipeline next to spaCy's own `nlp.pipe` on the same texts.

    .venv/bin/python benchmarks/extraction.py [--articles 3000] [--memory-articles 10000] [--seed 7]

The texts are made from the dev corpus (../shared/eval/dev/corpus when present, else the shipped
samples): paragraphs of different articles shuffled together, with people's names, places and numbers
replaced by generated ones, so that the vocabulary keeps growing as it would over years of news (a
pipeline that leaks strings shows it here). Prints one table; copy it into docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import resource
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import extract, warm_up  # noqa: E402
from articles.extraction.sentences import get_nlp, paragraphs  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "eval" / "dev" / "corpus", ROOT / "articles" / "samples"]
SYLLABLES = "ka lo mi ra tu sen dar vik ol an ie ko ru sa ne hal mor tin bel gu".split()


def rss_mb() -> float:
    """Resident memory now, from /proc (Linux)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_paragraphs() -> list[str]:
    out = []
    for folder in CORPORA:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                text = json.loads(path.read_text(encoding="utf-8")).get("text") or ""
                out.extend(text[s:e] for s, e in paragraphs(text))
            break
    if not out:
        raise SystemExit("no corpus found")
    return out


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_articles(n: int, seed: int) -> list[tuple[str, dt.date]]:
    """n articles of 4-12 paragraphs each, with capitalised words varied to grow the vocabulary."""
    rng = random.Random(seed)
    paras = load_paragraphs()
    capitalised = re.compile(r"\b([A-Z][a-z]{3,})\b")
    articles = []
    for _ in range(n):
        chosen = rng.sample(paras, k=min(len(paras), rng.randint(4, 12)))
        # Replace about one capitalised word in five by an invented one: new names, new strings.
        text = "\n\n".join(
            capitalised.sub(lambda m: invented_name(rng) if rng.random() < 0.2 else m.group(1), p) for p in chosen
        )
        published = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randint(0, 35 * 365))
        articles.append((text, published))
    return articles


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def time_spacy(texts) -> float:
    """spaCy alone, the way it is meant to run fastest: nlp.pipe over the paragraphs, batched."""
    nlp = get_nlp()
    paras = [t[s:e] for t in texts for s, e in paragraphs(t)]
    start = time.perf_counter()
    for _ in nlp.pipe(paras, batch_size=64):
        pass
    return time.perf_counter() - start


def time_pipeline(articles) -> float:
    start = time.perf_counter()
    for text, published in articles:
        extract(text, published=published)
    return time.perf_counter() - start


def time_interleaved(articles, chunk: int) -> tuple[float, float, list[float]]:
    """Both runs over the same chunks of articles, taking turns (and alternating which goes first), so a
    slow spell of a shared machine falls on both alike. Returns spaCy's seconds, the pipeline's, and
    each chunk's throughput ratio."""
    spacy_total = pipe_total = 0.0
    ratios = []
    for n, k in enumerate(range(0, len(articles), chunk)):
        part = articles[k:k + chunk]
        if n % 2:
            pipe_s = time_pipeline(part)
            spacy_s = time_spacy([t for t, _ in part])
        else:
            spacy_s = time_spacy([t for t, _ in part])
            pipe_s = time_pipeline(part)
        spacy_total, pipe_total = spacy_total + spacy_s, pipe_total + pipe_s
        ratios.append(spacy_s / pipe_s)
    return spacy_total, pipe_total, ratios


def memory_run(articles, every: int) -> list[tuple[int, float]]:
    samples = []
    for n, (text, published) in enumerate(articles, 1):
        extract(text, published=published)
        if n % every == 0:
            samples.append((n, rss_mb()))
    return samples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--memory-articles", type=int, default=10000, help="0 to skip the memory run")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--chunk", type=int, default=50, help="articles per turn of the interleaved runs")
    args = ap.parse_args(argv)

    articles = make_articles(args.articles, args.seed)
    texts = [t for t, _ in articles]
    n_words = words(texts)
    warm_up()  # the model and the gazetteer tables, loaded outside the timings as a worker does
    extract(texts[0], published=articles[0][1])
    base_rss = rss_mb()

    spacy_s, pipe_s, ratios = time_interleaved(articles, args.chunk)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"data: {len(articles)} articles, {n_words} words (seed {args.seed})")
    print(f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    for label, secs in (("spaCy nlp.pipe (parse only)", spacy_s), ("extraction pipeline (extract)", pipe_s)):
        print(f"{label:<34}{secs:>9.1f}{len(articles) / secs:>12.1f}{n_words / secs:>10.0f}")
    ratios.sort()
    print(f"pipeline / spaCy throughput: {spacy_s / pipe_s:.2f} (runs interleaved in chunks of {args.chunk} articles;"
          f" per chunk: median {statistics.median(ratios):.2f}, min {ratios[0]:.2f}, max {ratios[-1]:.2f})")
    print(f"RSS after model load {base_rss:.0f} MB, peak so far {peak_mb():.0f} MB")

    if args.memory_articles:
        more = make_articles(args.memory_articles, args.seed + 1)
        every = max(1, args.memory_articles // 10)
        samples = memory_run(more, every)
        print(f"memory over {args.memory_articles} more articles (RSS MB every {every}): "
              + ", ".join(f"{n}:{mb:.0f}" for n, mb in samples))
        print(f"growth from first to last sample: {samples[-1][1] - samples[0][1]:+.0f} MB; peak {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
