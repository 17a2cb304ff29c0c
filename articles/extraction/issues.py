"""Issues discussed at a meeting: the objects of discussion verbs and 'talks on X' phrases.

"discussed X, Y and Z", "exchanged views on X", "talks on X", "focused on X", "raised concerns about X":
each conjunct noun phrase becomes an issue. The canonical name drops articles and generic wrappers
("the situation in Syria" -> "Syria", "developments in the Middle East" -> "Middle East").
"""
from __future__ import annotations

import re

DISCUSS_VERBS = {"discuss", "cover", "raise", "address", "review", "focus", "exchange", "explore", "talk",
                 "underscore", "emphasize", "emphasise", "stress", "reaffirm", "agree", "express", "touch",
                 "consider", "examine", "highlight", "share", "welcome", "condemn", "support", "urge", "oppose",
                 "pledge", "promote", "advance", "strengthen", "deepen", "enhance", "resolve", "implement",
                 "congratulate", "underline", "reiterate", "outline", "brief", "update", "deplore", "cooperate"}
# heads that name a kind of substantive topic in the annotation rules (conflicts, agreements, sanctions, trade,
# peace processes, relations ...): a noun phrase headed by one is an issue wherever the article mentions it
ISSUE_HEADS = {"relations", "ties", "relationship", "partnership", "cooperation", "co-operation", "conflict",
               "war", "crisis", "dispute", "agreement", "agreements", "treaty", "accord", "deal", "sanctions",
               "ceasefire", "cease-fire", "process", "programme", "program", "programs", "programmes",
               "weapons", "test", "attack", "coup", "transition", "reconstruction", "security", "trade",
               "investment", "sovereignty", "integrity", "rights", "election", "handover", "declaration",
               "extradition", "refugees", "migration", "violence", "terrorism", "proliferation",
               "denuclearization", "denuclearisation", "accession", "bailout", "chairmanship", "presidency",
               "resolution", "roadmap", "initiative", "change", "recovery", "growth", "aid", "assistance"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over", "including", "of"}
TOPIC_NOUNS = {"talks", "discussions", "meeting", "call", "conversation", "views", "dialogue", "negotiations",
               "concerns", "concern", "issues", "matters", "topics"}
WRAPPERS = re.compile(
    r"^(?:the\s+)?(?:current\s+|latest\s+|recent\s+|overall\s+)?(?:situation|developments?|issues?|question|"
    r"matters?|importance|need|prospects?|state|status|progress|efforts?|process|ways|nature|role|"
    r"complex nature|areas?|range)\s+(?:in|of|on|for|to|regarding|concerning|around)\s+", re.IGNORECASE)
STOP_TOPICS = {"it", "this", "that", "these", "those", "them", "issues", "matters", "a range", "a number",
               "views", "details", "opportunity", "way", "ways", "things", "the importance", "importance",
               "the need", "need", "areas", "other topics", "topics", "the opportunity"}
GENERIC_HEADS = {"importance", "need", "opportunity", "views", "ways", "details", "efforts", "interest",
                 "interests", "commitment", "support", "areas", "concerns", "concern", "readiness", "determination",
                 "intentions", "priorities", "challenges", "hope", "desire", "frustration", "ability", "expectation",
                 "dedication", "enthusiasm", "welcome", "sympathy", "priority", "participation", "role", "work",
                 "questions", "question", "themes", "theme", "issues", "issue", "matters", "matter", "topics",
                 "range", "variety", "number", "series", "host", "lot", "variety", "regards", "gratitude",
                 "thanks", "appreciation", "satisfaction", "wish", "wishes", "willingness", "resolve", "community",
                 "terms", "steps", "step", "measures", "plans", "progress", "results", "outcome", "value",
                 "significance", "position", "positions", "stance", "remarks", "statement", "message", "letter",
                 "invitation", "side", "sides", "leaders", "people", "countries", "nations", "time", "day",
                 "year", "week", "month", "conversations", "conversation", "talks", "meeting", "meetings", "visit",
                 "call", "summit", "hand", "way", "kind", "sort", "part", "aspects", "aspect", "implementation",
                 "development", "developments", "prospects", "situation", "state", "status", "efforts",
                 "momentum", "spirit", "basis", "framework", "context", "light", "occasion", "sidelines"}
VAGUE_WORDS = {"negotiations", "move", "agenda", "view", "opinions", "peace", "discussions", "dialogue", "talks",
               "consultations", "plan", "proposal", "decision", "announcement", "action", "options"}
SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "FAC", "MONEY", "PERCENT", "QUANTITY", "ORG"}


