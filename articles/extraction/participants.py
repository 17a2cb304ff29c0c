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
SAY_VERBS = {"say", "tell", "announce", "add", "note", "report", "quote", "write", "state", "confirm", "insist",
             "express", "stress", "emphasize", "emphasise", "underline", "explain", "reiterate", "declare",
             "indicate", "claim", "reveal", "disclose"}

LETTER_WORDS = {"letter", "statement", "message", "speech", "interview", "report", "endorse"}
# verbs whose subject takes part in the meeting their object names ("held talks", "attended the summit")
_EVENT_VERBS = {"hold", "have", "conduct", "attend", "join"}
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
    before_trigger: int = 0  # participants of the last resolve() named before its trigger
    countries: list = field(default_factory=list)  # ISO codes of the states mentioned so far, in order


def _excluded(tok_start, tok_end, doc, trigger) -> bool:
    tok = doc[tok_end - 1]
    while tok.head.i in range(tok_start, tok_end) and tok.head.i != tok.i:
        tok = tok.head
    trig_anc = {a.i for a in trigger.ancestors} | {trigger.i}
    for anc in [tok] + list(tok.ancestors):
        if anc.dep_ == "relcl" and anc.i not in trig_anc \
                and trigger.i not in {x.i for x in anc.subtree}:
            return True  # a relative clause the meeting word is not part of
        if anc.lemma_.lower() in LETTER_WORDS and anc.i not in trig_anc and trigger.i not in {x.i for x in anc.subtree}:
            return True
    for anc in list(tok.ancestors)[:6]:  # "on the sidelines of the meeting of SCO foreign ministers"
        if anc.lower_ in ("sidelines", "margins", "margin", "eve") and anc.i != trigger.i:
            return True
    if _in_purpose_topic(tok, trigger) or _in_other_clause(tok, trigger) or _in_other_occasion(tok, trigger):
        return True
    if tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in NON_PARTICIPANT_HEADS \
            and tok.head.i != trigger.i:
        return True
    if tok.dep_ in ("compound", "nmod") and (tok.head.lemma_.lower() == "member" or any(
            c.lemma_.lower() == "member" for c in tok.head.children)):
        return True  # "counterparts from the SCO member states": the members, not the body
    if _names_a_topic(tok, trigger):
        return True
    said = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else tok  # "a spokesman, X, said"
    if said.dep_ == "nsubj" and said.head.lemma_.lower() in SAY_VERBS and said.head.i not in trig_anc:
        return True
    if said.dep_ == "nsubj" and said.head.lemma_.lower() in SAY_VERBS and said.head.i != trigger.i \
            and _reported(trigger, said.head):
        return True  # "X said Y and Z would meet": the speaker reports the contact, not a party to it
    if tok.dep_ == "pobj" and tok.head.text.lower() in ("by", "according") and tok.head.head.lemma_.lower() in (
            "accompany", "say", "report", "to", "endorse"):
        return True
    return False


def _in_purpose_topic(tok, trigger) -> bool:
    """A name inside the topic of a purpose clause is no party: "met X to talk about Turkey entering the EU",
    "met to discuss the border in eastern Ladakh", "will visit the US to appear at the United Nations". The
    clause is an infinitive (advcl/xcomp/acl with 'to') that does not contain the meeting word; a direct
    object or with-object there still counts ("flew to Rome to meet X", "to attend a dinner with X")."""
    trig_anc = {trigger.i} | {a.i for a in trigger.ancestors}
    path = [tok]
    for anc in tok.ancestors:
        if anc.i in trig_anc:
            return False
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("advcl", "xcomp", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in anc.children) and anc.head.i in trig_anc:
            if trigger.i in {x.i for x in anc.subtree}:
                return False
            # the name sits in the clause's topic: behind a preposition of topic or place, or the object of
            # a verb of discussion; "to attend a dinner with X", "to meet X" keep X
            if any(t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS for t in path):
                return True
            return path[-1].dep_ == "dobj" and anc.lemma_.lower() in _TOPIC_VERBS
        path.append(anc)
    return False


