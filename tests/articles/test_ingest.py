"""Ingestion from files: formats, duplicates, bad input reported and nothing lost."""
import json

import pytest

from articles.documents import ArticleFormatError, read_documents
from articles.ingestion import ingest_paths
from articles.models import Article

pytestmark = pytest.mark.django_db

ARTICLE = {
    "id": "t-1", "source": "Test Wire", "url": "https://example.org/news/1", "title": "Ministers talk",
    "published": "2021-04-12", "text": "Foreign Minister A held talks with Foreign Minister B in Ankara on Monday.",
}


def write_json(folder, name, data):
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_json_article_is_saved_queued_with_its_metadata(tmp_path, django_capture_on_commit_callbacks):
    path = write_json(tmp_path, "a.json", ARTICLE)
    with django_capture_on_commit_callbacks() as callbacks:
        report = ingest_paths([path])
    article = Article.objects.get()
    assert report.ingested == [article.pk]
    assert (article.title, article.outlet, str(article.published_date), article.url, article.external_id) == (
        "Ministers talk", "Test Wire", "2021-04-12", "https://example.org/news/1", "t-1")
    assert article.status == Article.Status.QUEUED
    assert len(callbacks) == 1  # extraction is queued only once the row is committed


def test_same_text_or_same_url_is_one_article(tmp_path):
    write_json(tmp_path, "a.json", ARTICLE)
    write_json(tmp_path, "b.json", {**ARTICLE, "url": "https://mirror.example.org/1", "text": "  " + ARTICLE["text"]})
    write_json(tmp_path, "c.json", {**ARTICLE, "text": "A different text entirely, same URL."})
    report = ingest_paths([tmp_path])
    assert Article.objects.count() == 1
    assert len(report.ingested) == 1 and len(report.duplicates) == 2
    assert ingest_paths([tmp_path]).summary() == "0 ingested, 3 duplicates, 0 failed"


def test_jsonl_and_txt_and_html(tmp_path):
    (tmp_path / "many.jsonl").write_text(
        "\n".join(json.dumps({**ARTICLE, "id": f"x{n}", "url": "", "text": f"Text number {n}."}) for n in range(3)),
        encoding="utf-8")
    (tmp_path / "note.txt").write_text("A title line\n\nThe body of the note, about a visit.", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Visit to Hanoi</title></head><body><article><h1>Visit to Hanoi</h1>"
        + "<p>The President met the General Secretary in Hanoi on Tuesday to discuss trade. </p>"
        + "<p>Officials said the two leaders also talked about maritime security and climate change. </p>"
        + "<p>A joint statement is expected later this week, according to the foreign ministry. </p>"
        + "<p>They agreed to meet again.</p></article></body></html>", encoding="utf-8")
    report = ingest_paths([tmp_path])
    assert len(report.ingested) == 5, report.failed
    note = Article.objects.get(title="A title line")
    assert note.text == "The body of the note, about a visit."
    page = Article.objects.get(text__contains="General Secretary")
    assert "\n\nThey agreed" in page.text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"   \n", "is empty"),
    ("binary.txt", b"\x00\x01\x02PNG", "binary"),
    ("latin.txt", "Caf\xe9 talks".encode("latin-1"), "not UTF-8"),
    ("broken.json", b"{not json", "not valid JSON"),
    ("notext.json", b'{"title": "no body"}', "no 'text'"),
    ("baddate.json", b'{"text": "x", "published": "last week"}', "not an ISO date"),
    ("image.png", b"\x89PNG", "unsupported file type"),
])
def test_bad_files_are_reported_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ArticleFormatError, match=reason):
        read_documents(tmp_path / name)
    write_json(tmp_path, "good.json", ARTICLE)
    report = ingest_paths([tmp_path / name, tmp_path / "good.json"])
    assert len(report.ingested) == 1
    assert report.failed[0][0].endswith(name) and reason in report.failed[0][1]


def test_ingest_command_prints_summary(tmp_path, capsys):
    from django.core.management import call_command

    write_json(tmp_path, "a.json", ARTICLE)
    call_command("ingest", str(tmp_path))
    assert "1 ingested, 0 duplicates, 0 failed" in capsys.readouterr().out


@pytest.mark.django_db
def test_an_untitled_article_is_named_by_its_url_or_opening_words():
    from articles.models import Article

    by_text = Article.objects.create(text="Foreign ministers of both states met in Oslo on Monday to discuss a long list of matters.")
    assert str(by_text) == "“Foreign ministers of both states met in Oslo on Monday…”"
    assert str(Article.objects.create(text="Two leaders met.")) == "“Two leaders met.”"
    by_url = Article.objects.create(url="https://example.org/a", text="Two leaders met again.")
    assert str(by_url) == "https://example.org/a"
    # A list that deferred the text does not load it just to print a name.
    deferred = Article.objects.defer("text").get(pk=by_text.pk)
    assert str(deferred) == f"Article {by_text.pk}"
    assert "text" in deferred.get_deferred_fields()
