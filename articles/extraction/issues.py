"""Issues discussed at a meeting: the objects of discussion verbs and 'talks on X' phrases.

"discussed X, Y and Z", "exchanged views on X", "talks on X", "focused on X", "raised concerns about X":
each conjunct noun phrase becomes an issue. The canonical name drops articles and generic wrappers
("the situation in Syria" -> "Syria", "developments in the Middle East" -> "Middle East").
"""
from __future__ import annotations

import re

DISCUSS_VERBS = {"discuss", "cover", "raise", "address", "review", "focus", "exchange", "explore", "talk",
                 "underscore", "emphasize", "emphasise", "stress", "reaffirm", "agree", "express", "touch",
                 "consider", "examine", "highlight", "share"}
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
                 "interests", "commitment", "support", "areas", "concerns", "readiness", "determination",
                 "intentions", "priorities", "challenges"}


def canonical(surface: str) -> str:
    s = surface.strip(" ,.;:\"'“”")
    for _ in range(3):
        s2 = WRAPPERS.sub("", s)
        if s2 == s:
            break
        s = s2
    s = re.sub(r"^(?:the|a|an|our|their|his|her|its|both|all|other|further|key)\s+", "", s, flags=re.IGNORECASE)
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


def issues_in(span) -> list[tuple[str, str]]:
    """(canonical name, surface form) of each topic in the sentence."""
    out = []
    for h in topic_heads(span):
        surface, _, _ = _np_text(h)
        if not surface or len(surface) > 90:
            continue
        name = canonical(surface)
        if h.lemma_.lower() in ("meeting", "visit", "summit", "call", "talk", "conference", "trip"):
            continue  # another meeting named as a topic is not an issue
        if h.lemma_.lower() in ("view", "concern", "matter", "opinion") and len(surface.split()) <= 2:
            continue
        if not name or name.lower() in STOP_TOPICS or h.lemma_.lower() in GENERIC_HEADS and " " not in name:
            continue
        if name.lower().split()[0] in GENERIC_HEADS and " of " not in name.lower():
            continue
        out.append((name, surface))
    return out


def issue_key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower())
