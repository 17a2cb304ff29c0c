"""/api/v1/issues/: list with meeting counts, detail with aliases and their sources, rejected hidden,
search, and merging (editors only)."""
import pytest

from diplomacy.models import Issue, IssueAlias, MeetingIssue, ReviewStatus
from tests.diplomacy.api.conftest import WRITE_EXPECTATIONS, token_client
from tests.factories import ArticleFactory, IssueFactory, meeting_with

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
    assert body["alias_sources"] == [{"name": "Syrian civil war", "article": None}]  # typed in by an editor
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


def test_alias_sources_name_the_article(client, issues):
    article = ArticleFactory(title="Talks on Syria")
    IssueAlias.objects.create(issue=issues["syria"], name="the Syria conflict", article=article)
    body = client.get(f"{URL}{issues['syria'].pk}/").json()
    found = {row["name"]: row["article"] for row in body["alias_sources"]}
    assert found["the Syria conflict"]["id"] == article.pk
    assert found["the Syria conflict"]["source_url"] == article.url


def test_query_count(client, issues, django_assert_num_queries):
    def counts():
        with django_assert_num_queries(2):
            client.get(URL)
        with django_assert_num_queries(2):  # issue, aliases with their articles
            client.get(f"{URL}{issues['syria'].pk}/")

    counts()
    for n in range(4):
        IssueAlias.objects.create(issue=issues["syria"], name=f"Syria {n}", article=ArticleFactory())
        meeting_with(issues=[IssueFactory(), issues["syria"]])
    counts()


@pytest.mark.parametrize("persona", WRITE_EXPECTATIONS)
def test_who_may_merge(api_client_for, issues, persona):
    response = api_client_for(persona).post(f"{URL}merge/", {"survivor": issues["syria"].pk,
                                                             "others": [issues["gas"].pk]}, format="json")
    assert response.status_code == WRITE_EXPECTATIONS[persona], response.content
    assert Issue.objects.filter(pk=issues["gas"].pk).exists() == (response.status_code != 200)


def test_merge_and_its_conflicts(editor, issues, client):
    api = token_client(editor)
    syria, gas = issues["syria"].pk, issues["gas"].pk
    assert api.post(f"{URL}merge/", {"survivor": syria, "others": [syria, gas]}, format="json").status_code == 409
    response = api.post(f"{URL}merge/", {"survivor": syria, "others": [gas]}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["survivor"] == {"id": syria, "name": "Syrian civil war", "slug": "syrian-civil-war",
                                "url": f"http://testserver{URL}{syria}/"}
    assert body["merged_ids"] == [gas] and body["moved"] == {"aliases": 1, "meetings": 1}
    assert MeetingIssue.objects.filter(issue_id=syria).count() == 3
    assert "Natural gas" in client.get(f"{URL}{syria}/").json()["aliases"]
    stale = api.post(f"{URL}merge/", {"survivor": gas, "others": [syria]}, format="json")
    assert stale.status_code == 409 and f"merged into {syria}" in stale.json()["detail"]
