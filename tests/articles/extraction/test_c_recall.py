"""Meetings we used to miss: gatherings named by the body that convenes them, planned contacts, several
contacts in one sentence. All sentences are our own."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2023, 5, 10)


def _meetings(text, pub=PUB):
    return extract(text, published=pub).meetings


def _with(meetings, name):
    return [m for m in meetings if name in m.participants]


def test_a_known_body_inside_a_summit_name_is_its_party():
    ms = _meetings("Brazil holds the G20 presidency this year. Brazil is ready to host a successful G20 Rio "
                   "Summit in November.")
    got = _with(ms, "G20")
    assert got and got[0].kind == "multilateral" and got[0].status == "planned"


def test_a_later_short_mention_refers_to_the_named_forum():
    ms = _meetings("Leaders of twelve nations met at the first Pacific Rim Summit in Manila on Tuesday, where a "
                   "declaration on fisheries was adopted.\n\nThe next Pacific Rim meeting will be held in Lima in "
                   "March 2024.")
    planned = [m for m in ms if m.status == "planned"]
    assert planned and planned[0].participants == ("Pacific Rim Summit",)
    assert planned[0].kind == "multilateral"


def test_an_event_that_hosts_another_meeting_is_no_meeting_of_its_own():
    ms = _meetings("Foreign Minister Ana Ruiz of Spain met Foreign Minister Tom Hale of Ireland on the sidelines "
                   "of the Nordic Security Forum in Oslo.")
    assert len(ms) == 1 and set(ms[0].participants) == {"Ana Ruiz", "Tom Hale"}


def test_a_summit_reported_in_passing_does_not_interrupt_a_follow_up():
    ms = _meetings("Foreign Minister Ana Ruiz of Spain spoke by phone with Secretary of State Tom Hale of the "
                   "United States on Monday. Spain is willing to host a successful G20 Madrid Summit. Both sides "
                   "also exchanged views on the Korean Peninsula.")
    people = [m for m in ms if "Ana Ruiz" in m.participants]
    assert len(people) == 1 and people[0].kind == "phone_call"


def test_one_summit_mentioned_twice_is_one_meeting():
    ms = _meetings("Leaders met at the Andean Forum in Quito on Friday. Peruvian President Luis Soto and the "
                   "leaders of four other countries at the Andean Forum agreed to a common tariff.")
    forum = _with(ms, "Andean Forum")
    assert len(forum) == 1 and "Luis Soto" in forum[0].participants


def test_a_summit_listed_among_the_topics_is_no_meeting():
    ms = _meetings("Among other things, the agenda covered the coming Andean Summit. The topics reviewed "
                   "included preparations for the Arctic Council Summit in Oslo, a spokesman said.")
    assert not ms


def test_a_planned_exchange_reported_after_held_talks_is_a_second_meeting():
    ms = _meetings("The presidents of Chile and Norway will exchange state visits next year, Chilean Foreign "
                   "Minister Ana Ruiz told reporters in Santiago on Monday after her talks with visiting Norwegian Foreign "
                   "Minister Lars Berg.")
    held = [m for m in ms if set(m.participants) == {"Ana Ruiz", "Lars Berg"}]
    states = [m for m in ms if set(m.participants) == {"CL", "NO"}]
    assert held and held[0].status == "held"  # the expectation is not about the talks
    assert states and states[0].status == "planned"


def test_a_gathering_prepared_in_a_relative_clause_is_its_own_meeting():
    ms = _meetings("President Lopes will hold talks with Chancellor Brandt on Friday, at which they will review "
                   "trade and prepare the Group of Seven meeting in Bari in June.")
    g7 = [m for m in ms if "Group of Seven" in m.participants]
    assert g7 and g7[0].kind == "multilateral" and g7[0].status == "planned"
    assert any(set(m.participants) == {"Lopes", "Brandt"} for m in ms)


def test_a_summit_between_two_states_is_in_person():
    ms = _meetings("The talks are expected to lay the groundwork for a summit in Lima next month between "
                   "Peruvian President Luis Soto and Chilean President Ana Ruiz.")
    assert ms and ms[0].kind == "in_person" and ms[0].status == "planned"


def test_enhancing_dialogue_is_no_meeting():
    ms = _meetings("Both sides agreed to enhance dialogue and consultation on regional issues, Foreign Minister "
                   "Ana Ruiz of Chile said.")
    assert not ms


def test_talks_between_officials_are_between_their_states():
    ms = _meetings("Chilean Foreign Minister Ana Ruiz met Norwegian Foreign Minister Lars Berg in Santiago on "
                   "Monday. Ruiz and Berg agreed to take up the fisheries dispute at working-level talks in Oslo "
                   "in June.")
    later = [m for m in ms if m.status == "planned"]
    assert later and set(later[0].participants) == {"CL", "NO"}


def test_an_official_visit_is_the_visitors_own():
    ms = _meetings("Norwegian Prime Minister Lars Berg paid an official visit to Chile on Monday and met "
                   "President Ana Ruiz of Chile.")
    assert ms and "Lars Berg" in ms[0].participants


def test_attending_a_deliberative_body_is_a_multilateral_meeting():
    ms = _meetings("The Secretary-General said he hoped President Luis Soto of Peru would attend the General "
                   "Assembly in September.")
    got = _with(ms, "General Assembly")
    assert got and got[0].kind == "multilateral" and got[0].status == "planned" and "Luis Soto" in got[0].participants


def test_a_sitting_of_a_body_is_multilateral_and_its_session_with_a_guest_is_not():
    ms = _meetings("Foreign Minister Lars Berg of Norway attended an extraordinary meeting of the Arctic Council in "
                   "Tromso on Monday.")
    got = _with(ms, "Arctic Council")
    assert got and got[0].kind == "multilateral" and "Lars Berg" in got[0].participants
    ms = _meetings("On Monday the Arctic Council held a session with Foreign Minister Lars Berg of Norway in "
                   "Tromso.")
    assert ms and ms[0].kind == "in_person"


def test_a_restated_meeting_is_not_a_second_one():
    for second in ("It was their first phone call since the border clash on 3 May.",
                   "It marked the first in-person meeting between Ruiz and Berg since the election in March.",
                   "This meeting marks Ruiz's first with a Norwegian minister since 2019."):
        ms = _meetings("Foreign Minister Ana Ruiz of Chile spoke by phone with Foreign Minister Lars Berg of Norway "
                       "on Monday. " + second)
        assert len(ms) == 1, second


def test_people_who_join_the_talks_are_parties_of_those_talks():
    ms = _meetings("President Ana Ruiz of Chile and President Lars Berg of Norway met on Saturday in Oslo. Foreign "
                   "Ministers George Brandt and Maria Silva joined the talks in the afternoon.")
    assert len(ms) == 1 and "Maria Silva" in ms[0].participants


def test_a_count_of_past_summits_is_no_meeting():
    ms = _meetings("The visit lets President Lars Berg say goodbye to Chancellor Eva Lund, with whom he built a "
                   "close relationship in five summits.")
    assert not [m for m in ms if m.kind == "multilateral"]


def test_a_contact_in_an_indirect_question_is_none():
    ms = _meetings("Chancellor Eva Lund, asked whether she was ready to hold talks with President Lars Berg, "
                   "declined to comment.")
    assert not ms


def test_speeches_to_several_ministerial_meetings_are_not_meetings():
    ms = _meetings("Foreign Minister Ana Ruiz addressed the Ministerial meeting of the Non-Aligned Movement, the "
                   "Ministerial meeting of the Andean Community and the Ministerial meeting of the Group of 77.")
    assert not ms


def test_the_club_of_the_states_met_is_no_party():
    ms = _meetings("Foreign Minister Ana Ruiz has met a number of leaders of delegations of the UN member states in "
                   "New York.")
    assert not _with(ms, "UN")


def test_the_host_of_a_meeting_one_only_addressed_holds_no_contact_but_a_hosted_dinner_is_one():
    ms = _meetings("Foreign Minister Ana Ruiz addressed the ministerial meeting of the Group of Friends of "
                   "Development hosted by President Lars Berg of Norway.")
    assert not ms
    ms = _meetings("Foreign Minister Ana Ruiz of Chile attended a dinner hosted by President Lars Berg of Norway.")
    assert ms and {"Ana Ruiz", "Lars Berg"} <= set(ms[0].participants)


def test_an_itinerary_is_met_only_through_the_contacts_it_names():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile announced today that she would be visiting Peru, Bolivia "
                   "and Brazil in May. In Lima she will hold talks with Foreign Minister Luis Soto of Peru.")
    assert not [m for m in ms if "BO" in m.participants or "BR" in m.participants]
    assert any("Luis Soto" in m.participants for m in ms)


def test_a_visit_to_a_state_and_a_meeting_with_its_minister_there_are_one():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile will be in Lima on 3 May after her visit to Bolivia. In La "
                   "Paz she will hold discussions with Bolivia's Foreign Minister, Luis Soto.")
    assert len(ms) == 1 and "Luis Soto" in ms[0].participants


def test_a_trip_restated_as_a_first_visit_is_the_same_trip():
    ms = _meetings("Prime Minister Lars Berg of Norway will visit Beijing later this month to hold talks with "
                   "President Xi Jinping. The trip will be Berg's first official visit to China since he took "
                   "office in 2021.")
    assert len(ms) == 1


def test_speaking_to_a_conference_is_no_meeting():
    ms = _meetings("Ana Ruiz, visiting Ottawa to speak to a conference on indigenous rights, said Luis Soto "
                   "would urge Lars Berg to cut ties with the regime.")
    assert not [m for m in ms if m.kind == "multilateral"]


def test_three_leaders_named_again_later_are_the_same_summit():
    ms = _meetings("Prime Minister Lars Berg announced that he will meet with President Ana Ruiz and President "
                   "Luis Soto at the Andean Leaders' Summit in Quito on August 9. The Prime Minister will be "
                   "joined at the summit by Minister Eva Lund.\n\nThe summit will cover trade and energy. "
                   "Officials expect progress on the tariff dispute. A joint statement is expected. Ministers will "
                   "also attend a reception.\n\nBerg will meet with President Ruiz and President Soto to discuss "
                   "their shared challenges.")
    assert len([m for m in ms if "Ana Ruiz" in m.participants]) == 1


def test_visitors_listed_together_each_visit_the_state_the_text_is_about():
    ms = _meetings("President Luis Soto of Peru will visit Chile in March.\n\nOfficials said Thursday that Japanese "
                   "Prime Minister Fumio Kishida will also make a state visit this year, while Brazilian President "
                   "Ana Ruiz and the Indonesian President will come for working visits.")
    pairs = {frozenset(m.participants) for m in ms}
    assert frozenset({"Fumio Kishida", "CL"}) in pairs
    assert frozenset({"Ana Ruiz", "CL"}) in pairs
    assert frozenset({"ID", "CL"}) in pairs
    assert not [m for m in ms if {"Fumio Kishida", "Ana Ruiz"} <= set(m.participants)]


def test_visitors_with_no_known_host_make_no_meeting_with_each_other():
    ms = _meetings("Japanese Prime Minister Fumio Kishida will make a state visit this year, while Brazilian "
                   "President Ana Ruiz will come for a working visit.")
    assert not [m for m in ms if {"Fumio Kishida", "Ana Ruiz"} <= set(m.participants)]


def test_the_leaders_who_set_out_to_attend_a_summit_are_its_parties():
    ms = _meetings("Chancellor Eva Lund and President Ana Ruiz held talks in Vienna on Wednesday evening.\n\nThe "
                   "leaders will then leave Vienna for Brussels on Thursday morning to attend an emergency summit.")
    summit = [m for m in ms if m.status == "planned"]
    assert summit and summit[0].kind == "multilateral"
    assert {"Eva Lund", "Ana Ruiz"} <= set(summit[0].participants)


def test_a_photo_of_two_leaders_talking_is_no_meeting():
    ms = _meetings("The photo of Chancellor Eva Lund talking to President Ana Ruiz was taken by the official "
                   "photographer George Brandt.")
    assert not ms


def test_resumed_talks_are_the_same_talks():
    ms = _meetings("President Ana Ruiz of Chile and President Lars Berg of Norway met on Saturday in Oslo for two "
                   "hours. The two leaders resumed meeting for another hour in the afternoon.")
    assert len(ms) == 1


def test_a_summit_among_the_topics_a_list_includes_is_no_meeting():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile and Foreign Minister Lars Berg of Norway discussed trade, "
                   "as well as other issues, including preparations for the upcoming Arctic Summit in Tromso.")
    assert len(ms) == 1 and ms[0].kind != "multilateral"


def test_a_body_named_among_the_issues_to_discuss_is_no_party():
    ms = _meetings("Foreign Minister Ana Ruiz said her visit to Peru would be an opportunity to discuss regional "
                   "issues, including fisheries, APEC and migration.")
    assert not _with(ms, "APEC")


def test_an_acronym_before_a_gathering_names_its_body():
    ms = _meetings("Foreign Minister Ana Ruiz on Tuesday participated in the 9th CELAC Ministerial Meeting in "
                   "Quito.")
    got = _with(ms, "CELAC")
    assert got and got[0].kind == "multilateral" and "Ana Ruiz" in got[0].participants


def test_a_header_in_capitals_names_no_body():
    ms = _meetings("TRILATERAL MEETING IN QUITO\n\nThe ministers met in Quito.")
    assert not _with(ms, "TRILATERAL")


def test_a_pronoun_in_a_second_clause_points_back_to_the_parties_just_named():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Luis Soto of Peru on the "
                   "sidelines of the summit and invited him to visit Chile at an early date.")
    planned = [m for m in ms if m.status == "planned"]
    assert planned and "Luis Soto" in planned[0].participants


def test_a_forum_in_a_list_that_these_include_is_a_topic():
    ms = _meetings("The ministers agreed on several priorities. These include trade, refugee issues, the Andean "
                   "Security Dialogue and regional security.")
    assert not ms


def test_a_meeting_with_an_unnamed_counterpart_and_with_the_named_one_are_one():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile met Foreign Minister Pierre Dubois of France in Bali on "
                   "Friday. Ruiz later wrote: My first meeting with my new French counterpart.")
    assert len(ms) == 1 and "Pierre Dubois" in ms[0].participants


def test_a_meeting_that_only_times_a_visit_is_a_meeting_of_its_own():
    ms = _meetings("Chilean President Ana Ruiz will visit Peruvian President Luis Soto on May 29 and 30, before "
                   "her summit with Brazilian President Paulo Mendes, Lima announced on Tuesday.")
    pairs = {frozenset(m.participants): m for m in ms}
    assert frozenset({"Ana Ruiz", "Luis Soto"}) in pairs
    assert frozenset({"Ana Ruiz", "Paulo Mendes"}) in pairs
    assert pairs[frozenset({"Ana Ruiz", "Luis Soto"})].kind == "in_person"


def test_the_states_a_meetings_name_sets_side_by_side_complete_its_sides():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile will attend the annual Chile Peru Foreign Ministers' Meeting "
                   "in Lima on 15-16 December.")
    assert ms and set(ms[0].participants) == {"Ana Ruiz", "PE"}


def test_a_thing_of_a_meeting_names_no_meeting():
    ms = _meetings("In Lima, the press secretary released more details of the Chile-Peru summit timetable.")
    assert not ms


def test_unnamed_representatives_of_a_body_make_the_body_a_party():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile will meet representatives from the International "
                   "Organization for Migration in Santiago next week.")
    assert _with(ms, "International Organization for Migration")


def test_a_meeting_that_must_be_held_is_planned():
    ms = _meetings("Officials said a meeting of the foreign ministers and the Andean Contact Group must be held "
                   "before the summit.")
    assert ms and all(m.status == "planned" for m in ms)


def test_agreeing_that_they_were_meeting_is_not_planned():
    ms = _meetings("Prime Minister Lars Berg of Norway and President Ana Ruiz of Chile agreed that they were meeting "
                   "at a time of great challenge.")
    assert ms and all(m.status == "held" for m in ms)


def test_a_named_persons_dated_visit_is_a_meeting_even_as_a_topic():
    ms = _meetings("Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Luis Soto of Peru and "
                   "discussed follow-up to President Paulo Mendes's visit to Chile in December last year.")
    assert any(set(m.participants) == {"Paulo Mendes", "CL"} for m in ms)
    assert any(set(m.participants) == {"Ana Ruiz", "Luis Soto"} for m in ms)


def test_an_agreement_two_parties_sign_together_is_a_meeting():
    ms = _meetings("Chile and Peru on Thursday signed an agreement on fisheries in Lima.")
    assert ms and set(ms[0].participants) == {"CL", "PE"}


def test_an_agreement_only_proposed_is_no_meeting():
    ms = _meetings("President Luis Soto surprised his guest by proposing the two countries conclude a peace treaty "
                   "by the end of the year.")
    assert not ms


def test_the_body_whose_sitting_hosts_a_contact_is_its_venue_not_a_party():
    ms = _meetings("Prime Minister Lars Berg of Norway met President Ana Ruiz of Chile today at the General Assembly.")
    assert ms and set(ms[0].participants) == {"Lars Berg", "Ana Ruiz"}
    ms = _meetings("Leaders of twelve nations met at the East Asia Summit in Kuala Lumpur on Wednesday.")
    assert _with(ms, "East Asia Summit")
