"""Editors' writes: review, correction, merging and splitting, and the duplicate suggestions they work from.

Every write here is an editor's decision, so every one leaves the rows it touched in a state that
extraction treats as final (diplomacy.services.extraction_apply): a decided review status, or the
`curated` mark. Merges keep the merged names as aliases of the survivor so that resolution finds the
survivor when an article names the merged-away row again. Each save carries the user and a reason for
django-simple-history, so the object's history page says who did what.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from diplomacy.models import (
    Actor, ActorAlias, ActorRole, Issue, IssueAlias, Meeting, MeetingIssue, MeetingParticipant,
    MeetingSource, MergeRecord, ReviewStatus,
)


def _save(obj, *, user, reason: str, update_fields=None) -> None:
    """Save with the author and reason that simple-history writes into the history row."""
    obj._history_user = user
    obj._change_reason = reason[:100]
    obj.save(update_fields=update_fields)


# --- review ----------------------------------------------------------------------------------------


@transaction.atomic
def meeting_confirm(*, meeting: Meeting, user) -> Meeting:
    meeting.review_status = ReviewStatus.CONFIRMED
    meeting.reviewed_by = user
    meeting.reviewed_at = timezone.now()
    _save(meeting, user=user, reason="Confirmed",
          update_fields=["review_status", "reviewed_by", "reviewed_at", "updated_at"])
    return meeting


@transaction.atomic
def meeting_reject(*, meeting: Meeting, user, note: str = "") -> Meeting:
    meeting.review_status = ReviewStatus.REJECTED
    meeting.reviewed_by = user
    meeting.reviewed_at = timezone.now()
    meeting.review_note = note
    _save(meeting, user=user, reason=f"Rejected: {note}" if note else "Rejected",
          update_fields=["review_status", "reviewed_by", "reviewed_at", "review_note", "updated_at"])
    return meeting


@transaction.atomic
def meeting_correct(*, meeting: Meeting, user, changes: dict | None = None, reason: str = "Corrected",
                    participants: list | None = None, issues: list | None = None) -> Meeting:
    """Apply an editor's corrections (field name -> value) and mark the meeting curated.

    Called with no changes when an editor changed only the meeting's participants or issues: the
    meeting is then curated all the same, so extraction will not add back what the editor removed.
    `participants` (Actor or Country objects) and `issues` (Issue objects), when given, replace the
    meeting's sides and topics: rows that stay keep their article, new ones are the editor's (no article).
    """
    for name, value in (changes or {}).items():
        setattr(meeting, name, value)
    meeting.curated = True
    meeting.full_clean(exclude=["split_from"], validate_unique=False)
    _save(meeting, user=user, reason=reason)
    if participants is not None:
        _replace_participants(meeting, participants, user=user, reason=reason)
    if issues is not None:
        _replace_issues(meeting, issues, user=user, reason=reason)
    return meeting


def _replace_participants(meeting: Meeting, sides: list, *, user, reason: str) -> None:
    from diplomacy.models import Country

    wanted = {(None, s.pk) if isinstance(s, Country) else (s.pk, None) for s in sides}
    # From the table, not a prefetch (a public one leaves rejected actors out).
    for part in MeetingParticipant.objects.filter(meeting=meeting):
        key = (part.actor_id, part.country_id)
        if key in wanted:
            wanted.discard(key)
        else:
            part._history_user, part._change_reason = user, reason[:100]
            part.delete()
    for actor_id, country_id in sorted(wanted, key=str):
        _save(MeetingParticipant(meeting=meeting, actor_id=actor_id, country_id=country_id), user=user, reason=reason)


def _replace_issues(meeting: Meeting, issues: list, *, user, reason: str) -> None:
    wanted = {issue.pk for issue in issues}
    for link in MeetingIssue.objects.filter(meeting=meeting):
        if link.issue_id in wanted:
            wanted.discard(link.issue_id)
        else:
            link._history_user, link._change_reason = user, reason[:100]
            link.delete()
    for issue_id in sorted(wanted):
        _save(MeetingIssue(meeting=meeting, issue_id=issue_id), user=user, reason=reason)


@transaction.atomic
def actor_review(*, actor: Actor, user, status: str) -> Actor:
    actor.review_status = status
    _save(actor, user=user, reason=ReviewStatus(status).label, update_fields=["review_status", "updated_at"])
    return actor


@transaction.atomic
def actor_correct(*, actor: Actor, user, changes: dict | None = None) -> Actor:
    """Apply an editor's corrections to an actor; extraction will no longer rename or remove it."""
    for name, value in (changes or {}).items():
        setattr(actor, name, value)
    actor.curated = True
    _save(actor, user=user, reason="Corrected")
    return actor


