"""DataVersion: the single row whose number keys the cached aggregates of the public pages."""
from django.db import migrations, models


def first_row(apps, schema_editor):
    import time

    apps.get_model("diplomacy", "DataVersion").objects.get_or_create(
        id=1, defaults={"version": int(time.time() * 1000)})


class Migration(migrations.Migration):
    dependencies = [
        ("diplomacy", "0007_meetingcountry"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.BigIntegerField(default=0)),
            ],
            options={
                "ordering": ["id"],
                "constraints": [models.CheckConstraint(condition=models.Q(("id", 1)), name="dataversion_single_row")],
            },
        ),
        migrations.RunPython(first_row, migrations.RunPython.noop),
    ]
