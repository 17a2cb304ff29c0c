"""`manage.py extract` prints the gold schema, one line per article, and writes nothing."""
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from diplomacy.models import Actor, Meeting

SAMPLES = Path(__file__).resolve().parents[2] / "articles" / "samples"


@pytest.mark.django_db
def test_extract_prints_gold_schema_without_touching_the_database(tmp_path):
    out = io.StringIO()
    call_command("extract", str(SAMPLES / "seed-cavusoglu-blinken.json"), stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    assert [line["id"] for line in lines] == ["seed-cavusoglu-blinken"]
    line = lines[0]
    assert set(line) >= {"id", "countries", "actors", "meetings", "issues"}
    assert {"TR", "US"} <= set(line["countries"])
    for meeting in line["meetings"]:
        assert set(meeting) >= {"participants", "kind", "status", "date", "location", "issues", "evidence"}
    assert (Article.objects.count(), Actor.objects.count(), Meeting.objects.count()) == (0, 0, 0)


def test_extract_reports_unreadable_files(tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("extract", str(tmp_path / "bad.json"), stdout=io.StringIO(), stderr=err)
    assert "not valid JSON" in err.getvalue()
