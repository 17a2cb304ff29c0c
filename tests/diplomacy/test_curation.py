"""The curation services: review, correction, merges, splits, suggestions, and the history they leave."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from diplomacy import curation
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Issue, Meeting, MeetingParticipant, MeetingSource, MergeRecord,
    ReviewStatus,
)
from diplomacy.permissions import EDITOR_PERMISSIONS, editors_group_sync
from tests.factories import (
    ActorFactory, ActorRoleFactory, ArticleFactory, IssueFactory, UserFactory, country, meeting_with,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def user():
    return UserFactory(username="ed")


def names(actor):
    return set(actor.aliases.values_list("name", flat=True))


def test_confirm_reject_and_correct_record_who_and_why(user):
    meeting = meeting_with(ActorFactory())
    curation.meeting_reject(meeting=meeting, user=user, note="Not a meeting: a speech.")
    meeting.refresh_from_db()
    assert (meeting.review_status, meeting.reviewed_by, meeting.review_note) == (
        ReviewStatus.REJECTED, user, "Not a meeting: a speech.")
    latest = meeting.history.first()
    assert latest.history_user == user and latest.history_change_reason.startswith("Rejected")

    curation.meeting_correct(meeting=meeting, user=user, changes={"date": dt.date(2021, 3, 1), "date_precision": "month"})
    meeting.refresh_from_db()
    assert meeting.curated and meeting.date_display == "2021-03"
    delta = meeting.history.first().diff_against(meeting.history.all()[1])
    assert {c.field for c in delta.changes} >= {"date", "date_precision", "curated"}


def test_correct_refuses_a_date_without_its_precision(user):
    meeting = meeting_with(ActorFactory())
    with pytest.raises(ValidationError):
        curation.meeting_correct(meeting=meeting, user=user, changes={"date": None})


def test_actor_merge_moves_everything_and_keeps_names_as_aliases(user):
    tr = country("TR", "Turkey")
    keep = ActorFactory(name="Mevlüt Çavuşoğlu", country=tr)
    dup = ActorFactory(name="Mevlut Cavusoglu", country=None)
    ActorAlias.objects.create(actor=dup, name="Cavusoglu")
    ActorRoleFactory(actor=keep, title="Foreign Minister", country=tr, first_seen=dt.date(2021, 4, 1),
                     last_seen=dt.date(2021, 4, 1))
    ActorRoleFactory(actor=dup, title="Foreign Minister", country=tr, first_seen=dt.date(2020, 1, 1),
                     last_seen=dt.date(2020, 1, 1))
    ActorRoleFactory(actor=dup, title="Ambassador", country=tr)
    shared_meeting = meeting_with(keep, dup)  # both sides of one meeting: the survivor's part stays
    own_meeting = meeting_with(dup, country("US"))
    a1, a2 = ArticleFactory(), ArticleFactory()
    ActorMention.objects.create(actor=dup, article=a1, name_in_text="Cavusoglu")
    ActorMention.objects.create(actor=dup, article=a2, name_in_text="Cavusoglu")
    ActorMention.objects.create(actor=keep, article=a2, name_in_text="Çavuşoğlu")

    plan = curation.actor_merge_plan(survivor=keep, others=[dup])
    assert set(plan.moves["aliases"]) == {"Mevlut Cavusoglu", "Cavusoglu"}
    assert plan.counts["participations"] == 2 and plan.counts["roles"] == 2

    dup_pk = dup.pk
    record = curation.actor_merge(survivor=keep, others=[dup], user=user)

    assert not Actor.objects.filter(pk=dup_pk).exists()
    keep.refresh_from_db()
    assert keep.curated
    assert names(keep) == {"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Cavusoglu"}
    roles = {(r.title, r.first_seen, r.last_seen) for r in keep.roles.all()}
    assert ("Foreign Minister", dt.date(2020, 1, 1), dt.date(2021, 4, 1)) in roles
    assert {r[0] for r in roles} == {"Foreign Minister", "Ambassador"}
    assert set(keep.mentions.values_list("article_id", flat=True)) == {a1.pk, a2.pk}
    assert list(shared_meeting.participants.values_list("actor_id", flat=True)) == [keep.pk]
    assert own_meeting.participants.filter(actor=keep).exists()
    assert record.kind == "actor" and record.merged_ids == [dup_pk] and record.merged_by == user
    assert keep.history.first().history_change_reason == f"Merged actors {dup_pk} into {keep.pk}"
    assert Actor.history.filter(id=dup_pk, history_type="-").exists()  # the deletion is in history too


def test_actor_merge_needs_two(user):
    actor = ActorFactory()
    with pytest.raises(ValidationError):
        curation.actor_merge(survivor=actor, others=[actor], user=user)


def test_issue_merge_moves_aliases_and_meetings(user):
    keep, dup = IssueFactory(name="S-400 deal"), IssueFactory(name="S400 purchase")
    both = meeting_with(ActorFactory(), issues=[keep, dup])
    only_dup = meeting_with(ActorFactory(), issues=[dup])
    dup_pk = dup.pk
    curation.issue_merge(survivor=keep, others=[dup], user=user)
    assert not Issue.objects.filter(pk=dup_pk).exists()
    assert set(keep.aliases.values_list("name", flat=True)) == {"S-400 deal", "S400 purchase"}
    assert list(both.issues.all()) == [keep] and list(only_dup.issues.all()) == [keep]
    assert MergeRecord.objects.get(kind="issue").moved == {"aliases": 1, "meetings": 2}


def test_meeting_merge_moves_sources_participants_issues_and_keeps_decision(user):
    a, b, c = ActorFactory(), ActorFactory(), ActorFactory()
    issue = IssueFactory()
    keep = meeting_with(a, b, review_status=ReviewStatus.REJECTED, review_note="speech")
    dup = meeting_with(a, c, issues=[issue], date=dt.date(2021, 4, 13))
    dup_source, dup_pk = dup.sources.get(), dup.pk
    curation.meeting_merge(survivor=keep, others=[dup], user=user)
    keep.refresh_from_db()
    assert not Meeting.objects.filter(pk=dup_pk).exists()
    assert keep.review_status == ReviewStatus.REJECTED and keep.curated
    assert keep.date == dt.date(2021, 4, 12)  # the survivor's own fields stay
    assert MeetingSource.objects.get(pk=dup_source.pk).meeting == keep
    assert set(keep.participants.values_list("actor_id", flat=True)) == {a.pk, b.pk, c.pk}
    assert list(keep.issues.all()) == [issue]


def test_split_source_makes_a_curated_copy_and_moves_only_that_source(user):
    a, b = ActorFactory(), ActorFactory()
    meeting = meeting_with(a, b, issues=[IssueFactory()])
    second = MeetingSource.objects.create(meeting=meeting, article=ArticleFactory(), evidence="They spoke.",
                                          evidence_start=0, evidence_end=11)
    new = curation.meeting_split_source(source=second, user=user)
    meeting.refresh_from_db()
    second.refresh_from_db()
    assert second.meeting == new and meeting.sources.count() == 1
    assert new.curated and meeting.curated and new.split_from == meeting
    assert new.review_status == ReviewStatus.PROPOSED
    assert set(new.participants.values_list("actor_id", flat=True)) == {a.pk, b.pk}
    assert new.issues.count() == 1
    with pytest.raises(ValidationError):
        curation.meeting_split_source(source=second, user=user)  # its only source now


def test_actor_suggestions_find_close_names_in_one_country_only():
    tr, us = country("TR", "Turkey"), country("US", "United States")
    a = ActorFactory(name="Mevlut Cavusoglu", country=tr)
    b = ActorFactory(name="Mevlut Cavusoglou", country=tr)
    ActorFactory(name="Mevlut Cavusoglu", country=us)  # same name, other country: not offered with a
    ActorFactory(name="Recep Tayyip Erdogan", country=tr)
    ActorFactory(name="Mevlut Cavusogluu", country=tr, review_status=ReviewStatus.REJECTED)
    suggestions = curation.actor_duplicate_suggestions()
    assert [{r.pk for r in s.rows} for s in suggestions] == [{a.pk, b.pk}]


def test_meeting_suggestions_same_participants_near_dates_but_not_splits(user):
    a, b = ActorFactory(), ActorFactory()
    first = meeting_with(a, b, date=dt.date(2021, 4, 12))
    near = meeting_with(a, b, date=dt.date(2021, 4, 14))
    meeting_with(a, b, date=dt.date(2021, 6, 1))  # too far apart
    meeting_with(a, ActorFactory(), date=dt.date(2021, 4, 12))  # other participants
    suggestions = curation.meeting_duplicate_suggestions()
    assert [{m.pk for m in s.rows} for s in suggestions] == [{first.pk, near.pk}]
    assert "2 days apart" in suggestions[0].why

    MeetingSource.objects.create(meeting=first, article=ArticleFactory(), evidence="x", evidence_start=0,
                                 evidence_end=1)
    curation.meeting_split_source(source=first.sources.last(), user=user)
    # The split-off copy is the same participants on the same day, yet never offered for merging back.
    pairs = [{m.pk for m in s.rows} for s in curation.meeting_duplicate_suggestions()]
    split = Meeting.objects.get(split_from=first)
    assert {first.pk, split.pk} not in pairs and {first.pk, near.pk} in pairs


def test_history_can_be_reverted(user):
    meeting = meeting_with(ActorFactory(), location_name="Ankara")
    curation.meeting_correct(meeting=meeting, user=user, changes={"location_name": "Brussels"})
    before = meeting.history.filter(location_name="Ankara").first()
    before.instance.save()
    meeting.refresh_from_db()
    assert meeting.location_name == "Ankara"


def test_editors_group_has_review_and_merge_but_no_delete_of_knowledge():
    group = editors_group_sync()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"review_meeting", "merge_meeting", "merge_actor", "merge_issue", "change_meeting"} <= codenames
    assert not {c for c in codenames if c.startswith("delete_")} - {"delete_meetingparticipant", "delete_meetingissue"}
    assert len(codenames) == len(EDITOR_PERMISSIONS)


def test_participant_and_role_history_is_recorded(user):
    actor = ActorFactory()
    role = ActorRole.objects.create(actor=actor, title="Envoy")
    assert role.history.count() == 1
    part = MeetingParticipant.objects.create(meeting=meeting_with(ActorFactory()), actor=actor)
    assert part.history.count() == 1
