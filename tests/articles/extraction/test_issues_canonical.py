"""Issue names: canonical short names, variants merged within an article, non-topics dropped, and topics
tied to the meeting they were discussed at. Sentences of our own; names and places invented."""
import datetime as dt

from articles.extraction import extract
from articles.extraction.issues import IssueBook, canonical, same_issue

PUB = dt.date(2019, 6, 14)


def _run(text, published=PUB, title=None):
    return extract(text, published=published, title=title)


def _names(res):
    return {i.name.lower() for i in res.issues}


# --- canonical names: evaluative modifiers, list markers, trailing scope phrases ----------------------------

def test_evaluative_modifiers_are_stripped():
    assert canonical("the warm and friendly bilateral ties") == "Bilateral ties"
    assert canonical("our already strong fisheries partnership") == "Fisheries partnership"
    assert canonical("the mutually beneficial shipping arrangement") == "Shipping arrangement"


def test_list_markers_and_scope_tails_are_stripped():
    assert canonical("Third, tariffs on steel") == "Tariffs on steel"
    assert canonical("river transport cooperation in various fields") == "River transport cooperation"
    assert canonical("the grain corridor deal, consistent with earlier pledges") == "Grain corridor deal"


# --- variants of one topic within an article ---------------------------------------------------------------

def test_demonym_and_name_variants_are_one_issue():
    assert same_issue("Portuguese debt crisis", "Portugal's debt crisis")
    assert same_issue("Chile-Peru relations", "bilateral ties")
    assert not same_issue("Chile-Peru relations", "Chile-Bolivia relations")
    assert not same_issue("Regional security", "Regional stability")


def test_issue_book_keeps_one_entry_for_variants():
    book = IssueBook()
    a = book.add("Post-war fisheries treaty", "the post-war fisheries treaty")
    b = book.add("Postwar fisheries treaty", "a postwar fisheries treaty")
    assert a == b and len(book.entries) == 1


# --- non-topics ----------------------------------------------------------------------------------------------

def test_meeting_place_is_not_a_topic():
    res = _run("Foreign Minister Lena Brandt spoke by phone with Foreign Minister Tomas Rivas on Monday. They "
               "discussed the planned meeting in Valparaiso and the river boundary dispute.")
    names = _names(res)
    assert "valparaiso" not in names
    assert any("boundary dispute" in n for n in names)


def test_abstract_single_words_are_not_topics_but_subject_areas_are():
    res = _run("President Ivo Maran met Prime Minister Sara Holt in Oslo on Tuesday. They discussed stability, "
               "communication and trade.")
    names = _names(res)
    assert "trade" in names
    assert not names & {"stability", "communication"}


def test_scope_issues_are_kept():
    res = _run("Chancellor Rita Vogel held talks with President Omar Sall on Monday. They discussed bilateral "
               "and regional issues.")
    assert any("regional issues" in n for n in _names(res))


def test_a_party_is_not_a_topic():
    res = _run("Prime Minister Nils Aberg spoke with President Jorge Pena of Chile on Monday. They discussed "
               "Chile and the copper export agreement.")
    names = _names(res)
    assert "chile" not in names


# --- tying topics to the meeting -----------------------------------------------------------------------------

def test_topics_later_in_a_single_meeting_readout_belong_to_it():
    res = _run("President Mara Quist received Foreign Minister Paulo Reis in Lisbon on Monday.\n\n"
               "The visit marks fifty years of diplomatic ties.\n\n"
               "Earlier this year the two governments signed a port modernisation agreement.\n\n"
               "The talks also covered the fisheries quota dispute.")
    m = res.meetings[0]
    assert any("fisheries quota dispute" in i.lower() for i in m.issues)


def test_outsider_voice_does_not_feed_the_meeting():
    res = _run("Minister Ada Lund met Minister Carl Fenn in Riga on Monday.\n\n"
               "Commentators said the pipeline tariff dispute could overshadow the vote.")
    assert not any("tariff" in i.lower() for i in res.meetings[0].issues)