@transaction.atomic
def issue_review(*, issue: Issue, user, status: str) -> Issue:
    issue.review_status = status
    _save(issue, user=user, reason=ReviewStatus(status).label, update_fields=["review_status", "updated_at"])
    return issue


# --- merging ---------------------------------------------------------------------------------------


@dataclass
class MergePlan:
    """What a merge will move, for the admin to show before it happens and for the merge to carry out."""

    survivor: object
    others: list
    moves: dict[str, list[str]] = field(default_factory=dict)  # "aliases" -> ["Anthony Blinken", ...]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(rows) for kind, rows in self.moves.items()}


def _check_merge(survivor, others) -> list:
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise ValidationError("Choose at least two rows to merge, one of them the survivor.")
    return others


def actor_merge_plan(*, survivor: Actor, others: list[Actor]) -> MergePlan:
    others = _check_merge(survivor, others)
    have = set(survivor.aliases.values_list("name", flat=True))
    plan = MergePlan(survivor, others, {"aliases": [], "roles": [], "mentions": [], "participations": []})
    for other in others:
        names = [other.name, *other.aliases.values_list("name", flat=True)]
        plan.moves["aliases"] += [n for n in dict.fromkeys(names) if n not in have]
        have.update(names)
        plan.moves["roles"] += [str(r) for r in other.roles.select_related("country")]
        plan.moves["mentions"] += [f"{m.name_in_text} in {m.article}" for m in other.mentions.select_related("article")]
        plan.moves["participations"] += [str(p.meeting) for p in other.participations.select_related("meeting")]
    return plan


@transaction.atomic
def actor_merge(*, survivor: Actor, others: list[Actor], user) -> MergeRecord:
    """Merge actors into `survivor`: aliases, roles, mentions and participations move; the merged
    actors' names stay as the survivor's aliases; the merged actors are deleted.

    Where the survivor already has the same row (a mention of the same article, a part in the same
    meeting, the same role), the survivor's row stays and the other is dropped.
    """
    plan = actor_merge_plan(survivor=survivor, others=others)
    reason = f"Merged actors {', '.join(str(o.pk) for o in plan.others)} into {survivor.pk}"
    known = set(survivor.aliases.values_list("name", flat=True))
    for other in plan.others:
        for name in dict.fromkeys([other.name, *other.aliases.values_list("name", flat=True)]):
            if name not in known:
                _save(ActorAlias(actor=survivor, name=name), user=user, reason=reason)
                known.add(name)
        for role in other.roles.all():
            _move_role(role, survivor, user=user, reason=reason)
        have_articles = set(survivor.mentions.values_list("article_id", flat=True))
        for mention in other.mentions.all():
            if mention.article_id in have_articles:
                mention.delete()
            else:
                mention.actor = survivor
                mention.save(update_fields=["actor"])
        have_meetings = set(survivor.participations.values_list("meeting_id", flat=True))
        for part in other.participations.all():
            if part.meeting_id in have_meetings:
                part._history_user = user
                part.delete()
            else:
                part.actor = survivor
                _save(part, user=user, reason=reason, update_fields=["actor"])
        if survivor.country_id is None and other.country_id is not None:
            survivor.country_id = other.country_id
    return _finish_merge(MergeRecord.Kind.ACTOR, survivor, plan, user=user, reason=reason)


def _move_role(role: ActorRole, survivor: Actor, *, user, reason: str) -> None:
    same = ActorRole.objects.filter(actor=survivor, title=role.title, country_id=role.country_id).first()
    if same is None:
        role.actor = survivor
        _save(role, user=user, reason=reason, update_fields=["actor"])
        return
    # One title held once: keep the widest span of dates seen.
    dates = [d for d in (same.first_seen, same.last_seen, role.first_seen, role.last_seen) if d]
    if dates:
        same.first_seen, same.last_seen = min(dates), max(dates)
        _save(same, user=user, reason=reason, update_fields=["first_seen", "last_seen"])
    role.delete()


def issue_merge_plan(*, survivor: Issue, others: list[Issue]) -> MergePlan:
    others = _check_merge(survivor, others)
    have = set(survivor.aliases.values_list("name", flat=True))
    plan = MergePlan(survivor, others, {"aliases": [], "meetings": []})
    for other in others:
        names = [other.name, *other.aliases.values_list("name", flat=True)]
        plan.moves["aliases"] += [n for n in dict.fromkeys(names) if n not in have]
        have.update(names)
        plan.moves["meetings"] += [str(link.meeting) for link in other.meeting_links.select_related("meeting")]
    return plan


