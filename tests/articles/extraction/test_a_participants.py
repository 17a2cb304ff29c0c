"""Who is a party to a contact: names inside the topic of a purpose clause, titles of named people,
speakers of reported contacts, and name forms with particles. Sentences are our own."""
import datetime as dt

from articles.extraction import extract
from articles.extraction.actors import plausible_person, same_person

PUB = dt.date(2022, 10, 7)  # a Friday


def _run(text, title=None):
    return extract(text, published=PUB, title=title)


def _parts(res):
    return [set(m.participants) for m in res.meetings]


def test_organisation_inside_purpose_topic_is_not_a_party():
    res = _run("Chancellor Dieter Kraus met Prime Minister Ana Silva on Monday to talk about Serbia joining the "
               "European Union.")
    assert {"Dieter Kraus", "Ana Silva"} in _parts(res)


def test_place_inside_purpose_topic_is_not_a_party():
    res = _run("Foreign Minister Lena Park and her counterpart Omar Haddad met on Tuesday to discuss the "
               "disputed pastures in northern Kordofan.")
    assert {"Lena Park", "Omar Haddad"} in _parts(res)


def test_party_inside_purpose_clause_still_counts():
    res = _run("President Ama Owusu will visit Paris next week to attend a working dinner with President "
               "Claire Martin.")
    assert any({"Ama Owusu", "Claire Martin"} <= p for p in _parts(res))
    res = _run("Foreign Minister Lena Park flew to Rome on Monday to meet Italian Foreign Minister Marco Bellini.")
    assert any({"Lena Park", "Marco Bellini"} <= p for p in _parts(res))


def test_speaker_who_expresses_a_view_of_a_future_meeting_is_not_a_party():
    res = _run("Foreign Minister Lena Park expressed that the upcoming meeting between President Ama Owusu and "
               "President Claire Martin would be decisive.")
    assert {"Ama Owusu", "Claire Martin"} in _parts(res)


def test_demonym_in_a_named_persons_title_adds_no_state():
    res = _run("Turkish Prime Minister Kemal Aydin, Georgian President Nino Beridze and Armenian Prime Minister "
               "Aram Sarkisov met in Istanbul on Thursday.")
    assert res.meetings
    assert set(res.meetings[0].participants) == {"Kemal Aydin", "Nino Beridze", "Aram Sarkisov"}


def test_names_never_end_in_a_title():
    assert not plausible_person("Foreign Ministry Spokesperson")
    assert not plausible_person("Ministerial")
    assert plausible_person("Lena Park")


def test_surname_with_lowercase_particle_joins_full_name():
    assert same_person("Alberto van Klaveren", "Van Klaveren")
    assert same_person("Ursula von der Leyen", "von der Leyen")
    assert not same_person("Hans van Dijk", "Jan van Dijk")


def test_particle_surname_is_one_actor_in_an_article():
    res = _run("Chilean Foreign Minister Pedro de la Fuente met Spanish Foreign Minister Lena Park in Madrid. "
               "De la Fuente said the talks were useful.")
    people = [a.name for a in res.actors if a.kind == "person"]
    assert people.count("Pedro de la Fuente") == 1
    assert not any(n.lower() == "de la fuente" for n in people)


# --- unnamed officials of "both countries" stand for the two states ----------------------------------

def test_ministers_of_both_countries_are_the_two_states_named_before():
    res = _run("Chile and Argentina agreed on Monday to reopen a mountain border crossing.\n\n"
               "The decision was announced after a meeting of the interior ministers of both countries in "
               "Mendoza on Wednesday.")
    assert {"CL", "AR"} in _parts(res)


def test_the_two_nations_right_after_a_meeting_is_that_meeting():
    res = _run("Foreign Minister Lena Park and her counterpart Omar Haddad held talks on Friday.\n\n"
               "The top diplomats of the two nations held a meeting in Geneva to discuss trade.")
    assert _parts(res).count({"Lena Park", "Omar Haddad"}) == 1


