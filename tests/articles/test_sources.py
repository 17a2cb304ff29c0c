"""Every way in, against a real local HTTP server: URLs, feeds, uploads, the CLI; bad input kept and explained."""
import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.feeds import MAX_FAILURES, feed_add, feed_poll
from articles.models import Article, Feed
from articles.services import TransientExtractionError, article_extract, article_ingest_url, articles_sweep

pytestmark = pytest.mark.django_db

PARAGRAPH = ("<p>Kenyan Foreign Minister Alfred Mutua held talks with his Norwegian counterpart Anniken Huitfeldt "
             "in Oslo on Tuesday. The two ministers discussed the drought in the Horn of Africa and trade.</p>")
PAGE = (f"<html><head><title>Kenya and Norway hold talks</title>"
        f"<meta property='og:site_name' content='Example Daily'>"
        f"<meta name='date' content='2022-09-14'></head><body><article><h1>Kenya and Norway hold talks</h1>"
        f"{PARAGRAPH}<p>They agreed to meet again in Nairobi next year.</p></article></body></html>").encode()
GERMAN = ("<html><head><title>Treffen</title></head><body><article><p>Der kenianische Außenminister traf am "
          "Dienstag in Oslo seine norwegische Amtskollegin. Die beiden Minister sprachen über die Dürre am Horn "
          "von Afrika und über den Handel zwischen beiden Ländern.</p></article></body></html>").encode()


def run_task(article):
    """What the worker does with the article's message."""
    try:
        article_extract(article_id=article.pk)
    except TransientExtractionError:
        pass
    article.refresh_from_db()
    return article


