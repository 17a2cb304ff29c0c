"""/api/v1/network/: actors as nodes and who met whom as edges, for the meeting list's filters."""
import datetime as dt

import pytest

from diplomacy.models import ReviewStatus
from tests.factories import ActorFactory, IssueFactory, country, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/network/"


@pytest.fixture
def world():
    tr, us, ru = country("TR", "Turkey"), country("US", "United States"), country("RU", "Russia")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    lavrov = ActorFactory(name="Sergey Lavrov", slug="sergey-lavrov", country=ru)
    syria = IssueFactory(name="Syria", slug="syria")
    meeting_with(cavusoglu, blinken, date=dt.date(2021, 2, 1))
    meeting_with(cavusoglu, blinken, issues=[syria], date=dt.date(2021, 4, 12))
    meeting_with(cavusoglu, lavrov, issues=[syria], date=dt.date(2022, 3, 10))
    meeting_with(blinken, lavrov, review_status=ReviewStatus.REJECTED)
    return {"cavusoglu": cavusoglu, "blinken": blinken, "lavrov": lavrov}


def network(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200, response.content
    return response.json()


def pairs(body):
    return {(e["source"], e["target"]): e["weight"] for e in body["edges"]}


def test_nodes_and_edges(client, world):
    body = network(client)
    c, b, lv = world["cavusoglu"].pk, world["blinken"].pk, world["lavrov"].pk
    assert pairs(body) == {(min(c, b), max(c, b)): 2, (min(c, lv), max(c, lv)): 1}  # the rejected one left out
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes[c]["weight"] == 3 and nodes[b]["weight"] == 2 and nodes[c]["country"] == "TR"
    assert nodes[c]["url"] == f"http://testserver/api/v1/actors/{c}/"
    assert nodes[c]["html_url"] == "http://testserver/actors/mevlut-cavusoglu/"
    assert body["truncated"] is False
    heaviest = max(body["edges"], key=lambda e: e["weight"])
    assert len(client.get(heaviest["meetings_url"]).json()["results"]) == 2


@pytest.mark.parametrize("params, weights", [
    ({"country": "RU"}, [1]),
    ({"country": "TR", "counterpart_country": "US"}, [2]),
    ({"issue": "syria"}, [1, 1]),
    ({"date_after": "2021-03-01", "date_before": "2021-12-31"}, [1]),
    ({"participant": "antony-blinken"}, [2]),
    ({"kind": "in_person"}, []),
    ({"q": "lavrov"}, [1]),
])
def test_the_meeting_filters_apply(client, world, params, weights):
    assert sorted(pairs(network(client, params)).values()) == weights


def test_max_edges_truncates_and_is_checked(client, world):
    body = network(client, {"max_edges": 1})
    assert len(body["edges"]) == 1 and body["truncated"] is True and len(body["nodes"]) == 2
    assert client.get(URL, {"max_edges": 0}).status_code == 400
    assert client.get(URL, {"max_edges": "many"}).status_code == 400
    assert client.get(URL, {"date_after": "soon"}).status_code == 400


def test_query_count_does_not_grow(client, world, django_assert_num_queries):
    with django_assert_num_queries(3):  # the country's id, the pairs, the actors
        network(client, {"country": "TR"})
    for _ in range(5):
        meeting_with(ActorFactory(country=country("TR")), ActorFactory(country=country("FR")), world["blinken"])
    with django_assert_num_queries(3):
        assert len(network(client, {"country": "TR"})["edges"]) == 17


def test_read_only(client, world):
    assert client.post(URL, {}).status_code == 401
