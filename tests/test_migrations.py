"""Upgrades: a database filled at the first migration keeps its data through every migration to the last,
and every migration can be reversed."""
import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

FIRST = [("articles", "0001_initial"), ("diplomacy", "0001_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    executor = MigrationExecutor(connection)
    return [node for node in executor.loader.graph.leaf_nodes() if node[0] in ("articles", "diplomacy")]


def test_data_from_the_first_migration_survives_to_the_last():
    old = migrate(FIRST)
    Country = old.get_model("diplomacy", "Country")
    Article = old.get_model("articles", "Article")
    Actor = old.get_model("diplomacy", "Actor")
    Meeting = old.get_model("diplomacy", "Meeting")
    Participant = old.get_model("diplomacy", "MeetingParticipant")
    Source = old.get_model("diplomacy", "MeetingSource")
    turkey, _ = Country.objects.get_or_create(iso2="TR", defaults={"iso3": "TUR", "name": "Turkey"})
    article = Article.objects.create(title="Old article", text="They met in Ankara.", content_hash="h" * 64,
                                     status="done", published_date=dt.date(2021, 4, 12))
    actor = Actor.objects.create(kind="person", name="Old Minister", slug="old-minister", country=turkey)
    meeting = Meeting.objects.create(kind="in_person", status="held", date=dt.date(2021, 4, 12),
                                     date_precision="day", review_status="confirmed")
    Participant.objects.create(meeting=meeting, actor=actor)
    Participant.objects.create(meeting=meeting, country=turkey)
    Source.objects.create(meeting=meeting, article=article, evidence="They met in Ankara.", evidence_start=0,
                          evidence_end=19)

    new = migrate(latest())
    Meeting = new.get_model("diplomacy", "Meeting")
    kept = Meeting.objects.get(pk=meeting.pk)
    assert (kept.kind, kept.review_status, kept.date) == ("in_person", "confirmed", dt.date(2021, 4, 12))
    assert new.get_model("diplomacy", "MeetingParticipant").objects.filter(meeting=kept).count() == 2
    assert new.get_model("diplomacy", "MeetingSource").objects.get(meeting=kept).article.title == "Old article"
    assert new.get_model("diplomacy", "Actor").objects.get(pk=actor.pk).name == "Old Minister"


def test_every_migration_reverses():
    migrate(FIRST)  # down from the last (reversing each one on the way)
    migrate(latest())  # and up again
    assert MigrationExecutor(connection).migration_plan(latest()) == []