# "as" and "while" are left out: a clause of the same moment often reports the same occasion ("A summit
# began ... as host X held talks with Y")
_SUBORDINATORS = {"when", "after", "before", "since", "because", "although", "though", "until", "once", "whereas",
                  "if", "unless", "where"}


def _in_other_clause(tok, trigger) -> bool:
    """A name inside a clause of its own that the meeting word is not part of is no party to the meeting:
    a subordinate clause ("met X after she sent a letter to Y", "will meet X when the Soviet leader visits
    the UN"), a clause reported by someone ("..., Clark said he was persuaded the Reagan administration
    had ...") or a participle clause on another noun ("the speech given to Congress"). The clause is found by
    the dependency of its verb; one that holds the meeting word, or governs it, keeps its names."""
    trig_anc = {trigger.i} | {a.i for a in trigger.ancestors}
    for anc in tok.ancestors:
        if anc.i in trig_anc:
            return False
        if anc.pos_ not in ("VERB", "AUX") or trigger.i in {x.i for x in anc.subtree}:
            continue
        if anc.dep_ == "ccomp" or anc.dep_ == "acl" and anc.head.i not in trig_anc \
                and not _direct_party(anc.head, trigger):
            return True  # "a meeting chaired by X", "hosted a delegation led by X" name a party
        if anc.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS
                                       for c in anc.children):
            return True
        if anc.dep_ == "pcomp" and anc.head.lower_ in _TIME_PREPS:
            return True  # "After addressing the OIC meeting here, X held talks with Y"
    return False


def _venue_of_a_meeting_with(tok, trigger) -> bool:
    """'The Prime Minister met UN Secretary-General X today at the General Assembly': a body after 'at', when the
    meeting word already takes its counterpart as object, is where they met."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.head.head.i not in (trigger.i, trigger.head.i):
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "dobj" and c.i != trigger.i or c.dep_ == "prep" and c.lower_ == "with"
               for c in list(verb.children) + list(trigger.children))


def _hoper_of_another(pron, trigger) -> bool:
    """'A, B and C would meet, he added': the subject of a verb of saying whose reported clause holds the
    meeting is not the one who meets. (Widened to any verb whose clause has its own subject, 'he hoped Lee
    would attend', it lost on tune2: 'I will be meeting X' in a release took the author out.)"""
    if pron.dep_ != "nsubj" or pron.head.i == trigger.i:
        return False
    clause = next((c for c in pron.head.children if trigger.i in {x.i for x in c.subtree}), None)
    return clause is not None and clause.dep_ in ("ccomp", "parataxis") and pron.head.lemma_.lower() in SAY_VERBS


# nouns a body may modify and still be the party: its people or its delegation ("the EU delegation")
_PARTY_HEADS = {"delegation", "team", "mission", "official", "representative", "envoy", "leader", "minister",
                "side", "counterpart", "ambassador", "chief", "head", "secretary", "president", "chairman",
                "chair", "commissioner", "spokesman", "spokesperson", "director", "leadership", "member"}


def _names_a_topic(tok, trigger) -> bool:
    """A body or state written as the modifier of a common noun that is neither the meeting nor its people names
    a topic: "exchanged views on G20 issues", "EU membership", "the NATO expansion"."""
    head = tok.head
    return tok.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.i != trigger.i \
        and head.lemma_.lower() not in _PARTY_HEADS and head.lemma_.lower() not in NON_PARTICIPANT_HEADS \
        and tok.ent_type_ in ("ORG", "NORP") and not head.lower_.endswith("s'")


_TIME_PREPS = {"before", "after", "since", "following", "until", "till"}
GATHERING_WORDS = {"meeting", "meetings", "summit", "conference", "session", "forum", "ministerial", "assembly"}


def _in_other_occasion(tok, trigger) -> bool:
    """A name inside another meeting placed in time against this one is a party of that one only: "co-chaired a
    virtual meeting ... ahead of President Trump's meeting with President Putin", "the first time the two met
    since Biden's trip to Israel"."""
    from .meetings import TRIGGER_NOUNS
    trig_anc = {trigger.i} | {a.i for a in trigger.ancestors}
    for anc in tok.ancestors:
        if anc.i in trig_anc:
            return False
        if anc.pos_ not in ("NOUN", "PROPN") or anc.lower_ not in TRIGGER_NOUNS or anc.dep_ != "pobj":
            continue
        prep = anc.head
        if prep.lower_ in _TIME_PREPS or prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
            return True
        if prep.lower_ in ("at", "during") and anc.lower_ in GATHERING_WORDS and tok.head.i == anc.i \
                and tok.dep_ in ("compound", "poss", "nmod"):
            return True  # "welcomed India at the OIC meeting and discussed ... with X": the venue's body
    return False


_TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning", "in", "along", "at", "into", "against", "of",
                "within", "across", "toward", "towards", "around"}
