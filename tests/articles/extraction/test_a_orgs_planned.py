"""Organisation names cut by the model, and planned contacts marked by a modal or a participle of
planning. Sentences are our own."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2018, 9, 13)  # a Thursday


def _run(text):
    return extract(text, published=PUB)


def _orgs(res):
    return {a.name: a.aliases for a in res.actors if a.kind == "organization"}


def test_bracketed_acronym_is_an_alias_not_part_of_the_name():
    res = _run("The minister met counterparts from the Shanghai Cooperation Organization (SCO) member states.")
    orgs = _orgs(res)
    assert "Shanghai Cooperation Organization" in orgs
    assert "SCO" in orgs["Shanghai Cooperation Organization"]
    assert not any("(" in n for n in orgs)


def test_summit_set_to_be_held_is_planned_and_dated_ahead():
    res = _run("One of the occasions could be a summit of the Group of 20 major economies set to be held in "
               "Buenos Aires in November.")
    assert res.meetings
    m = res.meetings[0]
    assert m.status == "planned" and m.date == "2018-11"
    assert "Group of 20" in m.participants


def test_modal_of_possibility_marks_a_planned_meeting():
    res = _run("Chancellor Dieter Kraus may meet President Ama Owusu in Accra next month.")
    assert res.meetings and res.meetings[0].status == "planned"


def test_past_modal_and_negation_are_not_planned():
    res = _run("Chancellor Dieter Kraus met President Ama Owusu in Accra on Monday.")
    assert res.meetings and res.meetings[0].status == "held"
    res = _run("Chancellor Dieter Kraus could have met President Ama Owusu in Accra on Monday.")
    assert all(m.status == "held" for m in res.meetings)


# --- a summit reported beside the bilateral talks held at it --------------------------------------------

def test_summit_subject_and_talks_are_two_meetings_with_the_leaders_named_elsewhere():
    text = ("French President Claire Martin flew to Warsaw on Thursday.\n\n"
            "A summit of the leaders of Poland, Italy and France opened in Warsaw on Friday as host President "
            "Jan Nowak held talks with Italian Prime Minister Marco Bellini.")
    res = _run(text)
    parts = [set(m.participants) for m in res.meetings]
    assert {"Jan Nowak", "Marco Bellini"} in parts
    summit = [m for m in res.meetings if m.kind == "multilateral"]
    assert summit and {"Jan Nowak", "Marco Bellini", "Claire Martin"} <= set(summit[0].participants)


def test_agreeing_to_begin_talks_is_still_no_meeting():
    res = _run("Chile and Argentina agreed to begin talks on the border next year.")
    assert not res.meetings
