"""Reads shared by the HTML views and the API.

Every public read goes through here so that two rules hold everywhere: rejected meetings, actors and
issues are never returned, and each list declares the query shape it needs (a fixed number of queries
however many rows; tests pin the counts). Detail selectors raise Http404, which both Django views and
DRF turn into a 404.
"""
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from articles.models import Article
from diplomacy.filtersets import ActorFilterSet, IssueFilterSet, MeetingFilterSet
from diplomacy.models import (
    Actor, ActorRole, Country, Issue, Meeting, MeetingParticipant, MeetingSource, ReviewStatus,
)

REJECTED = ReviewStatus.REJECTED


# Base querysets: what the public may see ------------------------------------------------------------

def public_meetings() -> QuerySet[Meeting]:
    return Meeting.objects.exclude(review_status=REJECTED)


def public_actors() -> QuerySet[Actor]:
    return Actor.objects.exclude(review_status=REJECTED)


def public_issues() -> QuerySet[Issue]:
    return Issue.objects.exclude(review_status=REJECTED)


def _public_participants() -> QuerySet[MeetingParticipant]:
    # A participant whose actor was rejected is dropped from the meeting rather than hiding the meeting:
    # the other side still met someone.
    return (
        MeetingParticipant.objects.exclude(actor__review_status=REJECTED)
        .select_related("actor__country", "country")
        .order_by("id")
    )


def _sources() -> QuerySet[MeetingSource]:
    # Article text can be long and no list shows it.
    return MeetingSource.objects.select_related("article").defer("article__text").order_by("article_id", "id")


def meeting_queryset() -> QuerySet[Meeting]:
    """Public meetings shaped for a list or a detail page: 4 queries for any number of rows."""
    return public_meetings().select_related("location_country").prefetch_related(
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
    queryset = public_actors().select_related("country").annotate(
        meeting_count=Count(
            "participations__meeting",
            filter=~Q(participations__meeting__review_status=REJECTED),
            distinct=True,
        )
    ).order_by("name", "id")  # GROUP BY queries drop Meta.ordering; pages need a stable order.
    if filters:
        queryset = ActorFilterSet(filters, queryset=queryset).qs
    return queryset


def actor_full_queryset() -> QuerySet[Actor]:
    """`actor_list` plus aliases and roles: 3 queries for any number of actors."""
    return actor_list().prefetch_related(
        "aliases",
        Prefetch("roles", queryset=ActorRole.objects.select_related("country").order_by("-last_seen", "title")),
    )


def actor_detail(*, slug: str) -> Actor:
    return get_object_or_404(actor_full_queryset(), slug=slug)


def actor_meetings(*, actor: Actor) -> list[Meeting]:
    """The actor's public meetings, newest first, each with `counterparts`: everyone else present."""
    meetings = list(
        meeting_queryset().filter(pk__in=MeetingParticipant.objects.filter(actor=actor).values("meeting_id"))
    )
    for meeting in meetings:
        meeting.counterparts = [p for p in meeting.participants.all() if p.actor_id != actor.pk]
    return meetings


@dataclass(frozen=True)
class Counterpart:
    """Someone an actor met (an actor, or a country met without a named person) and how often."""

    participant: MeetingParticipant
    meetings: int

    @property
    def name(self) -> str:
        return str(self.participant)


def actor_counterparts(*, meetings: list[Meeting]) -> list[Counterpart]:
    """Counterparts ranked by number of meetings, from `actor_meetings` (no query of its own)."""
    counts: Counter = Counter()
    first_seen: dict = {}
    for meeting in meetings:
        for participant in meeting.counterparts:
            key = ("actor", participant.actor_id) if participant.actor_id else ("country", participant.country_id)
            counts[key] += 1
            first_seen.setdefault(key, participant)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], str(first_seen[item[0]]).casefold()))
    return [Counterpart(participant=first_seen[key], meetings=n) for key, n in ranked]


def actor_articles(*, actor: Actor) -> QuerySet[Article]:
    """Articles that mention the actor or report one of its public meetings, newest first (one query)."""
    reports = MeetingSource.objects.filter(
        article=OuterRef("pk"),
        meeting__in=public_meetings().filter(participants__actor=actor),
    )
    return (
        Article.objects.defer("text")
        .filter(Q(actor_mentions__actor=actor) | Exists(reports))
        .distinct()
        .order_by("-published_date", "-id")
    )


# Issues ---------------------------------------------------------------------------------------------

def issue_list(*, filters=None) -> QuerySet[Issue]:
    queryset = public_issues().annotate(
        meeting_count=Count("meetings", filter=~Q(meetings__review_status=REJECTED), distinct=True)
    ).order_by("name", "id")
    if filters:
        queryset = IssueFilterSet(filters, queryset=queryset).qs
    return queryset


def issue_full_queryset() -> QuerySet[Issue]:
    return issue_list().prefetch_related("aliases")


def issue_detail(*, slug: str) -> Issue:
    return get_object_or_404(issue_full_queryset(), slug=slug)


def issue_meetings(*, issue: Issue) -> QuerySet[Meeting]:
    return meeting_queryset().filter(issue_links__issue=issue)


# Countries ------------------------------------------------------------------------------------------

def country_list() -> QuerySet[Country]:
    return Country.objects.all()


def country_detail(*, iso2: str) -> Country:
    return get_object_or_404(Country, iso2=iso2.upper())


def country_meetings(*, country: Country) -> QuerySet[Meeting]:
    return meeting_list(filters={"country": country.iso2})


def country_actors(*, country: Country) -> QuerySet[Actor]:
    return actor_list().filter(country=country).order_by("-meeting_count", "name")


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
