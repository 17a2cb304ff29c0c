"""Denormalised rows kept in step by the database itself: `MeetingCountry` (diplomacy/models/sides.py).

Triggers rather than calls from the services, because meetings' participants are written by many paths
(extraction_apply's bulk_create, curation's corrections, merges and splits, the admin, cascading
deletes of actors and meetings, raw SQL) and a call forgotten on one of them would silently leave the
country filters wrong. The same statements serve PostgreSQL (in plpgsql trigger functions) and SQLite
(in trigger bodies), so `make run` and the tests on SQLite exercise the same logic.

Each trigger recomputes the sides of the meetings a change touched, from their participants: a
meeting has 2-4 of them, so a participant write costs two small indexed statements.

Also here: the data version that keys the pages' cached aggregates (`data_changed`, `cached`), and the
planner setting applied to each PostgreSQL connection (`set_planner_costs`).
"""
import hashlib
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

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
    select = (f"SELECT DISTINCT p.meeting_id, {_SIDE_OF}, m.date FROM {PARTICIPANT} p "
              "JOIN diplomacy_meeting m ON m.id = p.meeting_id LEFT JOIN diplomacy_actor a ON a.id = p.actor_id "
              f"WHERE {_SIDE_OF} IS NOT NULL AND p.meeting_id IN ({meetings})")
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


# --- The data version and the aggregates cached under it ------------------------------------------

# Seconds a cached aggregate lives at most (a backstop: the version changes on every committed write).
# 0 turns the cache off (tests of the pages do, since their writes never commit).
DEFAULT_AGGREGATE_CACHE_SECONDS = 900


def data_version() -> int:
    """The current data version (one indexed single-row read)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM diplomacy_dataversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def _bump() -> None:
    # An upsert: a flushed table gets its row back. It restarts from the clock in milliseconds rather
    # than from 1, so that it does not meet the numbers of entries cached before the flush.
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO diplomacy_dataversion (id, version) VALUES (1, %s) "
            "ON CONFLICT (id) DO UPDATE SET version = diplomacy_dataversion.version + 1",
            [int(time.time() * 1000)],
        )


class _PendingBump:
    """The commit callback of one transaction; `pending` until it ran, so one is registered at a time."""

    def __init__(self):
        self.pending = True

    def __call__(self):
        self.pending = False
        _bump()


def data_changed() -> None:
    """Raise the data version once the current transaction commits (at once outside one).

    After the commit, not inside the transaction: a reader that sees the new version then sees the new
    rows, and no lock is held on the version row while the writer works. Once per transaction."""
    if connection.in_atomic_block and any(isinstance(func, _PendingBump) and func.pending
                                          for _, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(_PendingBump())


def cache_seconds() -> int:
    return getattr(settings, "AGGREGATE_CACHE_SECONDS", DEFAULT_AGGREGATE_CACHE_SECONDS)


def cache_key(key: tuple, version: int) -> str:
    # Hashed: a key carries a query string, which may be long or hold characters a cache refuses.
    return "agg:" + hashlib.sha256(repr((version, *key)).encode()).hexdigest()


def cached(key: tuple, compute, *, version: int):
    """`compute()`, kept in the cache under `key` and the data version read at the start of the request.

    A reader that read the version before a writer's commit may store newer rows under the older
    version, never older rows under the newer one, so a hit is never older than its version."""
    seconds = cache_seconds()
    if not seconds:
        return compute()
    full_key = cache_key(key, version)
    found = cache.get(full_key, _MISSING)
    if found is not _MISSING:
        return found
    value = compute()
    cache.set(full_key, value, seconds)
    return value


_MISSING = object()


# --- Planner setting --------------------------------------------------------------------------------

# PostgreSQL's default random_page_cost (4) models spinning disks: with it the planner reads all 1M
# meetings sequentially to find the busiest actor's 7,600 rather than probe an index 7,600 times, 3-6x
# slower on an SSD or a database in RAM (EXPLAIN ANALYZE figures in docs/benchmarks.md, "Scale").
# 1.1 is the usual value for SSDs; settings.POSTGRES_RANDOM_PAGE_COST = None leaves the server's own.
DEFAULT_RANDOM_PAGE_COST = 1.1


def set_planner_costs(sender, connection, **kwargs):
    """connection_created receiver: the planner setting above, once per new PostgreSQL connection."""
    cost = getattr(settings, "POSTGRES_RANDOM_PAGE_COST", DEFAULT_RANDOM_PAGE_COST)
    if connection.vendor == "postgresql" and cost is not None:
        with connection.cursor() as cursor:
            cursor.execute("SET random_page_cost = %s", [float(cost)])
