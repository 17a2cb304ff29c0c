"""/api/v1/actors/: brief list rows, full detail, filters, rejected hidden, read-only."""
import datetime as dt

import pytest

from diplomacy.models import ReviewStatus
from tests.factories import ActorFactory, ActorRoleFactory, country, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/actors/"


@pytest.fixture
def actors():
    tr = country("TR", "Turkey")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    ActorRoleFactory(actor=cavusoglu, title="Foreign Minister", country=tr,
                     first_seen=dt.date(2015, 11, 24), last_seen=dt.date(2023, 6, 3))
    nato = ActorFactory(name="NATO", slug="nato", kind="organization")
    rejected = ActorFactory(name="Not A Person", slug="not-a-person", review_status=ReviewStatus.REJECTED)
    meeting_with(cavusoglu, nato)
    meeting_with(cavusoglu, nato, review_status=ReviewStatus.REJECTED)
    return {"cavusoglu": cavusoglu, "nato": nato, "rejected": rejected}


def test_list(client, actors):
    body = client.get(URL).json()
    assert body["count"] == 2
    row = body["results"][0]
    assert row == {
        "id": actors["cavusoglu"].pk, "name": "Mevlüt Çavuşoğlu", "slug": "mevlut-cavusoglu", "kind": "person",
        "country": "TR", "url": f"http://testserver{URL}{actors['cavusoglu'].pk}/", "review_status": "proposed",
        "html_url": "http://testserver/actors/mevlut-cavusoglu/",
        "meeting_count": 1,  # the rejected meeting is not counted
    }


def test_detail(client, actors):
    body = client.get(f"{URL}{actors['cavusoglu'].pk}/").json()
    assert body["aliases"] == ["Mevlüt Çavuşoğlu"]
    assert body["roles"] == [{"title": "Foreign Minister", "country": "TR",
                              "first_seen": "2015-11-24", "last_seen": "2023-06-03"}]
    assert body["meetings"] == f"http://testserver/api/v1/meetings/?participant={actors['cavusoglu'].pk}"
    assert len(client.get(body["meetings"]).json()["results"]) == 1


def test_rejected_actor_hidden(client, actors):
    assert actors["rejected"].pk not in [row["id"] for row in client.get(URL).json()["results"]]
    assert client.get(f"{URL}{actors['rejected'].pk}/").status_code == 404


@pytest.mark.parametrize("params, expected", [
    ({"country": "tr"}, ["mevlut-cavusoglu"]),
    ({"kind": "organization"}, ["nato"]),
    ({"q": "cavusoglu"}, ["mevlut-cavusoglu"]),
    ({"q": "Çavuş"}, ["mevlut-cavusoglu"]),
    ({"ordering": "-meeting_count"}, ["mevlut-cavusoglu", "nato"]),
])
def test_filters(client, actors, params, expected):
    assert [row["slug"] for row in client.get(URL, params).json()["results"]] == expected


def test_query_counts(client, actors, django_assert_num_queries):
    with django_assert_num_queries(2):  # count, page
        client.get(URL)
    with django_assert_num_queries(3):  # actor, aliases, roles
        client.get(f"{URL}{actors['cavusoglu'].pk}/")
    for _ in range(5):
        ActorRoleFactory(actor=ActorFactory(country=country("FR")), country=country("FR"))
    with django_assert_num_queries(2):
        assert client.get(URL).json()["count"] == 7


def test_read_only(client, actors, reader):
    assert client.post(URL, {"name": "X"}).status_code == 401
    client.force_login(reader)
    assert client.post(URL, {"name": "X"}, content_type="application/json").status_code == 405
