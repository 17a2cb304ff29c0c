"""Issues discussed at a meeting: the objects of discussion verbs and 'talks on X' phrases.

"discussed X, Y and Z", "exchanged views on X", "talks on X", "focused on X", "raised concerns about X":
each conjunct noun phrase becomes an issue. The canonical name drops articles and generic wrappers
("the situation in Syria" -> "Syria", "developments in the Middle East" -> "Middle East").
"""
from __future__ import annotations

import functools
import re

DISCUSS_VERBS = {"discuss", "cover", "raise", "address", "review", "focus", "exchange", "explore", "talk",
                 "underscore", "emphasize", "emphasise", "stress", "reaffirm", "agree", "express", "touch",
                 "consider", "examine", "highlight", "share", "welcome", "condemn", "support", "urge", "oppose",
                 "pledge", "promote", "advance", "strengthen", "deepen", "enhance", "resolve", "implement",
                 "congratulate", "underline", "reiterate", "outline", "brief", "update", "deplore", "cooperate",
                 "combat", "counter", "tackle", "fight", "curb"}
# heads that name a kind of substantive topic in the annotation rules (conflicts, agreements, sanctions, trade,
# peace processes, relations ...): a noun phrase headed by one is an issue wherever the article mentions it
ISSUE_HEADS = {"relations", "ties", "relationship", "partnership", "cooperation", "co-operation", "conflict",
               "war", "crisis", "dispute", "agreement", "agreements", "treaty", "accord", "deal", "sanctions",
               "ceasefire", "cease-fire", "process", "programme", "program", "programs", "programmes",
               "weapons", "test", "attack", "coup", "transition", "reconstruction", "security", "trade",
               "investment", "sovereignty", "integrity", "rights", "election", "handover", "declaration",
               "extradition", "refugees", "migration", "violence", "terrorism", "proliferation",
               "denuclearization", "denuclearisation", "accession", "bailout", "chairmanship", "presidency",
               "resolution", "roadmap", "initiative", "change", "recovery", "growth", "aid", "assistance",
               "earthquake", "flood", "floods", "disaster", "pandemic", "epidemic", "outbreak", "famine", "drought",
               "tsunami", "cyclone", "hurricane"}
# verbs whose passive subject is the topic ("X and Y were discussed"); "attention was focused on X" is not
PASSIVE_TOPIC_VERBS = {"discuss", "raise", "address", "review", "examine", "consider", "explore", "cover", "touch"}
# verbs of conversation whose object is the partner ("spoke with X"): only a topic preposition names a topic
SPEAK_VERBS = {"speak", "confer", "consult", "converse", "chat"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over", "including", "of"}
TOPIC_NOUNS = {"talks", "discussions", "meeting", "call", "conversation", "views", "dialogue", "negotiations",
               "concerns", "concern", "issues", "matters", "topics", "consultations", "discussion", "exchange"}
WRAPPERS = re.compile(
    r"^(?:the\s+)?(?:current\s+|latest\s+|recent\s+|overall\s+)?(?:situation|developments?|issues?|question|"
    r"matters?|importance|need|prospects?|state|status|progress|efforts?|process|ways|nature|role|"
    r"complex nature|areas?|range|entirety|level|scope|depth|breadth|future)\s+(?:in|of|on|for|to|regarding|concerning|around)\s+", re.IGNORECASE)
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
                 "momentum", "spirit", "basis", "framework", "context", "light", "occasion", "sidelines",
                 "direction", "attention", "condolences", "condolence", "sympathies", "sympathy", "wishes",
                 "greetings", "felicitations"}
VAGUE_WORDS = {"negotiations", "move", "agenda", "view", "opinions", "peace", "discussions", "dialogue", "talks",
               "consultations", "plan", "proposal", "decision", "announcement", "action", "options"}
