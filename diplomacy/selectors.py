"""Reads shared by the HTML views and the API.

Every public read goes through here so that two rules hold everywhere: rejected meetings, actors and
issues are never returned, and each list declares the query shape it needs (a fixed number of queries
however many rows; tests pin the counts). Detail selectors raise Http404, which both Django views and
DRF turn into a 404.
"""
from dataclasses import dataclass

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncMonth
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse

from articles.models import Article
from diplomacy.filtersets import ActorFilterSet, IssueFilterSet, MeetingFilterSet
from diplomacy.models import (
    Actor, ActorMention, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue, MeetingParticipant,
    MeetingSource, MergeRecord, ReviewStatus,
)

REJECTED = ReviewStatus.REJECTED


# Base querysets: what the public may see ------------------------------------------------------------

def public_meetings() -> QuerySet[Meeting]:
    return Meeting.objects.exclude(review_status=REJECTED)


def public_actors() -> QuerySet[Actor]:
    return Actor.objects.exclude(review_status=REJECTED)


def public_issues() -> QuerySet[Issue]:
    return Issue.objects.exclude(review_status=REJECTED)


# A country's name lists are JSON that no list or detail of meetings shows: decoding them for every
# participant's country was a fifth of an API meeting page's time at 1M meetings (docs/benchmarks.md).
_COUNTRY_LISTS = ("other_names", "demonyms", "capitals")


def _without_country_lists(*paths: str) -> list[str]:
    return [f"{path}__{field}" for path in paths for field in _COUNTRY_LISTS]


def _public_participants() -> QuerySet[MeetingParticipant]:
    # A participant whose actor was rejected is dropped from the meeting rather than hiding the meeting:
    # the other side still met someone.
    return (
        MeetingParticipant.objects.exclude(actor__review_status=REJECTED)
        .select_related("actor__country", "country")
        .defer(*_without_country_lists("actor__country", "country"))
        .order_by("id")
    )


def _sources() -> QuerySet[MeetingSource]:
    # Article text can be long and no list shows it.
    return MeetingSource.objects.select_related("article").defer("article__text").order_by("article_id", "id")


def meeting_rows(*, include_rejected: bool = False) -> QuerySet[Meeting]:
    """Meetings with their host country and nothing prefetched: the API list reads a page's
    participants, issues and sources as values (diplomacy/api/fast.py meeting_page)."""
    meetings = Meeting.objects.all() if include_rejected else public_meetings()
    return meetings.select_related("location_country").defer(*_without_country_lists("location_country"))


def meeting_queryset(*, include_rejected: bool = False) -> QuerySet[Meeting]:
    """Public meetings shaped for a list or a detail page: 4 queries for any number of rows.

    `include_rejected` is for editors' writes only (a rejected meeting can be confirmed again)."""
    return meeting_rows(include_rejected=include_rejected).prefetch_related(
        Prefetch("participants", queryset=_public_participants()),
        Prefetch("issues", queryset=public_issues().order_by("name")),
        Prefetch("sources", queryset=_sources()),
    )


# Meetings -------------------------------------------------------------------------------------------

def meeting_list(*, filters=None) -> QuerySet[Meeting]:
    """Public meetings narrowed by MeetingFilterSet parameters (invalid values are ignored)."""
    queryset = meeting_queryset()
    if not filters:
        return queryset
    return MeetingFilterSet(filters, queryset=queryset).qs


def latest_meetings(*, limit: int = 10) -> list[Meeting]:
    # Undated meetings have no place on a timeline; and NULLs would sort first on PostgreSQL.
    return list(meeting_queryset().order_by("-date", "-id").exclude(date__isnull=True)[:limit])


def meeting_detail(*, pk: int) -> Meeting:
    return get_object_or_404(meeting_queryset(), pk=pk)


def home_counts() -> dict[str, int]:
    """Totals for the front page: meetings, actors, countries with activity and articles."""
    meetings = public_meetings()
    active_participants = MeetingParticipant.objects.filter(meeting__in=meetings).exclude(
        actor__review_status=REJECTED
    )
    # A country is active when it takes part itself or through one of its actors.
    countries = Country.objects.filter(
        Q(pk__in=active_participants.filter(country__isnull=False).values("country_id"))
        | Q(pk__in=active_participants.filter(actor__country__isnull=False).values("actor__country_id"))
    )
    return {
        "meetings": meetings.count(),
        "actors": public_actors().count(),
        "countries": countries.count(),
        "articles": Article.objects.count(),
    }


