"""Finding the existing row that an extracted actor, issue or meeting refers to.

Every lookup goes through an index (folded alias, surname key, participant foreign keys, meeting date),
never a scan of a table, so that the ten-thousandth article costs what the hundredth did.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from django.db.models import Count, Q
from rapidfuzz import fuzz

from diplomacy.models import Actor, ActorAlias, ActorMention, Issue, Meeting, MeetingParticipant, ReviewStatus
from diplomacy.models.common import fold_name, issue_key, surname_key

# Two spellings of one given name ("Anthony", "Antony"; "Mevlut", "Mevlüt" folds equal) score above this.
GIVEN_NAME_SIMILARITY = 80

# Kinds that can describe the same event: a bilateral on the sidelines of a summit is reported both
# as a meeting and as part of the summit.
_COMPATIBLE_KINDS = {
    Meeting.Kind.IN_PERSON: {Meeting.Kind.IN_PERSON, Meeting.Kind.MULTILATERAL},
    Meeting.Kind.MULTILATERAL: {Meeting.Kind.IN_PERSON, Meeting.Kind.MULTILATERAL},
    Meeting.Kind.PHONE_CALL: {Meeting.Kind.PHONE_CALL},
    Meeting.Kind.VIDEO_CALL: {Meeting.Kind.VIDEO_CALL, Meeting.Kind.MULTILATERAL},
}


@dataclass(frozen=True)
class PartialDate:
    """A date known to a day, a month or a year; stored as the first day of that period."""

    value: dt.date | None
    precision: str

    @classmethod
    def parse(cls, text: str | None) -> "PartialDate":
        if not text:
            return cls(None, Meeting.DatePrecision.UNKNOWN)
        parts = [int(p) for p in str(text).split("-")]
        if len(parts) == 1:
            return cls(dt.date(parts[0], 1, 1), Meeting.DatePrecision.YEAR)
        if len(parts) == 2:
            return cls(dt.date(parts[0], parts[1], 1), Meeting.DatePrecision.MONTH)
        return cls(dt.date(parts[0], parts[1], parts[2]), Meeting.DatePrecision.DAY)

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the date may stand for."""
        if self.value is None:
            return None
        if self.precision == Meeting.DatePrecision.YEAR:
            return dt.date(self.value.year, 1, 1), dt.date(self.value.year, 12, 31)
        if self.precision == Meeting.DatePrecision.MONTH:
            nxt = dt.date(self.value.year + self.value.month // 12, self.value.month % 12 + 1, 1)
            return self.value, nxt - dt.timedelta(days=1)
        return self.value, self.value

    def agrees_with(self, value: dt.date | None, precision: str) -> bool:
        """Two dates agree when one's period contains the other's (2021-03 agrees with 2021-03-23)."""
        other = PartialDate(value, precision)
        mine, theirs = self.period(), other.period()
        if mine is None or theirs is None:
            return False
        return (mine[0] <= theirs[0] and theirs[1] <= mine[1]) or (theirs[0] <= mine[0] and mine[1] <= theirs[1])

    @property
    def rank(self) -> int:
        return {"day": 3, "month": 2, "year": 1}.get(self.precision, 0)


def _country_compatible(actor: Actor, country_id: int | None) -> bool:
    return country_id is None or actor.country_id is None or actor.country_id == country_id


def find_actor(
    *, names: list[str], kind: str, country_id: int | None, pending_mentions: Collection[int] = ()
) -> Actor | None:
    """The existing actor these names denote, or None.

    `pending_mentions`: actors the article being written mentions, not saved yet (they count as saved).

    A name of several words matches on several-word forms only: "Bush" alone must not join
    George W. Bush to George H. W. Bush. A one-word name ("NATO", "Blinken") matches one-word forms.
    """
    folded = {fold_name(n) for n in names if fold_name(n)}
    multiword = {f for f in folded if " " in f}
    keys = multiword or folded
    # One indexed query (folded alias -> actor) serves both passes below.
    decided: dict[int, Actor] = {}
    named: dict[int, Actor] = {}
    for alias in ActorAlias.objects.filter(folded__in=keys).select_related("actor").order_by():
        if alias.actor.curated and alias.article_id is None:
            decided[alias.actor_id] = alias.actor
        if alias.actor.kind == kind:
            named[alias.actor_id] = alias.actor
    # Names an editor gave a curated actor (merged names, aliases typed in the admin: no article) are
    # the editor's word: they win over kind and country, or a merge would come undone on re-extraction.
    if decided:
        return min(decided.values(),
                   key=lambda a: (bool(country_id) and a.country_id != country_id, a.kind != kind, a.pk))
    candidates = [a for a in named.values() if _country_compatible(a, country_id)]
    # Mentions are counted only to break a tie between actors a name denotes: a busy actor has
    # thousands, and counting them on every lookup would make each article slower than the one before.
    mentions = _mention_counts(candidates, pending_mentions) if len(candidates) > 1 else {}
    if not candidates and kind == Actor.Kind.PERSON and multiword:
        candidates = _similar_people(multiword, country_id)
    if not candidates:
        return None
    # Prefer the same country, then an editor's decision, then the actor seen most often.
    candidates.sort(
        key=lambda a: (
            a.country_id != country_id if country_id else False,
            a.review_status != ReviewStatus.CONFIRMED,
            -mentions.get(a.pk, 0),
            a.pk,
        )
    )
    return candidates[0]


def _mention_counts(actors: list[Actor], pending: Collection[int] = ()) -> dict[int, int]:
    rows = ActorMention.objects.filter(actor__in=actors).order_by().values("actor_id").annotate(n=Count("pk"))
    counts = {row["actor_id"]: row["n"] for row in rows}
    for actor in actors:
        if actor.pk in pending:
            counts[actor.pk] = counts.get(actor.pk, 0) + 1
    return counts


def _similar_people(full_names: set[str], country_id: int | None) -> list[Actor]:
    """People whose full name is a close spelling variant of one of these, found by surname."""
    surnames = {surname_key(n) for n in full_names}
    aliases = ActorAlias.objects.filter(surname__in=surnames, actor__kind=Actor.Kind.PERSON).select_related("actor")
    found = {}
    for alias in aliases:
        if " " not in alias.folded or not _country_compatible(alias.actor, country_id):
            continue
        if any(_spelling_variants(name, alias.folded) for name in full_names):
            found[alias.actor_id] = alias.actor
    return list(found.values())


def _spelling_variants(a: str, b: str) -> bool:
    """Folded full names with the same surname whose given names are spelt alike word by word.

    Word by word, so that "george w bush" is not a variant of "george h w bush".
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa[-1] != wb[-1]:
        return False
    return all(x[:1] == y[:1] and fuzz.ratio(x, y) >= GIVEN_NAME_SIMILARITY for x, y in zip(wa[:-1], wb[:-1]))


def find_issue(*, names: list[str]) -> Issue | None:
    """The existing issue one of these names denotes, ignoring framing words ("the S-400 deal" = "S-400")."""
    keys = {issue_key(n) for n in names if fold_name(n)}
    if not keys:
        return None
    found = list(Issue.objects.filter(aliases__key__in=keys).distinct().order_by("pk"))
    found.sort(key=lambda issue: issue.review_status != ReviewStatus.CONFIRMED)
    return found[0] if found else None


def find_meeting(
    *, actor_ids: set[int], country_ids: set[int], kind: str, date: PartialDate, exclude_ids: set[int] = frozenset()
) -> Meeting | None:
    """The existing meeting that is the same event: overlapping sides, a compatible kind, agreeing dates.

    Undated meetings never match across articles: without a date there is nothing to tell two
    meetings of the same people apart, and a wrong merge is worse than a duplicate an editor can merge.
    """
    if date.value is None or not (actor_ids or country_ids):
        return None
    candidates = (
        Meeting.objects.filter(_agreeing_dates(date), _sharing_sides(actor_ids, country_ids))
        .filter(kind__in=_COMPATIBLE_KINDS.get(kind, {kind}))
        .exclude(pk__in=exclude_ids)
        .prefetch_related("participants")
    )
    mine = {("a", i) for i in actor_ids} | {("c", i) for i in country_ids}
    best, best_score = None, 0.0
    for meeting in candidates:
        if not date.agrees_with(meeting.date, meeting.date_precision):
            continue
        theirs = {("a", p.actor_id) if p.actor_id else ("c", p.country_id) for p in meeting.participants.all()}
        overlap = len(mine & theirs) / len(mine | theirs)
        score = overlap + 0.1 * (meeting.kind == kind)
        if overlap >= 0.5 and score > best_score:
            best, best_score = meeting, score
    return best


def _agreeing_dates(date: PartialDate) -> Q:
    """The stored dates that can agree with this one (`PartialDate.agrees_with` decides in the end).

    Inside its period (a day of a month, a month of a year), or the month or the year that contains it.
    Not the whole year: a busy country meets tens of thousands of times a year at scale, a few a day.
    """
    first, last = date.period()
    month = dt.date(first.year, first.month, 1)
    return (
        Q(date__range=(first, last))
        | Q(date=month, date_precision=Meeting.DatePrecision.MONTH)
        | Q(date=dt.date(first.year, 1, 1), date_precision=Meeting.DatePrecision.YEAR)
    )


def _sharing_sides(actor_ids: set[int], country_ids: set[int]) -> Q:
    """Meetings with a side in common, through the participant indexes, as a semi-join (no DISTINCT).

    A match overlaps by half of the union (`find_meeting`), so it shares at least half of these sides.
    When the countries are fewer than that half, it shares an actor, and only the actors are looked up:
    an actor takes part in a few meetings a day, a country in many.
    """
    needed = -(-(len(actor_ids) + len(country_ids)) // 2)
    sides = Q(actor_id__in=actor_ids)
    if len(country_ids) >= needed:
        sides |= Q(country_id__in=country_ids)
    return Q(pk__in=MeetingParticipant.objects.filter(sides).values("meeting_id"))