# subject areas that are a topic by themselves, unmodified ("discussed trade and security")
SINGLE_TOPICS = {"trade", "security", "terrorism", "migration", "immigration", "sanctions", "ceasefire", "cease-fire",
                 "cybersecurity", "proliferation", "non-proliferation", "denuclearization", "denuclearisation",
                 "disarmament", "extradition", "refugees", "investment", "investments", "energy", "tourism",
                 "agriculture", "piracy", "narcotics", "drugs", "corruption", "democracy", "climate", "health",
                 "education", "defence", "defense", "fisheries", "counterterrorism", "counter-terrorism", "aid",
                 "reconstruction", "extremism", "smuggling", "trafficking", "peacekeeping", "whaling"}
SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "FAC", "MONEY", "PERCENT", "QUANTITY", "ORG"}


# evaluative or temporal modifiers that say how a topic stands, not what it is: "the strong bilateral ties",
# "its long-standing dispute", "the existing sanctions" name the same topic as the bare noun phrase
EVALUATIVE = {"good", "warm", "excellent", "friendly", "historical", "historic", "traditional", "long-standing",
              "longstanding", "decades-long", "decadeslong", "sustained", "enduring", "greater", "deeper", "stronger",
              "already", "existing", "growing", "fruitful", "productive", "cordial", "positive", "constructive",
              "healthy", "robust", "solid", "vibrant", "dynamic", "steady", "stable", "smooth", "excellent",
              "deep", "brotherly", "fraternal", "cooperative", "mutual", "fresh", "bold", "remaining", "various",
              "immediate", "significant", "unprecedented", "renewed", "strong", "close", "closer", "sound",
              "extensive", "broad", "wide-ranging", "far-reaching", "comprehensive-ranging", "specific", "practical",
              "concrete", "tangible", "beneficial", "win-win", "cordial", "amicable", "serious", "grave", "deepening", "rising", "heightened", "urgent", "pressing"}
_LEAD_MODS = re.compile(
    r"^(?:the|a|an|our|their|his|her|its|my|your|both|all|other|further|key|recent|possible|similar|more|"
    r"current|latest|continuing|ongoing|continued|overall|wider|broader|whole|entire|relevant|important|new|"
    + "|".join(re.escape(w) for w in sorted(EVALUATIVE)) + r")\s+", re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:and|or|as well as|also|first|second|third|finally|lastly|then|plus)\s*,?\s+",
                        re.IGNORECASE)
# trailing phrases of time or scope: "... in the future", "... in various fields", "... for the past years"
_TRAIL_SCOPE = re.compile(
    r"(?:,?\s+(?:in|for|over|across)\s+(?:the\s+)?(?:future|past\s+\w+|coming\s+\w+|years\s+ahead|"
    r"(?:various|all|many|several|different|a\s+range\s+of|a\s+number\s+of|multiple)\s+(?:fields|areas|"
    r"spheres|sectors|domains))|,?\s+(?:as|after|before|during)\s+the\s+(?:meeting|talks|visit|call)\b.*|"
    r",\s+consistent with\b.*|\s+as\s+counterproductive)$", re.IGNORECASE)


_LEAD_ADVERB = re.compile(r"^[a-z]+ly\s+(?=\S+\s+\S)")
_LEAD_OWNER = re.compile(r"^[\w.-]+(?:’s|'s)\s+(?=(?:already\s+)?(?:" + "|".join(sorted(EVALUATIVE)) + r")\b)",
                         re.IGNORECASE)
_TRAIL_ALSO = re.compile(r"\s+(?:more broadly|as well|too)$")


def canonical(surface: str) -> str:
    s = surface.strip(" ,.;:\"'“”")
    for _ in range(3):
        s2 = WRAPPERS.sub("", s)
        if s2 == s:
            break
        s = s2
    s = _LIST_MARK.sub("", s)
    for _ in range(5):
        before = s
        s = _LIST_MARK.sub("", _LEAD_MODS.sub("", s))
        s = _LEAD_ADVERB.sub("", s)  # "mutually beneficial ...", "unexpectedly cordial ..."
        s = _LEAD_OWNER.sub("", s)  # "our already strong", "the country's strong ..."
        if s == before:
            break
    s = _TRAIL_ALSO.sub("", s)
    s = _TRAIL_SCOPE.sub("", s)
    if not s:
        return s
    return s[0].upper() + s[1:]


