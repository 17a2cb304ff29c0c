"""One meeting reported several times: when a new draft is the same meeting as an earlier one (a
follow-up sentence, "their talks", a re-mention without a date or medium of its own), and splitting a
draft whose counterparts belong to different governments."""
from __future__ import annotations

import datetime as dt
import re

from .actors import ActorTable
from .meetings import Draft
from .places import narrows

GATHERING_NOUNS = {"meeting", "meetings", "session", "summit", "conference", "ministerial", "forum", "plenary",
                    "assembly", "gathering", "congress", "council"}

_MEETING_REFS = {"talks", "meeting", "call", "conversation", "visit", "discussions", "summit", "session", "trip", "tour",
                 "consultations", "exchange", "dialogue", "meetings", "calls", "conference"}


def about_meeting(sent, d: Draft, table: ActorTable) -> bool:
    """Whether a sentence continues the report of meeting `d`: its main-clause subject is one of the
    meeting's parties (by name, pronoun or group phrase: "President X raised ...", "He stressed ...",
    "The two leaders discussed ..."), or it opens with a re-mention of the occasion ("During the talks, ...")."""
    span = sent.span
    toks = list(span)
    if len(toks) >= 3 and toks[0].lower_ in ("during", "in", "at", "over") and any(
            t.lower_ in _MEETING_REFS for t in toks[1:5]):
        return True
    parts = {p for p in d.participants if isinstance(p, int)}
    ments = table.mentions_in(sent.index)
    for t in toks:
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        h = t.head
        if not (h.dep_ == "ROOT" or (h.dep_ == "conj" and h.head.dep_ == "ROOT")):
            continue
        if t.lower_ in ("he", "she", "they", "we"):
            return True
        if t.lower_ in ("sides", "leaders", "ministers", "presidents", "parties", "delegations", "men") and any(
                c.lower_ in ("two", "both", "the") for c in t.children):
            return True
        for m in ments:
            if m.start <= t.i < m.end and m.actor in parts:
                return True
    return False


_BACK_REFERENCE = re.compile(r"\b(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:meetings|talks|bilaterals|discussions|"
                             r"consultations|calls|conversations|sessions|engagements)\b")


def split_separate(d: Draft, table: ActorTable) -> list[Draft]:
    """'had bilateral meetings with A, B and C', 'spoke separately with A and B': one entry per
    counterpart, since they belong to different governments."""
    # words of a phrase that points back at meetings already reported ("Apart from these bilateral
    # meetings, ...") say nothing about this one
    low = _BACK_REFERENCE.sub(" ", d.sent.text.lower())
    # a list of counterparts met one by one: "bilateral meetings with", "spoke separately", "met several
    # delegates, including A, B and C", "held talks with counterparts from X, Y and Z"
    # one person calling or speaking to several others ("then spoke to A, B and C") makes a series of calls;
    # "a call between A, B and C" or a joint or conference call is one
    calls = d.kind == "phone_call" and (d.trigger.pos_ == "VERB" or d.trigger.lower_ in ("calls", "conversations")) \
        and not re.search(r"\b(?:between|among|joint|conference|together|jointly|all)\b", low)
    if len(d.participants) < 3 or not (calls or re.search(
            r"\b(?:bilateral|separately|separate|including|counterparts|several|a number of|series of)\b", low)) \
            or d.trigger.lower_ in ("summit", "summits", "conference", "ministerial", "forum", "trilateral") \
            or any(w in low for w in ("trilateral", "summit", "joint statement", "together")):
        return [d]
    subj = d.participants[:1]
    others = [p for p in d.participants if p not in subj]
    countries = {table.get(p).country if isinstance(p, int) else p for p in others}
    separately = re.search(r"\bseparate(?:ly)?\b", low) is not None
    if not separately and (len(countries - {None}) < 2 or (
            isinstance(subj[0], int) and table.get(subj[0]).country and table.get(subj[0]).country in countries)):
        return [d]  # without an explicit "separately", people of one state are one delegation
    out = []
    for o in others:
        out.append(Draft(d.sent, subj + [o], "in_person" if d.kind == "multilateral" else d.kind, d.status,
                         d.date, d.precision, d.location, d.location_country, list(d.issues), d.confidence,
                         d.reason + "; split per counterpart", d.trigger, d.named, d.notes, d.date_weak))
    return out


_EXPLICIT_MEDIUM = re.compile(r"\b(?:phone|telephone|call|video|virtual|virtually|online|summit|conference)\b", re.I)


