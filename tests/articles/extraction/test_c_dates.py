"""Dates and places of meetings across mentions and sentences: the day of a report yields to the meeting's own
day, a state yields to the city named later, and tagger slips on capitals. All sentences are our own."""
import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.dates import find_dates

WED = dt.date(2023, 5, 17)  # a Wednesday


def _one(text, published=WED):
    res = extract(text, published=published)
    assert len(res.meetings) == 1, res.meetings
    return res.meetings[0]


def test_the_meetings_own_day_replaces_the_day_of_the_report():
    m = _one("Kenyan Foreign Minister Paul Otieno and Ghanaian Foreign Minister Kofi Mensah held talks in "
             "Ethiopia, the ministry said on Wednesday. The two ministers met in Addis Ababa on Tuesday on the "
             "margins of an African Union meeting.")
    assert m.date == "2023-05-16"
    assert m.location == "Addis Ababa"  # the city says more than the state


def test_a_later_mention_dates_and_places_a_meeting_reported_with_the_report_day():
    m = _one("President Lena Holm of Sweden has met Prime Minister Jonas Berg of Norway during a visit to "
             "Denmark, officials said on Wednesday. The meeting between Holm and Berg took place in "
             "Copenhagen on Sunday.")
    assert (m.date, m.location) == ("2023-05-14", "Copenhagen")


def test_an_earlier_meeting_of_the_same_pair_stays_apart():
    # the report day (Wednesday) can only stand for a meeting of the days before it, not of February
    res = extract("Foreign Minister Tom Reed of Canada held a phone call with his Japanese counterpart Ken Sato, "
                  "sources said Wednesday. Reed and Sato had their first phone call in February.", published=WED)
    assert sorted(m.date for m in res.meetings) == ["2023-02", "2023-05-17"]


def _by_parts(res, *names):
    return next(m for m in res.meetings if set(names) <= set(m.participants))


def test_a_later_meeting_of_the_story_takes_the_date_of_its_first():
    res = extract("President Ana Lima of Brazil met Chancellor Otto Weber of Austria at the presidential palace on "
                  "Tuesday.\n\nThe talks focused on trade and climate.\n\nLater, Weber met Vice President Rui Costa "
                  "of Brazil.", published=WED)
    assert _by_parts(res, "Otto Weber", "Rui Costa").date == "2023-05-16"


def test_a_meeting_during_a_journey_of_unstated_days_gets_no_day():
    res = extract("President Ana Lima of Brazil met Chancellor Otto Weber of Austria at the presidential palace on "
                  "Tuesday.\n\nThe talks focused on trade.\n\nWeber, who is on a week-long visit to Brazil, also "
                  "met Vice President Rui Costa of Brazil.", published=WED)
    assert _by_parts(res, "Otto Weber", "Rui Costa").date is None


def test_a_recounted_earlier_visit_neither_dates_nor_places_the_meetings_after_it():
    res = extract("Foreign Minister Omar Haddad of Jordan visited New Zealand from 12 to 14 June. The visit "
                  "reciprocated the visit of Foreign Minister Grace Tane of New Zealand to Jordan in March 2019.\n\n"
                  "Mr Haddad also held a meeting with the Trade Minister of New Zealand, Aroha Ngata.",
                  published=dt.date(2023, 6, 15))
    m = _by_parts(res, "Omar Haddad", "Aroha Ngata")
    assert m.date == "2023-06"
    assert m.location != "Jordan"


def test_the_journey_dates_a_meeting_told_far_after_it():
    filler = " ".join(f"The minister noted point number {i} of the agenda." for i in range(14))
    res = extract("Foreign Minister Omar Haddad of Jordan visited New Zealand from 12 to 14 June. " + filler +
                  "\n\nMr Haddad also discussed this with the Trade Minister of New Zealand, Aroha Ngata.",
                  published=dt.date(2023, 6, 15))
    assert _by_parts(res, "Omar Haddad", "Aroha Ngata").date == "2023-06"


