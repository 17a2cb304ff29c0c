"""/api/v1/countries/: looked up by ISO code in either case."""
import pytest

from tests.factories import country

pytestmark = pytest.mark.django_db

URL = "/api/v1/countries/"


def test_detail_by_iso2_either_case(client):
    country("TR", "Turkey")
    for code in ("tr", "TR"):
        response = client.get(f"{URL}{code}/")
        assert response.status_code == 200
        body = response.json()
        assert body["iso2"] == "TR"
        assert body["url"] == "http://testserver/api/v1/countries/tr/"
        assert body["html_url"] == "http://testserver/countries/tr/"
    assert client.get(f"{URL}zz/").status_code == 404


def test_list_and_search(client):
    country("TR", "Turkey")
    country("US", "United States")
    body = client.get(URL, {"page_size": 500}).json()
    assert {"TR", "US"} <= {row["iso2"] for row in body["results"]}
    by_code = [row["iso2"] for row in client.get(URL, {"q": "tr", "page_size": 500}).json()["results"]]
    assert "TR" in by_code and "US" not in by_code
    by_name = client.get(URL, {"q": "united states"}).json()["results"]
    assert "US" in [row["iso2"] for row in by_name]
    assert all("united states" in (row["name"] + row["official_name"]).lower() for row in by_name)


def test_query_count(client, django_assert_num_queries):
    country("TR")
    with django_assert_num_queries(2):
        client.get(URL)


def test_read_only(client):
    country("TR")
    assert client.post(URL, {"iso2": "XX"}).status_code == 401
    assert client.delete(f"{URL}tr/").status_code == 401


@pytest.fixture
def pair():
    import datetime as dt

    from diplomacy.models import ReviewStatus
    from tests.factories import ActorFactory, IssueFactory, meeting_with

    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    s400 = IssueFactory(name="S-400", slug="s-400")
    meetings = [meeting_with(cavusoglu, blinken, issues=[s400], date=dt.date(2021, m, 1)) for m in (2, 4)]
    meetings.append(meeting_with(tr, blinken, date=dt.date(2021, 6, 1)))
    meeting_with(cavusoglu, blinken, review_status=ReviewStatus.REJECTED)
    meeting_with(cavusoglu, country("RU"))
    return {"cavusoglu": cavusoglu, "blinken": blinken, "s400": s400, "meetings": meetings}


def relations(client, params=None, path="tr/relations/us/"):
    response = client.get(f"{URL}{path}", params or {})
    assert response.status_code == 200, response.content
    return response.json()


def test_relations_between_two_countries(client, pair):
    body = relations(client)
    assert (body["country"]["iso2"], body["partner"]["iso2"]) == ("TR", "US")
    assert body["count"] == 3
    assert [m["id"] for m in body["results"]] == [m.pk for m in reversed(pair["meetings"])]  # newest first
    assert body["results"][0]["sources"][0]["evidence"] == "They met."  # each with its provenance
    assert body["issues"] == [{"id": pair["s400"].pk, "name": "S-400", "slug": "s-400", "meetings": 2,
                               "url": f"http://testserver/api/v1/issues/{pair['s400'].pk}/"}]
    who = {(p["type"], p["name"]): p["meetings"] for p in body["participants"]}
    assert who == {("actor", "Antony Blinken"): 3, ("actor", "Mevlüt Çavuşoğlu"): 2, ("country", "Türkiye"): 1}
    assert [m["id"] for m in client.get(body["meetings_url"]).json()["results"]] == [m["id"] for m in body["results"]]
    assert relations(client, path="us/relations/tr/")["count"] == 3  # either order, either case
    assert relations(client, path="US/relations/Tr/")["count"] == 3


def test_relations_pages(client, pair):
    first = relations(client, {"page_size": 2})
    assert len(first["results"]) == 2 and first["previous"] is None and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    assert client.get(f"{URL}tr/relations/us/", {"page": 9}).status_code == 404


def test_relations_errors(client, pair):
    assert client.get(f"{URL}tr/relations/zz/").status_code == 404
    assert client.get(f"{URL}zz/relations/tr/").status_code == 404
    same = client.get(f"{URL}tr/relations/tr/")
    assert same.status_code == 400 and "partner" in same.json()["errors"]
    assert relations(client, path="tr/relations/fr/")["count"] == 0


def test_relations_query_count_does_not_grow(client, pair, django_assert_num_queries):
    from tests.factories import ActorFactory, IssueFactory, meeting_with

    # country, partner, count, meetings + participants, issues and sources, issue counts, who met;
    # the country filter's id lookup
    with django_assert_num_queries(10):
        relations(client)
    for _ in range(4):
        meeting_with(ActorFactory(country=country("TR")), ActorFactory(country=country("US")), issues=[IssueFactory()])
    with django_assert_num_queries(10):
        assert relations(client)["count"] == 7
