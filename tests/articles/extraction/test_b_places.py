"""Meeting places: wire datelines, calls and virtual meetings that happen nowhere, venues the tagger does not
know, travel participles, and headline places that belong to a topic. All sentences are our own."""
import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.places import dateline_place

PUB = dt.date(2022, 9, 8)


@pytest.mark.parametrize("text,expected", [
    ("OSLO, March 3 - The prime minister met ...", "Oslo"),
    ("BUENOS AIRES, ARGENTINA — President X met ...", "Buenos Aires"),
    ("KAMPALA (Reuters) - The two leaders ...", "Kampala"),
    ("Lima [Peru], May 3 : The minister held talks ...", "Lima"),
    ("NAIROBI -- Leaders gathered ...", "Nairobi"),
    ("DHAKA (City Wire Service / Desk) The minister ...", None),  # an aggregator's desk, not a dateline
    ("MEDIA RELEASE MINISTER FOR TRADE", None),
    ("The minister met her counterpart in Oslo.", None),
    ("Ankara: The minister held talks ...", None),
])
def test_dateline_place(text, expected):
    assert dateline_place(text) == expected


def test_dateline_places_a_held_meeting_without_a_place_of_its_own():
    res = extract("TALLINN, Sept 8 - Foreign Minister Anu Tamm met her Latvian counterpart Juris Ozols today to "
                  "discuss energy security.", published=PUB)
    assert res.meetings and res.meetings[0].location == "Tallinn"


def test_the_text_place_beats_the_dateline():
    res = extract("TALLINN, Sept 8 - Foreign Minister Anu Tamm met her Latvian counterpart Juris Ozols today in "
                  "Riga to discuss energy security.", published=PUB)
    assert res.meetings and res.meetings[0].location == "Riga"


def test_a_phone_call_has_no_place():
    res = extract("While in Geneva today, Prime Minister Ole Sand had a telephone conversation with President "
                  "Maria Lopes of Brazil.", published=PUB)
    assert res.meetings and res.meetings[0].kind == "phone_call" and res.meetings[0].location is None


def test_a_later_mention_with_a_place_does_not_place_a_call():
    res = extract("Foreign Minister Ole Sand spoke by telephone with Foreign Minister Maria Lopes of Brazil on "
                  "Monday. Sand and Lopes discussed the fisheries agreement at length in Oslo.", published=PUB)
    calls = [m for m in res.meetings if m.kind == "phone_call"]
    assert calls and all(m.location is None for m in calls)


def test_a_call_on_a_dateline_has_no_place():
    res = extract("OSLO, Sept 8 - Prime Minister Ole Sand spoke by phone with President Maria Lopes of Brazil.",
                  published=PUB)
    assert res.meetings and res.meetings[0].location is None


def test_a_virtual_meeting_has_no_place():
    res = extract("President Ana Ruiz, Chancellor Olaf Brandt and Prime Minister Tom Hale held a virtual meeting "
                  "on the ceasefire in Sudan.", published=PUB)
    assert res.meetings and all(m.location is None for m in res.meetings)


def test_headline_place_of_a_topic_is_not_the_meeting_place():
    res = extract("Ambassadors of the alliance met today in an extraordinary meeting of the Permanent Council "
                  "with Foreign Minister Ivan Petrov.", published=PUB,
                  title="Permanent Council discusses situation in Moldova")
    assert res.meetings and all(m.location != "Moldova" for m in res.meetings)


def test_headline_place_of_the_meeting_still_counts():
    res = extract("Foreign Minister Anu Tamm met her Latvian counterpart Juris Ozols today.", published=PUB,
                  title="Baltic ministers hold talks in Geneva")
    assert res.meetings and res.meetings[0].location == "Geneva"


def test_unknown_venue_named_in_a_city_beats_the_city():
    res = extract("President Ana Ruiz and President Tom Hale will meet on Monday at Casa-del-Mar in Aarhus, "
                  "Denmark.", published=PUB)
    assert res.meetings and res.meetings[0].location == "Casa-del-Mar"


def test_travel_participle_places_the_meeting():
    res = extract("Visiting Nairobi for a regional forum, Foreign Minister Hakan Oz held a bilateral meeting with "
                  "Foreign Minister Ruth Wanjiku of Kenya.", published=PUB)
    assert res.meetings and res.meetings[0].location == "Nairobi"


def test_an_untagged_event_name_is_not_a_venue():
    res = extract("Prime Minister Ole Sand will meet President Maria Lopes at the upcoming Southern Leaders' Summit "
                  "in Cartagena, Colombia, on October 9.", published=PUB)
    assert res.meetings and "Summit" not in (res.meetings[0].location or "")


def test_a_meeting_reported_right_after_a_placed_one_shares_its_place():
    res = extract("President Ana Ruiz of Peru held talks with President Tom Hale of Ghana in Accra on Monday.\n\n"
                  "President Ruiz also met with Prime Minister Kwame Osei of Ghana.", published=PUB)
    later = [m for m in res.meetings if "Kwame Osei" in m.participants]
    assert later and later[0].location == "Accra"


def test_a_call_does_not_take_the_place_of_the_meeting_before_it():
    res = extract("President Ana Ruiz of Peru held talks with President Tom Hale of Ghana in Accra on Monday.\n\n"
                  "President Ruiz also spoke by phone with Chancellor Olaf Brandt.", published=PUB)
    call = [m for m in res.meetings if "Olaf Brandt" in m.participants]
    assert call and call[0].location is None


def test_a_place_is_not_carried_far():
    filler = " ".join(f"Officials reviewed item {n} of the port plan." for n in range(6))
    res = extract("President Ana Ruiz of Peru held talks with President Tom Hale of Ghana in Accra on Monday. " +
                  filler + " President Ruiz later met with Prime Minister Kwame Osei of Ghana.", published=PUB)
    later = [m for m in res.meetings if "Kwame Osei" in m.participants]
    assert later and later[0].location is None
