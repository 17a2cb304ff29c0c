"""Search across actors, countries, issues, meetings and articles, used by /search/ and by the `q`
filters of the lists and the API (filtersets.py).

Tolerant of missing diacritics and of typos ("cavusoglu", "Antony Blinkin"):
- names are compared in their folded form (fold_name: no diacritics, no case), which ActorAlias and
  IssueAlias store, so "Çavuşoğlu" and "cavusoglu" are the same string on any database;
- on PostgreSQL, typos are caught by pg_trgm word similarity (the `%>` operator, served by the GIN
  indexes of migration 0003) and text by full-text search in an unaccented English configuration;
- on SQLite, candidates sharing a word's first three letters are scored in Python with rapidfuzz.

Every function returns ids or querysets of public rows only (rejected rows never match).
"""
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchVector, TrigramWordSimilarity
from django.db import connection
from django.db.models import BooleanField, F, Func, Max, Q, QuerySet, Value
from rapidfuzz import fuzz

from articles.models import Article
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, Country, Issue, IssueAlias, Meeting, MeetingIssue, MeetingParticipant,
    MeetingSource, ReviewStatus,
)
from diplomacy.models.common import fold_name

# The text search configuration created by migration 0003 (English stemming over unaccented words).
SEARCH_CONFIG = "diplomacy_search"
# The name_score a name must reach where it is computed in Python: "antony blinkin" scores 93 against
# "antony blinken", "cavusgolu" 89 against "mevlut cavusoglu", "turkye" 83 against "turkey".
FUZZY_MIN_SCORE = 80
# The word similarity a name must reach in the slow pass on PostgreSQL (the fast one uses pg_trgm's 0.6).
PG_FALLBACK_SIMILARITY = 0.45
# Candidate rows scored in Python at most, on SQLite: the fallback must stay cheap on a big table.
FUZZY_MAX_CANDIDATES = 5000
# /search/ counts matching meetings up to this many ("1,000+").
MEETING_COUNT_CAP = 1000
# How many matching actors, issues or countries a `q` filter considers at most.
MAX_MATCHES = 200


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


class WordSimilar(Func):
    """`folded %> 'query'`: word similarity above pg_trgm.word_similarity_threshold (0.6 by default).

    Written as the operator rather than `word_similarity(...) > x` because only the operator can use
    the trigram GIN index.
    """

    arg_joiner = " %%> "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _words(folded: str) -> list[str]:
    return [w for w in folded.split() if len(w) >= 3]


def name_score(folded_query: str, folded_name: str) -> float:
    """How well a folded query names a folded name, 0-100, without the database.

    Whole words count more than fuzzy likeness, and a one-word query is compared word by word, so
    "blinkin" scores 86 against "antony blinken" while "brussels" stays far from "united states".
    """
    if not folded_query or not folded_name:
        return 0.0
    if folded_query == folded_name:
        return 100.0
    padded = f" {folded_name} "
    if f" {folded_query} " in padded:
        return 95.0
    if f" {folded_query}" in padded and len(folded_query) >= 4:
        return 90.0  # a word's beginning: "syria" in "syrian civil war"
    words = folded_query.split()
    if len(words) == 1:
        return max(fuzz.ratio(folded_query, word) for word in folded_name.split())
    # Capped under a whole-word match: "united states" is all in "united mexican states" too.
    return min(89.0, max(fuzz.ratio(folded_query, folded_name), fuzz.token_set_ratio(folded_query, folded_name)))


