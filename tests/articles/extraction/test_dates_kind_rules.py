"""Dates of other occasions and the number of sides of a contact. Sentences of our own; names invented."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2019, 6, 14)  # a Friday


def _run(text, published=PUB, title=None):
    return extract(text, published=published, title=title)


# --- a date that belongs to another occasion is not the meeting's ------------------------------------------

def test_date_of_a_speech_is_not_the_meeting_date():
    res = _run("Prime Minister Lars Vik met President Ines Moura after her speech to parliament on Wednesday.")
    assert res.meetings and res.meetings[0].date != "2019-06-12"


def test_date_of_a_summit_prepared_for_is_not_the_talks_date():
    res = _run("Chancellor Greta Sund and President Paul Ferro held talks in preparation for a regional summit "
               "on Thursday.")
    assert res.meetings and res.meetings[0].date != "2019-06-13"


def test_date_of_the_occasion_itself_is_kept():
    res = _run("Foreign Minister Rui Alves spoke with Foreign Minister Eva Marek during a meeting of "
               "Baltic ministers in Tallinn on 3 June 2019.")
    assert res.meetings and res.meetings[0].date == "2019-06-03"


# --- people of no known state are not three sides --------------------------------------------------------

def test_three_unplaced_names_are_a_bilateral_meeting():
    res = _run("Governor Tomas Reyes met with Minister Lucia Pardo and her adviser Marco Silva on Tuesday.")
    assert res.meetings and res.meetings[0].kind == "in_person"


def test_three_named_states_stay_multilateral():
    res = _run("Leaders of Chile, Peru and Bolivia met in Lima on Monday, where President Ana Soto received "
               "President Luis Vera and President Juan Rojas.")
    assert res.meetings and res.meetings[0].kind == "multilateral"
