"""Constructions of readout and news language, each with sentences of our own (names and places invented
or unrelated to the evaluation texts)."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2019, 6, 14)  # a Friday


def _run(text, published=PUB, title=None):
    return extract(text, published=published, title=title)


def _pairs(res):
    return [set(m.participants) for m in res.meetings]


# --- bare titles resolve to the holder named elsewhere in the article -------------------------------

def test_bare_title_resolves_to_named_holder():
    res = _run("Trade Minister Karin Olsen arrived in Lima on Tuesday.\n\n"
               "The Trade Minister met Peruvian Foreign Minister Ricardo Vargas on Wednesday.")
    assert {"Karin Olsen", "Ricardo Vargas"} in _pairs(res)


def test_bare_title_with_lowercase_words_and_demonym():
    res = _run("Norwegian Prime Minister Erik Dahl flew to Ottawa.\n\n"
               "Canadian Prime Minister Anne Leclerc said she held talks with the Norwegian prime minister on trade.")
    assert {"Anne Leclerc", "Erik Dahl"} in _pairs(res)


def test_title_acronym_resolves():
    res = _run("On the visit of External Affairs Minister Mr. Ravi Menon to Oslo.\n\n"
               "EAM met Norwegian Foreign Minister Ola Berg on Monday.",
               title="On the visit of External Affairs Minister Mr. Ravi Menon to Oslo")
    assert any({"Ravi Menon", "Ola Berg"} <= p for p in _pairs(res))


def test_bare_title_split_per_counterpart():
    res = _run("Foreign Minister Lena Park arrived in Geneva.\n\n"
               "On Monday, the Foreign Minister had bilateral meetings with several counterparts, including "
               "HE Mr Tomas Ruiz, Foreign Minister of Chile; HE Mr Omar Haddad, Foreign Minister of Jordan and "
               "HE Ms Ines Duarte, Foreign Minister of Portugal.")
    pairs = _pairs(res)
    for other in ("Tomas Ruiz", "Omar Haddad", "Ines Duarte"):
        assert {"Lena Park", other} in pairs


# --- the speaker of reported speech is not a party --------------------------------------------------

def test_speaker_of_reported_meeting_excluded():
    res = _run("Ruling party spokesman Paul Mensah said President Ama Owusu and Chancellor Dieter Kraus "
               "would discuss debt relief next week.")
    assert res.meetings
    assert "Paul Mensah" not in res.meetings[0].participants
    assert {"Ama Owusu", "Dieter Kraus"} <= set(res.meetings[0].participants)


def test_reported_he_is_the_speaker():
    res = _run("Foreign Minister Hana Kovac said she discussed the border dispute with Serbian Foreign Minister "
               "Milan Petrovic on Thursday.")
    assert {"Hana Kovac", "Milan Petrovic"} in _pairs(res)


# --- issues --------------------------------------------------------------------------------------------

def _issue_names(res):
    return {i.name.lower() for i in res.issues}


def test_issue_generic_wrapper_is_descended():
    res = _run("President Ana Costa spoke with Prime Minister Jonas Lind on Monday. They stressed the need for "
               "a negotiated settlement of the border dispute.")
    names = _issue_names(res)
    assert any("settlement" in n for n in names)
    assert "need" not in names


def test_issue_noun_phrase_of_topic_kind_anywhere_in_article():
    res = _run("The talks come amid the fishing rights dispute between Iceland and Norway.\n\n"
               "Foreign Minister Sigrid Holm met her Icelandic counterpart Bjarni Olafsson on Tuesday.")
    assert any("fishing rights dispute" in n for n in _issue_names(res))


def test_issue_vague_words_are_not_issues():
    res = _run("Chancellor Otto Berg met President Lea Novak in Vienna on Monday. They welcomed the agreement "
               "and expressed their hope for cooperation.")
    names = _issue_names(res)
    assert not names & {"agreement", "hope", "cooperation"}


def test_issue_variants_join_one_issue():
    res = _run("Premier Wu Lan met Prime Minister Karl Meyer and discussed bilateral relations. "
               "Both sides said bilateral relations and trade had grown.")
    rel = [i for i in res.issues if "relations" in i.name.lower()]
    assert len(rel) == 1


# --- participants: affiliations, redundant state codes, headline names ---------------------------------

def test_organisation_in_a_persons_title_is_not_a_party():
    res = _run("Prime Minister Hugo Lind met Liberation Front president Samuel Nkosi in Stockholm on Monday.")
    assert res.meetings
    assert set(res.meetings[0].participants) == {"Hugo Lind", "Samuel Nkosi"}


def test_organisation_after_director_general_of_is_not_a_party():
    res = _run("Taking part in the talks were Ambassador Chen Bo and Avi Levin, director-general of the Israeli "
               "Foreign Ministry.")
    assert all("Foreign Ministry" not in " ".join(m.participants) for m in res.meetings)


def test_no_state_code_when_both_sides_are_named():
    res = _run("Prime Minister Jan Novak spoke today with Maria Silva to congratulate her on her election as the "
               "next President of Brazil.")
    assert res.meetings and set(res.meetings[0].participants) == {"Jan Novak", "Maria Silva"}


def test_state_code_kept_when_a_side_is_unnamed():
    res = _run("Foreign Minister Petra Holm held talks with the Chilean government on Friday.")
    assert res.meetings and set(res.meetings[0].participants) == {"Petra Holm", "CL"}


def test_headline_verb_not_part_of_name():
    res = _run("Foreign Minister Li Ming spoke with Secretary of State Tom Ward by phone on Monday.",
               title="Foreign Minister Li Ming Holds Talks with Tom Ward")
    assert "Li Ming" in {a.name for a in res.actors}
    assert not any(a.name.endswith("Holds") for a in res.actors)


def test_speaking_to_a_conference_is_not_a_call():
    res = _run("The envoy Kofi Mensah, visiting Oslo to speak to a conference on fisheries, said the prime "
               "minister would be briefed.")
    assert not [m for m in res.meetings if m.kind == "phone_call"]


# --- kind ------------------------------------------------------------------------------------------------

def test_spoke_by_phone_is_a_call_even_when_a_visit_is_mentioned():
    res = _run("President Karl Weber and Prime Minister Ana Ruiz spoke by phone on Tuesday and set out an "
               "agenda for the visit.")
    assert res.meetings and res.meetings[0].kind == "phone_call"


def test_bilateral_virtual_summit_is_video_call():
    res = _run("Prime Minister Olu Adeyemi will hold a virtual summit with President Lars Berg on March 3.")
    assert res.meetings and res.meetings[0].kind == "video_call"


def test_group_call_from_headline_keeps_medium():
    res = _run("Today President Ana Ruiz, Prime Minister Karl Weber and Chancellor Ida Holm discussed the "
               "crisis in the Sahel.", title="Readout of Leaders' Call on the Sahel")
    assert res.meetings and res.meetings[0].kind == "phone_call"


def test_in_person_summit_of_three_is_multilateral():
    res = _run("President Ana Ruiz, Prime Minister Karl Weber and Chancellor Ida Holm held a summit in Lisbon.")
    assert res.meetings and res.meetings[0].kind == "multilateral"