_TOPIC_VERBS = {"discuss", "review", "address", "explore", "examine", "consider", "promote", "advance", "resolve",
                "settle", "prepare", "coordinate", "strengthen", "deepen", "boost", "assess", "evaluate"}


_TITLE_NOUNS = {"president", "minister", "secretary-general", "secretary", "director-general", "director",
                "chairman", "chair", "leader", "head", "representative", "ambassador", "spokesman", "spokesperson",
                "spokeswoman", "envoy", "official", "officials", "chief", "member", "general", "commissioner"}


def _in_person_title(m, doc, table, sent_index, trigger) -> bool:
    """'ANC president Oliver Tambo', 'the director-general of the Israeli Foreign Ministry', 'Secretary-General
    of ASEAN': an organisation named in someone's title is that person's affiliation, not a further party."""
    if title_holder(m, doc, table, sent_index) is not None:
        return True
    tok = doc[m.end - 1]
    while tok.head.i in range(m.start, m.end) and tok.head.i != tok.i:
        tok = tok.head
    hops, cur = 0, tok
    while hops < 3 and cur.head.i != cur.i:
        cur = cur.head
        hops += 1
        if cur.i == trigger.i:
            return False
        if cur.tag_ in ("NNS", "NNPS") and cur.lemma_.lower() in _TITLE_NOUNS | {"member", "delegate"}:
            return False  # "representatives from the IOM", "members of the Labour Party": unnamed, the body is the party
        if cur.lower_ in _TITLE_NOUNS or cur.lemma_.lower() in _TITLE_NOUNS:
            # "a meeting of NATO foreign ministers": unnamed ministers of a body are the body meeting
            return cur.tag_ != "NNS"
        if cur.ent_type_ == "PERSON" or any(o.start <= cur.i < o.end and table.get(o.actor).kind == "person"
                                            for o in table.mentions_in(sent_index)):
            return True
        if cur.pos_ == "VERB":
            return False
    return False


_TITLE_RUN_WORDS = {"and", "of", "the", "for", "-", "–", "(", ")", "'s", "’s", "dr", "dr.", "mr", "mr.", "ms", "ms.",
                    "mrs", "mrs.", "h.e.", "general"}