# Actors ---------------------------------------------------------------------------------------------

def actor_list(*, filters=None) -> QuerySet[Actor]:
    """Public actors with their country and number of public meetings (one query)."""
    # A correlated subquery rather than a join and GROUP BY: PostgreSQL computes it for the rows of the
    # page only, and a COUNT of the list leaves it out (at 1M meetings the GROUP BY form counted every
    # participation of every matching actor twice per API page). A participant is unique per meeting.
    meetings = (
        MeetingParticipant.objects.filter(actor=OuterRef("pk")).exclude(meeting__review_status=REJECTED)
        .order_by().values("actor").annotate(n=Count("meeting_id")).values("n")
    )
    queryset = public_actors().select_related("country").annotate(
        meeting_count=Coalesce(Subquery(meetings, output_field=IntegerField()), 0)
    ).order_by("name", "id")
    if filters:
        queryset = ActorFilterSet(filters, queryset=queryset).qs
    return queryset


def actor_meeting_count(*, actor: Actor) -> int:
    """The actor's public meetings (one query; the API detail keeps it under the data version)."""
    return MeetingParticipant.objects.filter(actor=actor).exclude(meeting__review_status=REJECTED).count()


def actor_with_provenance() -> QuerySet[Actor]:
    """Public actors with their country, aliases, roles and each role's article (3 queries for any
    number of actors), without `meeting_count`; the API detail adds it (actor_meeting_count, cached)
    and `recent_mentions` (actor_recent_mentions, 2 queries)."""
    return public_actors().select_related("country").prefetch_related(
        "aliases",
        Prefetch("roles", queryset=ActorRole.objects.select_related("country", "article").defer("article__text")
                 .order_by("-last_seen", "title")),
    )


def actor_recent_mentions(*, actor: Actor, limit: int = 100) -> list[ActorMention]:
    """The latest `limit` articles naming the actor (newest published first, undated last), each with
    its article (2 queries).

    Dated and undated articles are asked for apart: "published_date DESC" alone walks the articles'
    date index backwards and stops after `limit` mentions (2,600 index probes for the busiest actor at
    1M meetings, 30 ms), where "DESC NULLS LAST" (which no index has) sorted all 9,600 of its
    mentions (240 ms); a prefetch with a slice, a window over them all, was no better."""
    mentions = ActorMention.objects.filter(actor=actor).select_related("article").defer("article__text")
    dated = list(mentions.filter(article__published_date__isnull=False)
                 .order_by("-article__published_date", "-article_id")[:limit])
    if len(dated) < limit:
        dated += list(mentions.filter(article__published_date__isnull=True).order_by("-article_id")[:limit - len(dated)])
    return dated


def actor_page(*, slug: str) -> Actor:
    """The actor for its HTML page: aliases and roles, without `meeting_count` (the page counts its
    meetings in its paginator; counting them twice cost the busiest actor 100 ms at 1M meetings)."""
    queryset = public_actors().select_related("country").prefetch_related(
        "aliases",
        Prefetch("roles", queryset=ActorRole.objects.select_related("country").order_by("-last_seen", "title")),
    )
    return get_object_or_404(queryset, slug=slug)


def actor_meeting_queryset(*, actor: Actor, with_actor: Actor | None = None) -> QuerySet[Meeting]:
    """The actor's public meetings, newest first (undated last); with `with_actor`, only those together."""
    queryset = meeting_queryset().filter(
        pk__in=MeetingParticipant.objects.filter(actor=actor).values("meeting_id")
    )
    if with_actor is not None:
        queryset = queryset.filter(pk__in=MeetingParticipant.objects.filter(actor=with_actor).values("meeting_id"))
    return queryset.order_by(F("date").desc(nulls_last=True), "-id")


def with_counterparts(meetings, *, actor: Actor) -> list[Meeting]:
    """Sets `counterparts` (everyone present but the actor) on each meeting, from prefetched rows."""
    meetings = list(meetings)
    for meeting in meetings:
        meeting.counterparts = [p for p in meeting.participants.all() if p.actor_id != actor.pk]
    return meetings