# a conflict is named by its sides: "the conflict between Armenia and Azerbaijan" keeps its "between"
_CONTESTED = {"conflict", "war", "dispute", "tension", "hostility", "fighting", "clash", "standoff", "rivalry",
              "feud", "confrontation"}


def _np_text(tok) -> tuple[str, int, int]:
    """The noun phrase headed by tok without its conjuncts, relative clauses or trailing punctuation."""
    drop = set()
    for c in _stray_items(tok):
        drop.update(x.i for x in c.subtree)
        drop.update(x.i for x in c.head.children if x.dep_ == "cc" and x.i < c.i)
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos", "acl") or (c.dep_ == "prep" and c.i > tok.i and c.text.lower() in ("with", "between", "during", "at", "after", "before", "including") and not (c.lower_ == "between" and tok.lemma_.lower() in _CONTESTED)):
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


def _stray_items(tok) -> list:
    """List items the parser hung inside tok's phrase: in "the war in Yemen and the Iranian nuclear
    programme" the second item is parsed as a conjunct of "Yemen". A common noun joined to the proper name a
    place preposition introduces is another item of the list, not part of the place ("the situation in Syria
    and the refugee crisis", "developments in Eastern Europe, East-West relations and trade")."""
    out = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "on") or p.i < tok.i:
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.pos_ == "PROPN":
                # every common-noun item after the place, and the items listed after those
                for c in o.children:
                    if c.dep_ == "conj" and c.pos_ == "NOUN":
                        out.append(c)
    return out


def _conjuncts(tok):
    """tok and the items listed with it; the small model often parses a comma list of noun phrases as
    appositions ("discussed the Millennium Development Goals, climate change, ...")."""
    out = [tok]
    for c in _stray_items(tok):
        out.extend(_conjuncts(c))
    for c in tok.children:
        if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i
                                and tok.doc[c.left_edge.i - 1].text == ","):
            out.extend(_conjuncts(c))
    return out


