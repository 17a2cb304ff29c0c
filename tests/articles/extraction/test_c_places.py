"""Where a meeting took place: places named before the meeting word, "where" clauses, places of topics, places of
scheduled events, definite re-mentions and scenes set by a meeting whose parties come later. Our own sentences."""
import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.places import dateline_place

WED = dt.date(2023, 5, 17)


def _places(text):
    return [m.location for m in extract(text, published=WED).meetings]


@pytest.mark.parametrize("text,place", [
    ("Foreign Minister Lena Park of Korea and Foreign Minister Omar Haddad of Jordan held their Geneva talks on "
     "Monday.", "Geneva"),
    ("President Ivan Petrov of Bulgaria and Chancellor Otto Weber of Austria met at the Salzburg summit.",
     "Salzburg"),
    ("President Ali Musa returned to Abuja on Monday from Nairobi, where he met President William Ruto.",
     "Nairobi"),
    ("Prime Minister Ana Lima of Brazil said on Monday she had met President Jorge Ruiz of Chile in Lisbon, where "
     "both attended a forum.", "Lisbon"),
])
def test_place_of_the_meeting(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Park of Korea and Foreign Minister Omar Haddad of Jordan held Iran talks on Monday.",
    "Foreign Minister Lena Park of Korea discussed the crisis in Sudan with Foreign Minister Omar Haddad of "
    "Jordan on Monday.",
    "Minister Rosa Vidal of Peru spoke with Minister Ken Sato of Japan about the war in Ukraine.",
])
def test_a_state_that_is_a_topic_is_no_place(text):
    assert _places(text) == [None]


def test_the_place_of_a_scheduled_summit():
    res = extract("One of the occasions could be a summit of the Pacific Forum set to be held in Fiji in "
                  "October.", published=WED)
    assert any(m.location == "Fiji" for m in res.meetings)


def test_a_definite_re_mention_places_the_meeting_just_reported():
    assert _places("President Jonas Berg of Norway has met Prime Minister Ana Lima of Brazil and Chancellor Otto "
                   "Weber of Austria to talk about energy.\n\nThe Elysee Palace talks also covered trade.")[0] \
        == "Elysee Palace"


def test_a_meeting_whose_parties_come_later_sets_the_scene():
    places = _places("Chile and Peru, which have a border dispute, discussed fishing rights at a meeting in Quito "
                     "city, a Chilean spokesman said. Taking part in the talks were Chile's envoy Ana Soto and "
                     "Peru's deputy minister Luis Mora.")
    assert places and "Quito" in places[-1]


def test_a_scene_is_not_set_by_a_summit_named_in_passing():
    places = _places("Foreign Minister Tom Reed of Canada met Foreign Minister Ken Sato of Japan in Hanoi today. "
                     "The decisions taken at the summit held in Madrid were discussed. Reed also met Foreign "
                     "Minister Ana Soto of Chile.")
    assert "Madrid" not in places


def test_each_counterpart_of_a_list_keeps_the_place_of_the_meetings_before():
    res = extract("Foreign Minister Ana Soto of Chile met Prime Minister Ken Sato of Japan in New York on Monday. "
                  "Bilateral discussions were also held with Foreign Minister Luis Mora of Peru, Foreign Minister "
                  "Omar Haddad of Jordan and Foreign Minister Lena Park of Korea.", published=WED)
    assert len(res.meetings) >= 3 and all(m.location == "New York" for m in res.meetings)