def _alias_ids(model, owner: str, query: str, *, exclude_rejected: Q, limit: int,
               slow_fallback: bool = False) -> list[int]:
    """Ids of the owners (actors or issues) whose aliases match `query`, best match first.

    `slow_fallback`: on PostgreSQL, when nothing matches above the index's threshold, try once more with
    a lower one (a scan). Worth it for people's names, where transliteration makes distant spellings.
    """
    folded = fold_name(query)
    if not folded:
        return []
    aliases = model.objects.exclude(exclude_rejected)
    if is_postgres():
        scored = aliases.annotate(score=TrigramWordSimilarity(Value(folded), "folded"))

        def ranked(condition):
            return list(
                scored.filter(condition)
                .values(owner)
                .annotate(best=Max("score"))
                .order_by("-best", owner)
                .values_list(owner, flat=True)[:limit]
            )
        found = ranked(Q(folded__contains=folded) | WordSimilar(F("folded"), Value(folded)))
        if found or not slow_fallback:
            return found
        # Nothing above the index's threshold: one slower pass that accepts more distant spellings
        # ("cavusgolu" is 0.5 from "cavusoglu"). It scans the aliases, but only when the fast pass failed.
        return ranked(Q(score__gte=PG_FALLBACK_SIMILARITY))
    # SQLite: a word of the query shares its first letters with the alias, or the whole query is in it.
    near = Q(folded__contains=folded)
    for word in _words(folded):
        near |= Q(folded__contains=word[:3])
    best: dict[int, float] = {}
    for owner_id, alias in aliases.filter(near).values_list(owner, "folded")[:FUZZY_MAX_CANDIDATES]:
        score = 100.0 if folded in alias else name_score(folded, alias)
        if score >= FUZZY_MIN_SCORE and score > best.get(owner_id, 0):
            best[owner_id] = score
    return [owner_id for owner_id, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))][:limit]


def actor_ids(query: str, *, limit: int = MAX_MATCHES) -> list[int]:
    """Public actors whose name or any alias matches, best first."""
    return _alias_ids(ActorAlias, "actor_id", query, limit=limit, slow_fallback=True,
                      exclude_rejected=Q(actor__review_status=ReviewStatus.REJECTED))


def issue_ids(query: str, *, limit: int = MAX_MATCHES) -> list[int]:
    """Public issues whose name or any alias matches, best first."""
    return _alias_ids(IssueAlias, "issue_id", query, limit=limit,
                      exclude_rejected=Q(issue__review_status=ReviewStatus.REJECTED))


def country_ids(query: str, *, limit: int = MAX_MATCHES) -> list[int]:
    """Countries by code, name, official or other name; one query on any database.

    A few hundred rows: scoring them all in Python is cheaper than keeping an index in step with a
    JSON list of other names, and it behaves the same on PostgreSQL and SQLite.
    """
    folded = fold_name(query)
    if not folded:
        return []
    scored = []
    for pk, iso2, iso3, name, official, others in Country.objects.values_list(
        "pk", "iso2", "iso3", "name", "official_name", "other_names"
    ):
        if folded in (iso2.lower(), iso3.lower()):
            scored.append((200.0, pk))
            continue
        names = [fold_name(n) for n in [name, official, *(others or [])] if n]
        # The common name outranks an official or other name that matches as well.
        score = max((name_score(folded, n) + (1 if i == 0 else 0) for i, n in enumerate(names)), default=0)
        # Short queries ("us", "uk") match codes above; fuzzily they would match half the world.
        if score >= (95 if len(folded) < 4 else FUZZY_MIN_SCORE):
            scored.append((score, pk))
    return [pk for _, pk in sorted(scored, key=lambda item: (-item[0], item[1]))][:limit]


def _text_matches(queryset: QuerySet, query: str, *fields: str) -> QuerySet:
    """Rows whose text fields match: full-text search on PostgreSQL, a substring elsewhere."""
    if is_postgres():
        # The vector is written the way migration 0003's GIN indexes are, so they serve it.
        vector = SearchVector(*fields, config=SEARCH_CONFIG)
        return queryset.annotate(_fts=vector).filter(
            _fts=SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        )
    condition = Q()
    for name in fields:
        condition |= Q(**{f"{name}__icontains": query})
    return queryset.filter(condition)