def canonical(surface: str) -> str:
    s = surface.strip(" ,.;:\"'“”")
    for _ in range(3):
        s2 = WRAPPERS.sub("", s)
        if s2 == s:
            break
        s = s2
    for _ in range(3):
        s = re.sub(r"^(?:the|a|an|our|their|his|her|its|both|all|other|further|key|recent|possible|similar|more|"
                   r"current|latest|continuing|ongoing|continued|overall|wider|broader|close|closer|strong|"
                   r"sound|new|whole|entire|relevant|important)\s+", "", s, flags=re.IGNORECASE)
    s = re.sub(r"\s+(?:more broadly|as well|too)$", "", s)
    if not s:
        return s
    return s[0].upper() + s[1:]


def _np_text(tok) -> tuple[str, int, int]:
    """The noun phrase headed by tok without its conjuncts, relative clauses or trailing punctuation."""
    drop = set()
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos", "acl") or (c.dep_ == "prep" and c.i > tok.i and c.text.lower() in ("with", "between", "during", "at", "after", "before")):
            drop.update(x.i for x in c.subtree)
    toks = [t for t in tok.subtree if t.i not in drop]
    toks = [t for t in toks if t.i >= tok.i - 8]
    while toks and toks[0].dep_ in ("cc", "punct", "prep"):
        toks = toks[1:]
    while toks and toks[-1].dep_ in ("cc", "punct"):
        toks = toks[:-1]
    if not toks:
        return "", 0, 0
    doc = tok.doc
    return doc[toks[0].i:toks[-1].i + 1].text, toks[0].i, toks[-1].i + 1


def _conjuncts(tok):
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def topic_heads(span) -> list:
    """Head tokens of the topics a sentence says were discussed."""
    heads = []
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in DISCUSS_VERBS:
            for c in tok.children:
                if c.dep_ == "dobj":
                    heads.extend(_conjuncts(c))
                if c.dep_ in ("prep", "dobj"):
                    for p in ([c] if c.dep_ == "prep" else [x for x in c.children if x.dep_ == "prep"]):
                        if p.text.lower() in TOPIC_PREPS:
                            heads.extend(x2 for o in p.children if o.dep_ == "pobj" for x2 in _conjuncts(o))
        elif tok.pos_ == "NOUN" and tok.text.lower() in TOPIC_NOUNS:
            for p in tok.children:
                if p.dep_ == "prep" and p.text.lower() in ("on", "about", "regarding", "concerning", "over"):
                    heads.extend(x2 for o in p.children if o.dep_ == "pobj" and o.lower_ not in (
                        "sidelines", "margins", "margin", "occasion", "eve", "phone", "telephone", "day")
                        for x2 in _conjuncts(o))
    # "as well as X" hangs off the first conjunct in spaCy's parse
    for h in list(heads):
        for c in h.children:
            if c.dep_ == "cc" and c.text.lower() == "as":
                pass
    seen, out = set(), []
    for h in heads:
        if h.i not in seen and h.pos_ in ("NOUN", "PROPN"):
            seen.add(h.i)
            out.append(h)
    return out


