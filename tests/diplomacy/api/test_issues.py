"""/api/v1/issues/: list with meeting counts, detail with aliases, rejected hidden, search."""
import pytest

from diplomacy.models import ReviewStatus
from tests.factories import IssueFactory, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/issues/"


@pytest.fixture
def issues():
    syria = IssueFactory(name="Syrian civil war", slug="syrian-civil-war")
    gas = IssueFactory(name="Natural gas", slug="natural-gas")
    hidden = IssueFactory(name="Hidden", slug="hidden", review_status=ReviewStatus.REJECTED)
    meeting_with(issues=[syria, gas])
    meeting_with(issues=[syria])
    meeting_with(issues=[syria], review_status=ReviewStatus.REJECTED)
    return {"syria": syria, "gas": gas, "hidden": hidden}


def test_list(client, issues):
    body = client.get(URL).json()
    assert [(row["slug"], row["meeting_count"]) for row in body["results"]] == [
        ("natural-gas", 1), ("syrian-civil-war", 2),
    ]
    assert set(body["results"][0]) == {"id", "name", "slug", "url", "review_status", "html_url", "meeting_count"}


def test_detail(client, issues):
    body = client.get(f"{URL}{issues['syria'].pk}/").json()
    assert body["aliases"] == ["Syrian civil war"]
    assert body["meetings"].endswith(f"/api/v1/meetings/?issue={issues['syria'].pk}")
    assert len(client.get(body["meetings"]).json()["results"]) == 2


def test_rejected_hidden(client, issues):
    assert client.get(f"{URL}{issues['hidden'].pk}/").status_code == 404
    # Nor is it listed on a meeting that discussed it.
    meeting = meeting_with(issues=[issues["hidden"], issues["gas"]])
    body = client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert [i["slug"] for i in body["issues"]] == ["natural-gas"]


def test_search(client, issues):
    assert [row["slug"] for row in client.get(URL, {"q": "syria"}).json()["results"]] == ["syrian-civil-war"]


def test_query_count(client, issues, django_assert_num_queries):
    with django_assert_num_queries(2):
        client.get(URL)
    with django_assert_num_queries(2):  # issue, aliases
        client.get(f"{URL}{issues['syria'].pk}/")
