"""The state a person is tied to: the closest country word in the title around the name, never one that
belongs to the next person in a list, nor the place someone is sent to. Sentences and names are our own."""
import datetime as dt

import pytest

from articles.extraction import extract

PUB = dt.date(2022, 10, 7)


def _countries(text):
    return {a.name: a.country for a in extract(text, published=PUB).actors if a.kind == "person"}


@pytest.mark.parametrize("text, name, code", [
    # a list of "Title of Country Name" entries: each country belongs to the name after it
    ("Minister of Foreign Affairs Lena Park, Minister of Foreign Affairs of Kenya Omar Haddad, and Minister of "
     "Foreign Affairs of Chile Rosa Vidal attended the dinner.", "Lena Park", None),
    ("Minister of Foreign Affairs Lena Park, Minister of Foreign Affairs of Kenya Omar Haddad, and Minister of "
     "Foreign Affairs of Chile Rosa Vidal attended the dinner.", "Omar Haddad", "KE"),
    ("She also received Deputy Minister of Trade of Norway Kari Berg, Minister of Energy of Ghana Kofi Mensah "
     "and others.", "Kofi Mensah", "GH"),
    # demonym titles in a coordination: each name takes its own, not the first of the list
    ("Brazilian President Paulo Lima, Argentine President Marta Ruiz and Peruvian President Jorge Salas met in "
     "Lima.", "Jorge Salas", "PE"),
    ("Brazilian President Paulo Lima, Argentine President Marta Ruiz and Peruvian President Jorge Salas met in "
     "Lima.", "Marta Ruiz", "AR"),
    # "Title of Country" after the name, in a semicolon list
    ("He met Dr Ivan Horak, Foreign Minister of Slovakia; Mr Amadou Diallo, Foreign Minister of Senegal; and "
     "Ms Sara Lind, Foreign Minister of Sweden.", "Amadou Diallo", "SN"),
    # an honorific tagged as part of the name does not stand between the title and the name
    ("The Secretary-General met the President of the Republic of Korea, H.E. Yoon Suk-yeol, in Seoul.",
     "Yoon Suk-yeol", "KR"),
    # the country a person is sent to or deals with is not theirs
    ("The delegation was led by Ambassador Tomas Berg, the special envoy for Afghanistan.", "Tomas Berg", None),
    ("Talks were chaired by Michael Costa, the coordinator for Venezuela.", "Michael Costa", None),
])
def test_country_tied_to_name(text, name, code):
    assert _countries(text).get(name, "missing") == code


def test_possessive_and_apposition_still_tie():
    got = _countries("Indian External Affairs Minister Ravi Nair met Emre Kaya, the Turkish foreign minister, "
                     "and Japan's Foreign Minister Kenji Mori in Delhi.")
    assert got["Ravi Nair"] == "IN" and got["Emre Kaya"] == "TR" and got["Kenji Mori"] == "JP"
