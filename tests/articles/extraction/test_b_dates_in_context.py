"""Dates read with the sentence's syntax: the tense of the clause a weekday hangs off, dates of the report
rather than the meeting, and meetings whose text states no time. All sentences are our own."""
import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.dates import clause_tense, dates_in_span
from articles.extraction.sentences import get_nlp

SAT = dt.date(2019, 3, 16)  # a Saturday


def _span(text):
    return get_nlp()(text)[:]


def _tok(span, word):
    return next(t for t in span if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("The envoy said Friday that the ministers will meet again.", "Friday", False),
    ("The two presidents met on Tuesday in Accra.", "Tuesday", False),
    ("The talks were held on Monday.", "Monday", False),
    ("The premier will travel to Oslo on Thursday.", "Thursday", True),
    ("Ministers are due to meet on Wednesday.", "Wednesday", None),
])
def test_clause_tense(text, word, expected):
    span = _span(text)
    assert clause_tense(_tok(span, word)) is expected


def test_weekday_of_a_past_report_in_a_planned_sentence_points_back():
    # the sentence is about a future visit, but "said Friday" is the day before publication
    span = _span("Leaders of both states are expected to exchange visits, Minister Karl Dune said in Riga Friday "
                 "after his talks with his Latvian counterpart.")
    found = dates_in_span(span, SAT, future=True)
    assert [d.value for d in found] == ["2019-03-15"]


def test_weekday_of_a_future_clause_points_forward_in_a_past_sentence():
    span = _span("The minister announced on Thursday that she will visit Quito on Tuesday.")
    found = dates_in_span(span, SAT, future=False)
    assert [d.value for d in found] == ["2019-03-14", "2019-03-19"]


def test_saying_date_in_a_planned_sentence_of_a_meeting():
    res = extract("Foreign Minister Ola Berg of Norway said in Oslo on Friday after his talks with Foreign "
                  "Minister Tim Ross of Ireland that both countries are expected to sign a fisheries pact.",
                  published=SAT)
    assert res.meetings and res.meetings[0].date == "2019-03-15"


def test_report_date_yields_to_the_meetings_own_date():
    # "announced today" dates the announcement; the meeting is in August
    res = extract("Prime Minister Ana Silva today announced that she will meet President Luis Mora of Peru "
                  "in Lima on 12-13 August.", published=dt.date(2019, 7, 30))
    assert res.meetings and res.meetings[0].date == "2019-08"


def test_report_date_is_the_fallback_when_the_sentence_has_no_other():
    res = extract("Foreign Minister Ana Silva held a phone call with her Chilean counterpart Jorge Vial, "
                  "ministry sources said Monday.", published=dt.date(2021, 4, 12))
    assert res.meetings and res.meetings[0].date == "2021-04-12"


def test_date_inside_the_reported_meeting_phrase_is_the_meetings():
    res = extract("Prime Minister Ken Sato said Friday his talks next month with President Ivan Orlov will be "
                  "important.", published=dt.date(2018, 10, 12))
    assert res.meetings and res.meetings[0].date == "2018-11"