def title_holder(m, doc, table, sent_index) -> int | None:
    """The words after an organisation run, through title words only, into a named person: "Caribbean Community
    (CARICOM) Secretary-General Dr. Carla Barnett", "General Secretary of the Lao People's Revolutionary Party
    and President of Laos Thongloun Sisoulith". The parse often misses such a title; the surface shows it. An
    'and' counts only when a title opens before the organisation (not "met the EU and President X").
    Returns the holder's actor key, or None."""
    from .actors import ROLE_HEADS, ROLE_MODIFIERS
    starts = {o.start: o for o in table.mentions_in(sent_index) if table.get(o.actor).kind == "person"}
    before = [t.lower_ for t in doc[max(0, m.start - 4):m.start]]
    titled_before = any(w in ROLE_HEADS for w in before) and any(w in ("of", "for") for w in before[-2:])
    saw_title, saw_and = False, False
    for k in range(m.end, min(len(doc), m.end + 12)):
        if k in starts:
            return starts[k].actor if saw_title and (titled_before or not saw_and) else None
        t = doc[k]
        low = t.lower_
        if low in ROLE_HEADS:
            saw_title = True
        elif low == "and":
            saw_and = True
        elif not (low in ROLE_MODIFIERS or low in _TITLE_RUN_WORDS or t.text.isupper()
                  or gazetteer.lookup(t.text)):
            return None
    return None


def _reported(trigger, say_verb) -> bool:
    """Whether the trigger sits in the reported clause (ccomp) of a verb of saying."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.head.i == say_verb.i:
            return tok.dep_ in ("ccomp", "parataxis") or (tok.dep_ == "conj" and False)
        tok = tok.head
    return False


def _speaker_of(pron) -> int | None:
    """'X said he ...': the token heading the subject of the verb of saying that governs the pronoun's clause."""
    tok = pron.head
    while tok.head.i != tok.i and tok.dep_ not in ("ccomp", "parataxis"):
        tok = tok.head
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in SAY_VERBS:
        for c in tok.head.children:
            if c.dep_ == "nsubj":
                return c
    return None


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


_SIDE_NOUNS = {"minister", "leader", "president", "representative", "delegation", "government", "premier",
               "chancellor", "head", "official", "ambassador", "envoy", "king", "emir", "counterpart"}
_STATE_WORDS = {"republic", "kingdom", "state", "states", "federation", "union", "emirates", "commonwealth",
                "principality", "sultanate"}


def _agentless_with(trigger) -> bool:
    """A meeting noun that is the subject of a passive event verb with no agent, and whose parties all
    come after 'with': "Talks were held with ...", "Meetings were also conducted with ..."."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "nsubjpass":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in ("hold", "conduct", "have", "organise", "organize", "arrange"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in list(verb.children) + list(trigger.children))


def _direct_party(tok, trigger) -> bool:
    """Whether a noun is an argument of the meeting word itself: its subject or object, a conjunct of
    one, or the object of with/to/between/by attached to the trigger (or to the verb governing a noun
    trigger: "held talks with the Chinese delegation") - not a noun deeper inside a topic phrase
    ("discussed sanctions against the South African government")."""
    anchors = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN"):
        anchors.add(trigger.head.i)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos") and tok.head.i in anchors:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to", "between", "by", "from", "among", "of") \
            and tok.head.head.i in anchors:
        return True
    if tok.dep_ in ("compound", "poss", "amod") and tok.head.i == trigger.i:
        return True
    return tok.i == trigger.i


_LEADER_ROLES = ("president", "prime minister", "chancellor", "premier", "king", "emir", "leader")


def _leader_of(code, table: ActorTable, side=None):
    """The one person of the article who leads state `code` (by the role the text gives them), holding the
    title the sentence names when it names one ("the presidents of A, B and C": not A's prime minister)."""
    word = side.lemma_.lower() if side is not None else "leader"
    roles = _LEADER_ROLES if word in ("leader", "head") else (word,)
    found = [a.key for a in table.actors if a.kind == "person" and a.country == code and a.role
             and any(r in a.role.lower() for r in roles) and "vice" not in a.role.lower()
             and "deputy" not in a.role.lower()]
    return found[0] if len(found) == 1 else None


def _counterpart_state(span, trigger, table: ActorTable, disc: Discourse, sent_index, own):
    """The state of 'his counterpart' when no name follows: the other state of the last meeting's two sides,
    or of the last two states the article named."""
    ments = table.mentions_in(sent_index)
    for t in span:
        if t.lower_ != "counterpart" or not _direct_party(t, trigger):
            continue
        if any(m.start <= x.i < m.end for m in ments for x in t.subtree) or any(
                m.start == t.i + 1 or (m.start == t.i + 2 and span.doc[t.i + 1].text == ",") for m in ments):
            return None  # "his counterpart Wang Yi" is named
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children):
            return None  # "his Chinese counterpart": the country mention itself is found as a state
        pair = []
        if disc.last_meeting and sent_index - disc.last_meeting_sent <= 12:
            pair = list(dict.fromkeys(table.get(p).country for p in disc.last_meeting if table.get(p).country))
        if len(pair) != 2:
            pair = list(dict.fromkeys(c for c in reversed(disc.countries) if gazetteer.is_sovereign(c)))[:2]
        if len(pair) == 2 and own in pair:
            other = [c for c in pair if c != own][0]
            return other if gazetteer.is_sovereign(other) else None
        return None
    return None


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _side_noun(root):
    """'the Foreign Ministers of Russia, China and Brazil', 'the Ministers of the Republic of Korea, Japan and
    the People's Republic of China': the title noun a state is the 'of'-complement of, or None."""
    h = root
    for _ in range(4):
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ != "pobj" or h.head.lower_ not in ("of", "from"):
            return None  # "the Ministers of X and Y", "counterparts from X, Y and Z"
        h = h.head.head
        word = h.lower_[:-1] if h.lower_.endswith("s") else h.lower_
        if h.lemma_.lower() in _SIDE_NOUNS or word in _SIDE_NOUNS:
            return h
        if h.lower_ not in _STATE_WORDS:
            return None
    return None


