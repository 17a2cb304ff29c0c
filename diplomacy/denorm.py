"""Denormalised rows kept in step by the database itself: `MeetingCountry` (diplomacy/models/sides.py).

Triggers rather than calls from the services, because meetings' participants are written by many paths
(extraction_apply's bulk_create, curation's corrections, merges and splits, the admin, cascading
deletes of actors and meetings, raw SQL) and a call forgotten on one of them would silently leave the
country filters wrong. The same statements serve PostgreSQL (in plpgsql trigger functions) and SQLite
(in trigger bodies), so `make run` and the tests on SQLite exercise the same logic.

Each trigger recomputes the sides of the meetings a change touched, from their participants: a
meeting has 2-4 of them, so a participant write costs two small indexed statements.
"""
from contextlib import contextmanager

from django.db import connection

SIDES = "diplomacy_meetingcountry"
PARTICIPANT = "diplomacy_meetingparticipant"
TRIGGER_NAMES = [
    "diplomacy_sides_participant_ins", "diplomacy_sides_participant_upd", "diplomacy_sides_participant_del",
    "diplomacy_sides_actor_country", "diplomacy_sides_meeting_date",
]

# The country each participant stands for: its own, or its actor's.
_SIDE_OF = "COALESCE(p.country_id, a.country_id)"
# Set (transaction-local) by triggers_paused() for bulk loads.
_PAUSED = "current_setting('diplomacy.sides_paused', true) = 'on'"
_PARTICIPANT_SIDES = (f"FROM {PARTICIPANT} p LEFT JOIN diplomacy_actor a ON a.id = p.actor_id "
                      f"WHERE {_SIDE_OF} IS NOT NULL")


def _refresh_statements(meetings: str, vendor: str) -> list[str]:
    """SQL that makes the sides of the meetings whose ids `meetings` (a SQL expression giving ids)
    names equal to what their participants say."""
    delete = (
        f"DELETE FROM {SIDES} WHERE meeting_id IN ({meetings}) AND NOT EXISTS ("
        f"SELECT 1 {_PARTICIPANT_SIDES} AND p.meeting_id = {SIDES}.meeting_id "
        f"AND {_SIDE_OF} = {SIDES}.country_id)"
    )
    select = (f"SELECT DISTINCT p.meeting_id, {_SIDE_OF}, m.date {_PARTICIPANT_SIDES} "
              f"AND p.meeting_id IN ({meetings})")
    select = select.replace(f"FROM {PARTICIPANT} p ", f"FROM {PARTICIPANT} p JOIN diplomacy_meeting m ON m.id = p.meeting_id ", 1)
    columns = f"{SIDES} (meeting_id, country_id, date)"
    if vendor == "postgresql":
        insert = f"INSERT INTO {columns} {select} ON CONFLICT (country_id, meeting_id) DO NOTHING"
    else:
        insert = f"INSERT OR IGNORE INTO {columns} {select}"
    return [delete, insert]


def _postgres_triggers() -> list[str]:
    def function(name: str, meetings: str) -> str:
        body = ";\n    ".join(_refresh_statements(meetings, "postgresql"))
        return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n    IF {_PAUSED} THEN RETURN NULL; END IF;\n    {body};\n    RETURN NULL;\nEND $$")

    return [
        function("diplomacy_sides_new", "NEW.meeting_id"),
        function("diplomacy_sides_old", "OLD.meeting_id"),
        function("diplomacy_sides_both", "SELECT OLD.meeting_id UNION SELECT NEW.meeting_id"),
        function("diplomacy_sides_actor", f"SELECT meeting_id FROM {PARTICIPANT} WHERE actor_id = NEW.id"),
        "CREATE OR REPLACE FUNCTION diplomacy_sides_date() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n    IF {_PAUSED} THEN RETURN NULL; END IF;\n"
        f"    UPDATE {SIDES} SET date = NEW.date WHERE meeting_id = NEW.id;\n    RETURN NULL;\nEND $$",
        f"CREATE TRIGGER diplomacy_sides_participant_ins AFTER INSERT ON {PARTICIPANT} "
        "FOR EACH ROW EXECUTE FUNCTION diplomacy_sides_new()",
        f"CREATE TRIGGER diplomacy_sides_participant_upd AFTER UPDATE ON {PARTICIPANT} FOR EACH ROW "
        "WHEN (OLD.meeting_id IS DISTINCT FROM NEW.meeting_id OR OLD.actor_id IS DISTINCT FROM NEW.actor_id "
        "OR OLD.country_id IS DISTINCT FROM NEW.country_id) EXECUTE FUNCTION diplomacy_sides_both()",
        f"CREATE TRIGGER diplomacy_sides_participant_del AFTER DELETE ON {PARTICIPANT} "
        "FOR EACH ROW EXECUTE FUNCTION diplomacy_sides_old()",
        "CREATE TRIGGER diplomacy_sides_actor_country AFTER UPDATE OF country_id ON diplomacy_actor FOR EACH ROW "
        "WHEN (OLD.country_id IS DISTINCT FROM NEW.country_id) EXECUTE FUNCTION diplomacy_sides_actor()",
        "CREATE TRIGGER diplomacy_sides_meeting_date AFTER UPDATE OF date ON diplomacy_meeting FOR EACH ROW "
        "WHEN (OLD.date IS DISTINCT FROM NEW.date) EXECUTE FUNCTION diplomacy_sides_date()",
    ]


