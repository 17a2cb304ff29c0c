"""Meeting kind: a summit of two leaders is their bilateral meeting; a summit of three or more is a gathering.
Sentences of our own; names invented."""
import datetime as dt

import pytest

from articles.extraction import extract

PUB = dt.date(2019, 6, 4)


@pytest.mark.parametrize("text,kind", [
    ("Prime Minister Ken Sato will visit Moscow in May and hold a summit meeting with President Oleg Rudin.",
     "in_person"),
    ("President Ana Lopes held a summit with Chancellor Max Brandt in Lisbon on Friday.", "in_person"),
    ("The leaders of Chile, Peru and Bolivia met at a summit in Lima on Friday.", "multilateral"),
])
def test_a_summit_of_two_leaders_is_their_meeting(text, kind):
    res = extract(text, published=PUB)
    assert res.meetings and res.meetings[0].kind == kind


def test_a_party_joining_a_summit_reported_before_does_not_make_it_bilateral():
    res = extract("Premier Lia Moss will meet President Ivo Bran and President Aku Rasa at the Ocean Summit in "
                  "Suva. The Premier will be joined at the summit by Fisheries Minister Del Tan.", published=PUB)
    assert len(res.meetings) == 1 and res.meetings[0].kind == "multilateral"