def _anaphoric(new: Draft) -> bool:
    """A definite re-mention of a meeting already reported: "the meeting", "their talks", "this visit",
    with no date of its own and no new medium or occasion."""
    trig = new.trigger
    if trig is None or trig.pos_ not in ("NOUN", "PROPN") or new.date:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ("next", "upcoming", "first", "last", "previous",
                                                          "second", "another", "future", "planned", "joint")
           for c in trig.children):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their", "his", "her", "its",
                                                        "my", "our")
               for c in trig.children)


_FOLLOW_UP_VERBS = {"discuss", "exchange", "talk", "speak", "agree", "review", "address", "raise", "focus", "touch",
                    "confer", "express", "reaffirm", "stress", "underline", "emphasise", "emphasize"}


def _follow_up(new: Draft, prev: Draft) -> bool:
    """'The two leaders also exchanged views on ...', 'They discussed ...': a sentence whose parties come only
    from a group phrase or pronoun, with a verb of discussion and no date or medium of its own (a date that is
    the previous meeting's, "that day", sets nothing apart), continues the meeting reported before it."""
    trig = new.trigger
    if trig is None or (new.date and new.date != prev.date) or trig.pos_ != "VERB":
        return False
    if new.named > 0 and not any(n in ("group phrase", "pronoun", "author") for n in new.notes):
        return False
    if "them: the people listed before" in new.notes:
        return False  # "He also spoke to them separately": new contacts with the people just listed
    if trig.lemma_.lower() not in _FOLLOW_UP_VERBS:
        return False
    return not _EXPLICIT_MEDIUM.search(" ".join(t.text for t in trig.subtree))


REMOTE_KINDS = ("phone_call", "video_call")


def _joined(trig) -> bool:
    """'X and Y joined the talks midway': people joining a meeting already reported are more of its parties."""
    return trig.dep_ == "dobj" and trig.head.lemma_.lower() == "join"


def merge_into(drafts, new: Draft, table=None) -> bool:
    """One meeting mentioned twice: same participants and compatible dates; a later mention without a date
    or medium of its own ("the two leaders also discussed ...") is the same meeting whatever its kind."""
    # the last contact between people: a summit reported in passing ("to host the G20 summit") between a call
    # and "Both sides also discussed ..." does not interrupt it
    last = next((x for x in reversed(drafts) if table is None or _has_person(x, table)), drafts[-1]) if drafts \
        else None
    if last is not None and _follow_up(new, last):
        d = last
        ds, ns = set(map(str, d.participants)), set(map(str, new.participants))
        near = new.sent.index - d.sent.index <= 6
        if (near and (ds & ns or not ns) and new.named == 0) or (ns and ns <= ds):
            _absorb(d, new)
            return True
    if drafts and "officials of both states" in new.notes and new.named == 0:
        # "The top diplomats of the two nations held a meeting ...", right after the two were reported meeting
        d = drafts[-1]
        if set(map(str, d.participants)) == set(map(str, new.participants)) and d.status == new.status \
                and new.sent.index - d.sent.index <= 3:
            _absorb(d, new, date=True, place=True)
            return True
    if _restates(new, drafts):
        return True
    if _anaphoric(new):
        ns = set(map(str, new.participants))
        trig = new.trigger
        for d in reversed(drafts):
            ds = set(map(str, d.participants))
            if new.sent.index - d.sent.index > 12:
                break
            same_event = (trig.lower_ in GATHERING_NOUNS and d.kind == "multilateral" == new.kind
                          or _joined(trig)) and d.status == new.status
            if same_event and (ds & ns or _joined(trig)):
                # "The Prime Minister will be joined at the summit by ...": more parties of the same event
                for p in new.participants:
                    if p not in d.participants:
                        d.participants.append(p)
                ns = ds
            if ns <= ds or (ds <= ns and len(ns - ds) <= 1 and len(ds) >= 2):
                _absorb(d, new, place=True)
                return True
    if table is not None and _same_gathering(drafts, new, table):
        return True
    ns = set(map(str, new.participants))
    for d in reversed(drafts):
        ds = set(map(str, d.participants))
        group = _part_of_gathering(ns, ds)
        if (ds != ns and not group) or not _compatible(d, new):
            continue
        if new.sent.index - d.sent.index > 4 and not (d.date and new.date) and not group:
            continue
        _absorb(d, new, date=True, place=d.kind == new.kind)
        return True
    return False


