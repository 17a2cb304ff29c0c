"""MeetingCountry (the denormalised countries of each meeting) stays equal to what the participants say,
whatever writes them: extraction, curation (confirm, reject, correct, merges, split), the admin's plain
saves, bulk writes and deletes. Runs on SQLite and on PostgreSQL (the triggers differ per database)."""
import datetime as dt

import pytest
from django.db import connection, transaction

from diplomacy import curation, denorm
from diplomacy.models import Actor, Meeting, MeetingCountry, MeetingParticipant, MeetingSource
from diplomacy.services import extraction_apply
from tests.diplomacy.test_extraction_apply import TEXT, result
from tests.factories import ActorFactory, ArticleFactory, UserFactory, country, meeting_with

pytestmark = pytest.mark.django_db


def expected() -> set[tuple[int, int, dt.date | None]]:
    """What the sides must be, computed the slow way from the participants."""
    rows = set()
    for part in MeetingParticipant.objects.select_related("actor", "meeting"):
        side = part.country_id or (part.actor.country_id if part.actor else None)
        if side:
            rows.add((part.meeting_id, side, part.meeting.date))
    return rows


def stored() -> set[tuple[int, int, dt.date | None]]:
    rows = list(MeetingCountry.objects.values_list("meeting_id", "country_id", "date"))
    assert len(rows) == len(set(rows))
    return set(rows)


def check():
    assert stored() == expected()


@pytest.fixture
def user():
    return UserFactory(username="ed-sides")


@pytest.fixture
def world():
    tr, us, fr = country("TR"), country("US"), country("FR")
    a = ActorFactory(name="Ali Turk", country=tr)
    b = ActorFactory(name="Bea Yank", country=us)
    c = ActorFactory(name="Cel Franc", country=fr)
    return {"tr": tr, "us": us, "fr": fr, "a": a, "b": b, "c": c,
            "m1": meeting_with(a, b), "m2": meeting_with(a, c, us), "m3": meeting_with(b, fr)}


def test_sides_follow_participants_written_one_by_one_and_deleted(world):
    assert stored() == expected()
    assert {(world["m2"].pk, world["us"].pk)} <= {(m, c) for m, c, _ in stored()}
    # A side given twice (the country itself and an actor of it) is one row, and stays while either does.
    MeetingParticipant.objects.create(meeting=world["m1"], country=world["tr"])
    check()
    MeetingParticipant.objects.filter(meeting=world["m1"], actor=world["a"]).delete()
    assert (world["m1"].pk, world["tr"].pk, world["m1"].date) in stored()
    MeetingParticipant.objects.filter(meeting=world["m1"], country=world["tr"]).delete()
    assert world["tr"].pk not in {c for m, c, _ in stored() if m == world["m1"].pk}
    check()


def test_bulk_writes_and_plain_updates(world):
    d = ActorFactory(country=world["fr"])
    MeetingParticipant.objects.bulk_create([MeetingParticipant(meeting=world["m1"], actor=d),
                                            MeetingParticipant(meeting=world["m3"], country=world["tr"])])
    check()
    MeetingParticipant.objects.filter(meeting=world["m3"], country__isnull=False).update(meeting=world["m2"])
    check()
    assert set(MeetingCountry.objects.filter(meeting=world["m3"]).values_list("country_id", flat=True)) == {
        world["us"].pk}


def test_actor_country_change_and_actor_delete(world):
    a = world["a"]
    a.country = world["fr"]
    a.save()
    check()
    Actor.objects.filter(pk=world["b"].pk).update(country=None)
    check()
    world["c"].delete()
    check()


def test_meeting_date_change_and_meeting_delete(world, user):
    curation.meeting_correct(meeting=world["m1"], user=user,
                             changes={"date": dt.date(2020, 1, 1), "date_precision": "year"})
    check()
    assert MeetingCountry.objects.filter(meeting=world["m1"], date=dt.date(2020, 1, 1)).count() == 2
    world["m2"].delete()
    check()
    assert not MeetingCountry.objects.filter(meeting_id=world["m2"].pk).exists()


def test_curation_review_correct_merges_and_split(world, user):
    curation.meeting_reject(meeting=world["m1"], user=user)
    curation.meeting_confirm(meeting=world["m2"], user=user)
    check()
    curation.meeting_correct(meeting=world["m3"], user=user, participants=[world["a"], world["us"]])
    check()
    assert {c for m, c, _ in stored() if m == world["m3"].pk} == {world["tr"].pk, world["us"].pk}
    curation.meeting_merge(survivor=world["m1"], others=[world["m3"]], user=user)
    check()
    survivor_sources = list(MeetingSource.objects.filter(meeting=world["m1"]))
    curation.meeting_split_source(source=survivor_sources[-1], user=user)
    check()
    curation.actor_merge(survivor=world["c"], others=[world["a"]], user=user)
    check()
    assert not MeetingCountry.objects.filter(country=world["tr"]).exists()


def test_extraction_and_reextraction(countries):
    article = ArticleFactory(text=TEXT, published_date=dt.date(2021, 4, 12), url="https://example.org/sides")
    extraction_apply(article=article, result=result())
    assert stored() and stored() == expected()
    # Both meetings are between a Turkish and an American actor.
    assert {c for _, c, _ in stored()} == {country("TR").pk, country("US").pk}
    extraction_apply(article=article, result=result(meetings=()))
    check()
    assert not Meeting.objects.exists() and not stored()


def test_rebuild_gives_the_same_rows(world):
    before = stored()
    MeetingCountry.objects.all().delete()
    assert denorm.sides_rebuild() == len(before)
    assert stored() == before


@pytest.mark.postgres
def test_paused_triggers_rebuild_at_the_end(world):
    assert connection.vendor == "postgresql"
    d = ActorFactory(country=world["fr"])
    with transaction.atomic(), denorm.triggers_paused():
        MeetingParticipant.objects.create(meeting=world["m1"], actor=d)
        assert (world["m1"].pk, world["fr"].pk, world["m1"].date) not in stored()
    check()
