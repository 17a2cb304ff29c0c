"""A government title no named person holds stands for its government (an ISO code participant): the state
of its demonym, else the government publishing the release. Sentences and addresses are our own."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2022, 10, 7)
WH = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/10/07/readout/"


def _parts(text, url=None, title=None):
    return [set(m.participants) for m in extract(text, published=PUB, url=url, title=title).meetings]


def test_unnamed_president_of_a_release_is_its_government():
    parts = _parts("The President spoke today with Prime Minister Lena Park of Norway about energy security.",
                   url=WH, title="Readout of the President's Call with Prime Minister Park")
    assert {"US", "Lena Park"} in parts


def test_unnamed_prime_minister_of_a_release_is_its_government():
    parts = _parts("This morning the Prime Minister met President Omar Haddad of Tunisia to discuss migration.",
                   url="https://www.gov.uk/government/news/pm-meeting")
    assert {"GB", "Omar Haddad"} in parts


def test_bare_title_in_a_release_is_not_the_foreign_holder_of_the_title():
    parts = _parts("Today the President spoke by phone with French President Paul Martin and German Chancellor "
                   "Eva Braun about the eurozone.", url=WH)
    assert all("Paul Martin" not in p or "US" in p for p in parts)
    assert any({"US", "Paul Martin"} <= p for p in parts)


def test_demonym_title_without_a_name_is_that_state():
    parts = _parts("Secretary of State Dana Holt met the Israeli prime minister in Jerusalem on Tuesday.")
    assert {"Dana Holt", "IL"} in parts


def test_named_holder_still_wins():
    parts = _parts("Prime Minister Alan Reid arrived in Oslo on Monday. The Prime Minister met President Omar "
                   "Haddad on Tuesday.", url="https://www.gov.uk/government/news/visit")
    assert {"Alan Reid", "Omar Haddad"} in parts


def test_news_story_gives_no_government_to_a_bare_title():
    parts = _parts("The President spoke with Prime Minister Lena Park of Norway on Monday.",
                   url="https://www.dawn.com/news/1")
    assert all(not any(len(x) == 2 and x.isupper() for x in p) for p in parts)