def test_other_leaders_are_not_the_two_sides():
    # (a water accord Chile and Argentina signed together would be a meeting of theirs: README's rule on
    # agreements; so the two states are named here without one)
    res = _run("Chile and Argentina share a long border.\n\n"
               "The president later recalled meeting with previous Bolivian leaders in La Paz.")
    assert {"CL", "AR"} not in _parts(res)


def test_name_with_joined_particle_is_one_person():
    assert plausible_person("Haider al-Abadi")
    assert same_person("Haider al-Abadi", "Abadi")
    res = _run("President Ama Owusu called Dr. Karim al-Rashidi today to congratulate him.\n\n"
               "Dr. Rashidi thanked the President for the call.")
    people = [a.name for a in res.actors if a.kind == "person"]
    assert "Karim al-Rashidi" in people and "Rashidi" not in people and "Karim" not in people


def test_name_after_a_councillor_title_is_found():
    res = _run("Foreign Minister Lena Park met several delegates, including Austrian Chancellor Dieter Kraus and "
               "Swiss Federal Councillor Ignaz Brunner.")
    assert any({"Lena Park", "Ignaz Brunner"} <= p for p in _parts(res))


# --- a visit with no destination, a guest received ----------------------------------------------------

def test_visit_without_destination_goes_to_the_counterparts_state():
    res = _run("Canadian Trade Minister Paul Leduc and Japanese Trade Minister Aiko Mori met in Ottawa on Monday.\n\n"
               "The Trade Minister said the talks were useful. He looked forward to visiting next spring.")
    visits = [p for p in _parts(res) if "JP" in p]
    assert visits and any("Paul Leduc" in p for p in visits)
    assert all(m.status == "planned" for m in res.meetings if "JP" in m.participants)


def test_visit_without_destination_needs_a_counterpart_of_another_state():
    res = _run("Trade Minister Paul Leduc met Canadian business leaders in Ottawa on Monday.\n\n"
               "He looked forward to visiting next spring.")
    assert not any(len(p) == 2 and "Paul Leduc" in p and any(len(x) == 2 and x.isupper() for x in p)
                   for p in _parts(res))


def test_receiving_a_guest_is_a_meeting():
    res = _run("President Ama Owusu on Tuesday received a guest in the form of Chancellor Dieter Kraus at State "
               "House.")
    assert any({"Ama Owusu", "Dieter Kraus"} <= p for p in _parts(res))


def test_unnamed_counterpart_is_the_other_state():
    res = _run("The presidents of Argentina and Chile met in Santiago on Monday.\n\n"
               "Chilean Defence Minister Pablo Soto had held an online meeting with his counterpart on Friday.")
    assert any(p == {"Pablo Soto", "AR"} for p in _parts(res))


def test_named_counterpart_is_not_replaced_by_a_state():
    res = _run("Chilean President Ana Silva and Argentine President Jorge Ruiz met in Santiago on Monday.\n\n"
               "Chilean Defence Minister Pablo Soto met his counterpart, Luis Herrera, on Friday.")
    assert not any("AR" in p and "Pablo Soto" in p for p in _parts(res))


def test_them_as_object_are_the_people_just_listed_and_separately_splits():
    res = _run("Foreign Minister Lena Park arrived in Lima on Thursday for the regional ministerial.\n\n"
               "Among those attending were Foreign Minister of Chile Tomas Ruiz, Foreign Minister of Jordan "
               "Omar Haddad and Foreign Minister of Portugal Ines Duarte. She also spoke to them separately.")
    parts = _parts(res)
    for other in ("Tomas Ruiz", "Omar Haddad", "Ines Duarte"):
        assert {"Lena Park", other} in parts


def test_them_without_people_before_adds_nobody():
    res = _run("The ministers adopted a statement on trade.\n\nForeign Minister Lena Park later spoke to them.")
    assert not res.meetings