def actor_meetings(*, actor: Actor) -> list[Meeting]:
    """All of the actor's public meetings with `counterparts`; pages use actor_meeting_queryset instead."""
    return with_counterparts(actor_meeting_queryset(actor=actor), actor=actor)


@dataclass(frozen=True)
class Counterpart:
    """Someone met (an actor, or a country met without a named person) and how often."""

    name: str
    url: str
    meetings: int
    slug: str = ""
    country_iso2: str = ""
    country_name: str = ""
    actor_id: int | None = None

    @property
    def is_country(self) -> bool:
        return not self.slug


def _participant_counts(participants: QuerySet[MeetingParticipant], limit: int | None = None) -> list[Counterpart]:
    """Participants grouped by who they are, ranked by number of meetings (one query; the first `limit`).

    A plain COUNT: an actor or a country is a participant of a meeting at most once (the
    participant_unique_* constraints), so counting rows counts meetings without DISTINCT's sort."""
    rows = (
        participants.exclude(actor__review_status=REJECTED)
        .values("actor_id", "actor__name", "actor__slug", "actor__country__iso2", "actor__country__name",
                "country_id", "country__name", "country__iso2")
        .annotate(n=Count("meeting_id"))
        .order_by("-n", "actor__name", "country__name")
    )
    if limit:
        rows = rows[:limit]
    ranked = []
    for row in rows:
        if row["actor_id"]:
            ranked.append(Counterpart(
                name=row["actor__name"], url=reverse("diplomacy:actor-detail", kwargs={"slug": row["actor__slug"]}),
                meetings=row["n"], slug=row["actor__slug"], country_iso2=row["actor__country__iso2"] or "",
                country_name=row["actor__country__name"] or "", actor_id=row["actor_id"],
            ))
        else:
            ranked.append(Counterpart(
                name=row["country__name"], url=f"/countries/{row['country__iso2'].lower()}/", meetings=row["n"],
                country_iso2=row["country__iso2"], country_name=row["country__name"],
            ))
    return ranked


def actor_counterparts(*, actor: Actor, limit: int | None = None) -> list[Counterpart]:
    """Everyone the actor met in public meetings, ranked by how often (one query, any number of meetings)."""
    participants = MeetingParticipant.objects.filter(
        meeting__in=public_meetings().filter(participants__actor=actor)
    ).exclude(actor=actor)
    return _participant_counts(participants, limit)


@dataclass(frozen=True)
class IssueCount:
    name: str
    slug: str
    meetings: int
    id: int = 0

    def get_absolute_url(self) -> str:
        return reverse("diplomacy:issue-detail", kwargs={"slug": self.slug})


def meeting_issue_counts(*, meetings: QuerySet[Meeting], limit: int = 20) -> list[IssueCount]:
    """The public issues of these meetings, by how many of them discussed each (one query)."""
    rows = (
        MeetingIssue.objects.filter(meeting__in=meetings.values("pk"))
        .exclude(issue__review_status=REJECTED)
        .values("issue_id", "issue__name", "issue__slug")
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by("-n", "issue__name")[:limit]
    )
    return [IssueCount(name=r["issue__name"], slug=r["issue__slug"], meetings=r["n"], id=r["issue_id"]) for r in rows]