def _sqlite_triggers() -> list[str]:
    def trigger(name: str, event: str, meetings: str, when: str = "") -> str:
        body = ";\n    ".join(_refresh_statements(meetings, "sqlite"))
        return f"CREATE TRIGGER {name} AFTER {event} {when}BEGIN\n    {body};\nEND"

    return [
        trigger("diplomacy_sides_participant_ins", f"INSERT ON {PARTICIPANT}", "NEW.meeting_id"),
        trigger("diplomacy_sides_participant_upd", f"UPDATE ON {PARTICIPANT}", "OLD.meeting_id, NEW.meeting_id",
                "WHEN OLD.meeting_id IS NOT NEW.meeting_id OR OLD.actor_id IS NOT NEW.actor_id "
                "OR OLD.country_id IS NOT NEW.country_id "),
        trigger("diplomacy_sides_participant_del", f"DELETE ON {PARTICIPANT}", "OLD.meeting_id"),
        trigger("diplomacy_sides_actor_country", "UPDATE OF country_id ON diplomacy_actor",
                f"SELECT meeting_id FROM {PARTICIPANT} WHERE actor_id = NEW.id",
                "WHEN OLD.country_id IS NOT NEW.country_id "),
        "CREATE TRIGGER diplomacy_sides_meeting_date AFTER UPDATE OF date ON diplomacy_meeting "
        f"WHEN OLD.date IS NOT NEW.date BEGIN\n    UPDATE {SIDES} SET date = NEW.date WHERE meeting_id = NEW.id;\nEND",
    ]


def install_triggers(schema_editor) -> None:
    """Create the triggers (migration 0007), for PostgreSQL or SQLite."""
    vendor = schema_editor.connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"MeetingCountry triggers are written for PostgreSQL and SQLite, not {vendor}")
    for sql in _postgres_triggers() if vendor == "postgresql" else _sqlite_triggers():
        schema_editor.execute(sql, params=None)


def drop_triggers(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for name in TRIGGER_NAMES:
        table = {"diplomacy_sides_actor_country": "diplomacy_actor",
                 "diplomacy_sides_meeting_date": "diplomacy_meeting"}.get(name, PARTICIPANT)
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if vendor == "postgresql" else ""),
                              params=None)
    if vendor == "postgresql":
        for function in ("new", "old", "both", "actor", "date"):
            schema_editor.execute(f"DROP FUNCTION IF EXISTS diplomacy_sides_{function}()", params=None)


def sides_rebuild() -> int:
    """Recompute every MeetingCountry row from the participants (after a bulk load with the
    triggers paused, or to repair); returns the number of rows."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SIDES}")
        cursor.execute(f"INSERT INTO {SIDES} (meeting_id, country_id, date) "
                       f"SELECT DISTINCT p.meeting_id, {_SIDE_OF}, m.date FROM {PARTICIPANT} p "
                       "JOIN diplomacy_meeting m ON m.id = p.meeting_id "
                       f"LEFT JOIN diplomacy_actor a ON a.id = p.actor_id WHERE {_SIDE_OF} IS NOT NULL")
        return cursor.rowcount


@contextmanager
def triggers_paused():
    """PostgreSQL only, inside a transaction, for bulk loads (generate_synthetic): the triggers do
    nothing while the block runs and the sides are rebuilt in one statement at the end (2.4M per-row
    refreshes would cost more than the load itself)."""
    if connection.vendor != "postgresql" or not connection.in_atomic_block:
        raise RuntimeError("triggers_paused() is for a PostgreSQL transaction")
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('diplomacy.sides_paused', 'on', true)")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('diplomacy.sides_paused', 'off', true)")
    sides_rebuild()