@transaction.atomic
def issue_merge(*, survivor: Issue, others: list[Issue], user) -> MergeRecord:
    """Merge issues into `survivor`: aliases and meeting links move, merged names stay as aliases."""
    plan = issue_merge_plan(survivor=survivor, others=others)
    reason = f"Merged issues {', '.join(str(o.pk) for o in plan.others)} into {survivor.pk}"
    known = set(survivor.aliases.values_list("name", flat=True))
    for other in plan.others:
        for name in dict.fromkeys([other.name, *other.aliases.values_list("name", flat=True)]):
            if name not in known:
                _save(IssueAlias(issue=survivor, name=name[:300]), user=user, reason=reason)
                known.add(name)
        have_meetings = set(survivor.meeting_links.values_list("meeting_id", flat=True))
        for link in other.meeting_links.all():
            if link.meeting_id in have_meetings:
                link.delete()
            else:
                link.issue = survivor
                _save(link, user=user, reason=reason, update_fields=["issue"])
    return _finish_merge(MergeRecord.Kind.ISSUE, survivor, plan, user=user, reason=reason)


def meeting_merge_plan(*, survivor: Meeting, others: list[Meeting]) -> MergePlan:
    others = _check_merge(survivor, others)
    sides = {(p.actor_id, p.country_id) for p in survivor.participants.all()}
    topics = set(survivor.issue_links.values_list("issue_id", flat=True))
    plan = MergePlan(survivor, others, {"sources": [], "participants": [], "issues": []})
    for other in others:
        plan.moves["sources"] += [f"{s.article}: {s.evidence}" for s in other.sources.select_related("article")]
        for part in other.participants.select_related("actor", "country"):
            if (part.actor_id, part.country_id) not in sides:
                plan.moves["participants"].append(str(part))
                sides.add((part.actor_id, part.country_id))
        for link in other.issue_links.select_related("issue"):
            if link.issue_id not in topics:
                plan.moves["issues"].append(str(link.issue))
                topics.add(link.issue_id)
    return plan


@transaction.atomic
def meeting_merge(*, survivor: Meeting, others: list[Meeting], user) -> MergeRecord:
    """Merge meetings that are one real event into `survivor`.

    Sources, participants and issues move; the survivor keeps its own date, kind, place and review
    decision (a rejected survivor stays rejected, a confirmed one stays confirmed) and becomes curated,
    so re-extraction attaches every moved source's sentence to it and never recreates the others.
    """
    plan = meeting_merge_plan(survivor=survivor, others=others)
    reason = f"Merged meetings {', '.join(str(o.pk) for o in plan.others)} into {survivor.pk}"
    for other in plan.others:
        _move_meeting_rows(other, survivor, user=user, reason=reason)
        Meeting.objects.filter(split_from=other).exclude(pk=survivor.pk).update(split_from=survivor)
    return _finish_merge(MergeRecord.Kind.MEETING, survivor, plan, user=user, reason=reason)


def _move_meeting_rows(other: Meeting, survivor: Meeting, *, user, reason: str) -> None:
    have_sources = set(survivor.sources.values_list("article_id", "evidence_start"))
    for source in other.sources.all():
        if (source.article_id, source.evidence_start) in have_sources:
            source.delete()
        else:
            source.meeting = survivor
            _save(source, user=user, reason=reason, update_fields=["meeting"])
    sides = {(p.actor_id, p.country_id) for p in survivor.participants.all()}
    for part in other.participants.all():
        if (part.actor_id, part.country_id) in sides:
            part.delete()
        else:
            part.meeting = survivor
            _save(part, user=user, reason=reason, update_fields=["meeting"])
    topics = set(survivor.issue_links.values_list("issue_id", flat=True))
    for link in other.issue_links.all():
        if link.issue_id in topics:
            link.delete()
        else:
            link.meeting = survivor
            _save(link, user=user, reason=reason, update_fields=["meeting"])


def _finish_merge(kind: str, survivor, plan: MergePlan, *, user, reason: str) -> MergeRecord:
    """The end of every merge, once the rows have moved: the record, the others deleted (with history),
    and the survivor saved as an editor's decision (`curated`, where the model has it)."""
    record = _record(kind, survivor, plan, user)
    for other in plan.others:
        other._history_user, other._change_reason = user, reason[:100]
        other.delete()
    if hasattr(survivor, "curated"):
        survivor.curated = True
    _save(survivor, user=user, reason=reason)
    return record


def _record(kind: str, survivor, plan: MergePlan, user) -> MergeRecord:
    return MergeRecord.objects.create(
        kind=kind, survivor_id=survivor.pk, survivor_label=str(survivor)[:300],
        merged_ids=[o.pk for o in plan.others], merged_labels=[str(o)[:300] for o in plan.others],
        moved=plan.counts, merged_by=user if getattr(user, "pk", None) else None,
    )


