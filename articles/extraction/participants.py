"""Who took part in the contact a sentence reports.

Named actors in the sentence count unless their position rules them out; group phrases, pronouns and bare
titles are resolved against the discourse so far; states met at government level become ISO codes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import gazetteer
from .actors import ActorTable
from .countries import CountryMention

NON_PARTICIPANT_HEADS = {"administration", "government", "era", "team", "policy", "campaign", "presidency",
                         "spokesman", "spokesperson", "spokeswoman", "aide", "aides", "ministry", "office",
                         "regime", "doctrine", "plan", "initiative", "proposal", "remarks", "comments",
                         "visit", "trip", "invitation", "election", "wife", "husband", "son", "daughter"}
SAY_VERBS = {"say", "tell", "announce", "add", "note", "report", "quote", "write", "state", "confirm", "insist"}
LETTER_WORDS = {"letter", "statement", "message", "speech", "interview", "report", "endorse"}
GOV_SIDE_NOUNS = {"government", "side", "authorities", "officials", "delegation", "counterpart", "counterparts",
                  "leaders", "ministers", "leadership", "officials'", "president", "minister", "representative",
                  "ambassador", "diplomats", "envoy"}


@dataclass
class Discourse:
    persons: list = field(default_factory=list)  # actor keys in order of mention
    subjects: list = field(default_factory=list)  # person keys that were sentence subjects
    last_meeting: list = field(default_factory=list)
    last_meeting_sent: int = -99
    author: int | None = None


def _excluded(tok_start, tok_end, doc, trigger) -> bool:
    tok = doc[tok_end - 1]
    while tok.head.i in range(tok_start, tok_end) and tok.head.i != tok.i:
        tok = tok.head
    trig_anc = {a.i for a in trigger.ancestors} | {trigger.i}
    for anc in [tok] + list(tok.ancestors):
        if anc.dep_ == "relcl" and anc.i not in trig_anc and trigger.i not in {x.i for x in anc.subtree}:
            return True
        if anc.lemma_.lower() in LETTER_WORDS and anc.i not in trig_anc and trigger.i not in {x.i for x in anc.subtree}:
            return True
    for anc in list(tok.ancestors)[:4]:
        if anc.lower_ in ("sidelines", "margins", "margin", "eve") and anc.i != trigger.i:
            return True
    if tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in NON_PARTICIPANT_HEADS \
            and tok.head.i != trigger.i:
        return True
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS and tok.head.i not in trig_anc:
        return True
    if tok.dep_ == "pobj" and tok.head.text.lower() in ("by", "according") and tok.head.head.lemma_.lower() in (
            "accompany", "say", "report", "to", "endorse"):
        return True
    return False


def _group_phrase(span) -> str | None:
    """'the two ministers', 'both sides', 'they', 'their' -> 'group'; 'he'/'she' -> 'he'; 'I'/'we' -> 'I'."""
    toks = list(span)
    for i, t in enumerate(toks):
        low = t.text.lower()
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].text.lower() if i + 2 < len(toks) else ""
        if low in ("two", "both") and (nxt in {"sides", "leaders", "ministers", "presidents", "men", "diplomats",
                                               "parties", "premiers", "counterparts", "heads", "women",
                                               "prime", "foreign", "top", "secretaries", "chancellors", "officials"}
                                       or nxt2 in {"ministers", "diplomats", "leaders", "officials"}):
            return "group"
    return None


def resolve(sent, trigger, table: ActorTable, cmentions: list[CountryMention], disc: Discourse,
            role_lookup) -> tuple[list, int, list[str]]:
    """(participants as actor keys / ISO codes, number of named actors, reason notes)."""
    span, doc = sent.span, sent.span.doc
    parts: list = []
    notes = []
    named = 0
    for m in table.mentions_in(sent.index):
        if _excluded(m.start, m.end, doc, trigger):
            continue
        if m.actor not in parts:
            parts.append(m.actor)
            named += 1
    # bare titles: "the Secretary-General", "The President", "the External Affairs Minister"
    for key in role_lookup(sent, table):
        if key not in parts:
            parts.append(key)
            notes.append("title reference")
    group = _group_phrase(span)
    persons_in = [p for p in parts if isinstance(p, int) and table.get(p).kind == "person"]
    pron_subj = None
    for t in span:
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.lower_ in ("he", "she", "his", "her", "they", "their", "we", "i", "my", "our") \
                and (t.head.i == trigger.i or trigger.i in {x.i for x in t.head.subtree}):
            pron_subj = t.lower_
            break
    if group or (pron_subj in ("they", "their") and len(persons_in) < 2):
        src = disc.last_meeting if disc.last_meeting and sent.index - disc.last_meeting_sent <= 6 else \
            list(dict.fromkeys(reversed(disc.persons)))[:2]
        for p in src:
            if p not in parts:
                parts.append(p)
        notes.append("group phrase")
    elif pron_subj in ("he", "she", "his", "her") and disc.subjects:
        subj = disc.subjects[-1]
        if subj not in parts:
            parts.insert(0, subj)
            notes.append("pronoun")
    elif pron_subj in ("i", "my", "we", "our") and disc.author is not None and disc.author not in parts:
        parts.insert(0, disc.author)
        notes.append("author")
    # states met at government level
    actor_countries = {table.get(p).country for p in parts if isinstance(p, int)}
    trig_sub = {x.i for x in trigger.subtree} | {trigger.i}
    for cm in cmentions:
        if not gazetteer.is_sovereign(cm.code) or cm.code in actor_countries or cm.code in parts:
            continue
        tok = doc[cm.end - 1]
        head = tok.head
        ok = False
        if cm.how == "demonym" and tok.dep_ in ("amod", "compound") and head.lemma_.lower() in GOV_SIDE_NOUNS \
                and not any(m.start <= head.i < m.end for m in table.mentions_in(sent.index)):
            ok = head.i in trig_sub or head.head.i == trigger.i or head.head.head.i == trigger.i
        elif cm.how in ("name", "capital"):
            if tok.dep_ == "dobj" and head.i == trigger.i and trigger.lemma_.lower() == "visit":
                ok = True
            elif tok.dep_ == "pobj" and head.text.lower() in ("to", "with") and (head.head.i == trigger.i):
                ok = trigger.lemma_.lower() in ("visit", "trip", "talk", "meet", "talks", "meeting", "confer")
            elif tok.dep_ in ("nsubj", "conj") and (head.i == trigger.i or head.head.i == trigger.i) \
                    and trigger.pos_ == "VERB":
                ok = True
            elif tok.dep_ in ("pobj", "conj") and head.text.lower() in ("of",) and head.head.lemma_.lower() in (
                    "minister", "leader", "president", "representative", "delegation", "government"):
                ok = head.head.i in trig_sub or any(c.i == head.head.i for c in trigger.children)
                ok = ok or head.head.head.i == trigger.i
            elif tok.dep_ == "conj":
                root = tok
                while root.dep_ == "conj":
                    root = root.head
                ok = root.dep_ == "pobj" and root.head.text.lower() == "of" and root.head.head.lemma_.lower() in (
                    "minister", "leader", "president", "representative")
        if ok:
            parts.append(cm.code)
            actor_countries.add(cm.code)
            notes.append("state at government level")
    return parts, named, notes
