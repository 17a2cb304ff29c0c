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
    body = client.get(URL, {"page": 1}).json()
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
    with django_assert_num_queries(1):  # a cursor page needs no count
        client.get(URL)
    with django_assert_num_queries(2):  # count, articles
        client.get(URL, {"page": 1})
    with django_assert_num_queries(2):  # article, its public sources
        client.get(f"{URL}{article.pk}/")


SUBMISSION = {
    "title": "Foreign ministers speak by phone",
    "published": "2023-05-02",
    "text": "Foreign Minister Ana Costa held a phone call with her Chilean counterpart on Monday.",
}


def token_client(user):
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return api


def test_anonymous_and_readers_cannot_submit(client, article, reader):
    assert client.post(URL, SUBMISSION).status_code == 401
    assert token_client(reader).post(URL, SUBMISSION, format="json").status_code == 403
    assert Article.objects.count() == 1


def test_submit_text_with_a_token_answers_202_and_a_status_url(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        response = token_client(editor).post(URL, SUBMISSION, format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    article = Article.objects.get(pk=body["id"])
    assert (body["status"], body["source"], body["title"]) == ("queued", "api", SUBMISSION["title"])
    assert response["Location"].endswith(f"/api/v1/articles/{article.pk}/")
    assert str(article.published_date) == "2023-05-02" and len(queued) == 1
    again = token_client(editor).post(URL, SUBMISSION, format="json")
    assert again.status_code == 200 and again.json()["id"] == article.pk  # the same text is one article


def test_submit_url_queues_it_for_fetching(editor):
    response = token_client(editor).post(URL, {"url": "https://news.example.org/a/1"}, format="json")
    assert response.status_code == 202
    article = Article.objects.get(pk=response.json()["id"])
    assert (article.url, article.text, article.status) == ("https://news.example.org/a/1", "", "queued")


@pytest.mark.parametrize("payload,field", [
    ({}, "non_field_errors"),
    ({"title": "only a title"}, "non_field_errors"),
    ({"url": "not a url"}, "url"),
    ({"url": "ftp://example.org/x"}, "url"),
    ({"text": "x", "published": "yesterday"}, "published"),
    ({"text": "   "}, "text"),
])
def test_bad_submissions_get_400_saying_what_is_wrong(editor, payload, field):
    response = token_client(editor).post(URL, payload, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not Article.objects.exists()
