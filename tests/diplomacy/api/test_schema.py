"""The OpenAPI schema: served, valid OpenAPI 3, and describing the read-only resources."""
import pytest
import yaml
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db


def test_schema_is_valid_openapi_3(client):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    validate_schema(schema)  # against the official OpenAPI 3 JSON Schema
    paths = schema["paths"]
    for resource in ("actors", "countries", "meetings", "issues"):
        assert f"/api/v1/{resource}/" in paths
        assert set(paths[f"/api/v1/{resource}/"]) == {"get"}  # read-only
    for resource in ("articles", "feeds"):  # submitting an article, following a feed
        assert set(paths[f"/api/v1/{resource}/"]) == {"get", "post"}
    submit = paths["/api/v1/articles/"]["post"]
    assert {"202", "200"} <= set(submit["responses"])
    assert submit["requestBody"]["content"]["application/json"]["examples"]
    meeting_params = {p["name"] for p in paths["/api/v1/meetings/"]["get"]["parameters"]}
    assert {"kind", "country", "participant", "issue", "date_after", "date_before", "source", "q", "page"} <= meeting_params
    assert "Participant" in schema["components"]["schemas"]


def test_schema_yaml_default(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert yaml.safe_load(response.content)["info"]["title"].startswith("Diplomatic")


def test_writes_and_relations_are_documented_with_examples(client):
    paths = client.get("/api/v1/schema/", {"format": "json"}).json()["paths"]
    for resource in ("actors", "issues", "meetings"):
        merge = paths[f"/api/v1/{resource}/merge/"]["post"]
        assert merge["requestBody"]["content"]["application/json"]["examples"]
        assert {"200", "400", "401", "403", "404", "409"} <= set(merge["responses"])
        assert merge["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("MergeResult")
    assert set(paths["/api/v1/meetings/{id}/"]) == {"get", "patch"}
    for action in ("correct", "reject"):
        assert paths[f"/api/v1/meetings/{{id}}/{action}/"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    assert "requestBody" not in paths["/api/v1/meetings/{id}/confirm/"]["post"]
    for path in ("/api/v1/countries/{iso2}/relations/{partner}/", "/api/v1/actors/{id}/counterparts/",
                 "/api/v1/network/"):
        assert set(paths[path]) == {"get"}
    network_params = {p["name"] for p in paths["/api/v1/network/"]["get"]["parameters"]}
    assert {"country", "counterpart_country", "participant", "issue", "date_after", "q", "max_edges"} <= network_params