class Search:
    """One query's matches, each computed once (a page asks for several kinds of result)."""

    def __init__(self, query: str):
        self.query = " ".join((query or "").split())[:200]
        self.folded = fold_name(self.query)

    def __bool__(self):
        return bool(self.folded)

    @cached_property
    def actor_ids(self) -> list[int]:
        return actor_ids(self.query) if self else []

    @cached_property
    def issue_ids(self) -> list[int]:
        return issue_ids(self.query) if self else []

    @cached_property
    def country_ids(self) -> list[int]:
        return country_ids(self.query) if self else []

    @cached_property
    def actor_groups(self) -> list[list[int]]:
        """For a query naming several people ("cavusoglu blinken"), the actors each word names."""
        words = _words(self.folded)
        if len(words) < 2 or len(words) > 4:
            return []
        groups = [actor_ids(word, limit=20) for word in words if len(word) >= 4]
        groups = [g for g in groups if g]
        return groups if len(groups) >= 2 else []

    def meeting_condition(self) -> Q:
        """A filter on Meeting: by place, evidence, participants, countries or issues."""
        if not self:
            return Q()
        evidence = _text_matches(MeetingSource.objects.all(), self.query, "evidence").values("meeting_id")
        condition = Q(location_name__icontains=self.query) | Q(pk__in=evidence)
        if self.actor_ids:
            condition |= Q(pk__in=MeetingParticipant.objects.filter(actor_id__in=self.actor_ids[:20])
                           .values("meeting_id"))
        if self.actor_groups:
            together = Meeting.objects.all()
            for group in self.actor_groups:
                together = together.filter(
                    pk__in=MeetingParticipant.objects.filter(actor_id__in=group).values("meeting_id")
                )
            condition |= Q(pk__in=together.values("pk"))
        if self.issue_ids:
            condition |= Q(pk__in=MeetingIssue.objects.filter(issue_id__in=self.issue_ids).values("meeting_id"))
        if self.country_ids:
            sides = MeetingParticipant.objects.filter(
                Q(country_id__in=self.country_ids[:5]) | Q(actor__country_id__in=self.country_ids[:5])
            )
            condition |= Q(pk__in=sides.values("meeting_id")) | Q(location_country_id__in=self.country_ids[:5])
        return condition

    def article_condition(self) -> Q:
        """A filter on Article: its title or text, or an actor it mentions."""
        if not self:
            return Q()
        text = _text_matches(Article.objects.all(), self.query, "title", "text").values("pk")
        condition = Q(pk__in=text)
        if self.actor_ids:
            mentions = ActorMention.objects.filter(actor_id__in=self.actor_ids[:5]).values("article_id")
            condition |= Q(pk__in=mentions)
        return condition


def _in_rank_order(queryset: QuerySet, ids: list[int]) -> list:
    by_id = {obj.pk: obj for obj in queryset.filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


@dataclass
class SearchResults:
    """What /search/ shows: a few of each kind, best first, with the totals."""

    query: str
    actors: list[Actor] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    meeting_count: int = 0
    meeting_count_capped: bool = False
    articles: list[Article] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.actors or self.countries or self.issues or self.meetings or self.articles)


def search(query: str, *, limit: int = 10) -> SearchResults:
    """Everything that matches `query`; a fixed number of queries whatever it matches."""
    from diplomacy import selectors  # selectors imports filtersets, which import this module

    found = Search(query)
    results = SearchResults(query=found.query)
    if not found:
        return results
    results.actors = _in_rank_order(selectors.actor_list(), found.actor_ids[:limit])
    results.issues = _in_rank_order(selectors.issue_list(), found.issue_ids[:limit])
    results.countries = _in_rank_order(Country.objects.all(), found.country_ids[:limit])
    meetings = selectors.meeting_queryset().filter(found.meeting_condition()).order_by("-date", "-id")
    # Counted up to a cap, like the lists (views.COUNT_CAP): a common surname matches thousands.
    results.meeting_count = meetings.order_by().values("pk")[:MEETING_COUNT_CAP + 1].count()
    results.meeting_count_capped = results.meeting_count > MEETING_COUNT_CAP
    results.meeting_count = min(results.meeting_count, MEETING_COUNT_CAP)
    results.meetings = list(meetings[:limit])
    results.articles = list(
        selectors.article_list().filter(found.article_condition()).order_by("-published_date", "-id")[:limit]
    )
    return results
