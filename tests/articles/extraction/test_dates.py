"""The date resolver: relative phrasings against a publication date, absolute dates, ranges, vagueness."""
import datetime as dt

import pytest

from articles.extraction.dates import find_dates, resolve_date

PUB = dt.date(2021, 4, 12)  # a Monday


@pytest.mark.parametrize("phrase,expected", [
    ("officials said Monday", ("2021-04-12", "day")),
    ("the envoys met on Thursday", ("2021-04-08", "day")),
    ("they spoke last Friday", ("2021-04-09", "day")),
    ("a meeting last month in Oslo", ("2021-03", "month")),
    ("talks held in February", ("2021-02", "month")),
    ("talks held in November", ("2020-11", "month")),
    ("signed on March 23, 2021.", ("2021-03-23", "day")),
    ("signed on 5 January 2019", ("2019-01-05", "day")),
    ("in Beijing (23-25 April)", ("2021-04", "month")),
    ("from 17 to 19 June", ("2020-06", "month")),
    ("Earlier this month, the minister", ("2021-04", "month")),
    ("met yesterday", ("2021-04-11", "day")),
    ("met today", ("2021-04-12", "day")),
    ("in July 2000", ("2000-07", "month")),
    ("later this year", ("2021", "year")),
    ("last year", ("2020", "year")),
    ("in 1987", ("1987", "year")),
    ("On Monday, September 24, the minister", ("2020-09-24", "day")),
])
def test_held_phrasings(phrase, expected):
    assert resolve_date(phrase, PUB) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("will meet on Friday", ("2021-04-16", "day")),
    ("will visit in September", ("2021-09", "month")),
    ("the conference next week", ("2021-04", "month")),
    ("talks next month", ("2021-05", "month")),
    ("will travel tomorrow", ("2021-04-13", "day")),
    ("a summit next year", ("2022", "year")),
])
def test_planned_phrasings_point_forward(phrase, expected):
    assert resolve_date(phrase, PUB, future=True) == expected


def test_without_publication_relative_dates_resolve_to_nothing():
    assert resolve_date("ministry sources said Monday", None) == (None, "unknown")
    assert resolve_date("last month", None) == (None, "unknown")
    assert resolve_date("on 3 May 1999", None) == ("1999-05-03", "day")


def test_vague_and_non_dates():
    assert resolve_date("in the coming months", PUB) == (None, "unknown")
    assert resolve_date("recently", PUB) == (None, "unknown")
    assert resolve_date("may I say", PUB) == (None, "unknown")  # lower-case "may" is a verb


def test_two_months_is_year_precision():
    assert resolve_date("sometime in late April or early May", dt.date(1987, 3, 23), future=True) == ("1987", "year")


def test_offsets_point_at_the_phrase():
    text = "The talks, held on 4 March 2020, ended."
    (m,) = find_dates(text, PUB)
    assert text[m.start:m.end] == "4 March 2020"
