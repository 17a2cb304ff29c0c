"""/api/v1/meetings/: representation, filters, pagination, what is hidden and who may write."""
import datetime as dt

import pytest

from diplomacy.models import Meeting, ReviewStatus
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/meetings/"


@pytest.fixture
def data():
    tr, us = country("TR", "Turkey"), country("US", "United States")
    erdogan = ActorFactory(name="Recep Tayyip Erdoğan", slug="recep-tayyip-erdogan", country=tr)
    biden = ActorFactory(name="Joe Biden", slug="joe-biden", country=us)
    syria = IssueFactory(name="Syrian civil war", slug="syrian-civil-war")
    article = ArticleFactory(title="Leaders talk", text="Erdoğan spoke with Biden by phone. Nothing else.")
    call = meeting_with(erdogan, biden, article=article, evidence="Erdoğan spoke with Biden by phone.",
                        issues=[syria], review_status=ReviewStatus.CONFIRMED, date=dt.date(2021, 4, 23))
    visit = meeting_with(erdogan, country("RU", "Russia"), kind=Meeting.Kind.IN_PERSON, location_name="Sochi",
                         date=dt.date(2021, 9, 29))
    rejected = meeting_with(erdogan, biden, review_status=ReviewStatus.REJECTED, date=dt.date(2021, 5, 1))
    return {"erdogan": erdogan, "biden": biden, "syria": syria, "article": article,
            "call": call, "visit": visit, "rejected": rejected}


def ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_list_shape_with_brief_nested_objects(client, data):
    body = client.get(URL, {"page": 1}).json()
    assert body["count"] == 2 and body["next"] is None
    call = next(row for row in body["results"] if row["id"] == data["call"].pk)
    assert call["url"] == f"http://testserver{URL}{data['call'].pk}/"
    assert call["html_url"] == f"http://testserver/meetings/{data['call'].pk}/"
    assert call["date_display"] == "2021-04-23" and call["kind"] == "phone_call"
    assert call["review_status"] == "confirmed"
    assert call["participants"] == [
        {"id": data["erdogan"].pk, "name": "Recep Tayyip Erdoğan", "slug": "recep-tayyip-erdogan",
         "kind": "person", "country": "TR", "url": f"http://testserver/api/v1/actors/{data['erdogan'].pk}/"},
        {"id": data["biden"].pk, "name": "Joe Biden", "slug": "joe-biden",
         "kind": "person", "country": "US", "url": f"http://testserver/api/v1/actors/{data['biden'].pk}/"},
    ]
    assert call["issues"] == [{"id": data["syria"].pk, "name": "Syrian civil war", "slug": "syrian-civil-war",
                               "url": f"http://testserver/api/v1/issues/{data['syria'].pk}/"}]
    [source] = call["sources"]
    source_row = data["call"].sources.get()
    assert source["article"]["id"] == data["article"].pk
    assert source["article"]["title"] == "Leaders talk"
    assert source["article"]["url"] == f"http://testserver/api/v1/articles/{data['article'].pk}/"
    assert source["evidence"] == "Erdoğan spoke with Biden by phone."
    assert (source["evidence_start"], source["evidence_end"]) == (0, len("Erdoğan spoke with Biden by phone."))
    assert source["evidence_url"] == f"http://testserver/articles/{data['article'].pk}/#evidence-{source_row.pk}"
    # The list leaves out what only the detail carries.
    assert "confidence" not in call and "reason" not in call


def test_country_participant_is_just_its_code(client, data):
    visit = client.get(f"{URL}{data['visit'].pk}/").json()
    assert {"country": "RU"} in visit["participants"]


def test_detail_is_full(client, data):
    body = client.get(f"{URL}{data['call'].pk}/").json()
    assert body["confidence"] == 0.5
    assert {"reason", "reviewed_at", "created_at", "sources", "participants"} <= set(body)


def test_rejected_excluded_from_list_and_detail(client, data):
    assert data["rejected"].pk not in ids(client.get(URL))
    assert client.get(f"{URL}{data['rejected'].pk}/").status_code == 404


def test_rejected_actor_dropped_from_participants(client, data):
    data["biden"].review_status = ReviewStatus.REJECTED
    data["biden"].save()
    body = client.get(f"{URL}{data['call'].pk}/").json()
    assert [p["slug"] for p in body["participants"]] == ["recep-tayyip-erdogan"]


@pytest.mark.parametrize("params, expected", [
    ({"kind": "in_person"}, ["visit"]),
    ({"status": "held"}, ["visit", "call"]),
    ({"review_status": "confirmed"}, ["call"]),
    ({"review_status": "proposed"}, ["visit"]),
    ({"country": "ru"}, ["visit"]),
    ({"country": "US"}, ["call"]),  # through the actor's country
    ({"country": "TR"}, ["visit", "call"]),
    ({"participant": "joe-biden"}, ["call"]),
    ({"issue": "syrian-civil-war"}, ["call"]),
    ({"date_after": "2021-05-01"}, ["visit"]),
    ({"date_before": "2021-05-01"}, ["call"]),
    ({"date_after": "2021-01-01", "date_before": "2021-12-31"}, ["visit", "call"]),
    ({"q": "sochi"}, ["visit"]),
    ({"q": "erdogan"}, ["visit", "call"]),  # matches the folded alias
    ({"q": "by phone"}, ["call"]),  # the evidence sentence
    ({"q": "russia"}, ["visit"]),
    ({"q": "nobody"}, []),
])
def test_filters(client, data, params, expected):
    assert ids(client.get(URL, params)) == [data[name].pk for name in expected]


