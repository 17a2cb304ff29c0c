"""Contacts a sentence reports beside, or instead of, its first: a second contact in a clause of its own
("... after his talks with X, the leaders of A and B are expected to exchange visits"), visitors listed
together, gatherings named by the body that convenes them, talks between officials; and the names that are
no party of a contact (the club of the states met, a topic of another verb of discussion).

Everything works on the dependency structure of the meeting word: the clause it heads, its subject, its
own modifiers and objects.
"""
from __future__ import annotations

from . import gazetteer
from .actors import ActorTable
from .drafts import GATHERING_NOUNS
from .forums import forum_of, name_run
from .meetings import Draft


# modifiers of a meeting word that send officials below the people named: "officials' talks", "working-level
# talks", "expert consultations", "technical talks"; an "official visit" or a "working visit" is the
# principal's own
_DELEGATED = {"officials", "officials'", "expert", "experts", "technical"}


def delegated(trig) -> bool:
    """Whether a meeting word is one of officials below the people named ("officials talks in Tehran")."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c for c in trig.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return any(t.lower_ in _DELEGATED or t.lower_ in ("official", "working") and t.head.lower_ == "level"
               for c in mods for t in c.subtree)


def states_of(parts, table: ActorTable) -> list:
    """Talks between officials are a contact of their governments: the people who agreed to them stand for
    their states ("we agreed to explore them further at officials talks in Tehran" - Australia and Iran)."""
    out = []
    for p in parts:
        a = table.get(p) if isinstance(p, int) else None
        code = a.country if a is not None and a.kind == "person" and a.country else p
        if code not in out:
            out.append(code)
    return out


_VISIT_VERBS = {"visit", "come", "travel", "arrive", "fly"}
_VISIT_NOUNS = {"visit", "visits", "trip", "tour"}


def visit_destination(sent, mentions):
    """The state a visit in this sentence goes to ("will visit the United States", "a trip to Kabul")."""
    if not (_VISIT_VERBS | _VISIT_NOUNS) & sent.words:
        return None
    for t in sent.span:
        if t.lemma_.lower() in _VISIT_VERBS or t.lower_ in _VISIT_NOUNS:
            code = destination_of(t, mentions)
            if code:
                return code
    return None


def destination_of(t, mentions):
    """The state a visit word goes to: its object or the object of its "to"."""
    if t.lemma_.lower() not in _VISIT_VERBS and t.lower_ not in _VISIT_NOUNS:
        return None
    objs = [c for c in t.children if c.dep_ == "dobj" and t.pos_ == "VERB"] + [
        o for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for o in objs:
        inside = {x.i for x in o.subtree}
        code = next((c.code for c in mentions if c.start in inside and gazetteer.is_sovereign(c.code)), None)
        if code:
            return code
    return None


def state_of(p, table: ActorTable):
    """The state a party stands for: its code, or a person's or body's country (None when unknown)."""
    return p if isinstance(p, str) else table.get(p).country


def _is_visitor(tok) -> bool:
    """The subject of a visit: "X will visit", "X will make a state visit", "X will come for talks"."""
    for _ in range(5):  # "Indonesian [President]", "Park [Geun-hye] and ...": up to the subject
        if tok.dep_ not in ("compound", "amod", "nmod", "appos", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() in _VISIT_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _VISIT_NOUNS or c.dep_ == "prep" and any(
        o.lower_ in _VISIT_NOUNS for o in c.children) for c in verb.children)


def visitors_only(trig, parts, sent, table: ActorTable, mentions) -> bool:
    """Whether every party of a visit is one of its visitors, of two or more states, with no host named."""
    if trig.lemma_.lower() not in _VISIT_VERBS and trig.lower_ not in _VISIT_NOUNS:
        return False
    ments = table.mentions_in(sent.index)
    for p in parts:
        if isinstance(p, int):
            toks = [sent.span.doc[m.end - 1] for m in ments if m.actor == p]
        else:
            toks = [sent.span.doc[c.end - 1] for c in mentions if c.code == p]
        if not toks or not any(_is_visitor(t) for t in toks):
            return False
    states = {state_of(p, table) for p in parts}
    return len(parts) >= 2 and len(states) >= 2


def per_visitor(d, table: ActorTable):
    """One visit per visiting state, each with the host (the last party)."""
    if "visitors of several states" not in d.notes:
        return None
    host, visitors = d.participants[-1], d.participants[:-1]
    groups: dict = {}
    for v in visitors:
        groups.setdefault(state_of(v, table) or f"#{v}", []).append(v)
    out = []
    for members in groups.values():
        people = [m for m in members if isinstance(m, int)] or members
        out.append(Draft(d.sent, people + [host], d.kind, d.status, d.date, d.precision, d.location,
                         d.location_country, list(d.issues), d.confidence, d.reason + "; one visit per visitor",
                         d.trigger, d.named, d.notes))
    return out


def itinerary(trig) -> bool:
    """A visit to a list of places ("visiting Japan, Hong Kong and China") announces a journey, not a
    contact: each stop is a meeting only through the contacts the text names there."""
    if trig.lemma_.lower() not in ("visit", "tour", "trip"):
        return False
    dests = [c for c in trig.children if c.dep_ == "dobj"] + [
        o for c in trig.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return any(any(c.dep_ == "conj" for c in d.children) for d in dests)


# dependencies that open a clause of its own: a contact there is another event than the main clause's
_CLAUSE_HEADS = ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj")


def _clause_of(tok):
    """The verb heading the clause a meeting word belongs to ("expected" of "A and B are expected to
    exchange visits": an infinitive shares its clause's subject; "prepare" of "... at which they will
    discuss X and prepare the G8 meeting")."""
    cur = tok
    while not (cur.pos_ in ("VERB", "AUX") and cur.dep_ in _CLAUSE_HEADS) and cur.head.i != cur.i:
        cur = cur.head
    return cur


_SEQUENCE_WORDS = {"before", "after", "following", "since", "ahead", "prior"}


def sequence_phrase(trig) -> bool:
    """A meeting word that only times another event ("before his summit with Bush", "ahead of the summit",
    "after talks with X") names a contact of its own."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    return prep.lower_ in _SEQUENCE_WORDS or prep.lower_ in ("of", "to") and prep.head.lower_ in _SEQUENCE_WORDS


def _scope(trig, first) -> set:
    """The tokens that can name the parties of a second contact: its own phrase when it only times the
    first ("before his summit with Bush"), else its own clause outside the first contact's phrase."""
    if sequence_phrase(trig) and first.i not in {x.i for x in trig.subtree}:
        return {x.i for x in trig.subtree}
    return {x.i for x in _clause_of(trig).subtree} - {x.i for x in first.subtree}


def possessor(trig, sent, table: ActorTable):
    """The person a possessive pronoun on a meeting word stands for: the subject of its clause."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in trig.children):
        return None
    subj = next((c for c in _clause_of(trig).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return next((m.actor for m in table.mentions_in(sent.index) if m.start <= subj.i < m.end
                 and table.get(m.actor).kind == "person"), None)


def own_clause(trig, first) -> bool:
    """A second meeting word that heads a contact of its own: it sits in another clause than the first and
    is no part of the first's phrase ("... said after his talks with X that the leaders of A and B are
    expected to exchange visits this year")."""
    if trig.i == first.i:
        return False
    if sequence_phrase(trig) and first.i not in {x.i for x in trig.subtree}:
        return True  # "will visit X on May 29, before his summit with Bush"
    a, b = _clause_of(trig), _clause_of(first)
    if a.i == b.i or first.i in {x.i for x in a.subtree}:
        return False
    return trig.i not in {x.i for x in first.subtree} or a.i in {x.i for x in first.subtree} and a.i != first.i


def subject_states(trig, mentions) -> list:
    """States named in the subject of a contact's clause: "the leaders of China and Britain are expected to
    exchange visits", "Russia and China will hold talks"."""
    root = _clause_of(trig)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    inside = {x.i for x in subj.subtree}
    codes = [c.code for c in mentions if c.how in ("name", "demonym") and c.start in inside
             and gazetteer.is_sovereign(c.code)]
    return list(dict.fromkeys(codes)) if len(set(codes)) >= 2 else []


def second_contact_parties(parts, trig, first, sent, table: ActorTable, mentions) -> list:
    """The parties of a contact reported beside the first one (`first`, a Draft): those named in its own
    clause or phrase, the subject a possessive stands for ("before his summit with Bush"), the people just
    named when a pronoun points back ("... and invited him to visit India"), else the states of its
    clause's subject, else its destination ("discussed President X's visit to India")."""
    parts = in_clause(parts, trig, first.trigger, sent, table, mentions)
    subject = possessor(trig, sent, table)
    if subject is not None and subject not in parts:
        parts.insert(0, subject)
    if points_back(trig, first.trigger):
        parts = [p for p in first.participants if isinstance(p, int)] + \
            [p for p in parts if p not in first.participants]
    if len(parts) < 2 and not sequence_phrase(trig):
        parts += [c for c in subject_states(trig, mentions) if c not in parts]
    dest = destination_of(trig, mentions) if len(parts) < 2 else None
    if dest and dest not in {state_of(p, table) for p in parts}:
        parts.append(dest)
    return parts


def cede(first, trig, sent, table: ActorTable, mentions, count_sides):
    """The first contact loses the parties named only inside the second contact's clause ("The meetings,
    which end today, ... lay groundwork for a summit between Reagan and Mulroney"); with fewer than two
    left it was no contact of its own (None)."""
    scope = _scope(trig, first.trigger)
    ments = table.mentions_in(sent.index)
    keep = []
    for p in first.participants:
        spans = [(m.start, m.end) for m in ments if m.actor == p] if isinstance(p, int) else \
            [(c.start, c.end) for c in mentions if c.code == p]
        if not spans or any(i not in scope for a, b in spans for i in range(a, b)):
            keep.append(p)
    if len(keep) == len(first.participants):
        return first
    if len(keep) < 2:
        return None
    first.participants = keep
    if first.kind == "multilateral" and count_sides(keep, table) < 3 and first.trigger.lower_ not in GATHERING_NOUNS:
        first.kind = "in_person"  # it was one of several parties only through the other contact's
    return first


def points_back(trig, first) -> bool:
    """Whether the second contact's clause names a party by an object pronoun ("invited him to visit")."""
    scope = _scope(trig, first)
    return any(t.lower_ in ("him", "her", "them") and t.dep_ in ("dobj", "pobj", "dative")
               for t in trig.doc[min(scope):max(scope) + 1] if t.i in scope) if scope else False


def in_clause(parts, trig, first, sent, table: ActorTable, mentions) -> list:
    """The parties of a second contact are those named in its own clause, outside the first contact's
    phrase; a state inferred from the discourse (no mention here) stays."""
    scope = _scope(trig, first)
    ments = table.mentions_in(sent.index)
    out = []
    for p in parts:
        if isinstance(p, int):
            spans = [(m.start, m.end) for m in ments if m.actor == p]
        else:
            spans = [(c.start, c.end) for c in mentions if c.code == p]
        if not spans or any(i in scope for a, b in spans for i in range(a, b)):
            out.append(p)
    return out


_CONTACT_NOUNS = {"meeting", "meetings", "talks", "interaction", "interactions", "conversation", "encounter",
                  "discussions", "bilateral", "bilaterals", "exchange", "exchanges"}


def hosts_a_contact(trig) -> bool:
    """A gathering that is only the occasion of another contact: "on the sidelines of the X Forum",
    "previous interactions occurring at the Munich Security Conference", "a meeting at the G20 summit"."""
    prep = trig.head
    if prep.lower_ == "of" and prep.head.lower_ in ("sidelines", "sideline", "margins", "margin"):
        return True
    if trig.dep_ != "pobj" or prep.lower_ not in ("at", "during", "on"):
        return False
    host = prep.head
    if host.pos_ == "VERB" and host.dep_ == "acl":
        host = host.head  # "interactions occurring at ..."
    return host.lower_ in _CONTACT_NOUNS


ATTEND_VERBS = {"attend", "join", "participate"}
_GROUP_SUBJECTS = {"leaders", "ministers", "presidents", "heads", "premiers", "chancellors", "men", "women"}


def group_attends(trig) -> bool:
    """A gathering that a definite group ("The leaders", "the two ministers") sets out to attend: the subject
    of the attending verb, or of the verb whose purpose it is ("The leaders will leave Berlin for Brussels to
    attend an emergency summit")."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.lower_ not in GATHERING_NOUNS:
        return False
    verb = trig.head.head if trig.dep_ == "pobj" else trig.head
    if verb.lemma_.lower() == "part":
        verb = verb.head  # "take part in"
    if verb.lemma_.lower() not in ATTEND_VERBS | {"take"}:
        return False
    while verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _GROUP_SUBJECTS and any(
        c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two") for c in subj.children) \
        and not any(c.dep_ == "prep" for c in subj.children)


def states_in_name(trig, parts, table: ActorTable, mentions) -> list:
    """The states a meeting's name sets side by side ("the Japan-Russia vice-ministerial consultation", "the
    Australia New Zealand Foreign Ministers' Meeting") are its sides, where no party stands for them yet."""
    if trig.pos_ not in ("NOUN", "PROPN") or not parts:
        return []  # completes the sides of a contact someone is named at, makes none of its own
    run = name_run(trig)
    if not len(run):
        return []
    codes = list(dict.fromkeys(c.code for c in mentions if run.start <= c.start < run.end
                               and c.how in ("name", "demonym") and gazetteer.is_sovereign(c.code)))
    if len(codes) < 2:
        return []
    have = {state_of(p, table) for p in parts}
    return [c for c in codes if c not in have]


def forum_party(trig, parts, table: ActorTable, sent):
    """The body convening a named gathering the sentence gives no party for ("the next East Asia meeting
    will be held in Cebu", "to host a successful G20 Hangzhou Summit"); a gathering that already has two
    sides or an organisation among its parties needs none."""
    if trig.pos_ not in ("NOUN", "PROPN") or len(parts) >= 2 or any(
            isinstance(p, int) and table.get(p).kind == "organization" for p in parts):
        return None
    if hosts_a_contact(trig):
        return None  # the event that hosts another meeting is no meeting of its own
    key = forum_of(trig, table, sent)
    return key if key is not None and key not in parts else None


def venue_only(p, trig, table: ActorTable, sent) -> bool:
    """'met UN Secretary-General Guterres at the General Assembly', 'met Xi at the G20 summit': a body whose
    sitting is where a contact with a named counterpart happens is its venue, not a party. (People who
    simply 'met at the East Asia Summit' are its sitting, and keep it.)"""
    if not isinstance(p, int) or table.get(p).kind != "organization" or trig.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return False
    doc = sent.span.doc
    ments = [m for m in table.mentions_in(sent.index) if m.actor == p]
    for m in ments:
        tok = doc[m.end - 1]
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head  # "the G20 [summit]"
        if not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head.i == trig.i):
            return False
    return bool(ments)