_PLURAL_OFFICIALS = {"ministers", "secretaries", "leaders", "officials", "delegations", "presidents", "premiers",
                     "diplomats", "envoys", "ambassadors", "negotiators", "governments", "countries", "nations",
                     "sides"}


def _unnamed_officials_sides(span, trigger, table: ActorTable, disc: Discourse, sent_index) -> list:
    """The two states behind a plural of officials that names none of them: "foreign ministers of both
    countries", "the Foreign Secretaries would meet", "negotiators of the two nations held talks". They are
    the states of the two sides of the meeting reported last (a state and its people are one side)."""
    codes, people = [], []
    if disc.last_meeting and sent_index - disc.last_meeting_sent <= 12:
        codes = list(dict.fromkeys(table.get(p).country for p in disc.last_meeting if table.get(p).country))
        if len(disc.last_meeting) == 2 and sent_index - disc.last_meeting_sent <= 3:
            people = list(disc.last_meeting)  # "the two nations" right after two people met: those two
    # "both countries" with no meeting before it: the last two states the article named
    recent = list(dict.fromkeys(c for c in reversed(disc.countries) if gazetteer.is_sovereign(c)))[:2]
    ments = table.mentions_in(sent_index)
    for t in span:
        if t.lower_ not in _PLURAL_OFFICIALS or t.i == trigger.i or t.dep_ in ("compound", "poss", "amod"):
            continue
        if any(m.start <= x.i < m.end for m in ments for x in t.subtree):
            continue  # "the ministers of X, Y and Z" names its people or states
        nested = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _PLURAL_OFFICIALS
        own = t.head.head if nested else t
        if not _direct_party(own, trigger):
            continue
        if t.lower_ in ("countries", "nations", "governments", "sides") and not any(
                c.lower_ in ("both", "two") for c in t.children):
            continue
        if not nested and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children) and not any(
                g.lower_ in ("both", "two") for c in t.children for g in c.subtree):
            continue  # "the ministers of the region": some other states
        both = any(c.lower_ in ("both", "two") for c in t.children) or (nested and any(
            c.lower_ in ("both", "two") for c in t.head.head.children)) or any(
            g.lower_ in ("both", "two") for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.subtree)
        if not both and not (any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
                c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "ADJ"
                                                   and c.lower_ not in ("foreign", "prime", "top", "senior"))
                for c in t.children)):
            continue  # "previous Israeli leaders", "ministers": not the two sides of this article
        pair = codes if len(codes) == 2 else people if both and people else recent if both and len(recent) == 2 \
            else []
        return pair if all(isinstance(c, int) or gazetteer.is_sovereign(c) for c in pair) else []
    return []