def topic_heads(span) -> list:
    """Head tokens of the topics a sentence says were discussed."""
    heads = []
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in SPEAK_VERBS:
            # "spoke briefly about X", "conferred about X": the topic after about/on, never the partner
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("about", "on", "regarding", "concerning"):
                    heads.extend(x2 for o in p.children if o.dep_ == "pobj" for x2 in _conjuncts(o))
        if tok.pos_ == "VERB" and lemma in DISCUSS_VERBS:
            for c in tok.children:
                if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and lemma in PASSIVE_TOPIC_VERBS):
                    heads.extend(_conjuncts(c))  # "discussed X", "X and Y were discussed"
                if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and any(
                        x.lower_ == "how" or x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                    # "discussed how to expand trade and tourism": what the way is sought for is the topic
                    heads.extend(x2 for o in c.children if o.dep_ == "dobj" for x2 in _conjuncts(o))
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
    # "bilateral relations, including Kashmir", "a range of international issues, including the Middle East
    # conflict", "challenges such as piracy": the listed items are topics of their own, wherever in the topic's
    # noun phrase the list hangs
    for h in list(heads):
        for c in h.subtree:
            if c.dep_ == "prep" and (c.lower_ in _LISTING_PREPS or c.lower_ == "as" and any(
                    x.lower_ == "such" for x in c.children)) and not _in_clause(c, h):
                heads.extend(x2 for o in c.children if o.dep_ == "pobj" for x2 in _conjuncts(o))
    seen, out = set(), []
    for h in heads:
        if h.i not in seen and h.pos_ in ("NOUN", "PROPN"):
            seen.add(h.i)
            out.append(h)
    return out


_LISTING_PREPS = {"including", "especially", "particularly", "notably", "like"}


def _in_clause(tok, top) -> bool:
    """Whether tok sits in a clause (relative, participial, reported) below `top`."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


_EVENT_NOUNS = {"meeting", "visit", "call", "summit", "talk", "talks", "conversation", "conference", "trip", "session"}
_SCOPE_ADJ = {"bilateral", "regional", "global", "international", "multilateral", "economic", "political", "domestic",
              "security", "consular", "trade", "humanitarian", "strategic"}


# light nouns: they say how a topic stands or what follows from it, and their complement names the topic
# ("the implications of the crisis", "progress in the negotiations", "the state of affairs in X")
_LIGHT_HEADS = {"implications", "implication", "consequences", "consequence", "impact", "effects", "effect",
                "affairs", "progress", "dimensions", "aspects", "outcome", "results", "prospects"}
_COMPLEMENT_PREPS = ("of", "for", "to", "on", "in", "about", "over", "regarding", "concerning")


def _is_light(h) -> bool:
    low, lemma = h.lower_, h.lemma_.lower()
    return low in GENERIC_HEADS or lemma in GENERIC_HEADS or low in _LIGHT_HEADS or low in VAGUE_WORDS


def _complements(h):
    """The nouns h's prepositions introduce, in order; a gerund in between is walked through ("the
    importance of making progress in X" -> "progress"); an infinitive says what the effort or the way is
    for ("efforts to end the war" -> "war", "ways to boost trade" -> "trade")."""
    for c in h.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            yield from (x for x in c.children if x.dep_ == "dobj")
        if c.dep_ != "prep" or c.lower_ not in _COMPLEMENT_PREPS:
            continue
        for o in c.children:
            if o.dep_ == "pobj":
                yield o
            elif o.dep_ == "pcomp" and o.pos_ == "VERB":
                # "making progress in X": a light object, then what the gerund's prepositions introduce; a
                # real object is an act, not a topic ("forming a government", "holding X accountable")
                yield from (x for x in o.children if x.dep_ == "dobj" and (
                    _is_light(x) or x.lemma_.lower() in ISSUE_HEADS))  # "concluding a peace treaty"
                yield from _complements(o)


def _descend(h, depth: int = 0):
    """'the need for a political solution' -> 'solution'; 'the implications of the situation in Syria' ->
    'Syria'; 'a variety of bilateral issues' -> 'issues' (then dropped as generic); None when a light head
    has no complement that names a topic. Each complement is tried in turn ("the state of affairs in X":
    'affairs' leads nowhere, 'X' does)."""
    if not _is_light(h):
        return h
    if h.lemma_.lower() in _EVENT_NOUNS:
        return None  # "the planned meeting in X": another occasion and its place, not a topic
    if h.lemma_.lower() in ("issue", "matter", "affair", "question") and any(
            c.dep_ == "amod" and (c.lower_ in _SCOPE_ADJ or c.ent_type_ == "NORP") for c in h.children):
        return h  # "bilateral issues", "regional and global matters", "domestic Soviet issues"
    if h.lemma_.lower() in ("issue", "matter", "question", "situation") and any(
            c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") for c in h.children):
        return h  # "currency issues", "food security matters", "the Korean Peninsula situation"
    if depth >= 4:
        return None
    for nxt in _complements(h):
        got = _descend(nxt, depth + 1)
        if got is not None:
            return got
    if h.lower_ in VAGUE_WORDS and h.lower_ not in GENERIC_HEADS and any(
            c.dep_ in ("amod", "compound", "nmod") for c in h.children):
        return h  # "ceasefire negotiations", "the nuclear talks": a topic of their own
    return None


# last words of an organisation-tagged name that make it a plan, programme or undertaking, not a body
_PLAN_WORDS = {"goals", "goal", "framework", "plan", "strategy", "pact", "vision", "agenda", "principles",
               "convention", "charter", "protocol", "mechanism", "corridor"}


def _named_topic(h) -> bool:
    from . import gazetteer
    ent = next((e for e in h.doc.ents if e.start <= h.i < e.end), None)
    if ent is None:
        return False
    hit = gazetteer.lookup(ent.text)
    return bool(hit and hit[1] == "name") or ent[-1].lower_ in _PLAN_WORDS | ISSUE_HEADS


def _acceptable(h, explicit: bool = False) -> bool:
    """A topic head: no person, date or number; an organisation-tagged name only when it heads a topic word
    ("the Six-Party Talks") or, where the sentence says what was discussed, names a plan or a state the tagger
    took for an organisation ("discussed the Millennium Development Goals", "including DPRK")."""
    if h.ent_type_ in SKIP_ENTS and not (h.ent_type_ == "ORG" and (
            h.lemma_.lower() in ISSUE_HEADS | {"talks"} or explicit and _named_topic(h))):
        return False
    if h.pos_ not in ("NOUN", "PROPN"):
        return False
    return True


def _is_title(name: str) -> bool:
    """"Prime Minister", "Secretary-General", "the Foreign Ministers": a title names a person, not a topic."""
    from .actors import ROLE_HEADS, is_role_word
    words = name.split()
    heads = [w.lower().rstrip("s") for w in words if is_role_word(w)]
    return any(h in ROLE_HEADS or h + "s" in ROLE_HEADS for h in heads) and all(
        is_role_word(w) or w.lower() in ("the", "incoming", "outgoing", "new") for w in words)


def _topic(h):
    surface, _, _ = _np_text(h)
    if not surface or len(surface) > 90:
        return None
    name = canonical(surface)
    if h.lemma_.lower() in ("meeting", "visit", "summit", "call", "talk", "conference", "trip"):
        return None  # another meeting named as a topic is not an issue
    if _is_title(name):
        return None
    if not name or name.lower() in STOP_TOPICS or (h.lemma_.lower() in GENERIC_HEADS and " " not in name):
        return None
    if " " not in name and h.pos_ == "NOUN" and not h.ent_type_:
        if name.lower() in ("ties", "relations", "relationship") and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in h.children):
            return "Bilateral relations", surface  # "ties between X and Y"
        if name.lower() not in SINGLE_TOPICS:
            # "cooperation", "the agreement", "stability", "communication": a category word, a re-mention or an
            # abstract quality, not a named topic; a few subject areas stand alone ("trade", "terrorism")
            return None
    first = name.lower().split()[0]
    if first in GENERIC_HEADS and " of " not in name.lower():
        return None
    if first in ("these", "those", "this", "that", "such", "related", "other", "some", "any", "many", "several"):
        return None
    return name, surface


def issues_in(span) -> list[tuple[str, str]]:
    """(canonical name, surface form) of each topic in the sentence."""
    out, taken = [], set()
    for top in topic_heads(span):
        h = _descend(top)
        if h is None or h.i in taken or not _acceptable(h, explicit=True):
            continue
        got = _topic(h)
        if got and h.i != top.i and h.pos_ == "PROPN" and " " not in got[0]:
            # "the situation in Georgia" -> "Georgia", with the phrase as its surface form: it says the place
            # stands for a topic there, even where the state is also a side of a meeting
            got = (got[0], _np_text(top)[0])
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
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another") for c in tok.children) and not any(
                t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for c in tok.children
                if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree):
            # "reach a comprehensive agreement", "a better deal": a kind of thing hoped for, not a topic; "a
            # Haitian political accord" names a particular one
            continue
        got = _topic(tok)
        if got:
            _, a, b = _np_text(tok)
            taken.update(range(a, b))
            out.append(got)
    return out


_TOPIC_WORDS = {"issue", "matter", "question", "topic", "subject", "concern", "problem"}


def refers_back(span) -> bool:
    """Whether the sentence names its topics only by pointing back: "explored these issues", "discussed this
    and related matters", "raised the same questions"."""
    for tok in span:
        if tok.lemma_.lower() in _TOPIC_WORDS and tok.pos_ == "NOUN" and any(
                c.lower_ in ("this", "that", "these", "those", "such", "same", "related") for c in tok.children):
            return True
        if tok.lower_ in ("this", "these") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DISCUSS_VERBS:
            return True
    return False


def issue_key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower())


