"""Synthetic knowledge bases at scale, for benchmarks: `manage.py generate_synthetic`.

The data is shaped like years of world news rather than uniform noise, because uniform data hides the
cases that are slow: activity follows a power law (a few actors and countries are in thousands of
meetings, most in a handful), meetings have 2-4 sides from several countries, and every meeting has
1-2 sources whose evidence sentence really stands at its offsets in the generated article text.

On PostgreSQL the rows go in with COPY, in one transaction that drops the loaded tables' secondary
indexes and foreign keys first and rebuilds them at the end (a sorted index build and one validating
join per foreign key are much cheaper than maintaining them row by row), the way pg_restore does; the
rebuild checks every unique key and foreign key, so the data is proven consistent when it commits.
Elsewhere (SQLite, small N) the same rows go in with bulk_create.

History tables (simple_history) are left empty: the rows were never edited.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import random
import time
from dataclasses import dataclass, field

import numpy as np
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from unidecode import unidecode

from articles.models import Article
from diplomacy import denorm
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue,
    MeetingParticipant, MeetingSource,
)
from diplomacy.models.common import fold_name, issue_key, surname_key

# Countries in the news most; their weights lead a power law over the rest, so TR-US is a busy pair.
MAJOR_COUNTRIES = ["US", "CN", "RU", "TR", "GB", "FR", "DE", "IN", "JP", "IR", "UA", "IL", "SA", "BR", "PK",
                   "KR", "EG", "IT", "QA", "AE"]
GIVEN = ["Antony", "Mevlüt", "Sergey", "Wang", "Josep", "Annalena", "Hakan", "Jaishankar", "Yoshimasa",
         "Hossein", "Dmytro", "Eli", "Faisal", "Mauro", "Bilawal", "Park", "Sameh", "Antonio", "Mohammed",
         "Catherine", "José", "Søren", "Zoë", "Ngozi", "Amina", "Lars", "Ana", "Marek", "Emine", "Kofi",
         "Olena", "Rafael", "Yasmin", "Pedro", "Ingrid", "Tomás", "Leyla", "Kenji", "Priya", "Omar"]
SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "sen", "dar", "vik", "ol", "an", "ko", "ru", "sa", "ne", "hal",
             "mor", "tin", "bel", "gu", "çav", "uş", "öz", "ié", "ño", "ski", "ber", "ov", "ić", "ssa", "yan"]
ORG_SUFFIXES = ["Council", "Union", "Alliance", "Organisation", "Development Bank", "Forum", "Commission"]
PERSON_TITLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister",
                 "Special Envoy", "National Security Adviser", "Deputy Foreign Minister", "Ambassador"]
TOPICS = ["trade talks", "border dispute", "peace process", "sanctions", "arms deal", "energy deal",
          "nuclear programme", "climate finance", "migration", "visa liberalisation", "grain corridor",
          "debt relief", "water rights", "ceasefire"]
FILLER = [
    "Officials described the atmosphere as constructive.",
    "The ministry published a short readout after the talks.",
    "Analysts said the contacts reflected a broader effort to ease tensions.",
    "No joint statement was issued.",
    "Both sides agreed to stay in close contact.",
    "The talks came days after a regional summit.",
    "Markets reacted calmly to the news.",
    "Opposition lawmakers criticised the government's approach.",
    "A spokesperson declined to give further details.",
    "The two countries have had diplomatic relations for decades.",
]
KINDS = [("in_person", 0.45), ("phone_call", 0.35), ("video_call", 0.08), ("multilateral", 0.12)]
PRECISIONS = [("day", 0.85), ("month", 0.10), ("year", 0.03), ("unknown", 0.02)]
REVIEW = [("proposed", 0.80), ("confirmed", 0.17), ("rejected", 0.03)]
FIRST_DAY, LAST_DAY = dt.date(1995, 1, 1), dt.date(2025, 12, 31)
EXTRACTOR_VERSION = "synthetic-1"


@dataclass
class Sizes:
    meetings: int
    actors: int
    articles: int
    issues: int = 0
    # The flattening of the actors' power law; None: grows with the number of actors (see power_law_weights).
    actor_offset: float | None = None

    def __post_init__(self):
        self.issues = self.issues or max(20, self.meetings // 200)


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _choices(rng, options):
    values, weights = zip(*options)
    return values, np.array(weights) / sum(weights)


def power_law_weights(n: int, *, offset: float | None = None, exponent: float = 1.1) -> np.ndarray:
    """Weights of ranks 1..n falling as (rank + offset)^-exponent: a heavy head without one actor in every
    meeting (with 100,000 actors and 1M meetings the busiest is in about 10,000). The offset flattens the
    very top; by default it grows with n (50 for 100,000) so small sets keep a head as well."""
    offset = max(2.0, n / 2000) if offset is None else offset
    w = (np.arange(1, n + 1) + offset) ** -exponent
    return w / w.sum()


def _esc(value) -> str:
    """A value in PostgreSQL's COPY text format."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return str(value)