def _descend(h):
    """'the need for a political solution' -> 'solution'; 'a variety of bilateral issues' -> 'issues' (then
    dropped as generic); None when a generic head has no complement."""
    for _ in range(3):
        if h.lemma_.lower() not in GENERIC_HEADS and h.lower_ not in GENERIC_HEADS:
            return h
        nxt = None
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on", "in", "about", "over", "regarding"):
                nxt = next((o for o in c.children if o.dep_ == "pobj"), None)
                if nxt is not None:
                    break
        if nxt is None:
            return None
        h = nxt
    return None


def _acceptable(h) -> bool:
    if h.ent_type_ in SKIP_ENTS and not (h.ent_type_ == "ORG" and h.lemma_.lower() in ISSUE_HEADS | {"talks"}):
        return False
    if h.pos_ not in ("NOUN", "PROPN"):
        return False
    return True


def _topic(h):
    surface, _, _ = _np_text(h)
    if not surface or len(surface) > 90:
        return None
    name = canonical(surface)
    if h.lemma_.lower() in ("meeting", "visit", "summit", "call", "talk", "conference", "trip"):
        return None  # another meeting named as a topic is not an issue
    if not name or name.lower() in STOP_TOPICS or (h.lemma_.lower() in GENERIC_HEADS and " " not in name):
        return None
    if " " not in name and surface[:1].islower() and (name.lower() in ISSUE_HEADS or h.lemma_.lower() in ISSUE_HEADS
                                                      or name.lower() in VAGUE_WORDS):
        return None  # "cooperation", "the agreement": a category word or a re-mention, not a named topic
    first = name.lower().split()[0]
    if first in GENERIC_HEADS and " of " not in name.lower():
        return None
    if first in ("these", "those", "this", "that", "such", "related", "other", "some", "any", "many", "several"):
        return None
    return name, surface


def issues_in(span) -> list[tuple[str, str]]:
    """(canonical name, surface form) of each topic in the sentence."""
    out, taken = [], set()
    for h in topic_heads(span):
        h = _descend(h)
        if h is None or h.i in taken or not _acceptable(h):
            continue
        got = _topic(h)
        if got:
            _, a, b = _np_text(h)
            taken.update(range(a, b))
            out.append(got)
    # noun phrases headed by a kind of substantive topic, wherever they occur
    for tok in span:
        if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ISSUE_HEADS and tok.lower_ not in ISSUE_HEADS:
            continue
        if tok.dep_ in ("compound", "amod") or tok.ent_type_ in SKIP_ENTS - {"ORG"}:
            continue
        if any(a.i in taken for a in tok.ancestors):
            continue
        if not any(c.dep_ in ("amod", "compound", "prep", "poss", "nmod") for c in tok.children):
            continue  # a bare "trade" or "security" says too little on its own
        got = _topic(tok)
        if got:
            _, a, b = _np_text(tok)
            taken.update(range(a, b))
            out.append(got)
    return out


def issue_key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower())


_ISSUE_STOP = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "with", "s", "issue", "issues", "its",
               "their", "between", "two", "both", "countries", "country"}


_SYNONYMS = {"ties": "relations", "relationship": "relations", "co-operation": "cooperation",
             "cease-fire": "ceasefire", "programme": "program", "programs": "program", "programmes": "program",
             "agreements": "agreement", "sino": "china", "chinese": "china"}


def _content(name: str) -> set[str]:
    words = re.sub(r"[^a-z0-9 ]", " ", name.lower().replace("’s", "").replace("'s", "")).split()
    return {_SYNONYMS.get(w, w) for w in words if w not in _ISSUE_STOP}


class IssueBook:
    """The issues of one article: a surface form joins an existing issue when its content words are a subset or
    superset of that issue's, so "bilateral relations" and "bilateral relations and trade" stay one topic."""

    def __init__(self):
        self.entries: list[tuple[str, list[str]]] = []

    def add(self, name: str, surface: str) -> str:
        words = _content(name)
        if not words:
            return ""
        for ename, forms in self.entries:
            ew = _content(ename)
            if ew and (words <= ew or ew <= words):
                if surface not in forms:
                    forms.append(surface)
                return ename
        self.entries.append((name, [surface]))
        return name
