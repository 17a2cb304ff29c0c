"""A sentence that points back at meetings just reported ("Apart from these bilateral meetings, ...")
continues them - their date carries over, in a new paragraph too - and its pointer words do not describe the
new meeting. Title acronyms are made of every content word of the title, whatever its case.
Sentences are our own."""
import datetime as dt

from articles.extraction import extract
from articles.extraction.titles import _initials

PUB = dt.date(2022, 10, 7)


def _meetings(text):
    return extract(text, published=PUB).meetings


def test_acronym_of_a_title_with_lower_case_words():
    assert _initials("External affairs Minister") == "EAM"
    assert _initials("Minister for Foreign Affairs") == "MFA"
    assert _initials("Prime Minister") == "PM"


def test_date_carries_into_a_paragraph_that_points_back():
    ms = _meetings("On Monday, October 3, Foreign Minister Lena Park had bilateral meetings with Foreign Minister "
                   "Omar Haddad and Foreign Minister Rosa Vidal in Geneva.\n\n"
                   "Apart from these meetings, Park met the Foreign Ministers of Chile, Peru and Kenya.")
    last = [m for m in ms if "Apart" in m.evidence]
    assert last and all(m.date == "2022-10-03" for m in last)


def test_date_does_not_carry_into_an_unrelated_paragraph():
    ms = _meetings("On Monday, October 3, Foreign Minister Lena Park met Foreign Minister Omar Haddad in Geneva.\n\n"
                   "Park also met the Foreign Ministers of Chile, Peru and Kenya.")
    assert all(m.date != "2022-10-03" for m in ms if "Chile" in m.evidence)


def test_pointer_words_do_not_split_a_joint_meeting():
    ms = _meetings("On Monday, October 3, Foreign Minister Lena Park had bilateral meetings with Foreign Minister "
                   "Omar Haddad and Foreign Minister Rosa Vidal in Geneva.\n\n"
                   "After these bilateral talks, Park met the Foreign Ministers of Chile, Peru and Kenya.")
    joint = [m for m in ms if "After" in m.evidence]
    assert len(joint) == 1 and {"CL", "PE", "KE"} <= set(joint[0].participants)


def test_a_list_of_bilaterals_is_still_split():
    ms = _meetings("Foreign Minister Lena Park held bilateral meetings with Foreign Minister of Chile Omar Haddad, "
                   "Foreign Minister of Peru Rosa Vidal and Foreign Minister of Kenya Amos Kiprop in Geneva.")
    assert len(ms) == 3 and all(len(m.participants) == 2 for m in ms)
