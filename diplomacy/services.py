"""Writes to the knowledge base. Views, admin actions, API views and tasks call these and hold no logic.

The rule that runs through all of them: extraction proposes, editors decide. Nothing here that is
driven by extraction changes, removes or brings back a row an editor confirmed or rejected.
"""
from __future__ import annotations

import logging
import re

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.text import slugify
from unidecode import unidecode

from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue,
    MeetingParticipant, MeetingSource, ReviewStatus,
)
from diplomacy import denorm
from diplomacy.resolution import PartialDate, find_actor, find_issue, find_meeting

logger = logging.getLogger(__name__)


def unique_slug(model, text: str, *, max_length: int = 200) -> str:
    """`base`, or `base-N` with the smallest free N from 2, in one indexed prefix query.

    One query rather than one per taken number: a name many actors share (or "item", the slug of a
    name in another script) would otherwise cost one more query with every actor that took it.
    """
    base = slugify(unidecode(text))[: max_length - 8].strip("-") or "item"
    taken = set(
        model.objects.filter(slug__startswith=base, slug__regex=rf"^{re.escape(base)}(-[0-9]+)?$")
        .values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- countries -------------------------------------------------------------------------------------


def countries_sync(*, country_model=Country) -> int:
    """Create or update a Country row for every record of the gazetteer; returns how many there are.

    Takes the model as an argument so that a data migration can pass its historical model.
    """
    from articles.extraction.gazetteer import all_countries

    records = all_countries()
    existing = {c.iso2: c for c in country_model.objects.all()}
    for rec in records:
        fields = {
            "iso3": rec.iso3, "name": rec.name, "official_name": rec.official_name or "",
            "other_names": list(rec.other_names), "demonyms": list(rec.demonyms), "capitals": list(rec.capitals),
            "sovereign": rec.sovereign, "historical": rec.historical,
        }
        row = existing.get(rec.iso2)
        if row is None:
            country_model.objects.create(iso2=rec.iso2, **fields)
        elif any(getattr(row, k) != v for k, v in fields.items()):
            for key, value in fields.items():
                setattr(row, key, value)
            row.save()
    return len(records)


# --- review ----------------------------------------------------------------------------------------

# Editors' writes live in diplomacy.curation; these two are re-exported because callers know them here.
from diplomacy.curation import meeting_confirm, meeting_reject  # noqa: E402,F401


# --- extraction ------------------------------------------------------------------------------------


@transaction.atomic
def extraction_apply(*, article, result) -> dict:
    """Write one article's extraction result into the knowledge base, replacing its earlier proposals.

    `result` is an articles.extraction.types.ExtractionResult. Returns counts for logging.
    """
    # Two runs for one article (a redelivered message next to a slow worker) take turns here.
    type(article).objects.select_for_update().filter(pk=article.pk).values_list("pk", flat=True).first()
    denorm.data_changed()  # bulk writes below send no signal; the pages' cached aggregates must go
    article_retract_proposals(article=article)
    codes = set(result.countries)
    codes.update(a.country for a in result.actors if a.country)
    codes.update(a.role.country for a in result.actors if a.role and a.role.country)
    codes.update(m.location_country for m in result.meetings if m.location_country)
    codes.update(p for m in result.meetings for p in m.participants if _is_code(p))
    countries = {c.iso2: c for c in Country.objects.filter(iso2__in=codes)}

    # What is left of this article's sources after retraction is where editors placed its sentences.
    kept = list(MeetingSource.objects.filter(article=article).order_by()
                .values_list("meeting_id", "evidence_start", "evidence_end"))
    # Retraction removed this article's mentions; the new ones are gathered here and written in one INSERT.
    mentioned: dict[int, ActorMention] = {}
    actors = {ea.name: _actor_apply(ea, article=article, countries=countries, mentioned=mentioned)
              for ea in result.actors}
    ActorMention.objects.bulk_create(mentioned.values())
    issues = {ei.name: _issue_apply(ei, article=article) for ei in result.issues}
    # The extractor already told this article's meetings apart; two of them never merge here.
    meetings: list[Meeting] = []
    for em in result.meetings:
        meeting = _meeting_apply(
            em, article=article, actors=actors, issues=issues, countries=countries,
            exclude_ids={m.pk for m in meetings}, kept=kept,
        )
        if meeting is not None:
            meetings.append(meeting)
    return {"actors": len(actors), "issues": len(issues), "meetings": len(meetings)}


def _is_code(value: str) -> bool:
    return len(value) == 2 and value.isupper()


def article_retract_proposals(*, article) -> None:
    """Remove what extraction proposed from this article, before it is extracted again.

    Sources on confirmed, rejected or curated (corrected, merged, split) meetings stay: they are part
    of an editor's decision, and the next extraction finds those meetings through them (`_held_meeting`)
    instead of proposing them anew. Curated actors stay even when no article mentions them any more.
    """
    machine_meeting = Q(review_status=ReviewStatus.PROPOSED, curated=False)
    proposed_sources = MeetingSource.objects.filter(
        article=article, meeting__review_status=ReviewStatus.PROPOSED, meeting__curated=False
    )
    meeting_ids = set(proposed_sources.order_by().values_list("meeting_id", flat=True))
    proposed_sources.delete()
    (Meeting.objects.filter(machine_meeting, pk__in=meeting_ids)
     .exclude(Exists(MeetingSource.objects.filter(meeting=OuterRef("pk")))).delete())

    # order_by(): the models' default orderings would join the article and actor tables to sort.
    actor_ids = set(ActorMention.objects.filter(article=article).order_by().values_list("actor_id", flat=True))
    ActorMention.objects.filter(article=article).delete()
    # EXISTS rather than COUNT: a busy actor has thousands of mentions and participations, and counting
    # both through one join multiplies them.
    (Actor.objects.filter(pk__in=actor_ids, review_status=ReviewStatus.PROPOSED, curated=False)
     .exclude(Exists(ActorMention.objects.filter(actor=OuterRef("pk"))))
     .exclude(Exists(MeetingParticipant.objects.filter(actor=OuterRef("pk")))).delete())


def _actor_apply(extracted, *, article, countries, mentioned: dict) -> Actor | None:
    """The Actor for an extracted actor: found or created, with its aliases, mention and role.

    `mentioned` gathers this article's mentions (actor id -> unsaved ActorMention, the first name wins),
    written by the caller in one INSERT; resolution counts them as if they were written already. The
    article's row lock keeps other runs for it out meanwhile.
    """
    names = [extracted.name, *extracted.aliases]
    country = countries.get(extracted.country)
    actor = find_actor(names=names, kind=extracted.kind, country_id=country.pk if country else None,
                       pending_mentions=mentioned.keys())
    created = actor is None
    if created:
        actor = Actor.objects.create(
            kind=extracted.kind, name=extracted.name, country=country,
            slug=unique_slug(Actor, extracted.name, max_length=320),
        )
    elif actor.review_status == ReviewStatus.REJECTED:
        # An editor said this is not an actor; do not attach anything new to it.
        return None
    elif actor.review_status == ReviewStatus.PROPOSED and not actor.curated:
        updates = []
        if actor.country_id is None and country is not None:
            actor.country, updates = country, updates + ["country"]
        # Keep the fullest form as the canonical name.
        if len(extracted.name) > len(actor.name) and " " in extracted.name:
            actor.name, updates = extracted.name, updates + ["name"]
        if updates:
            actor.save(update_fields=[*updates, "updated_at"])

    # A new actor has no aliases yet; a known one is asked only about these names, not all it has.
    known = set() if created else set(
        actor.aliases.filter(name__in=names).order_by().values_list("name", flat=True))
    for name in dict.fromkeys(names):
        if name not in known:
            ActorAlias.objects.create(actor=actor, name=name, article=article)
    if actor.pk not in mentioned:
        mentioned[actor.pk] = ActorMention(actor=actor, article=article, name_in_text=extracted.name)
    if extracted.role:
        _role_apply(actor, extracted.role, article=article, countries=countries, new_actor=created)
    return actor


def _role_apply(actor, role, *, article, countries, new_actor: bool = False) -> None:
    seen = article.published_date
    if new_actor:  # nothing to look up: a plain INSERT, without get_or_create's SELECT and savepoint
        ActorRole.objects.create(actor=actor, title=role.title[:200], country=countries.get(role.country),
                                 first_seen=seen, last_seen=seen, article=article)
        return
    row, created = ActorRole.objects.get_or_create(
        actor=actor, title=role.title[:200], country=countries.get(role.country),
        defaults={"first_seen": seen, "last_seen": seen, "article": article},
    )
    if created or seen is None:
        return
    changed = []
    if row.first_seen is None or seen < row.first_seen:
        row.first_seen, row.article, changed = seen, article, changed + ["first_seen", "article"]
    if row.last_seen is None or seen > row.last_seen:
        row.last_seen, changed = seen, changed + ["last_seen"]
    if changed:
        row.save(update_fields=changed)


def _issue_apply(extracted, *, article) -> Issue | None:
    names = [extracted.name, *extracted.aliases]
    issue = find_issue(names=names)
    created = issue is None
    if created:
        issue = Issue.objects.create(name=extracted.name[:200], slug=unique_slug(Issue, extracted.name, max_length=220))
    elif issue.review_status == ReviewStatus.REJECTED:
        return None
    forms = list(dict.fromkeys(name[:300] for name in names))
    known = set() if created else set(issue.aliases.filter(name__in=forms).order_by().values_list("name", flat=True))
    for name in forms:
        if name not in known:
            IssueAlias.objects.create(issue=issue, name=name, article=article)
    return issue


def _meeting_apply(extracted, *, article, actors, issues, countries, exclude_ids, kept) -> Meeting | None:
    sides_actor = {actors[p] for p in extracted.participants if p in actors and actors[p] is not None}
    sides_country = {countries[p] for p in extracted.participants if _is_code(p) and p in countries}
    if not sides_actor and not sides_country:
        logger.info("article %s: meeting without known participants skipped: %r", article.pk, extracted.evidence)
        return None
    date = PartialDate.parse(extracted.date)
    held = _held_meeting(extracted, kept=kept)
    if held is not None:
        return held  # this sentence is already where an editor left it
    meeting = find_meeting(
        actor_ids={a.pk for a in sides_actor}, country_ids={c.pk for c in sides_country},
        kind=extracted.kind, date=date, exclude_ids=exclude_ids,
    )
    created = meeting is None
    if created:
        meeting = Meeting.objects.create(
            kind=extracted.kind, status=extracted.status, date=date.value, date_precision=date.precision,
            location_name=(extracted.location or "")[:200], location_country=countries.get(extracted.location_country),
            confidence=extracted.confidence, reason=extracted.reason[:300],
        )
    elif not meeting.held_by_editor:
        _meeting_refine(meeting, extracted, date=date, countries=countries)

    source = {
        "evidence": extracted.evidence, "evidence_end": extracted.evidence_end,
        "confidence": extracted.confidence, "reason": extracted.reason[:300],
        "extractor_version": article.extractor_version,
    }
    # A meeting created here has no sources, participants or issues yet: nothing to look up first.
    if created:
        MeetingSource.objects.create(meeting=meeting, article=article, evidence_start=extracted.evidence_start, **source)
    else:
        MeetingSource.objects.get_or_create(
            meeting=meeting, article=article, evidence_start=extracted.evidence_start, defaults=source
        )
    if meeting.held_by_editor:
        return meeting  # an editor's meeting gains the source and nothing else
    have_actors, have_countries = set(), set()
    if not created:
        for actor_id, country_id in meeting.participants.order_by().values_list("actor_id", "country_id"):
            (have_actors if actor_id is not None else have_countries).add(actor_id or country_id)
    MeetingParticipant.objects.bulk_create(
        [MeetingParticipant(meeting=meeting, actor=a, article=article) for a in sides_actor if a.pk not in have_actors]
        + [MeetingParticipant(meeting=meeting, country=c, article=article)
           for c in sides_country if c.pk not in have_countries]
    )
    have_issues = set() if created else set(meeting.issue_links.order_by().values_list("issue_id", flat=True))
    wanted = {issues[name] for name in extracted.issues if issues.get(name) is not None}
    MeetingIssue.objects.bulk_create(
        [MeetingIssue(meeting=meeting, issue=i, article=article) for i in wanted if i.pk not in have_issues]
    )
    return meeting


def _held_meeting(extracted, *, kept) -> Meeting | None:
    """The meeting an editor left this sentence on, if a kept source of this article covers it.

    `kept` is the article's sources that survived retraction, all on meetings an editor decided or
    curated: a kept source overlapping the extracted sentence means the editor placed it there (merged
    it, split it off, confirmed or rejected its meeting). That wins over resolution, and over the
    article's own exclude list, or a merged meeting would come back from its second sentence.
    """
    start, end = extracted.evidence_start, max(extracted.evidence_end, extracted.evidence_start + 1)
    ids = sorted(mid for mid, s, e in kept if s < end and max(e, s + 1) > start)
    return Meeting.objects.filter(pk=ids[0]).first() if ids else None


def _meeting_refine(meeting, extracted, *, date, countries) -> None:
    """A second report of a proposed meeting may know it better: a finer date, a place."""
    changed = []
    if date.rank > PartialDate(meeting.date, meeting.date_precision).rank:
        meeting.date, meeting.date_precision = date.value, date.precision
        changed += ["date", "date_precision"]
    if not meeting.location_name and extracted.location:
        meeting.location_name = extracted.location[:200]
        meeting.location_country = countries.get(extracted.location_country)
        changed += ["location_name", "location_country"]
    if extracted.confidence > meeting.confidence:
        meeting.confidence, meeting.reason = extracted.confidence, extracted.reason[:300]
        changed += ["confidence", "reason"]
    if changed:
        meeting.save(update_fields=[*changed, "updated_at"])
