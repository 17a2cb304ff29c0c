"""'Spoke with/to' names no medium. It is a call unless the sentence sets an in-person occasion, or it speaks
'to them/him/her' - people of the sentence before - who are there at an occasion or a place.
Sentences are our own."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2022, 10, 7)


def _kinds(text, title=None):
    return {frozenset(m.participants): m.kind for m in extract(text, published=PUB, title=title).meetings}


def test_speaking_to_people_listed_at_a_place_is_in_person():
    kinds = _kinds("Foreign Minister Lena Park, Foreign Minister of Kenya Omar Haddad and Foreign Minister of "
                   "Chile Rosa Vidal in Nairobi, the capital of Kenya. She also spoke to them separately.")
    assert kinds and all(k == "in_person" for k in kinds.values())


def test_speaking_to_them_after_a_dinner_is_in_person():
    kinds = _kinds("President Omar Haddad and Prime Minister Rosa Vidal attended the state dinner on Tuesday. "
                   "Foreign Minister Lena Park also spoke to them separately.")
    assert kinds.get(frozenset({"Lena Park", "Omar Haddad"})) == "in_person"


def test_bare_spoke_with_a_named_leader_is_a_call():
    kinds = _kinds("Prime Minister Alan Reid spoke today with President Marta Ruiz to congratulate her on her "
                   "election.")
    assert kinds.get(frozenset({"Alan Reid", "Marta Ruiz"})) == "phone_call"


def test_spoke_to_him_after_a_call_stays_a_call():
    kinds = _kinds("Chancellor Eva Braun telephoned President Omar Haddad in Tunis on Monday. She spoke to him "
                   "again on Wednesday about the migration pact.")
    assert all(k == "phone_call" for k in kinds.values())


def test_spoke_to_them_with_no_setting_before_is_a_call():
    kinds = _kinds("Ministers Lena Park and Omar Haddad issued a joint statement on the pact. The Secretary of "
                   "State Dana Holt later spoke to them about its terms.")
    assert all(k == "phone_call" for k in kinds.values())


def _places(text):
    return [m.location for m in extract(text, published=PUB).meetings]


def test_contact_with_people_listed_before_takes_their_place():
    places = _places("Foreign Minister Lena Park, Foreign Minister of Kenya Omar Haddad and Foreign Minister of "
                     "Chile Rosa Vidal in Nairobi, the capital of Kenya. She also spoke to them separately.")
    assert places and all(p == "Nairobi" for p in places)


def test_contact_with_people_at_a_dinner_takes_its_venue_city():
    places = _places("President Omar Haddad and Prime Minister Rosa Vidal attended the state dinner in Lisbon on "
                     "Tuesday. Foreign Minister Lena Park also spoke to them separately.")
    assert places and all(p == "Lisbon" for p in places)


def test_call_to_people_listed_before_has_no_place():
    ms = extract("Chancellor Eva Braun and President Omar Haddad signed the pact in Tunis on Monday. "
                 "Secretary Dana Holt telephoned them on Wednesday.", published=PUB).meetings
    calls = [m for m in ms if "telephoned" in m.evidence]
    assert calls and all(m.location is None for m in calls)
