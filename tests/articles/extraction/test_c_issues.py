"""Issue phrases: light nouns whose complement names the topic ("the implications of X", "progress in the
negotiations on Y", "the state of affairs in Z"), gerunds in between, list items the parser hung inside a
place phrase, and conflicts named by their sides. Sentences of our own; names invented."""
import pytest

from articles.extraction.issues import issues_in
from articles.extraction.sentences import get_nlp


def _names(text):
    return {n.lower() for n, _ in issues_in(get_nlp()(text)[:])}


@pytest.mark.parametrize("text,topic", [
    ("They discussed the regional implications of the crisis in Sudan.", "crisis in sudan"),
    ("The ministers reviewed the consequences of the drought in the Horn of Africa.",
     "drought in the horn of africa"),
    ("The two leaders conferred on the state of affairs in the Balkan peace process.", "balkan peace process"),
    ("They exchanged views on the importance of making progress in the talks on the Cyprus issue.",
     "cyprus issue"),
    ("The envoys discussed the impact of the sanctions regime on Venezuela.", "sanctions regime on venezuela"),
])
def test_a_light_noun_gives_way_to_its_complement(text, topic):
    assert topic in _names(text)


@pytest.mark.parametrize("text,absent", [
    ("Both presidents agreed on the importance of forming a unity government as soon as possible.",
     "unity government"),
    ("The ministers stressed the need for encouraging the negotiators to keep going.", "negotiators"),
    ("They agreed on the importance of holding the organisers accountable.", "organisers accountable"),
])
def test_a_gerund_s_object_is_an_act_not_a_topic(text, absent):
    assert not any(absent in n for n in _names(text))


def test_a_light_noun_without_a_topic_complement_gives_nothing():
    assert _names("They discussed the implications.") == set()
    assert _names("He explained Norway's view.") == set()


def test_list_items_hung_inside_a_place_phrase_are_separate_topics():
    got = _names("The envoys discussed maritime security, the war in Libya and the Ethiopian dam project.")
    assert "war in libya" in got
    assert any("ethiopian dam project" in n for n in got)
    assert not any("libya and" in n for n in got)


def test_a_place_joined_to_a_place_stays_one_phrase():
    got = _names("They discussed cooperation in Africa and the Caribbean.")
    assert any("africa and the caribbean" in n for n in got)


@pytest.mark.parametrize("text,topic", [
    ("They discussed the conflict between Armenia and Azerbaijan.", "conflict between armenia and azerbaijan"),
    ("The talks focused on the border dispute between Peru and Ecuador.", "border dispute between peru and ecuador"),
])
def test_a_conflict_keeps_its_sides(text, topic):
    assert topic in _names(text)


def test_talks_between_the_parties_stay_out_of_the_topic():
    got = _names("Talks between Chile and Bolivia covered the water dispute.")
    assert "water dispute" in got


def test_a_place_reached_through_a_wrapper_keeps_the_phrase_as_its_surface_form():
    found = issues_in(get_nlp()("The envoys met to discuss the situation in Moldova.")[:])
    assert ("Moldova", "the situation in Moldova") in found


@pytest.mark.parametrize("text,topics", [
    ("The premier will meet President Osei to discuss how to expand tourism and fisheries.",
     {"tourism", "fisheries"}),
    ("They discussed ways to boost bilateral trade.", {"bilateral trade"}),
    ("The leaders reviewed efforts to end the civil war.", {"civil war"}),
])
def test_what_a_way_or_an_effort_is_for_is_the_topic(text, topics):
    assert topics <= _names(text)


def test_a_clause_without_an_object_gives_no_topic():
    assert _names("They discussed how they could work together.") == set()


def test_a_meeting_that_points_back_to_these_issues_takes_the_topics_named_before():
    import datetime as dt

    from articles.extraction import extract
    res = extract("Foreign Minister Lena Varga of Hungary met Foreign Minister Tomas Rusk of Estonia in Tallinn on "
                  "Monday. They discussed energy security and the war in Ukraine. Ms Varga also explored these "
                  "issues in a meeting with Latvia's Defence Minister Karl Sepp.", published=dt.date(2024, 5, 8))
    sepp = [m for m in res.meetings if "Karl Sepp" in m.participants]
    assert sepp, res.meetings
    assert any("ukraine" in i.lower() for i in sepp[0].issues)


def test_a_meeting_with_topics_of_its_own_does_not_point_back():
    from articles.extraction.sentences import get_nlp
    from articles.extraction.issues import refers_back
    nlp = get_nlp()
    assert refers_back(nlp("He discussed this and related matters with the minister.")[:])
    assert refers_back(nlp("She raised the same questions with her host.")[:])
    assert not refers_back(nlp("He discussed fisheries with the minister.")[:])
    assert not refers_back(nlp("These talks were the first since May.")[:])


@pytest.mark.parametrize("text,topic", [
    ("Negotiations for concluding a peace treaty were discussed.", "peace treaty"),
    ("The member states must collectively combat terrorism and violent extremism, the minister said.",
     "violent extremism"),
    ("The President discussed the Sichuan earthquake with the envoy.", "sichuan earthquake"),
])
def test_topics_behind_gerunds_opposing_verbs_and_disasters(text, topic):
    assert any(topic in n for n in _names(text))


def test_courtesies_and_titles_are_no_topics():
    assert _names("He conveyed his most sincere condolences and discussed the Prime Minister.") == set()
    assert _names("The ministers welcomed the Secretary-General.") == set()


def test_items_listed_after_a_place_are_topics_of_their_own():
    got = _names("The two leaders will discuss developments in Central Asia, East-West relations, domestic "
                 "Chilean issues and bilateral trade.")
    assert {"central asia", "east-west relations", "bilateral trade"} <= got
    assert any("chilean issues" in n for n in got)