def test_url_is_fetched_extracted_and_described(http_server, countries):
    url = http_server.add("/news/kenya-norway", body=PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    article, created = article_ingest_url(url=url)
    assert created and article.status == Article.Status.QUEUED and article.text == ""
    article = run_task(article)
    assert article.status == Article.Status.DONE, article.failure_reason
    assert (article.title, article.outlet, article.published_date) == (
        "Kenya and Norway hold talks", "Example Daily", dt.date(2022, 9, 14))
    assert "Anniken Huitfeldt" in article.text and article.canonical_url == url
    assert article.meeting_sources.exists()
    assert article_ingest_url(url=url + "#comments") == (article, False)  # the same URL is one article


def test_same_text_under_another_url_points_to_the_first(http_server, countries):
    first = run_task(article_ingest_url(url=http_server.add("/a", body=PAGE))[0])
    second = run_task(article_ingest_url(url=http_server.add("/b", body=PAGE))[0])
    assert first.status == second.status == Article.Status.DONE
    assert second.duplicate_of == first and second.text == ""


@pytest.mark.parametrize("route,reason", [
    ({"status": 404, "body": b"gone"}, "HTTP 404"),
    ({"body": b"\x89PNG\r\n", "headers": {"Content-Type": "image/png"}}, "not a web page but image/png"),
    ({"body": b"<html><body><nav>Home | About</nav></body></html>"}, "no article text"),
    ({"body": b"x" * 6_000_000}, "limit"),
    ({"body": GERMAN}, "German"),
])
def test_bad_pages_end_failed_with_a_reason(http_server, route, reason, settings):
    settings.FETCH_MAX_BYTES = 5_000_000
    article = run_task(article_ingest_url(url=http_server.add("/bad", **route))[0])
    assert article.status == Article.Status.FAILED
    assert reason in article.failure_reason
    assert article.attempts == 1  # permanent: not retried


def test_a_timeout_is_retried_then_given_up(http_server, settings):
    settings.FETCH_TIMEOUT = 1
    settings.ARTICLE_MAX_ATTEMPTS = 2
    article = article_ingest_url(url=http_server.add("/slow", body=PAGE, delay=3))[0]
    with pytest.raises(TransientExtractionError):
        article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.QUEUED and "did not answer in time" in article.failure_reason
    article = run_task(article)
    assert article.status == Article.Status.FAILED
    assert article.failure_reason.startswith("Gave up after 2 attempts")


def test_private_address_is_refused(settings):
    settings.FETCH_ALLOWED_HOSTS = []
    article = run_task(article_ingest_url(url="http://127.0.0.1:9/admin")[0])
    assert article.status == Article.Status.FAILED and "refused" in article.failure_reason


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>One</title><link>{base}/one</link></item>
<item><title>Two</title><link>{base}/two</link></item>
</channel></rss>"""


def test_feed_items_become_queued_articles_and_304_adds_nothing(http_server):
    feed_url = http_server.add("/rss", body=RSS.format(base=http_server.url("")).encode(),
                               headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})
    feed, _ = feed_add(url=feed_url)
    assert feed_poll(feed_id=feed.pk) == {"status": "ok", "items": 2, "new": 2}
    feed.refresh_from_db()
    assert (feed.title, feed.etag, feed.status) == ("Example Wire", '"v1"', Feed.Status.OK)
    assert set(Article.objects.values_list("title", "source", "status")) == {
        ("One", "feed", "queued"), ("Two", "feed", "queued")}
    assert feed_poll(feed_id=feed.pk) is None  # not due again yet
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    assert feed_poll(feed_id=feed.pk) == {"status": "not modified", "new": 0}
    assert http_server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert Article.objects.count() == 2


def test_a_feed_that_is_not_xml_backs_off_and_finally_fails(http_server):
    feed, _ = feed_add(url=http_server.add("/notfeed", body=b"<html><body>Hello</body></html>"))
    result = feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert result["status"] == "failed" and feed.status == Feed.Status.FAILING
    assert feed.last_error.startswith("Not an RSS or Atom feed")
    first_wait = feed.next_poll_at - feed.last_polled_at
    for _ in range(MAX_FAILURES - 1):
        Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
        feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.status == Feed.Status.FAILED and feed.consecutive_failures == MAX_FAILURES
    assert feed.next_poll_at - feed.last_polled_at > first_wait  # backed off


def test_sweeper_requeues_stuck_articles(eager_celery):
    from tests.factories import ArticleFactory

    stuck = ArticleFactory(status=Article.Status.PROCESSING, text="", url="https://x.example/1")
    Article.objects.filter(pk=stuck.pk).update(processing_started_at=timezone.now() - dt.timedelta(hours=1))
    fresh = ArticleFactory(status=Article.Status.PROCESSING)
    Article.objects.filter(pk=fresh.pk).update(processing_started_at=timezone.now())
    assert articles_sweep() == [stuck.pk]


def test_an_article_that_keeps_stopping_its_worker_is_failed_not_requeued_forever(eager_celery, settings):
    from articles.services import article_claim
    from tests.factories import ArticleFactory

    settings.ARTICLE_MAX_ATTEMPTS = 3
    long_ago = timezone.now() - dt.timedelta(hours=1)
    poison = ArticleFactory(status=Article.Status.PROCESSING, url="https://x.example/poison")
    Article.objects.filter(pk=poison.pk).update(processing_started_at=long_ago, attempts=3)
    retry = ArticleFactory(status=Article.Status.PROCESSING, url="https://x.example/retry")
    Article.objects.filter(pk=retry.pk).update(processing_started_at=long_ago, attempts=2)
    # A redelivered message does not take the spent one over either.
    assert article_claim(article_id=poison.pk) is False

    assert articles_sweep() == [retry.pk]
    poison.refresh_from_db()
    assert poison.status == Article.Status.FAILED
    assert "stopped 3 times" in poison.failure_reason
    retry.refresh_from_db()  # queued again, and run by the (eager) task: its last try
    assert (retry.attempts, retry.status) == (3, Article.Status.DONE)


def test_admin_upload_keeps_good_and_bad_files(client, editor):
    client.force_login(editor)
    good = io.BytesIO(b'{"title": "Talks", "text": "The Prime Minister met the President in Lima on Monday."}')
    good.name = "talks.json"
    bad = io.BytesIO(b"\x00\x01binary")
    bad.name = "scan.txt"
    response = client.post(reverse("admin:articles_article_upload"), {"files": [good, bad]}, follow=True)
    assert response.status_code == 200
    assert "1 ingested, 0 duplicates, 1 failed" in response.content.decode()
    kept = Article.objects.get(source_name="scan.txt")
    assert kept.status == Article.Status.FAILED and "binary" in kept.failure_reason
    assert Article.objects.get(title="Talks").source == Article.Source.UPLOAD


def test_admin_fetch_form_queues_urls(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_fetch"),
                           {"urls": "https://a.example.org/1\nhttps://a.example.org/2\n"}, follow=True)
    assert "2 URL(s) queued" in response.content.decode()
    bad = client.post(reverse("admin:articles_article_fetch"), {"urls": "javascript:alert(1)"})
    assert bad.status_code == 200 and "Not an http(s) address" in bad.content.decode()
    assert Article.objects.count() == 2


def test_cli_ingests_files_and_urls_with_a_summary(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nThe Foreign Minister visited Accra on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(tmp_path), "https://news.example.org/x", "--progress", stdout=out, stderr=err)
    assert "2 ingested, 0 duplicates, 1 failed" in out.getvalue()
    assert "empty.txt" in err.getvalue() and "100%" in err.getvalue()  # the progress bar ran
    assert Article.objects.get(source_name__endswith="empty.txt").status == Article.Status.FAILED


def test_admin_upload_of_a_folder_skips_unsupported_files(client, editor):
    client.force_login(editor)
    article = io.BytesIO(b'{"title": "Folder talks", "text": "The Foreign Minister met the Premier in Oslo."}')
    article.name = "a.json"
    picture = io.BytesIO(b"\x89PNG")
    picture.name = "cover.png"
    response = client.post(reverse("admin:articles_article_upload"), {"folder": [article, picture]}, follow=True)
    assert "1 ingested, 0 duplicates, 0 failed" in response.content.decode()
    empty = client.post(reverse("admin:articles_article_upload"), {})
    assert empty.status_code == 200 and "Choose at least one file" in empty.content.decode()


def test_admin_ingestion_forms_need_the_add_permission(client, reader):
    from tests.factories import UserFactory

    upload = io.BytesIO(b'{"text": "The Foreign Minister met the Premier in Oslo."}')
    upload.name = "a.json"
    # Anonymous and a reader without staff access are sent to the login page.
    for user in (None, reader):
        if user:
            client.force_login(user)
        response = client.post(reverse("admin:articles_article_upload"), {"files": [upload]})
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    # Staff without the permission to add articles cannot use either form.
    client.force_login(UserFactory(username="staff-no-perms", is_staff=True))
    assert client.post(reverse("admin:articles_article_upload"), {"files": [upload]}).status_code == 302
    assert client.post(reverse("admin:articles_article_fetch"), {"urls": "https://a.example.org/1"}).status_code == 302
    assert not Article.objects.exists()