def _part_of_gathering(ns: set, ds: set) -> bool:
    """Three or more parties all of one meeting already reported (which may have gained more since) are that
    meeting, however far apart the mentions are."""
    return len(ns) >= 3 and ns <= ds


def _compatible(d: Draft, new: Draft) -> bool:
    """Whether a later mention can be the same meeting as `d`: same status, no other medium, no other time."""
    if d.status != new.status:
        return False
    if d.kind != new.kind and (new.date and new.date != d.date or _EXPLICIT_MEDIUM.search(new.sent.text)):
        return False
    return not (d.date and new.date and not _same_time(d, new))


_COPULAS = {"be", "mark", "consider", "call", "become", "remain"}


def _predicate_of_pronoun(trig) -> bool:
    """'It was their first phone call since ...', 'It marked the first meeting between X and Y since ...',
    'they don't consider it a summit', 'This meeting marks his first with ...': a meeting word said of a
    pronoun or of a meeting already named classifies that meeting; it reports no new one."""
    if trig.dep_ == "compound" and trig.head.pos_ == "NOUN":
        trig = trig.head  # "phone" of "their first phone call"
    verb = trig.head
    if trig.dep_ in ("attr", "oprd", "dobj") and verb.lemma_.lower() in _COPULAS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this", "that") for c in verb.children):
        return True
    if trig.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in trig.children):
        return True  # "consider it a summit": a small clause
    if trig.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _COPULAS:
        return any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in trig.children)
    if trig.dep_ == "attr" and verb.lemma_.lower() == "be":
        # "The trip will be Abe's first official visit to China since ...": the trip already reported
        return any(c.dep_ == "nsubj" and c.lower_ in _MEETING_REFS and any(
            d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "his", "her", "their")
            for d in c.children) for c in verb.children)
    return False


def _restates(new: Draft, drafts) -> bool:
    """A meeting already reported, restated ("It was their first call since ...") or joined by more people
    ("Shultz and Shevardnadze joined the talks midway"): the earlier draft takes the new parties of a joined
    meeting and the issues; no new meeting."""
    trig = new.trigger
    if trig is None or trig.pos_ not in ("NOUN", "PROPN") or not drafts:
        return False
    joined = trig.dep_ == "dobj" and trig.head.lemma_.lower() == "join" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "this") for c in trig.children)
    if not joined and not _predicate_of_pronoun(trig):
        return False
    recent = [d for d in reversed(drafts) if new.sent.index - d.sent.index <= 12]
    ns = set(map(str, new.participants))
    target = next((d for d in recent if ns & set(map(str, d.participants))), recent[0] if recent else None)
    if target is None:
        return False
    if joined:
        for p in new.participants:
            if p not in target.participants:
                target.participants.append(p)
    _absorb(target, new)
    return True


def _has_person(d: Draft, table: ActorTable) -> bool:
    return any(isinstance(p, int) and table.get(p).kind == "person" for p in d.participants)


def _same_gathering(drafts, new: Draft, table: ActorTable) -> bool:
    """One summit reported twice: 'met at the East Asia Summit in Kuala Lumpur', then 'the leaders at the
    first East Asia Summit agreed ...'. Two multilateral drafts of the same status convened by the same body,
    with no conflicting dates, are one event; the later mention adds its parties."""
    if new.kind != "multilateral":
        return False
    bodies = {p for p in new.participants if isinstance(p, int) and table.get(p).kind == "organization"}
    for d in reversed(drafts):
        if d.kind != "multilateral" or d.status != new.status or not bodies & set(d.participants):
            continue
        if d.date and new.date and not (d.date.startswith(new.date) or new.date.startswith(d.date)):
            continue
        for p in new.participants:
            if p not in d.participants:
                d.participants.append(p)
        _absorb(d, new, date=True, place=True)
        return True
    return False


def _same_time(a: Draft, b: Draft) -> bool:
    """Whether two mentions' dates can be one meeting's: one contains the other, or one is only the day of
    the report and the other a day of the week before it ("have held talks, the ministry said Friday. The
    ministers met in Lima on Thursday")."""
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    if a.date_weak == b.date_weak:
        return False
    report, own = (a, b) if a.date_weak else (b, a)
    try:
        gap = (dt.date.fromisoformat(report.date) - dt.date.fromisoformat(own.date)).days
    except ValueError:  # a month or a year: only containment above
        return False
    return 0 <= gap <= 7


