"""The issue's "Done when": a developer reads the docs, fetches every meeting between Turkey and the
United States in 2021 with its evidence, pages through them, and confirms one with a token."""
import json
from pathlib import Path

import pytest

from articles.documents import document_from_mapping
from articles.services import article_ingest
from diplomacy.models import Meeting, ReviewStatus
from tests.diplomacy.api.conftest import token_client

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[3] / "articles" / "samples" / "seed-cavusoglu-blinken.json"


def test_turkey_and_the_united_states_in_2021(client, countries, eager_celery, editor,
                                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = article_ingest(document=document_from_mapping(json.loads(SEED.read_text(encoding="utf-8"))))
    article.refresh_from_db()

    # 1. The docs and the schema they read.
    assert client.get("/api/v1/docs/").status_code == 200
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    params = {p["name"] for p in schema["paths"]["/api/v1/meetings/"]["get"]["parameters"]}
    assert {"country", "counterpart_country", "date_after", "date_before"} <= params
    assert "/api/v1/meetings/{id}/confirm/" in schema["paths"]

    # 2. Every meeting between the two in 2021, a page at a time, each with its evidence.
    url = "/api/v1/meetings/?country=TR&counterpart_country=US&date_after=2021-01-01&date_before=2021-12-31&page_size=1"
    seen = []
    while url:
        page = client.get(url)
        assert page.status_code == 200, page.content
        body = page.json()
        assert len(body["results"]) <= 1
        for meeting in body["results"]:
            assert {p.get("country") for p in meeting["participants"]} >= {"TR", "US"}
            assert meeting["date"].startswith("2021")
            [source] = meeting["sources"]
            assert source["article"]["id"] == article.pk and source["article"]["source_url"] == article.url
            assert article.text[source["evidence_start"]:source["evidence_end"]] == source["evidence"]
            seen.append(meeting)
        url = body["next"]
    assert len(seen) >= 3  # the April call, the February call, the March meeting in Brussels
    assert {m["date_display"] for m in seen} >= {"2021-04-12", "2021-02"}
    assert any(m["location_name"] == "Brussels" for m in seen)

    # 3. With a token, confirm one.
    call = next(m for m in seen if m["date_display"] == "2021-04-12")
    assert client.post(f"/api/v1/meetings/{call['id']}/confirm/").status_code == 401
    confirmed = token_client(editor).post(f"/api/v1/meetings/{call['id']}/confirm/")
    assert confirmed.status_code == 200 and confirmed.json()["review_status"] == "confirmed"
    assert Meeting.objects.get(pk=call["id"]).review_status == ReviewStatus.CONFIRMED
    again = client.get("/api/v1/meetings/", {"country": "TR", "counterpart_country": "US", "review_status": "confirmed"})
    assert [m["id"] for m in again.json()["results"]] == [call["id"]]