def meetings_per_month(*, meetings: QuerySet[Meeting], max_months: int = 600) -> list[dict]:
    """[{"month": "2021-04", "count": 3}, ...] from the first dated meeting to the last, empty months
    included (a chart needs them); one query. Year-precise meetings count in their January."""
    rows = (
        meetings.order_by().exclude(date__isnull=True).annotate(month=TruncMonth("date"))
        .values("month").annotate(n=Count("pk")).order_by("month")
    )
    counts = {(r["month"].year, r["month"].month): r["n"] for r in rows}
    if not counts:
        return []
    (year, month), last = min(counts), max(counts)
    series = []
    while (year, month) <= last and len(series) < max_months:
        series.append({"month": f"{year:04d}-{month:02d}", "count": counts.get((year, month), 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def actor_articles(*, actor: Actor) -> QuerySet[Article]:
    """Articles that mention the actor or report one of its public meetings, newest first (one query).

    The two sets of article ids are a UNION inside the IN: each side comes from its own index
    (mentions by actor; sources of the actor's meetings), where an OR across the two joins made
    PostgreSQL scan every article and DISTINCT the result (docs/benchmarks.md, "Scale")."""
    mentioned = ActorMention.objects.filter(actor=actor).order_by().values("article_id")
    reported = (
        MeetingSource.objects.filter(
            meeting__in=public_meetings().filter(pk__in=MeetingParticipant.objects.filter(actor=actor)
                                                 .values("meeting_id")).order_by().values("pk"))
        .order_by().values("article_id")
    )
    return Article.objects.defer("text").filter(pk__in=mentioned.union(reported)).order_by("-published_date", "-id")


# Issues ---------------------------------------------------------------------------------------------

def issue_list(*, filters=None) -> QuerySet[Issue]:
    queryset = public_issues().annotate(
        meeting_count=Count("meetings", filter=~Q(meetings__review_status=REJECTED), distinct=True)
    ).order_by("name", "id")
    if filters:
        queryset = IssueFilterSet(filters, queryset=queryset).qs
    return queryset


def issue_full_queryset() -> QuerySet[Issue]:
    """Public issues with their aliases, each with the article it was first seen in (2 queries)."""
    aliases = IssueAlias.objects.select_related("article").defer("article__text").order_by("name")
    return issue_list().prefetch_related(Prefetch("aliases", queryset=aliases))


def issue_detail(*, slug: str) -> Issue:
    return get_object_or_404(issue_full_queryset(), slug=slug)


def issue_meetings(*, issue: Issue) -> QuerySet[Meeting]:
    return meeting_queryset().filter(issue_links__issue=issue)


# Countries ------------------------------------------------------------------------------------------

def country_list() -> QuerySet[Country]:
    return Country.objects.all()


def _sides() -> QuerySet[MeetingParticipant]:
    """Participants of public meetings with `side`: the country they stand for, themselves or their actor's."""
    return (
        MeetingParticipant.objects.filter(meeting__in=public_meetings())
        .exclude(actor__review_status=REJECTED)
        .annotate(side=Coalesce("country_id", "actor__country_id"))
        .exclude(side__isnull=True)
    )


def active_countries() -> list[Country]:
    """Countries that took part in public meetings, each with `meeting_count`, most active first (2 queries)."""
    counts = dict(_sides().values("side").annotate(n=Count("meeting_id", distinct=True)).values_list("side", "n"))
    countries = list(Country.objects.filter(pk__in=counts))
    for country in countries:
        country.meeting_count = counts[country.pk]
    return sorted(countries, key=lambda c: (-c.meeting_count, c.name))


def country_detail(*, iso2: str) -> Country:
    return get_object_or_404(Country, iso2=iso2.upper())


def country_meetings(*, country: Country, partner: Country | None = None) -> QuerySet[Meeting]:
    """Public meetings the country took part in (with `partner`: both did), newest first."""
    codes = [country.iso2] + ([partner.iso2] if partner else [])
    filters = QueryDict(mutable=True)
    filters.setlist("country", codes)
    return meeting_list(filters=filters).order_by(F("date").desc(nulls_last=True), "-id")


def country_partners(*, country: Country, limit: int = 30) -> list[Country]:
    """The countries this one met most, each with `meeting_count` (2 queries)."""
    meetings = country_meetings(country=country).values("pk")
    counts = (
        _sides().filter(meeting__in=meetings).exclude(side=country.pk)
        .values("side").annotate(n=Count("meeting_id", distinct=True)).order_by("-n")
    )
    counts = dict(counts.values_list("side", "n")[:limit])
    partners = list(Country.objects.filter(pk__in=counts))
    for partner in partners:
        partner.meeting_count = counts[partner.pk]
    return sorted(partners, key=lambda c: (-c.meeting_count, c.name))


def country_actors(*, country: Country) -> QuerySet[Actor]:
    return actor_list().filter(country=country).order_by("-meeting_count", "name")


def meeting_participant_counts(*, meetings: QuerySet[Meeting], limit: int | None = None) -> list[Counterpart]:
    """Who took part in these meetings, ranked by how often (one query; the first `limit`)."""
    return _participant_counts(MeetingParticipant.objects.filter(meeting__in=meetings.values("pk")), limit)


def meeting_place_counts(*, meetings: QuerySet[Meeting], limit: int = 15) -> list[dict]:
    """Where these meetings took place: [{"place", "country", "meetings"}], most frequent first (one query)."""
    rows = (
        meetings.order_by().exclude(location_name="", location_country__isnull=True)
        .values("location_name", "location_country__name", "location_country__iso2")
        .annotate(n=Count("pk")).order_by("-n", "location_name")[:limit]
    )
    return [{"place": r["location_name"], "country": r["location_country__name"] or "",
             "iso2": (r["location_country__iso2"] or "").lower(), "meetings": r["n"]} for r in rows]


# The network ----------------------------------------------------------------------------------------

@dataclass
class Network:
    """Who met whom: actors as nodes (`weight`: the sum of their edges), pairs as edges weighted by meetings."""

    nodes: list[Actor]
    edges: list[tuple[int, int, int]]  # (actor id, actor id, meetings together)
    truncated: bool

    def as_json(self) -> dict:
        return {
            "nodes": [{"id": a.pk, "label": a.name, "url": a.get_absolute_url(), "weight": a.weight,
                       "country": a.country.iso2 if a.country else ""} for a in self.nodes],
            "edges": [{"source": s, "target": t, "weight": w} for s, t, w in self.edges],
        }

    def links(self) -> list[tuple[Actor, Actor, int]]:
        by_id = {actor.pk: actor for actor in self.nodes}
        return [(by_id[s], by_id[t], n) for s, t, n in self.edges]


def network(*, meetings: QuerySet[Meeting], max_edges: int = 500) -> Network:
    """The pairs of public actors who met in these meetings, heaviest first (2 queries)."""
    visible = [ReviewStatus.PROPOSED, ReviewStatus.CONFIRMED]
    # One filter() call, so both conditions apply to the same other participant of the same meeting.
    pairs = (
        MeetingParticipant.objects.filter(meeting__in=meetings.values("pk"), actor__review_status__in=visible)
        .filter(meeting__participants__actor_id__gt=F("actor_id"),
                meeting__participants__actor__review_status__in=visible)
        .values("actor_id", other=F("meeting__participants__actor_id"))
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by("-n", "actor_id", "other")
    )
    rows = list(pairs.values_list("actor_id", "other", "n")[:max_edges + 1])
    truncated = len(rows) > max_edges
    edges = rows[:max_edges]
    weight: dict[int, int] = {}
    for source, target, n in edges:
        weight[source] = weight.get(source, 0) + n
        weight[target] = weight.get(target, 0) + n
    nodes = list(Actor.objects.filter(pk__in=weight).select_related("country").order_by("name", "id"))
    for actor in nodes:
        actor.weight = weight[actor.pk]
    return Network(nodes=nodes, edges=edges, truncated=truncated)


# Articles -------------------------------------------------------------------------------------------

def article_list() -> QuerySet[Article]:
    return Article.objects.defer("text")


def article_with_evidence() -> QuerySet[Article]:
    """Articles with `public_sources`: their evidence for meetings that are not rejected (2 queries)."""
    sources = MeetingSource.objects.filter(meeting__in=public_meetings()).order_by("evidence_start", "id")
    return Article.objects.prefetch_related(Prefetch("meeting_sources", queryset=sources, to_attr="public_sources"))


def article_detail(*, pk: int) -> Article:
    return get_object_or_404(Article, pk=pk)


def article_sources(*, article: Article) -> list[MeetingSource]:
    """The evidence this article gave for public meetings, in text order, each with its meeting shaped
    for display (participants, issues) and without the other articles' sources."""
    meetings = public_meetings().select_related("location_country").prefetch_related(
        Prefetch("participants", queryset=_public_participants()),
        Prefetch("issues", queryset=public_issues().order_by("name")),
    )
    return list(
        MeetingSource.objects.filter(article=article, meeting__in=public_meetings())
        .prefetch_related(Prefetch("meeting", queryset=meetings))
        .order_by("evidence_start", "id")
    )


# Merges ---------------------------------------------------------------------------------------------

def merged_into(*, kind: str, pks) -> dict[int, MergeRecord]:
    """For ids that a merge removed: the MergeRecord saying where each went (latest first; one query).

    Scans the records of that kind in Python (a JSON list is not searchable the same way on SQLite and
    PostgreSQL); it only runs when an id was not found, which is rare."""
    wanted, found = set(pks), {}
    for record in MergeRecord.objects.filter(kind=kind).order_by("-merged_at", "-id").iterator():
        for pk in wanted.intersection(record.merged_ids):
            found.setdefault(pk, record)
        if len(found) == len(wanted):
            break
    return found