_ISSUE_STOP = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "with", "s", "issue", "issues", "its",
               "their", "between", "two", "both", "countries", "country", "nations", "nation", "matters", "matter"}


_SYNONYMS = {"ties": "relations", "relationship": "relations", "relation": "relations", "co-operation": "cooperation",
             "cease-fire": "ceasefire", "programme": "program", "programs": "program", "programmes": "program",
             "agreements": "agreement", "sino": "CN", "trading": "trade", "disputes": "dispute",
             "sanction": "sanctions", "weapon": "weapons", "talk": "talks", "crises": "crisis"}
# words a relations topic carries without changing which relationship it is
_RELATION_WORDS = {"relations", "bilateral", "diplomatic", "cooperation", "partnership"}


def _country_word(w: str) -> str | None:
    """The ISO code a name or demonym stands for ("greek", "greece" -> GR), for matching variants."""
    from . import gazetteer
    if w in ("us", "usa", "uk"):
        return "US" if w != "uk" else "GB"
    hit = gazetteer.lookup(w[:1].upper() + w[1:]) if w else None
    return hit[0] if hit and hit[1] in ("name", "demonym") else None


@functools.lru_cache(maxsize=4096)
def _content(name: str) -> frozenset[str]:
    low = re.sub(r"\bu\.s\.a?\.?|\bu\.k\.?", lambda m: "us" if m.group(0).startswith("u.s") else "uk", name.lower())
    words = re.sub(r"[^a-z0-9 \-]", " ", low.replace("’s", "").replace("'s", "")).split()
    out = set()
    for w in words:
        parts = [w] if not re.fullmatch(r"[a-z]+(?:-[a-z]+)+", w) else w.split("-")  # "india-china", "u.s.-vietnam"
        for x in parts:
            x = x.strip("-")
            if not x or x in _ISSUE_STOP:
                continue
            x = _SYNONYMS.get(x, x)
            out.add(_country_word(x) or x)
    return frozenset(out)


