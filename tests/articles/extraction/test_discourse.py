"""Round-two constructions: occasions that are not meetings, follow-up sentences, places and implied dates.
All sentences are our own (invented names and places)."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2022, 9, 8)  # a Thursday


def _run(text, published=PUB, title=None):
    return extract(text, published=published, title=title)


def _pairs(res):
    return [set(m.participants) for m in res.meetings]


# --- advocating or proposing talks is not a meeting -------------------------------------------------

def test_proponent_of_talks_is_not_a_meeting():
    res = _run("Chancellor Ilse Brandt is a firm advocate of talks to settle the fisheries row with Norway.")
    assert not res.meetings


def test_proposed_meeting_is_not_a_meeting():
    res = _run("Minister Tomas Rivera proposed a joint meeting with President Ana Kovac on water rights.")
    assert not res.meetings


def test_call_for_talks_is_not_a_meeting():
    res = _run("President Ana Kovac renewed her call for talks with Prime Minister Jonas Berg.")
    assert not res.meetings


def test_planned_meeting_still_counts():
    res = _run("President Ana Kovac will meet Prime Minister Jonas Berg in Tallinn next week.")
    assert res.meetings and res.meetings[0].status == "planned"


def test_national_conversation_is_not_a_meeting():
    res = _run("The national conversation about President Luis Mora's record overshadowed Senator Ruth Diaz's campaign.")
    assert not res.meetings


def test_appeal_call_is_not_a_phone_call():
    res = _run("The African Union reiterated its call on the United Nations to fund the mission.")
    assert not [m for m in res.meetings if m.kind == "phone_call"]


def test_keynote_address_at_a_meeting_is_not_a_meeting():
    res = _run("Foreign Minister Pia Lund will deliver a keynote address at the annual meeting of the "
               "Council of Europe in Strasbourg on 4 October.")
    assert not res.meetings


def test_spoke_with_name_parsed_as_clause_subject():
    res = _run("Prime Minister Karl Hansen spoke today with Maria Elena Duarte Silva to congratulate her on her "
               "victory.")
    assert res.meetings and {"Karl Hansen", "Maria Elena Duarte Silva"} <= set(res.meetings[0].participants)


# --- follow-up sentences continue the meeting before them ------------------------------------------

def test_group_follow_up_is_the_same_meeting():
    res = _run("President Olga Marin held a video call with Prime Minister Hugo Lenz on Tuesday. "
               "The two leaders discussed energy security. Both sides also exchanged views on the grain "
               "export corridor.")
    assert len(res.meetings) == 1
    assert res.meetings[0].kind == "video_call"


def test_follow_up_issues_attach_to_the_meeting():
    res = _run("President Olga Marin spoke by phone with Prime Minister Hugo Lenz on Tuesday.\n\n"
               "President Marin raised concerns about the border dispute over the Tarva river.\n\n"
               "She also stressed the importance of the gas pipeline agreement.")
    m = res.meetings[0]
    low = " ".join(m.issues).lower()
    assert "border dispute" in low and "pipeline agreement" in low


def test_unrelated_subject_does_not_attach_issues():
    res = _run("President Olga Marin spoke by phone with Prime Minister Hugo Lenz on Tuesday.\n\n"
               "Analysts said the fishing quota dispute would dominate the election.")
    assert not any("quota" in i.lower() for i in res.meetings[0].issues)


# --- location by dependency -------------------------------------------------------------------------

def test_place_in_purpose_clause_is_not_the_location():
    res = _run("Minister Sven Olsen met Secretary-General Amara Diallo of the Sahel Council to discuss support "
               "for democratic governance in Chad.")
    assert res.meetings and res.meetings[0].location != "Chad"


def test_place_compound_of_a_venue():
    res = _run("Foreign Minister Ivo Petrov and Foreign Minister Lina Aho met today in a historic Vienna palace.")
    assert res.meetings and res.meetings[0].location == "Vienna"


def test_city_after_descriptor():
    res = _run("Talks began in Poland's second city Krakow on Friday as President Jan Nowak held talks with "
               "Chancellor Eva Stein.")
    assert res.meetings and res.meetings[0].location == "Krakow"


def test_visit_destination_is_the_location_of_talks_during_it():
    res = _run("Prime Minister Kenji Sato will visit Seoul later this month to hold talks with President "
               "Park Min-jun.")
    assert res.meetings and res.meetings[0].location == "Seoul"


# --- implied dates ----------------------------------------------------------------------------------

def test_trip_date_carries_to_meetings_during_it():
    res = _run("Deputy Adviser Mark Cole travelled to Peru and Chile on September 5-6.\n\n"
               "In Peru, Mr. Cole met with President Rosa Quispe to discuss mining.")
    m = [m for m in res.meetings if "Rosa Quispe" in m.participants]
    assert m and m[0].date == "2022-09"


def test_previous_meeting_date_in_same_paragraph():
    res = _run("NATO Ambassadors met today in an extraordinary session of the Council. The Council also held "
               "a session with the Moldovan Ambassador.")
    dated = [m for m in res.meetings if "MD" in m.participants]
    assert dated and dated[0].date == "2022-09-08"


def test_present_perfect_takes_publication_date():
    res = _run("Prime Minister Lea Roth has met President Omar Said to discuss water sharing.")
    assert res.meetings and res.meetings[0].date == "2022-09-08"