def resolve(sent, trigger, table: ActorTable, cmentions: list[CountryMention], disc: Discourse,
            role_lookup) -> tuple[list, int, list[str]]:
    """(participants as actor keys / ISO codes, number of named actors, reason notes)."""
    span, doc = sent.span, sent.span.doc
    parts: list = []
    notes = []
    named = 0
    placed = []  # (token position, key, note)
    for m in table.mentions_in(sent.index):
        if _excluded(m.start, m.end, doc, trigger):
            continue
        if table.get(m.actor).kind == "organization" and (_in_person_title(m, doc, table, sent.index, trigger)
                                                            or _venue_of_a_meeting_with(doc[m.end - 1], trigger)):
            continue
        placed.append((m.start, m.actor, None))
    # bare titles: "the Secretary-General", "The President", "the External Affairs Minister"
    for key, t_start, t_end in role_lookup(sent, table):
        if _excluded(t_start, t_end, doc, trigger):
            continue
        placed.append((t_start, key, "title reference"))
    placed.sort(key=lambda x: x[0])
    before = 0
    for pos, key, note in placed:
        if key in parts:
            continue
        parts.append(key)
        if pos < trigger.i:
            before += 1
        if note:
            notes.append(note)
        else:
            named += 1
    disc.before_trigger = before
    group = _group_phrase(span)
    persons_in = [p for p in parts if isinstance(p, int) and table.get(p).kind == "person"]
    pron_subj = None
    speaker_key = None
    for t in span:
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.lower_ in ("he", "she", "his", "her", "they", "their", "we", "i", "my", "our") \
                and (t.head.i == trigger.i or trigger.i in {x.i for x in t.head.subtree}) \
                and not _hoper_of_another(t, trigger):
            pron_subj = t.lower_
            sp = _speaker_of(t)
            if sp is not None:
                speaker_key = next((m.actor for m in table.mentions_in(sent.index) if m.start <= sp.i < m.end
                                    and table.get(m.actor).kind == "person"), None)
            break
    # "the two leaders", "they" stand for the people of the last meeting, unless the sentence names two
    # people itself ("A and B spoke on July 4, when both leaders focused on ...")
    if (group or pron_subj in ("they", "their")) and len(persons_in) < 2:
        src = disc.last_meeting if disc.last_meeting and sent.index - disc.last_meeting_sent <= 6 else \
            list(dict.fromkeys(reversed(disc.persons)))[:2]
        for p in src:
            if p not in parts:
                parts.append(p)
        notes.append("group phrase")
    elif pron_subj in ("he", "she", "his", "her") and (disc.subjects or speaker_key is not None):
        subj = speaker_key if speaker_key is not None else disc.subjects[-1]
        if subj not in parts:
            parts.insert(0, subj)
            notes.append("pronoun")
    elif pron_subj in ("i", "my", "we", "our") and disc.author is not None and disc.author not in parts:
        parts.insert(0, disc.author)
        notes.append("author")
    # "He also spoke to them separately": 'them' as the object of the contact are the people just listed
    them = next((t for t in span if t.lower_ == "them" and (
        (t.dep_ == "dobj" and t.head.i == trigger.i)
        or (t.dep_ == "pobj" and t.head.lower_ in ("with", "to") and t.head.head.i == trigger.i))), None)
    if them is not None and sent.index > 0:
        prev = [m.actor for m in table.mentions_in(sent.index - 1) if table.get(m.actor).kind == "person"]
        if prev and "pronoun" in notes and parts and parts[0] in prev:
            # "she ... spoke to them": the speaker is not one of them, but the subject before the list
            alt = next((k for k in reversed(disc.subjects) if k not in prev), None)
            parts = [alt] + parts[1:] if alt is not None else parts[1:]
        for p in dict.fromkeys(prev):
            if p not in parts:
                parts.append(p)
        if prev:
            notes.append("them: the people listed before")
    # "Talks were held with X and Y", "Bilateral discussions were also held with ...": an agentless passive
    # event names only the counterparts; the host is the subject the discourse is about
    if not group and pron_subj is None and disc.subjects and _agentless_with(trigger):
        subj = disc.subjects[-1]
        if subj not in parts:
            parts.insert(0, subj)
            notes.append("implicit host")
    # "He looked forward to visiting in the coming months": a visit with no destination goes to the state of
    # the counterpart just met
    if len(parts) == 1 and isinstance(parts[0], int) and trigger.lemma_.lower() == "visit" \
            and trigger.pos_ == "VERB" and disc.last_meeting and sent.index - disc.last_meeting_sent <= 4 \
            and not any(c.dep_ in ("dobj", "prep", "dative") and c.lower_ not in ("in", "during", "within")
                        for c in trigger.children):
        own = table.get(parts[0]).country
        dest = {table.get(p).country for p in disc.last_meeting if p != parts[0]} - {None, own}
        if own and len(dest) == 1:
            parts.append(dest.pop())
            notes.append("destination from the counterpart")
    # "held an online meeting with his counterpart": an unnamed counterpart is the other state of the two the
    # article is about
    if len(parts) == 1 and isinstance(parts[0], int) and table.get(parts[0]).country:
        code = _counterpart_state(span, trigger, table, disc, sent.index, table.get(parts[0]).country)
        if code:
            parts.append(code)
            notes.append("unnamed counterpart")
    # "a meeting of the foreign ministers of both countries", "the Foreign Secretaries would meet": unnamed
    # officials of the two states the article is about stand for those states
    if len(parts) < 2 and not group:
        for code in _unnamed_officials_sides(span, trigger, table, disc, sent.index):
            if code not in parts:
                parts.append(code)
                notes.append("officials of both states")
    # states met at government level
    actor_countries = {table.get(p).country for p in parts if isinstance(p, int)}
    n_persons = sum(1 for p in parts if isinstance(p, int) and table.get(p).kind == "person")
    trig_sub = {x.i for x in trigger.subtree} | {trigger.i}
    for cm in cmentions:
        if not gazetteer.is_sovereign(cm.code) or cm.code in actor_countries or cm.code in parts:
            continue
        tok = doc[cm.end - 1]
        head = tok.head
        ok = False
        if cm.how == "demonym" and tok.dep_ in ("amod", "compound") and head.lemma_.lower() in GOV_SIDE_NOUNS \
                and not any(m.start <= head.i < m.end or m.start <= head.head.i < m.end and head.dep_ == "compound"
                            for m in table.mentions_in(sent.index)):
            ok = _direct_party(head, trigger)
        elif cm.how == "name" and n_persons >= 2 and trigger.lower_ in ("summit", "conference", "ministerial") \
                and _side_noun(_conj_root(tok)) is not None and _side_noun(_conj_root(tok)).i in trig_sub:
            ok = True  # "a summit of the leaders of A, B and C": the states whose leaders go unnamed here
            leader = _leader_of(cm.code, table, _side_noun(_conj_root(tok)))
            if leader is not None and leader not in parts:
                parts.append(leader)
                actor_countries.add(cm.code)
                notes.append("leader of a state at the summit")
                continue
            if any(isinstance(p, int) and table.get(p).kind == "person" and not table.get(p).country
                   for p in parts):
                continue  # a named leader of no known state may well be this state's
        elif cm.how in ("name", "capital") and n_persons < 2:
            if tok.dep_ == "dobj" and head.i == trigger.i and trigger.lemma_.lower() == "visit":
                ok = True
            elif tok.dep_ == "pobj" and head.text.lower() in ("to", "with") and (head.head.i == trigger.i):
                ok = trigger.lemma_.lower() in ("visit", "trip", "talk", "meet", "talks", "meeting", "confer")
            elif tok.dep_ in ("pobj", "dobj") and trigger.lemma_.lower() in ("visit", "trip", "tour") \
                    and trigger.head.lower_ == "on" and (head.head.i == trigger.head.head.i if tok.dep_ == "pobj"
                                                         else head.i == trigger.head.head.i) \
                    and (tok.dep_ == "dobj" or head.lower_ in ("to", "in")):
                ok = True  # "came to India on an official visit", "arrived in Oslo on a state visit"
            else:
                root = tok
                while root.dep_ == "conj" and root.head.i != root.i:
                    root = root.head
                side = _side_noun(root)
                if side is not None:
                    ok = side.i in trig_sub or side.head.i == trigger.i or side.head.head.i == trigger.i
                elif root.dep_ == "nsubj" and (root.head.i == trigger.i and trigger.pos_ == "VERB" or (
                        cm.how == "name" and root.head.i == _event_verb(trigger))):  # not a dateline's capital
                    ok = True  # "Russia and China met", "Japan, Korea and the US held trilateral talks"
                elif _names_the_sides(tok, trigger):
                    ok = True  # "the India-Australia Foreign Ministers' Framework Dialogue", "US-China talks"
        if ok:
            known = _known_holder(cm, head, table, disc) if cm.how == "demonym" else None
            parts.append(known if known is not None else cm.code)
            actor_countries.add(cm.code)
            notes.append("person named before" if known is not None else "state at government level")
    return _one_entry_per_side(parts, table), named, notes


