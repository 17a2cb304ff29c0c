"""Names the small model mislabels behind a title, and meeting nouns that are occasions rather than
topics. Sentences are our own (invented names and places)."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2021, 3, 12)  # a Friday


def _run(text, title=None):
    return extract(text, published=PUB, title=title)


def _names(res):
    return {a.name for a in res.actors if a.kind == "person"}


def _pairs(res):
    return [set(m.participants) for m in res.meetings]


# --- "<title> of <state or body> <Name>" --------------------------------------------------------------

def test_name_after_title_of_state_is_a_person_without_the_state():
    res = _run("Foreign Minister Lena Park arrived in Geneva on Monday. "
               "She also met the Foreign Minister of Armenia Davit Harutyunyan and the Prime Minister of "
               "Bangladesh Sheikh Rahima.")
    names = _names(res)
    assert "Davit Harutyunyan" in names and "Sheikh Rahima" in names
    assert not any(n.startswith(("Armenia", "Bangladesh")) for n in names)
    assert {"Lena Park", "Davit Harutyunyan"} in _pairs(res) or any(
        {"Lena Park", "Davit Harutyunyan"} <= p for p in _pairs(res))


def test_name_after_title_of_acronym_body_and_hyphenated_given_name():
    res = _run("The minister later met the Regional Director for Africa of the UNDP Moana Telefoni and the "
               "Foreign Minister of Korea Lee Soo-min on trade.")
    names = _names(res)
    assert "Moana Telefoni" in names
    assert "Lee Soo-min" in names and "Lee Soo" not in names


def test_no_person_invented_from_a_following_title_or_organisation():
    res = _run("The Minister of Finance of Kenya Ministry Council said the budget was ready.")
    assert not _names(res)
    res = _run("The Minister of Trade of Chile Pacific Alliance Summit will open on Monday.")
    assert "Pacific Alliance Summit" not in _names(res)


# --- a name in apposition to a person noun, tagged as an organisation --------------------------------

def test_name_in_apposition_to_colleague_is_a_person():
    res = _run("Dr Ansari also discussed visas with my colleague the Minister for Immigration and Border "
               "Affairs, Colin Harwick.")
    assert "Colin Harwick" in _names(res)
    assert any("Colin Harwick" in p and len(p) == 2 for p in _pairs(res))


def test_organisation_in_apposition_stays_an_organisation():
    res = _run("Dr Ansari also met his host, the Ministry of Foreign Affairs, on Tuesday.")
    assert "Ministry of Foreign Affairs" not in _names(res)


# --- "in a meeting with X" is the occasion, not the topic of a discussion ---------------------------

def test_meeting_noun_after_in_is_an_occasion():
    res = _run("Trade Minister Karin Olsen explored these questions in a meeting with Peruvian Foreign "
               "Minister Ricardo Vargas.")
    assert {"Karin Olsen", "Ricardo Vargas"} in _pairs(res)


def test_discussed_meeting_remains_a_topic():
    res = _run("Trade Minister Karin Olsen discussed the planned meeting of the council.")
    assert not res.meetings


def test_name_in_apposition_mislabelled_as_organisation():
    # the small model sometimes tags such a name ORG; force that labelling to test the construction itself
    from spacy.tokens import Span

    from articles.extraction.actors import collect
    from articles.extraction.sentences import split_sentences
    sents = split_sentences("Dr Ansari also discussed visas with my colleague the Minister for Immigration and "
                            "Border Affairs, Colin Harwick.")
    doc = sents[0].span.doc
    words = [t.text for t in doc]
    b = words.index("Harwick") + 1
    assert doc[b - 1].dep_ == "appos"  # the parse the construction relies on
    doc.ents = [Span(doc, words.index("Colin"), b, label="ORG")]
    table = collect(sents, None)
    assert "Colin Harwick" in {a.name for a in table.actors if a.kind == "person"}


def test_title_after_name_of_state_tagged_nothing():
    res = _run("Foreign Minister Lena Park met the Deputy Minister of Trade of Namibia Jenelly Kaura in Windhoek.")
    assert any({"Lena Park", "Jenelly Kaura"} <= p for p in _pairs(res))
