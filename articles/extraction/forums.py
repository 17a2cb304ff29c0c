"""Forums: the body that convenes a named gathering ("the G20 Hangzhou Summit", "the Group of Eight meeting",
"the East Asia Summit", "the next East Asia meeting").

A multilateral event whose attendees go unnamed has its convening body as its party, and an event attended
by named leaders lists the body beside them. The tagger rarely marks these names as organisations (a
summit's name is an event, "Group" is cut from "of Eight"), so the name is read from the proper-name words
right before the gathering noun and added to the actor table as a mention: the meeting code then finds it
like any other organisation in the sentence.
"""
from __future__ import annotations

from . import gazetteer
from .actors import ActorTable, fold
from .orgs import canonical_org

# nouns that name one sitting of a body; a capitalised one closes a proper name ("East Asia Summit")
FORUM_NOUNS = {"summit", "meeting", "conference", "forum", "dialogue", "ministerial"}
# a body's own name ends in one of these; "Meeting" or "Session" names one sitting ("the Joint Commission
# Meeting", "the Mid-Year Coordination Meeting of the AU")
_BODY_NOUNS = {"summit", "conference", "forum", "dialogue"}
_JOINERS = {"of", "for", "and", "&", "-", "–"}
_POSSESSIVES = {"'", "’", "'s", "’s"}  # "Foreign Ministers' Meeting": joins a name only to read its states


def _name_run(tok, possessive: bool = False):
    """The proper-name words right before a gathering noun: "the [Group of Eight] meeting", "a successful
    [G20 Hangzhou] Summit". Read left to right in the text, not from the tree: the parser splits such
    names ("Group" as an object, "of Eight meeting" as its complement)."""
    doc = tok.doc
    start = tok.i
    j = tok.i - 1
    while j >= tok.sent.start:
        t = doc[j]
        if (t.pos_ in ("PROPN", "NUM") or t.text.isupper() and t.is_alpha and len(t) > 1) and (
                t.text[:1].isupper() or t.text[:1].isdigit()) and t.ent_type_ not in ("DATE", "TIME", "ORDINAL", "PERSON"):
            start = j
        elif (t.lower_ in _JOINERS or possessive and t.lower_ in _POSSESSIVES) and j - 1 >= tok.sent.start \
                and doc[j - 1].text[:1].isupper() \
                and doc[j - 1].pos_ == "PROPN":
            pass  # "Group of Eight", "Japan-Russia": a joiner between capitalised words
        else:
            break
        j -= 1
    return doc[start:tok.i]


def _known_org(words, table: ActorTable):
    """The organisation a run of words contains, as (form, actor or None): an actor of the article, or a
    well-known body ("Group of Eight")."""
    texts = [w.text for w in words]
    forms = {fold(f): a for a in table.actors if a.kind == "organization" for f in a.forms}
    # longest sub-run first: "Group of Eight" before "Group"
    for size in range(len(texts), 0, -1):
        for i in range(len(texts) - size + 1):
            form = " ".join(texts[i:i + size])
            if fold(form) in forms:
                return form, forms[fold(form)]
            if canonical_org(form) and size > 1 or canonical_org(form) and texts[i].isupper():
                return form, None
    # an acronym names the body whose sitting this is: "the 18th BIMSTEC Ministerial Meeting", "the SEECP Summit"
    for w in words:
        if w.text.isupper() and w.is_alpha and len(w.text) >= 3 and not gazetteer.lookup(w.text):
            return w.text, None
    return None


def _is_place(words) -> bool:
    """A city or state ("the Hangzhou Summit"), not a region that names a body ("East Asia")."""
    return bool(gazetteer.lookup(words.text)) or all(w.ent_type_ == "GPE" or gazetteer.lookup(w.text) for w in words)


def _edition(tok) -> bool:
    """A number in a gathering's title makes it one edition: "the 79th Session", "the Second ... Conference";
    a lowercase "the first East Asia Summit" describes a sitting of the body."""
    if tok.text[:1].isdigit():
        return True
    return tok.text[:1].isupper() and (tok.like_num or tok.ent_type_ in ("ORDINAL", "DATE"))


def _forum_name(tok, run):
    """A capitalised gathering noun closing a proper name is itself a body's name: "East Asia Summit",
    "Munich Security Conference", "Trilateral Strategic Dialogue"; not one numbered edition ("the 79th
    Session", "Second ... Conference") nor a gathering named only by its venue ("the Hangzhou Summit")."""
    if tok.lower_ not in _BODY_NOUNS or not tok.text[:1].isupper() or tok.i == tok.sent.start or not run \
            or _is_place(run) or run.start > tok.sent.start and _edition(run.doc[run.start - 1]):
        return None
    if any(w.like_num or w.ent_type_ in ("ORDINAL", "CARDINAL") for w in run):
        return None
    if all(t.text[:1].isupper() for t in tok.sent if t.is_alpha and len(t) > 3):
        return None  # a headline in title case: every word is capitalised
    return run.text + " " + tok.text


def _add(table: ActorTable, s, form: str, start: int, end: int, actor=None):
    """A mention of `form` over tokens start..end; a shorter mention already there ("Group" of "Group of
    Eight") takes the fuller form as its name instead of a second actor."""
    over = [m for m in table.mentions if m.sent == s.index and m.start < end and start < m.end]
    if over:
        a = table.get(over[0].actor)
        if a.kind != "organization":
            return None
        if len(form) > len(a.forms[0]) and form not in a.forms:
            a.forms.append(form)
        return a.key
    a = actor or table.find_or_add(form, "organization")
    table.add_mention(a, s.index, start, end, form)
    return a.key


def name_run(tok):
    """The proper-name words before a meeting word, across possessives, as a span (empty when none)."""
    return _name_run(tok, possessive=True)


def forum_of(tok, table: ActorTable, s):
    """The body convening the gathering `tok` names, as an actor key (added to the table with a mention
    when the text has not marked it), or None."""
    if tok.lower_ not in FORUM_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    run = _name_run(tok)
    if not len(run) or tok.text.isupper():  # "TRILATERAL MEETING IN BALI": a header in capitals names no body
        return None
    found = _known_org(run, table)
    if found:  # a known body's sitting: "the G20 Hangzhou Summit", "the Group of Eight meeting"
        form, actor = found
        size = len(form.split())
        i = next((i for i in range(run.start, run.end) if fold(s.span.doc[i:i + size].text) == fold(form)),
                 run.start)
        return _add(table, s, form, i, i + size, actor)
    name = _forum_name(tok, run)
    if name:
        return _add(table, s, name, run.start, tok.i + 1)
    if not _is_place(run):
        # "the next East Asia meeting": a body of the article whose name starts with these words
        lead = fold(run.text)
        for a in table.actors:
            if a.kind == "organization" and any(fold(f).startswith(lead + " ") for f in a.forms):
                return _add(table, s, run.text + " " + tok.text, run.start, tok.i + 1, a)
    return None


__all__ = ["forum_of", "FORUM_NOUNS"]
