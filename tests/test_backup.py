"""export_kb / import_kb round-trip the whole knowledge base, curation and history included."""
import json

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from diplomacy.models import Actor, ActorAlias, ActorRole, Country, Issue, Meeting, MeetingSource
from diplomacy.services import meeting_confirm, meeting_reject
from tests.factories import ActorFactory, ActorRoleFactory, IssueFactory, UserFactory, country, meeting_with

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot():
    def rows(model, *fields):
        return sorted(model.objects.values_list(*fields))

    return {
        "countries": rows(Country, "iso2", "name", "sovereign"),
        "articles": rows(Article, "id", "title", "text", "status", "content_hash"),
        "actors": rows(Actor, "id", "name", "slug", "review_status", "country__iso2"),
        "aliases": rows(ActorAlias, "actor_id", "name"),
        "roles": rows(ActorRole, "actor_id", "title", "first_seen"),
        "issues": rows(Issue, "id", "name", "review_status"),
        "meetings": rows(Meeting, "id", "kind", "date", "review_status", "review_note", "reviewed_by__username"),
        "sources": rows(MeetingSource, "meeting_id", "article_id", "evidence", "evidence_start"),
    }


def history_count():
    with connection.cursor() as cursor:
        tables = [t for t in connection.introspection.table_names(cursor) if t.startswith("diplomacy_historical")]
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            counts[table] = cursor.fetchone()[0]
        return counts


def test_export_then_import_loses_nothing(tmp_path, countries):
    editor = UserFactory(username="editor-b")
    turkey = Country.objects.get(iso2="TR")
    a = ActorFactory(name="Mevlüt Çavuşoğlu", country=turkey)
    ActorRoleFactory(actor=a, country=turkey)
    b = ActorFactory(country=country("US"))
    kept = meeting_with(a, b, issues=[IssueFactory(name="Syria")], evidence="They met.")
    dropped = meeting_with(a, country("RU"))
    meeting_confirm(meeting=kept, user=editor)
    meeting_reject(meeting=dropped, user=editor, note="a letter, not a meeting")
    before, history_before = snapshot(), history_count()

    path = tmp_path / "kb.json.gz"
    call_command("export_kb", str(path))
    call_command("flush", "--noinput", verbosity=0)
    assert not Meeting.objects.exists() and not Country.objects.exists()
    call_command("migrate", verbosity=0)  # what a fresh database has: countries from the migration
    from django.core.cache import cache
    cache.set("page-of-the-database-before", "stale")
    call_command("import_kb", str(path))
    assert cache.get("page-of-the-database-before") is None

    assert snapshot() == before
    assert history_count() == history_before
    assert any(history_before.values())  # there was history to carry
    # Each meeting's countries (derived, not in the file) are rebuilt as the participants are read back.
    from tests.diplomacy.test_sides import expected, stored
    assert stored() == expected() and stored()


def test_import_refuses_a_database_that_is_not_empty(tmp_path, countries):
    meeting_with(ActorFactory(), ActorFactory())
    path = tmp_path / "kb.json"
    call_command("export_kb", str(path))
    assert json.loads(path.read_text())
    with pytest.raises(Exception, match="not empty"):
        call_command("import_kb", str(path))