def test_a_date_of_the_event_a_meeting_followed_is_not_its_date():
    m = _one("The meeting between President Ana Lima of Brazil and Prime Minister Ken Sato of Japan followed "
             "Sato's speech to parliament on Tuesday.")
    assert m.date != "2023-05-16"


def test_leaving_after_talks_places_them_and_a_re_mention_dates_them():
    m = _one("President Ana Lima of Brazil and Chancellor Otto Weber of Austria left Vienna on Wednesday after "
             "talks with Prime Minister Jan Novak of the Czech Republic. An aide called Tuesday's talks "
             "productive.")
    assert (m.date, m.location) == ("2023-05-16", "Vienna")


def test_a_re_mentioned_summit_does_not_date_the_talks_before_it():
    res = extract("Chancellor Otto Weber of Austria told reporters on Tuesday following talks with President Ana "
                  "Lima of Brazil that no deal was near. Officials said on Wednesday that Friday's summit must "
                  "succeed.", published=WED)
    assert _by_parts(res, "Otto Weber", "Ana Lima").date == "2023-05-16"


@pytest.mark.parametrize("text,future,expected", [
    ("The ministers met on the 12th.", False, "2023-05-12"),
    ("The ministers met on the 23rd.", False, "2023-04-23"),  # a day after publication lies in the month before
    ("The ministers will meet on the 2nd.", True, "2023-06-02"),
    ("They met on the 23rd of April 2021.", False, "2021-04-23"),
])
def test_a_day_of_the_month_alone(text, future, expected):
    assert [d.value for d in find_dates(text, WED, future=future)] == [expected]


@pytest.mark.parametrize("phrase,expected", [
    ("the next day", "2023-05-11"), ("the following day", "2023-05-11"), ("the same day", "2023-05-10"),
    ("earlier that day", "2023-05-10"), ("the day before", "2023-05-09"),
])
def test_days_counted_from_the_day_the_story_tells(phrase, expected):
    assert [d.value for d in find_dates(f"They met {phrase}.", WED, anchor=dt.date(2023, 5, 10))] == [expected]


def test_the_next_day_follows_the_meeting_just_told_not_publication():
    res = extract("President Ana Lima of Brazil met Chancellor Otto Weber of Austria in Vienna on 8 May. The next "
                  "day, Lima held talks with President Jan Novak of the Czech Republic in Prague.", published=WED)
    assert _by_parts(res, "Ana Lima", "Jan Novak").date == "2023-05-09"


def test_the_days_story_beats_the_day_of_arrival():
    res = extract("Foreign Minister Ana Soto of Chile held talks with Foreign Minister Ken Sato of Japan in Hanoi on "
                  "Wednesday.\n\nSoto arrived in Hanoi on Tuesday. She took part in a meeting with Foreign Minister "
                  "Luis Mora of Peru, officials said.", published=WED)
    assert _by_parts(res, "Ana Soto", "Luis Mora").date == "2023-05-17"


def test_an_arrival_sets_the_scene_of_the_meetings_told_after_it():
    res = extract("Foreign Minister Ana Soto of Chile arrived in Hanoi to attend a regional forum. She met her "
                  "Japanese counterpart Ken Sato on Thursday.", published=WED)
    assert _by_parts(res, "Ana Soto", "Ken Sato").location == "Hanoi"


def test_a_date_after_a_verb_of_saying_dates_the_saying():
    # the parser hangs "on Monday" under "meet"; it still dates the saying
    assert _one("President Jan Novak said on Monday he would meet President Kofi Mensah of Ghana on "
                "Friday.").date == "2023-05-19"


def test_a_date_in_a_clause_about_a_party_is_not_the_meetings():
    assert _one("President Jan Novak, who took office in January, met President Kofi Mensah of Ghana in "
                "Prague.").date != "2023-01"