# --- splitting -------------------------------------------------------------------------------------


@transaction.atomic
def meeting_split_source(*, source: MeetingSource, user) -> Meeting:
    """Split a wrongly merged source off into a meeting of its own and return the new meeting.

    The new meeting starts as a copy of the old one (kind, status, date, place, participants, issues)
    for the editor to correct, `proposed` and curated; the old one becomes curated too. Re-extraction
    then finds the split sentence on the new meeting and never puts it back on the old one.
    """
    original = source.meeting
    if original.sources.count() < 2:
        raise ValidationError("This is the meeting's only source; there is nothing to split it from.")
    reason = f"Split source {source.pk} off meeting {original.pk}"
    new = Meeting(
        kind=original.kind, status=original.status, date=original.date, date_precision=original.date_precision,
        location_name=original.location_name, location_country=original.location_country,
        confidence=source.confidence, reason=source.reason, curated=True, split_from=original,
    )
    _save(new, user=user, reason=reason)
    for part in original.participants.all():
        _save(MeetingParticipant(meeting=new, actor=part.actor, country=part.country, article=part.article),
              user=user, reason=reason)
    for link in original.issue_links.all():
        _save(MeetingIssue(meeting=new, issue=link.issue, article=link.article), user=user, reason=reason)
    source.meeting = new
    _save(source, user=user, reason=reason, update_fields=["meeting"])
    original.curated = True
    _save(original, user=user, reason=reason, update_fields=["curated", "updated_at"])
    return new


# --- suggestions (reads) ---------------------------------------------------------------------------

# Folded full names this alike (rapidfuzz ratio, 0-100) are offered as one actor spelt two ways.
ACTOR_NAME_SIMILARITY = 85
# Meetings of the same participants this many days apart or fewer are offered as one event.
MEETING_DAYS_APART = 7


@dataclass(frozen=True)
class Suggestion:
    """Rows that look like one thing, best first; `why` says what an editor should check."""

    rows: tuple
    why: str

    @property
    def ids(self) -> str:
        return ",".join(str(r.pk) for r in self.rows)


def actor_duplicate_suggestions(*, limit: int = 50) -> list[Suggestion]:
    """Actors of one kind and country with close names, or with an alias in common.

    Compared within a country only, so the work grows with the largest country, not the table; actors
    an editor rejected are left out.
    """
    from rapidfuzz import fuzz

    from diplomacy.models.common import fold_name

    by_country: dict[tuple, list[Actor]] = {}
    actors = (Actor.objects.exclude(review_status=ReviewStatus.REJECTED).filter(country__isnull=False)
              .prefetch_related("aliases").order_by("pk"))
    for actor in actors:
        by_country.setdefault((actor.country_id, actor.kind), []).append(actor)
    found = []
    for group in by_country.values():
        forms = {a.pk: {al.folded for al in a.aliases.all()} | {fold_name(a.name)} for a in group}
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                shared = {f for f in forms[a.pk] & forms[b.pk] if " " in f or a.kind == Actor.Kind.ORGANIZATION}
                score = fuzz.ratio(fold_name(a.name), fold_name(b.name))
                if shared:
                    found.append((200, Suggestion((a, b), f"same name form “{sorted(shared)[0]}”")))
                elif score >= ACTOR_NAME_SIMILARITY:
                    found.append((score, Suggestion((a, b), f"names {score:.0f}% alike, same country")))
    found.sort(key=lambda item: -item[0])
    return [s for _, s in found[:limit]]


def meeting_duplicate_suggestions(*, limit: int = 50, days: int = MEETING_DAYS_APART) -> list[Suggestion]:
    """Dated meetings with the same participants at most `days` apart, not rejected, and not a split
    an editor made (a meeting split off is never offered for merging back)."""
    meetings = (Meeting.objects.exclude(review_status=ReviewStatus.REJECTED).filter(date__isnull=False)
                .prefetch_related("participants").order_by("date", "pk"))
    by_sides: dict[frozenset, list[Meeting]] = {}
    for meeting in meetings:
        sides = frozenset((p.actor_id, p.country_id) for p in meeting.participants.all())
        if len(sides) >= 2:
            by_sides.setdefault(sides, []).append(meeting)
    found = []
    for group in by_sides.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                gap = (b.date - a.date).days
                if gap > days:
                    break
                if a.split_from_id == b.pk or b.split_from_id == a.pk:
                    continue
                why = "same participants, same day" if gap == 0 else f"same participants, {gap} days apart"
                found.append((gap, Suggestion((a, b), why)))
    found.sort(key=lambda item: item[0])
    return [s for _, s in found[:limit]]
