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


@pytest.mark.parametrize("text, name, code", [
    # the text sets the known party's state against exactly one other state
    ("On Friday Ivan Petrov had a telephone conversation with President of Brazil Paulo Lima. The two leaders "
     "discussed relations between Russia and Brazil.", "Ivan Petrov", "RU"),
    ("Kenji Mori met Indian Foreign Minister Ravi Nair in Tokyo on Monday. They reviewed Japan-India trade.",
     "Kenji Mori", "JP"),
    ("Li Wei held talks with Secretary of State Dana Holt of the United States on Tuesday. Both sides hailed "
     "Chinese-American dialogue.", "Li Wei", "CN"),
    # no pair of states in the text: nothing to infer
    ("On Friday Ivan Petrov had a telephone conversation with President of Brazil Paulo Lima about trade.",
     "Ivan Petrov", None),
])
def test_other_side_of_a_two_state_meeting(text, name, code):
    assert _countries(text).get(name, "missing") == code


def test_no_chain_through_an_inferred_state():
    # Mori is inferred as Japanese from the Japan-India pair; Wang meeting Mori must not become Indian
    got = _countries("Kenji Mori met Indian Foreign Minister Ravi Nair in Tokyo on Monday. They reviewed "
                     "Japan-India trade. On Tuesday Wang Tao met Kenji Mori in Osaka.")
    assert got.get("Wang Tao") is None
