"""diplomacy/search.py: typo- and diacritic-tolerant search on SQLite and PostgreSQL alike."""
import pytest
from django.db import connection

from diplomacy import search
from diplomacy.models import ReviewStatus
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

TEXT = "Foreign Minister Mevlüt Çavuşoğlu met Secretary of State Antony Blinken in Brussels on the S-400 deal."


@pytest.fixture
def people(db):
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    lavrov = ActorFactory(name="Sergey Lavrov", slug="sergey-lavrov", country=country("RU", "Russia"))
    hidden = ActorFactory(name="Antony Blinkenstein", slug="hidden", review_status=ReviewStatus.REJECTED)
    s400 = IssueFactory(name="S-400 deal", slug="s-400-deal")
    article = ArticleFactory(title="Ministers meet in Brussels", text=TEXT)
    together = meeting_with(cavusoglu, blinken, article=article, evidence=TEXT, issues=[s400],
                            location_name="Brussels")
    with_lavrov = meeting_with(cavusoglu, lavrov, location_name="Antalya")
    return {"cavusoglu": cavusoglu, "blinken": blinken, "lavrov": lavrov, "hidden": hidden, "s400": s400,
            "article": article, "together": together, "with_lavrov": with_lavrov}


@pytest.mark.parametrize("query", ["cavusoglu", "Cavusoglu", "ÇAVUŞOĞLU", "Mevlut Cavusoglu", "cavusgolu"])
def test_actor_without_diacritics_or_with_a_typo(people, query):
    assert search.actor_ids(query)[0] == people["cavusoglu"].pk


@pytest.mark.parametrize("query", ["Antony Blinkin", "anthony blinken", "blinken"])
def test_actor_typos(people, query):
    assert search.actor_ids(query)[0] == people["blinken"].pk


def test_rejected_actor_never_matches(people):
    assert people["hidden"].pk not in search.actor_ids("Antony Blinkenstein")
    assert search.actor_ids("nobody at all") == []
    assert search.actor_ids("  ") == []


def test_issue_and_country(people):
    assert search.issue_ids("s400 deal") == [people["s400"].pk] or search.issue_ids("s-400")[0] == people["s400"].pk
    assert search.country_ids("turkey")[0] == country("TR").pk
    assert search.country_ids("tr")[0] == country("TR").pk
    assert search.country_ids("United States")[0] == country("US").pk


def test_two_names_find_their_meetings_together(people):
    results = search.search("cavusoglu blinken")
    assert people["together"] in results.meetings
    # Each name alone also finds the other meetings of its actor.
    assert {m.pk for m in search.search("cavusoglu").meetings} == {people["together"].pk, people["with_lavrov"].pk}


def test_search_groups_results(people):
    results = search.search("Antony Blinkin")
    assert results.actors == [people["blinken"]]
    assert [m.pk for m in results.meetings] == [people["together"].pk]
    # The article mentions no one through ActorMention here, but its text names Blinken.
    assert people["article"] in search.search("Brussels").articles
    assert search.search("").empty and search.search("zzzzqqq").empty


def test_search_hides_rejected_meetings(people):
    people["together"].review_status = ReviewStatus.REJECTED
    people["together"].save()
    assert people["together"] not in search.search("Brussels").meetings


def test_api_q_filters_are_tolerant(client, people):
    rows = client.get("/api/v1/actors/", {"q": "Antony Blinkin"}).json()["results"]
    assert [row["slug"] for row in rows] == ["antony-blinken"]
    rows = client.get("/api/v1/meetings/", {"q": "cavusoglu"}).json()["results"]
    assert {row["id"] for row in rows} == {people["together"].pk, people["with_lavrov"].pk}


@pytest.mark.parametrize("query, name, expected", [
    ("blinken", "antony blinken", 95),
    ("syria", "syrian civil war", 90),
    ("antony blinkin", "antony blinken", 89),  # capped under whole-word matches
    ("brussels", "united states", None),
])
@pytest.mark.django_db(False)
def test_name_score(query, name, expected):
    score = search.name_score(query, name)
    if expected is None:
        assert score < search.FUZZY_MIN_SCORE
    else:
        assert score == pytest.approx(expected, abs=0.5)


@pytest.mark.postgres
def test_postgres_indexes_and_unaccented_full_text(people):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname IN %s", [(
            "actoralias_folded_trgm", "issuealias_folded_trgm", "meetingsource_evidence_fts",
            "article_title_text_fts")])
        assert len(cursor.fetchall()) == 4
        cursor.execute("SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')")
        assert len(cursor.fetchall()) == 2
    # "cavusoglu" finds "Çavuşoğlu" in the text itself (the unaccented configuration), not only by name.
    from articles.models import Article

    matches = search._text_matches(Article.objects.all(), "cavusoglu", "title", "text")
    assert list(matches) == [people["article"]]