def _relations_of(words: set[str]) -> frozenset | None:
    """The states a relations topic is about ({} for "bilateral relations"), or None for other topics."""
    if "relations" not in words and not ({"bilateral", "cooperation"} <= words):
        return None
    rest = words - _RELATION_WORDS
    if all(re.fullmatch(r"[A-Z]{2}", w) for w in rest):
        return frozenset(rest)
    return None


def same_issue(a: str, b: str) -> bool:
    """Whether two names in one article name one topic: one's content words contain the other's, a relations
    topic and "bilateral relations" (or the same states), or two phrases sharing two content words that make
    up half of the shorter ("Greece's debt crisis" ~ "Greek debt crisis", "postwar peace treaty" ~
    "post-World War II peace treaty")."""
    wa, wb = _content(a), _content(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    ra, rb = _relations_of(wa), _relations_of(wb)
    if ra is not None and rb is not None and (not ra or not rb or ra == rb):
        return True
    shared = wa & wb
    topical = shared - _RELATION_WORDS
    return len(shared) >= 2 and len(shared) * 2 >= min(len(wa), len(wb)) and bool(topical) \
        and not all(re.fullmatch(r"[A-Z]{2}", w) for w in topical)


class IssueBook:
    """The issues of one article: a surface form joins an existing issue when it names the same topic
    (`same_issue`), so "bilateral relations" and "bilateral relations and trade" stay one topic. The shorter
    name is kept as the canonical one."""

    def __init__(self):
        self.entries: list[tuple[str, list[str]]] = []
        self.renamed: dict[str, str] = {}

    def add(self, name: str, surface: str) -> str:
        if not _content(name):
            return ""
        for k, (ename, forms) in enumerate(self.entries):
            if same_issue(name, ename):
                if surface not in forms:
                    forms.append(surface)
                if name not in forms and name != ename:
                    forms.append(name)
                return ename
        self.entries.append((name, [surface]))
        return name