def _event_verb(trigger) -> int | None:
    """The verb whose subject takes part in the meeting a noun names: "held talks", "held the third round of
    their dialogue", "attended the summit"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the third round of ...", "a session of ..."
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _EVENT_VERBS:
        return noun.head.i
    return None


def _names_the_sides(tok, trigger) -> bool:
    """A pair of states written as one modifier of the meeting noun names its two sides: "US-China talks",
    "the 5th India-Australia Foreign Ministers' Framework Dialogue". The states must be hyphenated together and
    reach the noun through modifiers only."""
    if trigger.pos_ not in ("NOUN", "PROPN") or tok.i > trigger.i:
        return False
    joined = tok.i + 1 < len(tok.doc) and tok.nbor(1).text in ("-", "–") or "-" in tok.text or (
        tok.i > 0 and tok.nbor(-1).text in ("-", "–"))
    if not joined:
        return False
    cur = tok
    for _ in range(4):
        if cur.i == trigger.i:
            return True
        if cur.dep_ not in ("compound", "nmod", "amod", "poss", "punct") and cur.head.i != trigger.i:
            return False
        cur = cur.head
    return cur.i == trigger.i


_PERSON_SIDE_NOUNS = {"counterpart", "president", "minister", "leader", "premier", "chancellor", "representative",
                      "ambassador", "envoy", "king", "emir"}


def _known_holder(cm, head, table: ActorTable, disc: Discourse):
    """'his Chinese counterpart', 'the Kenyan president' with no name: the one person of that state the article
    has already named, if there is just one."""
    if head.lemma_.lower() not in _PERSON_SIDE_NOUNS:
        return None
    seen = {p for p in disc.persons if table.get(p).country == cm.code}
    return seen.pop() if len(seen) == 1 else None


def _one_entry_per_side(parts, table: ActorTable) -> list:
    """A state is a party by its code only when none of its people is named: "the Soviet president" beside
    Gorbachev, or "Saudi Arabia" beside its foreign minister, is the same side once more."""
    represented = {table.get(p).country for p in parts if isinstance(p, int) and table.get(p).kind == "person"}
    return [p for p in parts if not (isinstance(p, str) and p in represented)]
