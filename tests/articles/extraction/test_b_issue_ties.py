"""Topics of follow-up sentences go to the article's current meeting, not to a meeting it recounts as
background (in a "since" clause, or dated well before publication). Sentences of our own; names invented."""
import datetime as dt

from articles.extraction import extract
from articles.extraction.dates import recounted
from articles.extraction.sentences import get_nlp

PUB = dt.date(2019, 6, 14)


def _trigger(text, word):
    return next(t for t in get_nlp()(text) if t.text == word)


def test_since_clause_meeting_is_recounted():
    text = "Relations have improved since Premier Olaf Dune visited Norway."
    assert recounted(_trigger(text, "visited"), None, PUB)


def test_meeting_of_the_day_is_not_recounted():
    text = "Premier Olaf Dune met President Ana Silva on Thursday."
    assert not recounted(_trigger(text, "met"), "2019-06-13", PUB)


def test_meeting_dated_months_before_publication_is_recounted():
    text = "Premier Olaf Dune met President Ana Silva in March."
    assert recounted(_trigger(text, "met"), "2019-03", PUB)
    assert not recounted(_trigger(text, "met"), "2019-06", PUB)


def test_follow_up_topics_go_to_the_current_meeting_not_the_recounted_one():
    res = extract("Foreign Minister Ivo Laar held talks with Foreign Minister Ruth Stein of Austria in Vienna on "
                  "Thursday.\n\nLaar said ties had grown since Chancellor Otto Brenner visited Estonia in March "
                  "last year. The two ministers discussed the gas pipeline dispute and the Danube shipping "
                  "agreement.", published=PUB)
    current = [m for m in res.meetings if "Ruth Stein" in m.participants]
    assert current
    assert any("pipeline" in i.lower() for i in current[0].issues)
    for m in res.meetings:
        if "Otto Brenner" in m.participants:
            assert not any("pipeline" in i.lower() for i in m.issues)