def test_a_meeting_told_against_another_time_does_not_take_the_days_date():
    res = extract("President Ana Lima of Brazil met Chancellor Otto Weber of Austria in Vienna on Wednesday.\n\n"
                  "Lima had visited Austria often. Weber met Vice President Rui Costa of Brazil, who had led the "
                  "flood relief in March.", published=WED)
    assert _by_parts(res, "Otto Weber", "Rui Costa").date is None


def test_a_that_clause_the_parser_hangs_elsewhere_still_dates_the_summit():
    res = extract("The Secretary-General invited the Government of Peru to take part at the highest level in the "
                  "Ocean Summit that he will host in Lisbon on 12 October 2023.", published=WED)
    assert any(m.date == "2023-10-12" for m in res.meetings)


def test_a_dated_opening_without_parties_dates_the_meetings_told_after_it():
    res = extract("External Affairs Minister Ravi Rao held a series of bilateral meetings on Wednesday with his "
                  "counterparts on the sidelines of the forum in Lima.\n\nRao also met Foreign Minister Ana Soto of "
                  "Chile. They discussed trade.", published=WED)
    m = _by_parts(res, "Ravi Rao", "Ana Soto")
    assert (m.date, m.location) == ("2023-05-17", "Lima")


@pytest.mark.parametrize("text,expected", [
    ("Secretary of State Tom Reed spoke with Foreign Minister Ken Sato of Japan to discuss trade.", "2023-05-17"),
    ("During a telephone conversation, Foreign Minister Ana Soto of Chile and her Peruvian counterpart Luis Mora "
     "discussed fisheries.", "2023-05-17"),
    # a present perfect states no time
    ("President Ana Lima of Brazil, who is on a visit to Peru, has held talks with President Luis Mora.", None),
])
def test_a_readout_of_one_contact_is_dated_the_day_it_was_issued(text, expected):
    assert _one(text).date == expected


def test_the_day_beats_a_year_that_modifies_the_meeting_as_closely():
    m = _one("On May 3, Foreign Minister Ana Soto of Chile held a Chile-Peru Foreign Ministers' Meeting (second "
             "time this year) with Foreign Minister Luis Mora of Peru.")
    assert m.date == "2023-05-03"


def test_a_meeting_a_contact_follows_up_from_takes_no_date_of_that_contact():
    res = extract("On May 14, Secretary Tom Reed spoke with Foreign Minister Ken Sato of Japan. They discussed issues "
                  "following up from the meeting between President Ann Hale and Prime Minister Ito Sato.",
                  published=WED)
    assert _by_parts(res, "Ann Hale", "Ito Sato").date is None


def test_a_weekday_with_its_date_fixes_the_year():
    # 3 June 2024 is a Monday; a text of May 2024 without a year means that one, not June 2023
    assert [d.value for d in find_dates("The talks end on Monday, June 3.", dt.date(2024, 5, 16))] == \
        ["2024-06-03"]


def test_a_plan_told_day_by_day_counts_weekdays_from_its_days():
    res = extract("President Ana Lima of Brazil will visit Chancellor Otto Weber of Austria on Monday, June 5. "
                  "Lima will also meet President Jan Novak of the Czech Republic on Wednesday.", published=WED)
    assert _by_parts(res, "Ana Lima", "Jan Novak").date == "2023-06-07"


def test_a_journey_still_to_come_dates_no_meeting_held():
    res = extract("President Ana Lima of Brazil will fly to Vienna on Friday. Lima met Chancellor Otto Weber of "
                  "Austria, officials said.", published=WED)
    assert _by_parts(res, "Ana Lima", "Otto Weber").date != "2023-05-12"


def test_a_passive_past_is_told_in_the_past():
    res = extract("President Ana Lima of Brazil met Chancellor Otto Weber of Austria in Vienna on Wednesday.\n\n"
                  "Lima was received by President Jan Novak of the Czech Republic.", published=WED)
    assert _by_parts(res, "Ana Lima", "Jan Novak").date == "2023-05-17"
