"""/api/v1/articles/: brief list without the text, detail with the text and public evidence only."""
import pytest

from articles.models import Article
from diplomacy.models import ReviewStatus
from tests.factories import ArticleFactory, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"
TEXT = "Leaders met in Ankara. A rumour of a second meeting spread. Nothing else."


@pytest.fixture
def article():
    article = ArticleFactory(title="Leaders meet", text=TEXT)
    meeting_with(article=article, evidence="Leaders met in Ankara.")
    meeting_with(article=article, evidence="A rumour of a second meeting spread.",
                 review_status=ReviewStatus.REJECTED)
    return article


def test_list_has_no_text(client, article):
    queued = ArticleFactory(status=Article.Status.QUEUED)
    body = client.get(URL).json()
    assert body["count"] == 2
    row = next(r for r in body["results"] if r["id"] == article.pk)
    assert "text" not in row and "evidence" not in row
    assert row["title"] == "Leaders meet" and row["source_url"] == article.url
    assert row["html_url"] == f"http://testserver/articles/{article.pk}/"
    assert [r["id"] for r in client.get(URL, {"status": "queued"}).json()["results"]] == [queued.pk]


def test_detail_has_text_and_only_public_evidence(client, article):
    body = client.get(f"{URL}{article.pk}/").json()
    assert body["text"] == TEXT
    [evidence] = body["evidence"]
    assert evidence["evidence"] == "Leaders met in Ankara."
    assert TEXT[evidence["evidence_start"]:evidence["evidence_end"]] == "Leaders met in Ankara."
    assert evidence["meeting"].startswith("http://testserver/api/v1/meetings/")


def test_query_counts(client, article, django_assert_num_queries):
    with django_assert_num_queries(2):
        client.get(URL)
    with django_assert_num_queries(2):  # article, its public sources
        client.get(f"{URL}{article.pk}/")


def test_read_only(client, article):
    assert client.post(URL, {"text": "x"}).status_code == 403
    assert Article.objects.count() == 1