def test_filters_by_id(client, data):
    assert ids(client.get(URL, {"participant": data["biden"].pk})) == [data["call"].pk]
    assert ids(client.get(URL, {"issue": data["syria"].pk})) == [data["call"].pk]
    assert ids(client.get(URL, {"source": data["article"].pk})) == [data["call"].pk]


def test_invalid_filter_value_is_400(client, data):
    response = client.get(URL, {"date_after": "yesterday"})
    assert response.status_code == 400
    assert "date_after" in response.json()


def test_ordering(client, data):
    assert ids(client.get(URL, {"ordering": "date"})) == [data["call"].pk, data["visit"].pk]
    assert ids(client.get(URL)) == [data["visit"].pk, data["call"].pk]


def test_pagination(client, data):
    for _ in range(3):
        meeting_with(data["erdogan"])
    body = client.get(URL, {"page_size": 2, "page": 1}).json()
    assert body["count"] == 5 and len(body["results"]) == 2
    assert "page=2" in body["next"]
    last = client.get(URL, {"page_size": 2, "page": 3}).json()
    assert len(last["results"]) == 1 and last["next"] is None
    assert client.get(URL, {"page_size": 10_000, "page": 1}).json()["results"]  # capped, not refused


def test_cursor_pages_are_stable_under_inserts(client, data):
    for _ in range(5):
        meeting_with(data["erdogan"])
    expected = ids(client.get(URL, {"page_size": 100}))
    seen, url = [], f"{URL}?page_size=3"
    while url:
        body = client.get(url).json()
        assert "count" not in body  # a cursor page costs no COUNT(*)
        seen += [row["id"] for row in body["results"]]
        if len(seen) == 3:
            meeting_with(data["erdogan"])  # a new meeting arrives while the client pages
        url = body["next"]
    assert seen == expected


def test_list_query_count_does_not_grow(client, data, django_assert_num_queries):
    # meetings, participants, issues, sources (a cursor page needs no count)
    with django_assert_num_queries(4):
        client.get(URL)
    for _ in range(4):
        meeting_with(ActorFactory(country=country("FR")), country("DE"), issues=[IssueFactory()])
    with django_assert_num_queries(4):
        assert len(client.get(URL).json()["results"]) == 6
    with django_assert_num_queries(5):  # and the count for numbered pages
        assert client.get(URL, {"page": 1}).json()["count"] == 6


def test_anonymous_cannot_write(client, data):
    # Token authentication comes first, so an anonymous write is challenged: 401 with WWW-Authenticate.
    assert client.post(URL, {"kind": "phone_call"}).status_code == 401
    assert client.delete(f"{URL}{data['call'].pk}/").status_code == 401
    assert Meeting.objects.count() == 3


def test_signed_in_reader_cannot_write(client, data, reader):
    client.force_login(reader)
    assert client.post(URL, {"kind": "phone_call"}, content_type="application/json").status_code == 405
    assert client.delete(f"{URL}{data['call'].pk}/").status_code == 405
    assert client.put(f"{URL}{data['call'].pk}/", {"kind": "video_call"},
                      content_type="application/json").status_code == 405
    patch = client.patch(f"{URL}{data['call'].pk}/", {"kind": "video_call"}, content_type="application/json")
    assert patch.status_code == 403 and "diplomacy.change_meeting" in patch.json()["detail"]
    assert Meeting.objects.get(pk=data["call"].pk).kind == "phone_call"


def test_meetings_between_two_countries_by_filter(client, data):
    pair = {"country": "TR", "counterpart_country": "us"}
    assert ids(client.get(URL, pair)) == [data["call"].pk]
    assert ids(client.get(URL, {**pair, "date_after": "2021-05-01"})) == []
    assert ids(client.get(URL, {"country": "TR", "counterpart_country": "RU"})) == [data["visit"].pk]
    # The HTML list has the same filter, in its form.
    page = client.get("/meetings/", pair)
    assert page.status_code == 200 and 'name="counterpart_country"' in page.content.decode()
    assert [m.pk for m in page.context["page"]] == [data["call"].pk]


def test_export_csv_and_jsonl_of_a_filtered_list(client, data):
    import csv
    import io
    import json

    response = client.get(f"{URL}export/", {"file_format": "csv", "kind": "phone_call"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["id"]) for r in rows] == [data["call"].pk]
    assert rows[0]["kind"] == "phone_call" and rows[0]["evidence"]
    lines = b"".join(client.get(f"{URL}export/", {"file_format": "jsonl"}).streaming_content).decode().splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted([data["call"].pk, data["visit"].pk])
    assert client.get(f"{URL}export/", {"file_format": "xml"}).status_code == 400


def test_conditional_get_answers_304(client, data):
    url = f"{URL}{data['call'].pk}/"
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    Meeting.objects.filter(pk=data["call"].pk).update(location_name="Ankara")
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_errors_are_json_with_a_code(client):
    missing = client.get(f"{URL}999999/")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    nowhere = client.get("/api/v1/no-such-thing/")
    assert nowhere.status_code == 404 and nowhere.json()["code"] == "not_found"
    bad = client.get(URL, {"date_after": "not-a-date"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid" and "date_after" in bad.json()["errors"]


def test_docs_are_served_from_local_static_files(client):
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "swagger-ui" in html and "cdn" not in html.lower() and "/static/drf_spectacular_sidecar/" in html
