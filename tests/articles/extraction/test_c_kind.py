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


def test_one_leader_speaking_to_several_of_different_states_makes_a_call_each():
    res = extract("Chancellor Eva Lind of Austria spoke by phone on Monday with French President Paul Roux and "
                  "Italian Prime Minister Gino Ferri.", published=PUB)
    pairs = {frozenset(m.participants) for m in res.meetings}
    assert pairs == {frozenset({"Eva Lind", "Paul Roux"}), frozenset({"Eva Lind", "Gino Ferri"})}


def test_a_call_between_several_leaders_is_one_call():
    res = extract("A telephone call between French President Paul Roux, Italian Prime Minister Gino Ferri and "
                  "Austrian Chancellor Eva Lind is planned for Sunday.", published=PUB)
    assert len(res.meetings) == 1 and len(res.meetings[0].participants) == 3


def test_objects_of_an_unknown_title_did_not_meet_each_other():
    res = extract("The Prime Minister then spoke to President Ivo Maran, Chancellor Lena Berg and Premier Tom Ash.",
                  published=PUB)
    assert res.meetings == ()


def test_a_known_title_still_speaks():
    res = extract("Prime Minister Sara Holt of Norway arrived on Monday. The Prime Minister then spoke to President "
                  "Ivo Maran of Chile.", published=PUB)
    assert any(set(m.participants) == {"Sara Holt", "Ivo Maran"} for m in res.meetings)