_MEMBER_NOUNS = {"states", "countries", "members", "nations", "allies", "partners", "governments"}


def members_of(p, table, sent) -> bool:
    """'leaders of the UN member states', 'NATO allies', 'EU countries': a body named only as the club of
    the states met is not itself a party."""
    if not isinstance(p, int) or table.get(p).kind != "organization":
        return False
    doc = sent.span.doc
    ments = [m for m in table.mentions_in(sent.index) if m.actor == p]
    if not ments:
        return False
    for m in ments:
        head = doc[m.end - 1].head
        while head.dep_ == "compound" and head.lower_ in ("member",):
            head = head.head
        if not (doc[m.end - 1].dep_ in ("compound", "nmod", "amod") and head.lower_ in _MEMBER_NOUNS):
            return False
    return True


_TOPIC_VERBS = {"discuss", "raise", "review", "address", "cover", "explore", "examine"}


def topic_only(p, trig, table, sent, mentions) -> bool:
    """'his visit would be an opportunity to discuss regional issues, including APEC': a body or state named
    only inside what another verb of discussion takes as its object is a topic, not a party."""
    doc = sent.span.doc
    if isinstance(p, int):
        if table.get(p).kind == "person":
            return False
        toks = [doc[m.end - 1] for m in table.mentions_in(sent.index) if m.actor == p]
    else:
        toks = [doc[c.end - 1] for c in mentions if c.code == p]
    if not toks:
        return False
    trig_path = {trig.i} | {a.i for a in trig.ancestors}

    def in_topic(tok):
        path = [tok]
        for anc in tok.ancestors:
            if anc.i in trig_path:
                return False
            if anc.pos_ == "VERB" and anc.lemma_.lower() in _TOPIC_VERBS:
                return path[-1].dep_ == "dobj"
            path.append(anc)
        return False
    return all(in_topic(t) for t in toks)