class _Writer:
    """Writes tuples of attribute values into a model's table: COPY on PostgreSQL, bulk_create elsewhere."""

    CHUNK = 100_000

    def __init__(self):
        self.postgres = connection.vendor == "postgresql"

    def write(self, model, columns: list[str], rows) -> int:
        count = 0
        chunk = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= self.CHUNK:
                count += self._flush(model, columns, chunk)
                chunk = []
        if chunk:
            count += self._flush(model, columns, chunk)
        return count

    def _flush(self, model, columns, chunk) -> int:
        if self.postgres:
            buf = io.StringIO()
            buf.writelines("\t".join(map(_esc, row)) + "\n" for row in chunk)
            buf.seek(0)
            cols = ", ".join(f'"{model._meta.get_field(c).column}"' for c in columns)
            with connection.cursor() as cursor:
                cursor.cursor.copy_expert(f'COPY "{model._meta.db_table}" ({cols}) FROM STDIN', buf)
        else:
            model.objects.bulk_create([model(**dict(zip(columns, row))) for row in chunk], batch_size=500)
        return len(chunk)


MODELS = [Article, Actor, ActorAlias, ActorRole, ActorMention, Issue, IssueAlias, Meeting, MeetingParticipant,
          MeetingIssue, MeetingSource]


class _DeferredConstraints:
    """On PostgreSQL: drop the secondary indexes and foreign keys of the loaded tables, put them back after.

    Must run inside a transaction: if anything fails, the drop is rolled back with the rows.
    """

    def __init__(self, tables: list[str]):
        self.tables = tables
        self.indexes: list[tuple[str, str]] = []
        self.foreign_keys: list[tuple[str, str, str]] = []

    def drop(self):
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT i.indexname, i.indexdef FROM pg_indexes i
                   WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s)
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""",
                [self.tables],
            )
            self.indexes = cursor.fetchall()
            cursor.execute(
                """SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                   WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(%s)""",
                [self.tables],
            )
            self.foreign_keys = cursor.fetchall()
            for table, name, _ in self.foreign_keys:
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            for name, _ in self.indexes:
                cursor.execute(f'DROP INDEX "{name}"')

    def restore(self):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _, definition in self.indexes:
                cursor.execute(definition)
            for table, name, definition in self.foreign_keys:
                cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            for table in self.tables:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1)) FROM {table}"
                )
                cursor.execute(f"ANALYZE {table}")


def _next_ids() -> dict:
    """The first free id of each table, so that generation adds to what is there."""
    from django.db.models import Max

    return {m: (m.objects.aggregate(n=Max("id"))["n"] or 0) + 1 for m in MODELS}


def _person_name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{rng.choice(GIVEN)} {surname}"


def _org_name(rng: random.Random) -> tuple[str, str]:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    name = f"{stem} {rng.choice(ORG_SUFFIXES)}"
    acronym = "".join(w[0] for w in unidecode(name).split()).upper()
    return name, acronym


def _date_text(date: dt.date | None, precision: str) -> str:
    if date is None:
        return "recently"
    if precision == "year":
        return f"in {date.year}"
    if precision == "month":
        return f"in {date:%B %Y}"
    return f"on {date.day} {date:%B %Y}"


def generate(*, sizes: Sizes, seed: int = 1, log=print) -> Report:
    """Add `sizes` of synthetic rows to the database (countries must be loaded); returns counts and times."""
    report = Report()
    started = time.perf_counter()
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    now = timezone.now()
    ids = _next_ids()

    countries = list(Country.objects.order_by("id").values_list("id", "iso2", "name", "capitals"))
    if not countries:
        raise ValueError("No countries: run migrate (it loads them) before generating.")
    majors = [c for c in countries if c[1] in MAJOR_COUNTRIES]
    majors.sort(key=lambda c: MAJOR_COUNTRIES.index(c[1]))
    rest = [c for c in countries if c[1] not in MAJOR_COUNTRIES]
    rng.shuffle(rest)
    countries = majors + rest
    country_p = power_law_weights(len(countries), offset=3, exponent=1.2)

    # Articles: dates skewed to recent years (more news online), sorted so that ids follow dates.
    span = (LAST_DAY - FIRST_DAY).days
    n_art = sizes.articles
    art_days = np.sort((np.sqrt(nrng.random(n_art)) * span).astype(int))
    art_dates = [FIRST_DAY + dt.timedelta(days=int(d)) for d in art_days]
    art_ids = list(range(ids[Article], ids[Article] + n_art))

    # Actors: activity rank = position in the list (the first is the busiest).
    n_act = sizes.actors
    actor_country_idx = nrng.choice(len(countries), size=n_act, p=country_p)
    actor_ids = list(range(ids[Actor], ids[Actor] + n_act))
    actor_names, actor_kinds, actor_aliases = [], [], []
    for i in range(n_act):
        if rng.random() < 0.85:
            name = _person_name(rng)
            aliases = [name, unidecode(name), name.split()[-1]]
            actor_kinds.append("person")
        else:
            name, acronym = _org_name(rng)
            aliases = [name, acronym]
            actor_kinds.append("organization")
        actor_names.append(name)
        actor_aliases.append(list(dict.fromkeys(aliases)))
    actor_p = power_law_weights(n_act, offset=sizes.actor_offset)

    issue_ids = list(range(ids[Issue], ids[Issue] + sizes.issues))
    issue_names = []
    for i in range(sizes.issues):
        country_name = countries[int(nrng.choice(len(countries), p=country_p))][2]
        issue_names.append(f"{country_name} {rng.choice(TOPICS)} {i + 1}" if i >= 50 else
                           f"{country_name} {TOPICS[i % len(TOPICS)]}")
    issue_p = power_law_weights(sizes.issues, offset=5, exponent=1.0)

    # Meetings: sides, kind, date (from the article that reports it first), issues, sources.
    n_meet = sizes.meetings
    kinds, kind_p = _choices(rng, KINDS)
    precs, prec_p = _choices(rng, PRECISIONS)
    revs, rev_p = _choices(rng, REVIEW)
    sizes_drawn = nrng.choice([2, 3, 4], size=n_meet, p=[0.7, 0.2, 0.1])
    actor_draws = nrng.choice(n_act, size=(n_meet, 4), p=actor_p)
    country_draws = nrng.choice(len(countries), size=(n_meet, 4), p=country_p)
    side_is_country = nrng.random((n_meet, 4)) < 0.15
    kind_draws = nrng.choice(len(kinds), size=n_meet, p=kind_p)
    prec_draws = nrng.choice(len(precs), size=n_meet, p=prec_p)
    rev_draws = nrng.choice(len(revs), size=n_meet, p=rev_p)
    issue_counts = nrng.choice([0, 1, 2], size=n_meet, p=[0.25, 0.5, 0.25])
    issue_draws = nrng.choice(sizes.issues, size=(n_meet, 2), p=issue_p)
    primary_art = nrng.integers(0, n_art, size=n_meet)
    second_src = nrng.random(n_meet) < 0.3
    confidences = nrng.uniform(0.3, 0.99, size=n_meet).round(3)
    meeting_ids = list(range(ids[Meeting], ids[Meeting] + n_meet))

    meetings, participants, meeting_issues = [], [], []
    reports_by_article: dict[int, list[tuple[int, str]]] = {}  # article index -> [(meeting id, sentence)]
    for m in range(n_meet):
        mid = meeting_ids[m]
        a_idx = int(primary_art[m])
        precision = precs[prec_draws[m]]
        date = None
        if precision != "unknown":
            date = art_dates[a_idx] - dt.timedelta(days=rng.randint(0, 3))
            if precision == "month":
                date = date.replace(day=1)
            elif precision == "year":
                date = date.replace(month=1, day=1)
        sides, seen_actors, seen_countries = [], set(), set()
        for s in range(int(sizes_drawn[m])):
            if side_is_country[m, s]:
                c = int(country_draws[m, s])
                if c not in seen_countries:
                    seen_countries.add(c)
                    sides.append(("c", c))
            else:
                a = int(actor_draws[m, s])
                if a not in seen_actors:
                    seen_actors.add(a)
                    sides.append(("a", a))
        if len(sides) < 2:  # a repeated draw: add a country side, a meeting needs two
            c = next(i for i in range(len(countries)) if i not in seen_countries)
            sides.append(("c", c))
        kind = "multilateral" if len(sides) > 2 and rng.random() < 0.7 else kinds[kind_draws[m]]
        if kind == "multilateral" and len(sides) == 2:
            kind = "in_person"
        host = countries[actor_country_idx[sides[0][1]] if sides[0][0] == "a" else sides[0][1]]
        place = (host[3] or [host[2]])[0] if kind in ("in_person", "multilateral") else ""
        meetings.append((mid, now, now, kind, "held" if rng.random() < 0.9 else "planned", date, precision,
                         place, host[0] if place else None, revs[rev_draws[m]], "", float(confidences[m]),
                         "synthetic", False))
        src_article = art_ids[a_idx]
        for side, idx in sides:
            if side == "a":
                participants.append((meeting_ids[m], actor_ids[idx], None, src_article))
            else:
                participants.append((meeting_ids[m], None, countries[idx][0], src_article))
        topic = []
        for k in range(int(issue_counts[m])):
            iss = int(issue_draws[m, k])
            if k == 1 and iss == int(issue_draws[m, 0]):
                continue
            topic.append(issue_names[iss])
            meeting_issues.append((mid, issue_ids[iss], src_article))
        names = [actor_names[i] if s == "a" else f"officials of {countries[i][2]}" for s, i in sides]
        who = names[0] + (" met " + names[1] if len(names) == 2 else " met " + ", ".join(names[1:-1]) + " and " + names[-1])
        about = f" to discuss {topic[0]}" if topic else ""
        where = f" in {place}" if place else (" by phone" if kind == "phone_call" else " by video link")
        sentence = f"{who}{where} {_date_text(date, precision)}{about}."
        reports_by_article.setdefault(a_idx, []).append((mid, sentence))
        if second_src[m]:
            other = min(n_art - 1, a_idx + rng.randint(1, 20))
            if other != a_idx:
                reports_by_article.setdefault(other, []).append((mid, sentence))
    report.seconds["plan"] = time.perf_counter() - started

    # Article texts: a dateline, filler and the evidence sentences; offsets are where each sentence is.
    articles, sources, mentions = [], [], []
    participants_by_meeting: dict[int, list[int]] = {}
    for mid, actor_id, _, _ in participants:
        if actor_id is not None:
            participants_by_meeting.setdefault(mid, []).append(actor_id)
    actor_name_by_id = dict(zip(actor_ids, actor_names))
    for a_idx in range(n_art):
        aid, published = art_ids[a_idx], art_dates[a_idx]
        reports = reports_by_article.get(a_idx, [])
        parts = [f"{published:%d %B %Y} (Synthetic Wire {aid}) -"]
        spans = []
        length = len(parts[0])
        for mid, sentence in reports:
            if rng.random() < 0.5:
                parts.append(rng.choice(FILLER))
                length += 1 + len(parts[-1])
            start = length + 1
            parts.append(sentence)
            length = start + len(sentence)
            spans.append((mid, sentence, start, length))
        parts.append(rng.choice(FILLER))
        text = " ".join(parts)
        title = reports[0][1][:120] if reports else f"Diplomatic roundup {aid}"
        digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
        articles.append((aid, f"https://synthetic.example.org/{aid}", "", "file", "synthetic", "", str(aid),
                         title, "Synthetic Wire", published, None, text, digest, "en", "done", "",
                         EXTRACTOR_VERSION, 1, None, now, now, now))
        seen_here = set()
        for mid, sentence, start, end in spans:
            if (mid, start) in seen_here:
                continue
            seen_here.add((mid, start))
            sources.append((mid, aid, sentence, start, end, 0.8, "synthetic", EXTRACTOR_VERSION, now))
            for actor_id in participants_by_meeting.get(mid, ()):
                if (actor_id, aid) not in seen_here:
                    seen_here.add((actor_id, aid))
                    mentions.append((actor_id, aid, actor_name_by_id[actor_id]))
    report.seconds["texts"] = time.perf_counter() - started - report.seconds["plan"]

    def actor_rows():
        for i, aid in enumerate(actor_ids):
            slug = f"{slugify(unidecode(actor_names[i]))[:300]}-{aid}"
            yield (aid, now, now, actor_kinds[i], actor_names[i], slug, countries[actor_country_idx[i]][0],
                   "confirmed" if i < 200 else "proposed", False)

    def alias_rows():
        for i, aid in enumerate(actor_ids):
            for name in actor_aliases[i]:
                yield (aid, name, fold_name(name), surname_key(name), None)

    def role_rows():
        for i, aid in enumerate(actor_ids):
            if actor_kinds[i] != "person":
                continue
            first = FIRST_DAY + dt.timedelta(days=rng.randint(0, span - 400))
            last = first + dt.timedelta(days=rng.randint(0, 3000))
            yield (aid, rng.choice(PERSON_TITLES), countries[actor_country_idx[i]][0], first,
                   min(last, LAST_DAY), None)

    def issue_rows():
        for i, iid in enumerate(issue_ids):
            yield (iid, now, now, issue_names[i], f"{slugify(issue_names[i])[:200]}-{iid}", "proposed")

    def issue_alias_rows():
        for i, iid in enumerate(issue_ids):
            for name in dict.fromkeys([issue_names[i], f"the {issue_names[i]} issue"]):
                yield (iid, name, fold_name(name), issue_key(name), None)

    writer = _Writer()
    plan = [
        (Article, ["id", "url", "canonical_url", "source", "source_name", "author", "external_id", "title",
                   "outlet", "published_date", "published_time", "text", "content_hash", "language", "status",
                   "failure_reason", "extractor_version", "attempts", "processing_started_at", "extracted_at",
                   "created_at", "updated_at"], articles),
        (Actor, ["id", "created_at", "updated_at", "kind", "name", "slug", "country_id", "review_status",
                 "curated"], actor_rows()),
        (ActorAlias, ["actor_id", "name", "folded", "surname", "article_id"], alias_rows()),
        (ActorRole, ["actor_id", "title", "country_id", "first_seen", "last_seen", "article_id"], role_rows()),
        (Issue, ["id", "created_at", "updated_at", "name", "slug", "review_status"], issue_rows()),
        (IssueAlias, ["issue_id", "name", "folded", "key", "article_id"], issue_alias_rows()),
        (Meeting, ["id", "created_at", "updated_at", "kind", "status", "date", "date_precision", "location_name",
                   "location_country_id", "review_status", "review_note", "confidence", "reason", "curated"],
         meetings),
        (MeetingParticipant, ["meeting_id", "actor_id", "country_id", "article_id"], participants),
        (MeetingIssue, ["meeting_id", "issue_id", "article_id"], meeting_issues),
        (MeetingSource, ["meeting_id", "article_id", "evidence", "evidence_start", "evidence_end", "confidence",
                         "reason", "extractor_version", "created_at"], sources),
        (ActorMention, ["actor_id", "article_id", "name_in_text"], mentions),
    ]
    # On PostgreSQL the MeetingCountry triggers stand aside during the load; the rows are rebuilt in one
    # statement when the block ends (diplomacy/denorm.py). On SQLite the triggers keep them row by row.
    with transaction.atomic(), (denorm.triggers_paused() if writer.postgres else contextlib.nullcontext()):
        deferred = None
        if writer.postgres:
            deferred = _DeferredConstraints([m._meta.db_table for m in MODELS])
            deferred.drop()
        for model, columns, rows in plan:
            t0 = time.perf_counter()
            report.counts[model.__name__] = writer.write(model, columns, rows)
            report.seconds[f"write {model.__name__}"] = time.perf_counter() - t0
            log(f"  {model.__name__}: {report.counts[model.__name__]} rows in {report.seconds[f'write {model.__name__}']:.1f}s")
        if deferred is not None:
            t0 = time.perf_counter()
            deferred.restore()
            report.seconds["indexes and keys"] = time.perf_counter() - t0
            log(f"  indexes and foreign keys rebuilt in {report.seconds['indexes and keys']:.1f}s")
        t0 = time.perf_counter()
    if writer.postgres:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {denorm.SIDES}")
        report.seconds["meeting countries"] = time.perf_counter() - t0
        log(f"  meeting countries rebuilt in {report.seconds['meeting countries']:.1f}s")
    report.seconds["total"] = time.perf_counter() - started
    return report
