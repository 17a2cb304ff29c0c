"""Search on PostgreSQL: pg_trgm and unaccent, an unaccented English text search configuration, and the
GIN indexes that diplomacy/search.py queries. Nothing happens on SQLite, where search.py falls back to
folded substrings and rapidfuzz.

The indexes are raw SQL rather than Meta.indexes because two of them are on expressions over another
app's table (articles_article) and all of them exist only on PostgreSQL; each expression is written
exactly as Django's SearchVector renders it, or the planner would not use it.
"""
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

SEARCH_CONFIG = "diplomacy_search"

FORWARD = [
    # English stemming on unaccented words: "Çavuşoğlu" and "cavusoglu" become the same lexeme.
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{SEARCH_CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = english);
            ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG}
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        END IF;
    END $$""",
    "CREATE INDEX IF NOT EXISTS actoralias_folded_trgm ON diplomacy_actoralias USING gin (folded gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS issuealias_folded_trgm ON diplomacy_issuealias USING gin (folded gin_trgm_ops)",
    f"""CREATE INDEX IF NOT EXISTS meetingsource_evidence_fts ON diplomacy_meetingsource
        USING gin (to_tsvector('{SEARCH_CONFIG}'::regconfig, COALESCE(evidence, '')))""",
    f"""CREATE INDEX IF NOT EXISTS article_title_text_fts ON articles_article
        USING gin (to_tsvector('{SEARCH_CONFIG}'::regconfig, COALESCE(title, '') || ' ' || COALESCE(text, '')))""",
]

BACKWARD = [
    "DROP INDEX IF EXISTS article_title_text_fts",
    "DROP INDEX IF EXISTS meetingsource_evidence_fts",
    "DROP INDEX IF EXISTS issuealias_folded_trgm",
    "DROP INDEX IF EXISTS actoralias_folded_trgm",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}",
]


class _OnPostgresOnly(migrations.operations.base.Operation):
    """Wraps CreateExtension, whose reverse queries pg_extension even on SQLite (forwards checks the vendor)."""

    reversible = True

    def __init__(self, operation):
        self.operation = operation

    def state_forwards(self, app_label, state):
        self.operation.state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            self.operation.database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return self.operation.describe()

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.operation], {})


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):
    dependencies = [
        ("diplomacy", "0002_load_countries"),
        ("articles", "0001_initial"),
    ]

    operations = [
        # Both are no-ops on other databases (CreateExtension checks the vendor itself).
        _OnPostgresOnly(TrigramExtension()),
        _OnPostgresOnly(UnaccentExtension()),
        migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False),
    ]