def _absorb(d: Draft, new: Draft, *, date: bool = False, place: bool = False) -> None:
    """What a later mention adds to the meeting it repeats: its issues and, where asked, the date and the
    place the first mention lacked (or had only as a fallback: the day of the report, the state of a city).
    A call or a video call happens nowhere, whatever a later mention of it carried ("... spoke by phone.
    Their talks in Ankara last month ...")."""
    if date and new.date and (not d.date or d.date_weak and not new.date_weak):
        d.date, d.precision, d.date_weak = new.date, new.precision, new.date_weak
    if place and new.location and d.kind not in REMOTE_KINDS and (
            not d.location or narrows(new.location, new.location_country, d.location, d.location_country)):
        d.location, d.location_country = new.location, new.location_country
    for i in new.issues:
        if i not in d.issues:
            d.issues.append(i)


_VISIT_LEMMAS = {"visit", "trip", "tour", "stay", "travel"}


def absorb_visits(drafts: list[Draft], table: ActorTable) -> list[Draft]:
    """A visit to a state and the meetings held with that state's people during it are one contact: "X
    visited Fiji on 12 December ... Mr X called on the Prime Minister, Y" is the meeting with Y. A visit
    draft (a person and a state code) yields to a meeting of the same status between the visitor and a
    person of that state (by the person's country, or the meeting's place) whose date does not contradict
    the visit's; the meeting takes the visit's issues and the date or place it lacked."""
    out = []
    for v in drafts:
        target = _meeting_during(v, drafts, table) if _is_state_visit(v, table) or _unnamed_official(v, table) \
            else None
        if target is None:
            out.append(v)
        else:
            _absorb(target, v, date=True, place=True)
    return out


_OFFICIAL_NOUNS = {"counterpart", "minister", "president", "leader", "premier", "chancellor", "envoy", "ambassador"}


def _unnamed_official(v: Draft, table: ActorTable) -> bool:
    """A meeting with an unnamed official of a state ("my first meeting with my new French counterpart"):
    the same meeting as one with that state's named person, like a visit to the state."""
    codes = [p for p in v.participants if isinstance(p, str)]
    persons = [p for p in v.participants if isinstance(p, int) and table.get(p).kind == "person"]
    if len(codes) != 1 or len(persons) != 1 or len(v.participants) != 2:
        return False
    return any(t.lower_ in _OFFICIAL_NOUNS and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                                   for c in t.children) for t in v.sent.span)


def _is_state_visit(v: Draft, table: ActorTable) -> bool:
    codes = [p for p in v.participants if isinstance(p, str)]
    persons = [p for p in v.participants if isinstance(p, int) and table.get(p).kind == "person"]
    # a visit, or one piece of a list of counterparts named only by their state ("bilateral meetings with his
    # counterparts from Nepal, Bhutan and Bangladesh") that a later sentence names
    summary = v.trigger is not None and (v.trigger.lemma_.lower() in _VISIT_LEMMAS or "split per counterpart" in v.reason)
    return summary and len(codes) == 1 and len(persons) == 1 and len(v.participants) == 2


def _meeting_during(v: Draft, drafts, table: ActorTable) -> Draft | None:
    code = next(p for p in v.participants if isinstance(p, str))
    visitor = next(p for p in v.participants if isinstance(p, int))
    for d in drafts:
        if d is v or d.status != v.status or visitor not in d.participants or d.kind not in ("in_person",):
            continue
        hosts = [p for p in d.participants if isinstance(p, int) and p != visitor
                 and table.get(p).kind == "person"]
        # a host of that state; one whose state is unknown counts when the meeting is placed in it
        if not any(table.get(p).country == code or table.get(p).country is None and d.location_country == code
                   for p in hosts):
            continue
        if d.date and v.date and not (d.date.startswith(v.date) or v.date.startswith(d.date)):
            continue
        return d
    return None


def join_gathering(drafts: list[Draft], d: Draft) -> bool:
    """A later mention of a meeting of three or more parties already reported ("China received the Saudi and
    Iranian ministers for a meeting ... The Chinese minister met his two counterparts") is that gathering, by
    the rule `merge_into` applies to each piece, checked before the mention is split per counterpart."""
    parts = set(map(str, d.participants))
    for g in reversed(drafts):
        if _part_of_gathering(parts, set(map(str, g.participants))) and _compatible(g, d):
            _absorb(g, d, date=True, place=True)
            return True
    return False
