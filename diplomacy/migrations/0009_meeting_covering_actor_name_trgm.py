"""Two indexes for the pages and API at 1M meetings (docs/benchmarks.md, "Scale"):

- meeting_public_date_idx: meeting id with its review status and date, so that the check "is this
  meeting public" in the semi-joins of an actor's meetings is an index-only probe, not a heap fetch;
- actor_name_upper_trgm (PostgreSQL only): the `q` filter's `name__icontains` (UPPER(name) LIKE '%...%')
  from a trigram index instead of a scan of every actor.
"""
from django.db import migrations, models


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS actor_name_upper_trgm ON diplomacy_actor USING gin (UPPER(name) gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS actor_name_upper_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("diplomacy", "0008_dataversion"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(fields=["id"], include=["review_status", "date"], name="meeting_public_date_idx"),
        ),
        migrations.RunPython(trigram_index, drop_trigram_index),
    ]