@pytest.mark.parametrize("text,place", [
    ("Foreign Minister Ana Soto of Chile met Foreign Minister Ravi Rao of India in Mumbai city on Monday.",
     "Mumbai"),
    ("President Jan Novak met President Kofi Mensah of Ghana in the Ghanaian city of Kumasi.", "Kumasi"),
])
def test_a_city_named_with_its_noun_is_the_place(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("city,expected", [("New York", "New York"), ("Toronto", "United States")])
def test_a_state_is_narrowed_to_the_city_a_party_was_placed_in_when_it_lies_there(city, expected):
    res = extract(f"Foreign Minister Ana Soto of Chile met Foreign Minister Ken Sato of Japan in {city} on Monday."
                  "\n\nSoto, who is on a visit to the United States, also met Foreign Minister Luis Mora of Peru.",
                  published=WED)
    later = next(m for m in res.meetings if "Luis Mora" in m.participants)
    assert later.location == expected


@pytest.mark.parametrize("text,place", [
    ("The Secretary-General met President Ana Lima of Brazil in Recife today at the Planalto Palace.",
     "Planalto Palace, Recife"),
    ("Prime Minister Ken Sato of Japan met President Jan Novak of the Czech Republic at the Peace Palace in Brno.",
     "Peace Palace, Brno"),
    ("President Ana Lima of Brazil received Prime Minister Ken Sato of Japan at State House, Nairobi.",
     "State House, Nairobi"),
    ("President Ana Lima of Brazil held talks with her counterpart Ken Sato at the President's House in Tokyo.",
     "President's House, Tokyo"),
    ("President Ana Lima of Brazil received Prime Minister Ken Sato of Japan at the White House.", "White House"),
])
def test_a_venue_keeps_the_city_it_is_in(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize("text,place", [
    ("China received Foreign Minister Ana Lima of Brazil and Foreign Minister Ken Sato of Japan for a meeting in "
     "the Chinese capital on Monday.", "Beijing"),
    ("Prime Minister Ken Sato of Japan met President Jan Novak of the Czech Republic in the capital of Austria.",
     "Vienna"),
])
def test_a_capital_named_by_its_state(text, place):
    assert place in _places(text)


def test_a_planned_trip_to_a_state_is_narrowed_to_the_city_of_the_planned_visit():
    res = extract("Foreign Minister Omar Haddad of Jordan will make his trip to Canberra tomorrow at the invitation "
                  "of Foreign Minister Grace Tane of Australia. Haddad's trip to Australia was expected to lead to a "
                  "trade deal.", published=WED)
    assert all(m.location == "Canberra" for m in res.meetings if m.status == "planned")


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto of Chile met the US Ambassador in Santiago, Rick Davis, on Monday.",
    "Foreign Minister Ana Soto of Chile met Rick Davis, head of the US Embassy in Lima.",
])
def test_a_place_in_a_persons_post_is_not_the_meetings(text):
    assert _places(text) == [None]


def test_a_capital_the_tagger_leaves_unlabelled_is_a_place():
    assert _places("During his visit to Ghana, President Jan Novak met President Kofi Mensah in Accra on 3-5 "
                   "May.") == ["Accra"]


@pytest.mark.parametrize("text,expected", [
    ("Accra, Mar 29 (PTI) The minister held talks ...", "Accra"),
    ("Quito, October 2, AZERTAC\n\nThe two ministers met ...", "Quito"),
    ("Quito: The minister held talks ...", None),  # a desk, not a dateline
])
def test_title_case_datelines(text, expected):
    assert dateline_place(text) == expected


def test_here_points_to_the_dateline():
    res = extract("Accra, Mar 29 (PTI) Foreign Minister Ravi Rao of India attended a forum here. Rao also met "
                  "Foreign Minister Tandi Dorji of Bhutan here and reviewed projects in India.", published=WED)
    dorji = [m for m in res.meetings if "Tandi Dorji" in m.participants]
    assert dorji and dorji[0].location == "Accra"


@pytest.mark.parametrize("text", [
    "President Jan Novak met President Kofi Mensah of Ghana at the Pacific Forum Summit.",
    "President Jan Novak met President Kofi Mensah of Ghana, discussing Novak's state visit to Ghana next year.",
])
def test_an_event_name_or_a_visit_talked_about_is_no_place(text):
    assert _places(text) == [None]


@pytest.mark.parametrize("text,expected", [
    ("President Jan Novak held talks with President Kofi Mensah of Ghana and discussed follow-up to the first "
     "Africa-Europe Dialogue in Lisbon.", None),
    ("President Jan Novak met President Kofi Mensah of Ghana ahead of the summit in Brussels.", None),
    ("President Jan Novak held talks with President Kofi Mensah of Ghana following the conference in Oslo.", None),
    ("President Jan Novak met President Kofi Mensah of Ghana on the sidelines of the summit in Brussels.",
     "Brussels"),
    ("China received President Jan Novak and President Kofi Mensah of Ghana for a meeting in Shanghai.",
     "Shanghai"),
])
def test_the_place_of_another_gathering(text, expected):
    assert _places(text) == [expected]


@pytest.mark.parametrize("text,place", [
    ("The next Southeast Asia summit of ASEAN will be held in Vientiane in December.", "Vientiane"),
    ("The next East Africa meeting of the African Union will be held in Kampala in December.", "Kampala"),
])
def test_a_region_naming_a_forum_yields_to_the_place_it_is_held_in(text, place):
    assert _places(text) == [place]


def test_leaving_one_place_for_another_to_attend_a_summit():
    res = extract("President Ana Lima of Brazil and Chancellor Otto Weber of Austria will leave Vienna for Geneva on "
                  "Thursday to attend an emergency summit.", published=WED)
    assert res.meetings and all(m.location == "Geneva" for m in res.meetings)


@pytest.mark.parametrize("text", [
    "President Ana Lima of Brazil made a visit to the National Trade Center in Gigiri, where she was received by "
    "Minister Ken Sato of Japan.",
    "President Ana Lima of Brazil made a visit to the National Trade Center in Gigiri where she was received by "
    "Minister Ken Sato of Japan.",
])
def test_a_venue_a_where_clause_describes_keeps_its_city(text):
    assert _places(text) == ["National Trade Center, Gigiri"]
