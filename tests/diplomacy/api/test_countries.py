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
