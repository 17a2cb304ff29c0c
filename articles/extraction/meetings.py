"""Meetings: which word reports a contact, who took part, and its kind, status, place and date.

A sentence reports a meeting when it holds a trigger: a meeting verb (meet, talk, visit, host, receive,
confer, phone) or a meeting noun (meeting, talks, call, visit, summit...) that is not a press conference,
letter or speech. Participants are the actors mentioned in the sentence minus those in contexts that
cannot take part (relative clauses, "the X administration", recipients of letters), plus group phrases
("the two ministers", "both sides"), pronouns ("he", "they"), bare titles ("the Secretary-General") and
states met at government level ("talks with the Indian government", "visited Australia").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import gazetteer
from .dates import dates_a_report, dates_in_span, follows_report_verb, is_future
from .issues import DISCUSS_VERBS, ISSUE_HEADS

TRIGGER_VERBS = {"meet", "talk", "visit", "host", "receive", "confer", "telephone", "phone", "converse",
                 "negotiate", "convene", "co-chair", "welcome", "speak", "call", "discuss", "hold", "sign"}
TRIGGER_NOUNS = {"meeting", "meetings", "talks", "talk", "call", "calls", "conversation", "visit", "visits",
                 "summit", "conference", "ministerial", "session", "discussions", "negotiations", "trip",
                 "audience", "teleconference", "videoconference", "bilateral", "bilaterals", "trilateral",
                 "consultations", "dialogue", "interactions", "interaction", "encounter", "forum", "tour",
                 "phone", "telephone", "meet"}
MULTI_NOUNS = {"summit", "conference", "ministerial", "forum", "trilateral", "g20", "plenary"}
NOT_MEETING_MODIFIERS = {"press", "news", "media"}
NOT_MEETING_HEADS = {"letter", "statement", "speech", "interview", "address", "message", "op-ed", "article"}
PLANNED_HEADS = {"expect", "plan", "due", "agree", "schedule", "set", "want", "hope", "intend", "prepare",
                 "invite", "propose", "look", "seek", "aim", "decide", "announce", "accept", "arrange", "likely",
                 "willing", "ready", "eager", "keen"}  # "is willing to host the summit": not yet held
PLANNED_ADJ = {"upcoming", "forthcoming", "planned", "proposed", "next", "scheduled", "future", "coming",
               "possible", "potential", "expected", "prospective"}
CANCEL_WORDS = {"cancel", "cancelled", "canceled", "postpone", "postponed", "scrapped", "called off"}
GROUP_NOUNS = {"ministers", "leaders", "sides", "presidents", "men", "diplomats", "countries", "parties",
               "premiers", "counterparts", "officials", "governments", "nations", "heads", "secretaries",
               "chancellors", "women", "delegations", "foreign ministers", "prime ministers", "leaders'"}
PHONE_WORDS = {"phone", "telephone", "call", "calls", "phoned", "telephoned", "spoke", "speak", "speaks",
               "spoken", "teleconference"}
VIDEO_WORDS = {"video", "virtual", "virtually", "online", "videoconference", "video-conference",
               "video-link", "videolink", "teleconference"}
VENUE_WORDS = {"house", "palace", "street", "villa", "hall", "headquarters", "mansion", "kremlin", "hotel",
               "center", "centre", "residence", "building", "lago", "chevening", "quarters", "hill"}
# nouns whose "in X" places a topic: "the situation in Georgia", "the war in Ukraine", "peace in the region"
TOPIC_HEADS = ISSUE_HEADS | {"situation", "development", "event", "peace", "stability", "fighting", "unrest",
                             "crisis", "tension", "democracy", "election", "humanitarian"}


@dataclass
class Draft:
    sent: object
    participants: list = field(default_factory=list)  # actor keys (int) or ISO codes (str)
    kind: str = "in_person"
    status: str = "held"
    date: str | None = None
    precision: str = "unknown"
    location: str | None = None
    location_country: str | None = None
    issues: list = field(default_factory=list)
    confidence: float = 0.5
    reason: str = ""
    trigger: object = None
    named: int = 0  # participants named in the sentence itself (not via pronouns, group phrases, titles)
    notes: list = field(default_factory=list)
    # the date is only a fallback (the day of the report, a date of another clause, the day of the trip): a
    # later mention that dates the meeting itself replaces it
    date_weak: bool = False


def _is_excluded_noun(tok) -> bool:
    if any(c.text.lower() in NOT_MEETING_MODIFIERS for c in tok.children if c.dep_ in ("compound", "amod")):
        return True
    if tok.text.lower() in ("call", "calls") and any(c.text.lower() in ("for", "on") for c in tok.children):
        return tok.text.lower() == "calls" or any(c.text.lower() == "for" for c in tok.children)
    return False


def _specific(tok, head) -> bool:
    """A meeting noun tied to one occasion: a date on it or its verb ("continuing discussions tomorrow"), a
    place ("a summit in Ottawa"), a convening body ("the Group of Seven meeting") or its two sides ("a
    summit between A and B")."""
    for t in (tok, head):
        for c in t.children:
            if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod", "advmod", "nummod", "compound"):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "between") and any(
                    o.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "PERSON") for o in c.subtree):
                return True
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in tok.children) \
        or tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i - 1].text[:1].isupper()


def _occasion_despite(tok, head) -> bool:
    """Talks prepared or begun are an occasion of their own when the text ties them to one ("prepare the
    Group of Eight meeting at Evian next month"), or when the parties decide to open them ("agreed to begin
    talks on ..."): a new contact, not a process. Talks continued or resumed are the same talks."""
    lemma = head.lemma_.lower()
    if lemma in ("begin", "start") and head.dep_ == "xcomp" and head.head.lemma_.lower() in ("agree", "decide"):
        return True
    return lemma in ("prepare", "pave", "lay", "groundwork") and _specific(tok, head)


def _listed_object(tok):
    """The first item of a list of meetings the word belongs to: "addressed [the meeting of X], the meeting of
    Y and the meeting of Z" (the parser hangs later items as conjuncts or appositions, often of the name)."""
    root = tok
    while root.head.i != root.i:
        if root.dep_ in ("conj", "appos"):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in (
                "meeting", "meetings", "session", "summit", "conference"):
            root = root.head.head
        else:
            break
    return root


def _asked_about(tok) -> bool:
    """A contact inside an indirect question reports none: "asked if he was prepared to get into
    discussions", "wondered whether the two would meet"."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("ccomp", "advcl", "xcomp"):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in anc.children) and \
                    anc.head.lemma_.lower() in ("ask", "wonder", "question", "inquire", "query"):
                return True
    return False


def _someones_visit(tok) -> bool:
    """'discussed follow-up to President X's visit to India in December': a named person's visit with its
    own destination or date is an occasion even as the topic of other talks."""
    if tok.lemma_.lower() not in ("visit", "trip"):
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return False
    return _specific(tok, tok) or any(t.ent_type_ in ("DATE", "GPE") for t in tok.subtree if t.i > tok.i)


def _not_an_occasion(tok) -> bool:
    """A meeting noun that names no specific occasion: part of an organisation's name ("Trilateral
    Commission"), the topic of a discussion ("discussed the planned meeting"), a generic process
    ("previous discussions", "continue discussions", "peace talks"), or a capitalised label in a footer."""
    if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW") and tok.text[:1].isupper() and tok.lower_ not in (
            "summit", "meeting", "conference", "talks", "forum", "ministerial"):
        return True
    if tok.text[:1].isupper() and tok.i > tok.sent.start and tok.head.i != tok.i and tok.ent_type_ == "" \
            and tok.pos_ == "PROPN" and tok.lower_ not in ("summit", "meeting", "conference", "talks"):
        return True
    if any(c.lower_ in ("previous", "past", "regular", "ongoing", "further", "future", "peace", "accession",
                        "continued", "such")
           for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    head = tok.head
    if head.lemma_.lower() in ("continue", "resume", "begin", "start", "favour", "favor", "opportunity", "need",
                               "pave", "prepare", "lay", "groundwork") and not (
            tok.dep_ == "nsubj" and head.lemma_.lower() in ("begin", "start", "open")) \
            and not _occasion_despite(tok, head):
        return True  # "continue consultations" is a process; "A summit ... began in X on Friday" an occasion
    # "agreed to continue coordinating interactions", "wanted to intensify the dialogue": an ongoing process
    if tok.dep_ in ("dobj", "pobj") and any(a.pos_ == "VERB" and a.lemma_.lower() in _PROCESS_VERBS
                                            for a in [head] + list(head.ancestors)[:2]):
        return True
    # "addressed the Ministerial meeting of X, the Ministerial meeting of Y ...": a speech at the event
    if _listed_object(tok).dep_ == "dobj" and _listed_object(tok).head.lemma_.lower() == "address":
        return True
    # "a relationship built in four summits", "after several rounds of talks": a count of meetings is a
    # record, no one occasion
    if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") or
                                           c.dep_ == "amod" and c.lower_ in ("several", "many", "numerous")
                                           for c in tok.children):
        return True
    if _asked_about(tok):
        return True
    # "international fora like the G20": a generic plural of gathering nouns names no occasion
    if tok.lower_ in ("fora", "forums", "summits", "conferences", "meetings") and not any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children) and any(
            c.dep_ == "amod" and c.lower_ in ("international", "multilateral", "regional", "global", "various",
                                              "several", "many")
            for c in tok.children):
        return True
    # a national or public conversation/dialogue is a debate, not a contact between parties
    if any(c.lower_ in ("national", "public", "political", "wider", "broader", "global")
           for c in tok.children if c.dep_ == "amod") and tok.lower_ in ("conversation", "dialogue", "debate"):
        return True
    # "a proponent of talks", "called for talks", "proposed a joint meeting": advocating talks is no occasion
    gov = head.head if tok.dep_ == "pobj" else head
    if tok.dep_ == "pobj" and gov.lemma_.lower() in _ADVOCATE_NOUNS:
        return True
    if tok.dep_ in ("dobj", "conj") and head.pos_ == "VERB" and head.lemma_.lower() in _ADVOCATE_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "for" and gov.lemma_.lower() in ("call", "push", "press", "appeal",
                                                                            "demand", "plea", "lobby"):
        return True
    # "reiterated its call on ...", "renewed calls": an appeal, not a phone call
    if tok.lower_ in ("call", "calls") and head.lemma_.lower() in _APPEAL_VERBS and tok.dep_ == "dobj":
        return True
    # "deliver a keynote address at the annual meeting": a speech at an event is not a contact
    if tok.dep_ == "pobj" and head.lower_ in ("at", "to", "before") and (
            gov.lemma_.lower() in NOT_MEETING_HEADS | {"deliver", "give", "present", "lecture", "speak"}
            or any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_MEETING_HEADS | {"keynote", "lecture", "paper"}
                   for c in gov.children)):
        return True
    if _in_topic_list(tok):
        return True
    # "discussed the planned meeting" names a topic; "explored the issues in a meeting with X" an occasion
    if tok.dep_ == "pobj" and head.lower_ in ("in", "at", "during", "over", "through"):
        return False
    for anc in list(tok.ancestors)[:5]:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in ("discuss", "cover", "review", "address", "explore"):
            return tok.dep_ in ("dobj", "conj", "pobj") and not _someones_visit(tok)
        if anc.pos_ == "VERB" and anc.dep_ != "prep":  # "including" heads a list, not a clause
            break
    return False


_TOPIC_NOUNS = {"issue", "topic", "matter", "agenda", "subject", "question", "item", "point"}


def _in_topic_list(tok) -> bool:
    """'The issues discussed included preparations for the summit', 'The agenda covers the coming summit',
    'These include trade, refugees and the X Dialogue': a gathering in what a clause whose subject is the
    topics (or things discussed, or "these" of a list) lists is one of them."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subjects):
        subjects = list(verb.head.children)  # "The topics reviewed included ...": a shared subject
    for subj in subjects:
        if subj.dep_ not in ("nsubj", "nsubjpass") or tok.i in {x.i for x in subj.subtree}:
            continue
        if subj.lemma_.lower() in _TOPIC_NOUNS or subj.lower_ in ("these", "those") and verb.lemma_.lower() in (
                "include", "comprise", "cover", "be") or any(
                c.dep_ == "acl" and c.lemma_.lower() in ("discuss", "cover", "raise", "review", "address")
                for c in subj.children):
            return True
    return False


_VISITORS = {"guest", "visitor", "delegation", "counterpart", "envoy", "ambassador", "minister", "president",
             "leader", "premier", "chancellor", "king", "emir", "prince", "secretary", "foreign minister"}
_PROCESS_VERBS = {"continue", "intensify", "deepen", "strengthen", "maintain", "promote", "coordinate", "expand",
                  "enhance", "improve", "broaden", "boost",
                  "institutionalize", "institutionalise"}
_ADVOCATE_NOUNS = {"proponent", "advocate", "supporter", "opponent", "champion", "critic", "call", "calls",
                   "proposal", "idea"}
_ADVOCATE_VERBS = {"propose", "suggest", "advocate", "urge", "demand", "float", "favour", "favor", "oppose",
                   "reject", "rule", "refuse", "seek"}
_APPEAL_VERBS = {"reiterate", "renew", "repeat", "echo", "heed", "answer", "reject", "back", "endorse", "ignore",
                 "issue"}

_PARTY_NOUNS = {"counterpart", "counterparts", "leader", "leaders", "minister", "ministers", "president", "king",
                "premier", "chancellor", "secretary", "officials", "official", "delegation", "envoy", "ambassador",
                "government", "phone", "telephone", "emir", "prince", "sides", "side", "head", "heads"}


def _party_object(prep) -> bool:
    """'spoke with/to X' counts when X can be a party: a person, organisation or state, a pronoun or a title
    ('his counterpart'); not 'speak to a conference', 'talk to reporters'."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        # "spoke with X to congratulate him": the parser may hang the name as the subject of a pcomp
        comp = next((o for o in prep.children if o.dep_ == "pcomp"), None)
        obj = next((o for o in comp.children if o.dep_ in ("nsubj", "dobj")), None) if comp is not None else None
        if obj is None or obj.ent_type_ != "PERSON" and obj.pos_ != "PROPN":
            return False
    if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ in ("PROPN", "PRON"):
        return True
    return obj.lemma_.lower() in _PARTY_NOUNS or obj.lower_ in _PARTY_NOUNS


def _calls_on(tok) -> bool:
    """'called on President X' (a courtesy visit), not 'called on Russia to withdraw' (an appeal)."""
    if tok.lemma_.lower() != "call":
        return False
    # the infinitive after an appeal asks for an action; after a visit it states its purpose
    purpose = {"discuss", "review", "exchange", "brief", "convey", "pay", "explore", "deliberate", "seek", "present",
               "meet", "hold", "visit", "talk"}
    if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() not in purpose for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ == "on" and _party_object(c):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                last = max(x.i for x in obj.subtree)
                if last + 2 < len(tok.doc) and tok.doc[last + 1].lower_ == "to" \
                        and tok.doc[last + 2].lemma_.lower() not in purpose:
                    return False
                if any(x.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in x.children) for x in obj.children):
                    return False
            return True
    return False


def _received_by(tok) -> bool:
    """'He was received by President X', 'The delegation was welcomed by the King': the passive names the host
    as its agent and the guest as its subject."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and any(
        c.dep_ == "agent" and any(g.ent_type_ == "PERSON" or g.pos_ == "PROPN" for g in c.subtree)
        for c in tok.children)
# bodies whose sitting one attends: "attend the General Assembly", "took part in the plenary"
_SITTING_BODIES = {"assembly", "plenary", "gathering", "council"}


def _attended_body(tok) -> bool:
    """A deliberative body as the object of attending stands for its sitting."""
    if tok.lower_ not in _SITTING_BODIES:
        return False
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "attend":
        return True
    return tok.dep_ == "pobj" and head.lower_ == "in" and (
        head.head.lemma_.lower() == "participate" or head.head.lower_ == "part" and head.head.head.lemma_.lower() == "take")


_DEPICTIONS = {"photo", "photograph", "picture", "image", "images", "video", "footage", "transcript", "recording"}


def _depicted(tok) -> bool:
    """'The photo of Harper talking to Obama': a contact shown in a picture or a record is that record's
    subject, not a report of a contact."""
    for anc in list(tok.ancestors)[:4]:
        if anc.lemma_.lower() in _DEPICTIONS and anc.pos_ == "NOUN":
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("acl", "relcl"):
            return False
    return False


_AGREE_VERBS = {"sign", "reach", "conclude", "ink"}
_AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "understanding", "consensus", "memorandum", "pact",
                    "protocol", "declaration", "statement", "communique", "roadmap"}


def _agreed_together(tok) -> bool:
    """'X and Y signed a joint statement', 'the understandings Biden and I reached in Bali', 'signed an
    accord with Z': an agreement two parties reach or sign together is a contact (the gold's rule)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and tok.dep_ == "relcl":
        obj = tok.head  # "the understandings [that] Biden and I reached"
    if obj is None or obj.lemma_.lower() not in _AGREEMENT_NOUNS:
        return False
    if any(a.lemma_.lower() in _ADVOCATE_VERBS | {"propose", "hope", "want", "call"} for a in list(tok.ancestors)[:3]):
        return False  # "proposing the two countries conclude a treaty": an agreement proposed is no contact
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    together = subj is not None and (any(c.dep_ == "conj" for c in subj.children) or any(
        c.lower_ in ("two", "both") for c in subj.children) or subj.lower_ in ("we", "they"))
    return together or any(c.dep_ == "prep" and c.lower_ == "with" for c in list(tok.children) + list(obj.children))


def find_triggers(span) -> list:
    """Tokens that report a contact, best first."""
    out = []
    for tok in span:
        low, lemma = tok.text.lower(), tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB")):
            if lemma in ("speak", "talk", "call"):
                # "spoke with/to X", "talked with", "called X" – not "said", "called for", "talk about" alone
                # "called X", and "called on the President" (a courtesy visit)
                if lemma == "call" and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children) \
                        and not _calls_on(tok):
                    continue
                if lemma in ("speak", "talk") and not any(
                        c.dep_ == "prep" and c.text.lower() in ("with", "to", "by") and _party_object(c)
                        for c in tok.children) \
                        and not any(c.text.lower() in ("phone", "telephone") for c in tok.subtree):
                    continue
                out.append((2, tok))
            elif lemma == "discuss":
                if any(c.dep_ == "prep" and c.text.lower() == "with" for c in tok.children) or any(
                        g.dep_ == "prep" and g.lower_ == "with" and any(x.ent_type_ == "PERSON" for x in g.subtree)
                        for c in tok.children if c.dep_ == "dobj" for g in c.children) or any(
                        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children):
                    out.append((3, tok))
            elif lemma == "exchange":
                if any(c.dep_ == "dobj" and c.lemma_.lower() in ("view", "opinion", "greeting") for c in tok.children):
                    out.append((3, tok))
            elif lemma in _AGREE_VERBS:
                if _agreed_together(tok):
                    out.append((3, tok))
            elif lemma == "hold":
                continue  # only through its object nouns
            elif lemma in ("receive", "welcome"):
                # "received Chancellor X", "received a guest in the form of X", "welcomed the delegation"
                if any(c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "NORP", "GPE") or c.lemma_.lower() in _VISITORS)
                       for c in tok.children) or _received_by(tok):
                    out.append((3, tok))
            elif lemma in TRIGGER_VERBS:
                if tok.head.lemma_.lower() in ("opportunity", "need", "continue", "resume") \
                        and tok.dep_ in ("acl", "xcomp"):  # "resumed meeting": the same meeting goes on
                    continue
                if lemma in ("host", "convene", "co-chair") and tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") \
                        and any(a.lower_ in TRIGGER_NOUNS and a.pos_ == "NOUN" for a in tok.ancestors):
                    continue  # "addressed the meeting of ... hosted by China": the meeting word itself decides
                out.append((2, tok))
        elif tok.pos_ in ("NOUN", "PROPN") and _attended_body(tok):
            out.append((1, tok))
        elif tok.pos_ in ("NOUN", "PROPN") and (low in TRIGGER_NOUNS or lemma in TRIGGER_NOUNS):
            if _is_excluded_noun(tok) or _not_an_occasion(tok):
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lower_ not in TRIGGER_NOUNS \
                    and low not in ("phone", "telephone") and not any(c.dep_ in ("det", "poss") for c in tok.children):
                continue  # "the summit timetable", "the meeting agenda": a thing of a meeting named elsewhere
            if tok.head.lemma_.lower() in NOT_MEETING_HEADS:
                continue
            if low in ("call", "calls", "phone", "telephone") and tok.head.lemma_.lower() not in (
                    "hold", "have", "make", "receive", "during", "in", "by", "after", "on", "over", "take", "first") \
                    and tok.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "compound"):
                continue
            # a noun governed by an event verb is the strongest cue ("held talks", "had a phone call")
            rank = 1 if tok.head.lemma_.lower() in ("hold", "have", "attend", "conduct", "chair", "co-chair",
                                                      "join", "host") else 4
            if tok.head.text.lower() in ("of",) and tok.head.head.text.lower() in ("sidelines", "margins", "margin"):
                rank = 6
            out.append((rank, tok))
    out.sort(key=lambda x: (x[0], x[1].i))
    return [t for _, t in out if not _depicted(t)]  # checked on the few candidates, not on every token


_OTHER_CLAUSES = ("ccomp", "advcl", "relcl", "parataxis", "conj", "csubj")


def _past_clause(tok) -> bool:
    """A finite clause in the past ('that they were meeting', 'after they had met'): the verbs above it
    (agree, hope, expect) do not make it future."""
    if tok.dep_ not in ("ccomp", "advcl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                    for c in tok.children)


def _own_text(sent_span, trigger) -> str:
    """The sentence without the clauses the meeting word is not in: "Leaders of A and B are expected to
    exchange visits, X said after his talks with Y" - the talks are not what is expected."""
    trig_path = {trigger.i} | {a.i for a in trigger.ancestors}
    drop = set()
    for t in sent_span:
        if t.dep_ in _OTHER_CLAUSES and t.pos_ in ("VERB", "AUX") and t.i not in trig_path:
            drop.update(x.i for x in t.subtree)
    if not drop:
        return sent_span.text
    return " ".join(t.text for t in sent_span if t.i not in drop)


def is_planned(sent_span, trigger, date_value, published) -> bool:
    # "a summit set to be held in November", "talks scheduled for next week": a participle of planning
    for c in trigger.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("set", "schedule", "due", "plan", "expect", "slate") and (
                c.tag_ == "VBN" or c.lower_ == "due"):
            return True
    # "One of the meetings could be a summit", "the leaders may meet", "a meeting must be held before the
    # summit": a modal of possibility or obligation looks ahead
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if trigger.dep_ in ("ROOT", "attr", "dobj", "nsubj", "nsubjpass", "conj") or verb.i == trigger.i:
        if any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "must", "should") for c in verb.children) \
                and not any(
                c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and not any(
                c.dep_ == "neg" for c in verb.children):
            return True
    toks = [trigger] + list(trigger.ancestors)[:3]
    for k, t in enumerate(toks):
        if k and _past_clause(toks[k - 1]):
            break  # "agreed that they were meeting at a time of challenge": what is said under it was under way
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and c.text.lower() in ("will", "would", "shall", "'ll", "wo", "to"):
                if c.text.lower() != "to" or t.head.lemma_.lower() in PLANNED_HEADS:
                    return True
            if c.dep_ in ("amod", "compound") and c.text.lower() in PLANNED_ADJ:
                return True
        if t.lemma_.lower() in PLANNED_HEADS and t.i != trigger.i and t.lemma_.lower() not in ("set",):
            if not (t.lemma_.lower() == "agree" and trigger.pos_ == "NOUN"):
                return True
    low = _own_text(sent_span, trigger).lower()
    if any(f" {w} " in f" {low} " for w in ("will meet", "will visit", "is due to", "are due to", "is expected to",
                                             "are expected to", "plans to", "is to meet", "will hold",
                                             "will travel", "to visit", "will attend", "will be holding",
                                             "will take part")):
        if trigger.i >= sent_span.start and any(w in low for w in ("will", "due", "expected", "plan", "invit")) \
                and not (trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)):
            return True  # "received X at State House, where they are expected to hold talks": the receiving is past
    return is_future(date_value, published)


_MEDIUM_WORDS = {"phone", "telephone", "telephoned", "phoned", "call", "calls", "called", "teleconference"}
_IN_PERSON_CUES = {"meeting", "meetings", "met", "during", "visit", "visiting", "visited", "summit", "sidelines",
                   "margin", "margins", "attended", "hosted", "dinner", "luncheon", "reception", "ceremony"}


def _in_person_setting(sent_span, trigger, words) -> bool:
    """'spoke with/to' names no medium: it is a call unless this sentence sets an in-person occasion, or it
    speaks 'to them/him/her' - the people of the sentence before - and that sentence has them at an occasion
    or a place ("... and Josep Borrell in Jakarta. He also spoke to them separately")."""
    if words & _MEDIUM_WORDS:
        return False
    if words & _IN_PERSON_CUES:
        return True
    doc = sent_span.doc
    back = any(t.lower_ in ("them", "him", "her") and (t.head.i == trigger.i or t.head.head.i == trigger.i)
               for t in sent_span)
    if not back or sent_span.start == 0:
        return False
    prev = doc[sent_span.start - 1].sent
    prev_words = {t.lower_ for t in prev}
    if prev_words & _MEDIUM_WORDS:
        return False
    return bool(prev_words & _IN_PERSON_CUES) or any(
        t.ent_type_ in ("GPE", "FAC", "LOC") and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") for t in prev)


def meeting_kind(sent_span, trigger, n_sides: int, title_text: str = "") -> str:
    words = {t.text.lower() for t in sent_span}
    lemma = trigger.lemma_.lower()
    low = trigger.text.lower()
    subtree_words = {t.text.lower() for t in trigger.subtree} | {trigger.head.text.lower()}
    explicit_phone = {"phone", "telephone", "phoned", "telephoned", "phones"}
    if subtree_words & explicit_phone and not (subtree_words & VIDEO_WORDS):
        return "phone_call"  # "spoke by phone", "held telephone talks"
    if (low in MULTI_NOUNS or lemma in MULTI_NOUNS) and words & VIDEO_WORDS and n_sides == 2:
        return "video_call"  # a bilateral virtual summit
    if low in MULTI_NOUNS or lemma in MULTI_NOUNS:
        return "multilateral"
    if any(c.text.lower() in MULTI_NOUNS for c in trigger.children if c.dep_ == "compound"):
        return "multilateral"
    if words & VIDEO_WORDS:
        return "video_call" if n_sides < 3 or not (words & MULTI_NOUNS) else "multilateral"
    phone = ((subtree_words & (PHONE_WORDS - {"spoke", "speak", "speaks", "spoken"})) or (words & {"phone", "telephone", "telephoned", "phoned"})
             or lemma in ("speak", "phone", "telephone", "call")) and not _calls_on(trigger)
    if phone and not (lemma == "speak" and _in_person_setting(sent_span, trigger, words)):
        return "phone_call"
    # the medium from the headline ("Readout of ... Leaders Call", "... Video Conference") when the sentence
    # itself names no in-person occasion
    title_words = set(re.findall(r"[a-z]+", title_text.lower()))
    in_person_cue = words & {"met", "visit", "visited", "visiting", "hosted", "summit", "person", "in-person"}
    if title_words & {"video", "virtual", "videoconference"} and not in_person_cue:
        return "video_call"
    if title_words & {"call", "phone", "telephone"} and not in_person_cue and lemma != "visit":
        return "phone_call"
    if n_sides >= 3:
        return "multilateral"
    return "in_person"


_CLAUSE_DEPS = ("advcl", "xcomp", "relcl", "acl", "ccomp", "pcomp", "csubj", "parataxis")
# "a conference taking place in X", "the summit held in X": a clause that only places an event
_VENUE_CLAUSE_VERBS = {"take", "hold", "host", "convene", "organize", "organise", "stage", "be", "begin", "open"}
# words that make a name the name of a gathering ("the SEECP Summit"), never of a place
_EVENT_WORDS = MULTI_NOUNS | {"meeting", "session", "dialogue", "platform", "assembly", "games", "expo", "olympics"}
_LEAVING = {"leave", "depart"}
# "a summit set to be held in X in November": participles that schedule an event
_SCHEDULE_VERBS = {"set", "schedule", "due", "plan", "expect", "slate"}
_TRAVEL_LEMMAS = {"visit", "travel", "arrive", "go", "fly", "come", "head", "tour", "trip", "journey", "return"}


def _attachment(tok, trigger) -> int:
    """How closely a place token hangs off the meeting word: 3 it modifies the trigger (or the verb whose
    object the trigger is: "held talks in X"), 2 it sits in the trigger's clause, 1 elsewhere, 0 inside
    another clause (a purpose, relative or reported clause: "to promote democracy in Venezuela")."""
    trig_anc = [trigger] + list(trigger.ancestors)
    trig_ids = {t.i for t in trig_anc}
    anchors = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        anchors.add(trigger.head.i)
    cur, crossed = tok, False
    while cur.head.i != cur.i:
        prev, cur = cur, cur.head
        if prev.dep_ in _CLAUSE_DEPS and prev.pos_ in ("VERB", "AUX") and prev.i not in trig_ids and not (
                prev.dep_ in ("acl", "xcomp") and prev.lemma_.lower() in _VENUE_CLAUSE_VERBS | _SCHEDULE_VERBS
                or prev.dep_ == "advcl" and prev.lemma_.lower() in ("take", "hold", "host", "convene", "stage")):
            crossed = True
        if cur.i in trig_ids:
            if crossed:
                return 0
            if cur.i in anchors or (prev.dep_ == "prep" and cur.i == trigger.i):
                return 3
            return 2
    return 1


@dataclass(frozen=True)
class _Named:
    """A place the text names only by description ("the Chinese capital"), in the shape of an entity span."""
    text: str
    start: int
    label_: str = "GPE"

    def __iter__(self):
        return iter(())


def _capital_of(noun):
    """'the Chinese capital', 'the capital of Indonesia', 'Afghanistan's capital': the capital of that state."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    words += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    for w in words:
        hit = gazetteer.lookup(w.text) if w.text[:1].isupper() else None
        record = gazetteer.country_by_code().get(hit[0]) if hit and hit[1] in ("name", "demonym") else None
        if record is not None and record.capitals:
            return _Named(record.capitals[0], noun.i)
    return None


def _city_of_venue(venue, span):
    """(city, state) a venue is placed in by the words right after it: "State House, Nairobi", "the Peace
    Palace in Phnom Penh"; a state is not a city."""
    if not hasattr(venue, "end") or venue.end >= len(span.doc):
        return None
    last = span.doc[venue.end - 1]
    inner = _inner_place(last)
    cands = [inner] if inner is not None else []
    cands += [c for c in last.children if c.dep_ in ("appos", "npadvmod") and c.ent_type_ == "GPE"]
    for c in cands:
        ent = next((e for e in span.ents if e.start <= c.i < e.end), None)
        hit = gazetteer.lookup(ent.text) if ent is not None else None
        if ent is not None and (hit is None or hit[1] == "capital"):
            return ent.text, hit[0] if hit else None
    return None


def _inner_place(tok):
    """The city or state a venue is placed in: "the Peace Palace in Phnom Penh", "Hofdi House near Reykjavik"."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "near", "outside")
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")), None)


def _place_in_pobj(pobj, span):
    """The place named by a prepositional object: an entity itself, or a place compound of a venue
    ("an elegant Moscow mansion") or the name after a descriptor ("Russia's second city Saint Petersburg")."""
    ents = [e for e in span.ents if e.label_ in ("GPE", "FAC", "LOC", "ORG")]
    own = next((e for e in ents if e.start <= pobj.i < e.end), None)
    name = pobj.doc[pobj.left_edge.i + (pobj.left_edge.pos_ == "DET"):pobj.i + 1]
    proper = all(t.pos_ in ("PROPN", "PUNCT") or t.dep_ == "case" for t in name)
    if own is not None:
        # "the President's House" tagged as "House" alone: the whole name is the venue
        return name if own.start == pobj.i and len(name) > 1 and proper and pobj.lower_ in VENUE_WORDS else own
    if pobj.pos_ == "PROPN" and proper and not pobj.ent_type_ and (gazetteer.lookup(name.text) or ("",))[-1] in (
            "name", "capital"):
        return name  # a capital or state the tagger left unlabelled ("met X in Accra on 3-5 May")
    if pobj.pos_ == "PROPN" and not pobj.ent_type_ and pobj.head.lower_ == "at" and proper \
            and pobj.lower_ not in MULTI_NOUNS | {"meeting", "talks", "session", "dialogue", "assembly"}:
        # "at Mar-a-Lago in Palm Beach", "at Hofdi House near Reykjavik", "at the President's House": a proper
        # name placed in a known place, or ending in a venue word, is a venue the tagger did not know
        if pobj.lower_ in VENUE_WORDS and len(name) > 1 or _inner_place(pobj) is not None:
            return name
    if pobj.lemma_.lower() in MULTI_NOUNS | {"meeting", "talks", "session"}:
        named = _named_before(pobj, span)  # "met at the Helsinki summit"
        if named is not None:
            return named
    if pobj.lower_ == "capital":
        capital = _capital_of(pobj)
        if capital is not None:
            return capital
    if pobj.lower_ in ("city", "capital", "town", "port", "resort") or pobj.lower_ in VENUE_WORDS:
        named = [o for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        for c in [*pobj.children, *named]:
            # "the capital Astana", "an elegant Moscow mansion", "New York city", "the city of Kumasi"
            if c.dep_ in ("compound", "nmod", "pobj") or c.dep_ in ("appos", "npadvmod") and c.i > pobj.i:
                e = next((e for e in ents if e.start <= c.i < e.end and e.label_ in ("GPE", "LOC")), None)
                if e is not None:
                    return e
    return None


def _named_before(noun, span):
    """The place that modifies a noun from before it: "the Helsinki summit", "their Geneva talks", "the
    Downing Street talks" (a proper name ending in a venue word, which the tagger often leaves unlabelled)."""
    for c in noun.children:
        if c.dep_ not in ("compound", "nmod") or c.i > noun.i:
            continue
        # (a region names the forum, not its venue: "the next East Asia meeting will be held in Cebu")
        ent = next((e for e in span.ents if e.start <= c.i < e.end and e.label_ in ("GPE", "FAC")), None)
        if ent is not None:
            return ent
        name = span.doc[c.left_edge.i:c.i + 1]
        if c.lower_ in VENUE_WORDS and len(name) > 1 and all(t.pos_ == "PROPN" for t in name):
            return name
    return None


def _gathering_apart(noun) -> bool:
    """Whether a gathering other than the meeting is set apart from it - talked about, prepared, or before or
    after it ("follow-up to the Dialogue in Samarkand", "prepare the G8 meeting at Evian", "ahead of the
    summit in Brussels") - so that its place is not the meeting's. One the meeting is held at or beside ("on
    the sidelines of the summit in X", "during the conference in X") shares it."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _EVENT_WORDS:
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in DISCUSS_VERBS | {"prepare"}
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ in ("of", "for"):  # "ahead of", "in preparation for"; "received X for a meeting" is the meeting
        return prep.head.lower_ in ("ahead", "preparation", "preparations", "eve", "run-up", "prior")
    return prep.lower_ in ("to", "about", "after", "before", "since", "following")


def _describes_person(noun) -> bool:
    """Whether a common noun is part of how a person is described - a title or post set beside a name
    ("the Ambassador in Santiago, Rick Davis", "Rick Davis, head of the Embassy in Lima"), so that a place
    after it belongs to the post. A name itself is not: "met President Mensah in Accra" is often parsed
    with the place under the name, and is the meeting's place."""
    if noun.ent_type_ == "PERSON" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = noun
    for _ in range(4):
        # (a name the tagger mislabels and sets beside another, "Rosa Vidal" as ORG, is no post)
        if not cur.ent_type_ and (any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in cur.children) or (
                cur.dep_ == "appos" and cur.head.ent_type_ == "PERSON")):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head.head  # "head of the Embassy in Lima"
        else:
            return False
    return False


def _place_candidates(span, trigger):
    """(preposition or None, place entity, attachment) for each place the sentence could give the meeting: the
    object of in/at/near (not the place of a topic: "the crisis in Ukraine"), a place named before the meeting
    noun ("the Downing Street talks", "their Geneva meeting"), and the place a "where" clause holding the
    meeting describes ("returned from Nairobi, where he took part in the summit")."""
    for prep in span:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside", "near"):
            continue
        head = prep.head
        if head.i != trigger.i and head.pos_ == "NOUN" and head.lemma_.lower() in TOPIC_HEADS - {"event"}:
            continue  # ("events in X" are as often gatherings held there as happenings discussed)
        if head.i != trigger.i and _describes_person(head):
            continue  # "the US Ambassador in Santiago, Rick Davis", "Davis, head of the Embassy in Lima"
        if head.i != trigger.i and _gathering_apart(head):
            continue  # "discussed follow-up to the Dialogue in Samarkand", "prepare the G8 meeting at Evian"
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        ent = _place_in_pobj(pobj, span) if pobj is not None else None
        if ent is not None:
            yield prep, ent, _attachment(pobj, trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        ent = _named_before(trigger, span)
        if ent is not None:  # below a place the sentence states ("the East Africa meeting ... held in Kampala")
            yield None, ent, 2
    ents = [e for e in span.ents if e.label_ in ("GPE", "FAC", "LOC")]
    for anc in trigger.ancestors:  # "left Moscow on Saturday after talks with X": the talks were in Moscow
        if anc.lower_ in ("after", "following") and anc.dep_ == "prep" and anc.head.lemma_.lower() in ("leave",
                                                                                                      "depart"):
            left = anc.head
            for obj in [c for c in left.children if c.dep_ == "dobj"] + [
                    o for p in left.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]:
                ent = next((e for e in ents if e.start <= obj.i < e.end), None)
                if ent is not None:
                    yield None, ent, 3
            break
    for anc in [trigger, *trigger.ancestors]:
        if anc.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in anc.children):
            # the place the clause describes - a city, or a venue ("the Information Center in Gigiri, where he
            # was received"), whose city comes with it
            where = anc.head
            heads = [where]
            if where.dep_ == "pobj" and where.head.lower_ in ("in", "at"):
                heads.append(where.head.head)
            for tok in heads:
                ent = next((e for e in span.ents if e.start <= tok.i < e.end), None)
                if ent is None or not (ent.label_ in ("GPE", "FAC", "LOC") or any(w.lower_ in VENUE_WORDS
                                                                                  for w in ent)):
                    continue
                yield None, ent, 3
                inner = _inner_place(ent[-1])
                city = next((e for e in span.ents if inner is not None and e.start <= inner.i < e.end), None)
                if city is not None and inner.i != where.i:
                    yield None, city, 3
            break


def find_location(sent, trigger, carried: str | None):
    """The place of a meeting: a venue or city after in/at attached to the meeting word (a venue over a
    city, never a place inside another clause), else the destination of a visit in the same sentence,
    else the place carried from a fronted "In X,"."""
    span = sent.span
    cands = []
    for prep, ent, att in _place_candidates(span, trigger):
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        hit = gazetteer.lookup(text)
        if any(w.lemma_.lower() in _EVENT_WORDS for w in ent):
            continue  # "at the SEECP Summit", "the Antalya Diplomatic Forum": the name of an event, not a place
        is_venue = ent.label_ in ("FAC", "ORG", "") and any(w.text.lower() in VENUE_WORDS for w in ent)
        if ent.label_ == "ORG" and not is_venue and hit is None:
            continue  # an organisation, unless the tagger mislabelled a known capital or state ("in Copenhagen")
        if prep is None and hit is not None and hit[1] == "name":
            continue  # "the Iran talks", "Syria talks": a state before the meeting word is its topic or side
        if att == 0:
            continue
        kind_score = 3 if is_venue else 2 if (hit is None or hit[1] == "capital") else 1
        cands.append((att >= 2, kind_score, att, -abs(ent.start - trigger.i), text, hit[0] if hit else None, ent))
    if cands:
        best = max(cands, key=lambda c: c[:4])
        if best[1] == 3:
            # "in Seoul today at the Blue House", "at the Peace Palace in Phnom Penh", "at State House, Nairobi":
            # the venue and its city
            city = next(((c[4], c[5]) for c in cands if c[0] and c[1] == 2 and c[4] not in best[4]), None) \
                or _city_of_venue(best[6], span)
            if city is not None:
                return f"{best[4]}, {city[0]}", city[1]
        return best[4], best[5]
    # "visited Australia", "visit to Iran", "when he visits Beijing ... to hold talks": the destination
    travel = [t for t in span if t.lemma_.lower() in _TRAVEL_LEMMAS | _LEAVING and (
        t.i == trigger.i or trigger.i in {x.i for x in t.subtree} or t.i in {x.i for x in trigger.subtree}
        or t.head.i == trigger.i or (t.dep_ == "advcl" and t.head.i == trigger.head.i))]  # "Visiting X, he held talks"
    for tv in travel:
        if tv.i != trigger.i and any(a.lemma_.lower() in DISCUSS_VERBS for a in tv.ancestors if a.i != trigger.i):
            continue  # "discussing Trump's state visit to China": a visit talked about is a topic
        for t in tv.subtree:
            # (a state the tagger takes for a person is still a destination: "I will visit Vanuatu")
            if t.ent_type_ not in ("GPE", "LOC") and not (t.pos_ == "PROPN" and (gazetteer.lookup(t.text) or (
                    "",))[-1] in ("name", "capital")):
                continue
            # "leave Berlin for Brussels to attend the summit": the place left is no destination
            towards = ("for",) if tv.lemma_.lower() in _LEAVING else ("to", "in")
            if not ((t.dep_ == "dobj" and t.head.i == tv.i and towards != ("for",)) or (
                    t.dep_ == "pobj" and t.head.lower_ in towards and t.head.head.i == tv.i)):
                continue
            ent = next((e for e in span.ents if e.start <= t.i < e.end and e.label_ in ("GPE", "LOC")), None) \
                or span.doc[t.i:t.i + 1]
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            hit = gazetteer.lookup(text)
            return text, hit[0] if hit else None
    return carried, None


def fronted_place(sent) -> str | None:
    """'In Guyana, ...' at the start of a paragraph: the place carries through that paragraph."""
    span = sent.span
    if len(span) > 3 and span[0].text.lower() in ("in", "at") and span[1].ent_type_ in ("GPE", "FAC", "LOC"):
        ent = next((e for e in span.ents if e.start == span[1].i), None)
        if ent is not None and ent.end < span.end and span.doc[ent.end].text == ",":
            return ent.text
    return None


# nouns naming an occasion that is never the meeting itself: a date that modifies one is that occasion's date
_OTHER_EVENTS = {"attack", "speech", "election", "war", "invasion", "vote", "referendum", "ceremony", "address",
                 "announcement", "inauguration", "coup", "strike", "test", "launch", "explosion", "bombing",
                 "massacre", "protest", "offensive", "shooting", "crash", "earthquake", "death", "arrest",
                 "killing", "victory", "defeat", "birthday", "anniversary", "independence"}
# occasions that may be the meeting itself ("during a meeting of ministers on 3 May") unless a preposition of
# sequence sets them apart ("in preparation for a summit on Thursday", "since his trip last year")
_MEETING_EVENTS = {"summit", "meeting", "conference", "trip", "visit", "session", "talks", "call", "tour"}
_SEQUENCE_PREPS = {"ahead", "before", "after", "since", "following", "until", "preceding", "prior", "to"}


def _other_event(tok, trigger) -> bool:
    """Whether a date token hangs off another occasion before it reaches the meeting word: "the speech to
    Congress on Wednesday", "since his trip last year", "in preparation for a summit on Thursday"."""
    trig_ids = {trigger.i} | {t.i for t in trigger.ancestors}
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in trig_ids:
            return False
        if cur.pos_ not in ("NOUN", "PROPN"):
            continue
        lem = cur.lemma_.lower()
        if lem in _OTHER_EVENTS:
            return True
        if cur.dep_ in ("pobj", "dobj") and cur.head.lower_ in _SEQUENCE_PREPS - {"to"}:
            return True  # "following our lifting of sanctions on 5 October", "since his election in March"
        if lem in _MEETING_EVENTS or cur.lower_ in _MEETING_EVENTS:
            prep = cur.head
            if prep.dep_ == "prep" and (prep.lower_ in _SEQUENCE_PREPS or prep.head.lower_ in ("ahead", "prior") or (
                    prep.lower_ == "for" and prep.head.lemma_.lower() in ("preparation", "prepare", "run-up"))):
                return True
            if cur.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ("preparation", "eve", "run-up"):
                return True
    return False


_ORDER_VERBS = {"follow", "precede"}
_SEQUENCE_MARKS = {"after", "following", "before", "since"}


def _describes_other(tok, trigger) -> bool:
    """'President X, who took office in January, met ...': a date in a relative clause about a person dates
    what that person did, never the meeting. (A "that" or "which" clause is left alone: the parser often hangs
    "the summit that he will host on 23 September" on another noun.)"""
    trig_ids = {trigger.i} | {t.i for t in trigger.ancestors}
    cur = tok
    while cur.head.i != cur.i and cur.i not in trig_ids:
        if cur.dep_ == "relcl" and cur.head.i != trigger.i and (cur.head.ent_type_ == "PERSON" or any(
                c.lower_ in ("who", "whom", "whose") for c in cur.children)):
            return True
        cur = cur.head
    return False


def _ordered_against(tok, trigger) -> bool:
    """'The meeting followed the speech to Congress on Wednesday': a verb that orders the meeting against
    another event dates that event, not the meeting."""
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    return verb.lemma_.lower() in _ORDER_VERBS and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i == trigger.i for c in verb.children)


def _sequenced_after(tok, trigger) -> bool:
    """'X left Moscow on Saturday after talks with Y': the date is of an event the sentence sets after (or
    before) the meeting, which lies in an "after ..." phrase of the dated verb; it is the meeting's date only
    as a fallback, until another mention dates it."""
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    for anc in [trigger, *trigger.ancestors]:
        if anc.i == verb.i:
            return False
        if anc.lower_ in _SEQUENCE_MARKS and anc.dep_ in ("prep", "mark") and anc.head.i == verb.i:
            return True
    return False


def pick_date(sent, trigger, published, planned: bool, anchor=None):
    """(value, precision, weak) of the meeting's date in its own sentence; `weak` when the only dates are
    the report's or another clause's, which stand for the meeting's only until a later mention dates it.
    `anchor` is the day the story is telling ("the next day" counts from it)."""
    mentions = dates_in_span(sent.span, published, future=planned, anchor=anchor)
    if not mentions:
        return None, "unknown", False
    trig_char = trigger.idx - sent.span.start_char
    span = sent.span
    base = span.start_char

    def attach(d):
        # the date's own head token: the last token of the mention
        tok = next((t for t in reversed(span) if t.idx - base < d.end and t.idx - base >= d.start), None)
        if tok is None:
            return 1
        if _other_event(tok, trigger) or _ordered_against(tok, trigger) or _describes_other(tok, trigger):
            return -1
        first = next(t for t in span if t.idx - base >= d.start)
        if dates_a_report(tok, trigger) or follows_report_verb(first) or _sequenced_after(tok, trigger):
            return 0  # the report's or a later step's date: the meeting's only when the sentence gives no other
        return _attachment(tok, trigger)

    scored = [(a, d) for a, d in ((attach(d), d) for d in mentions) if a >= 0]
    if not scored:
        return None, "unknown", False  # only the dates of other occasions
    # a date inside another clause ("since he took office in 2012", "after the attack on 7 May") is that
    # event's date; among the rest, the date modifying the meeting word wins, then the nearest
    usable = [(a, d) for a, d in scored if a > 0] or scored
    rank = {"day": 2, "month": 1}
    att, best = max(usable, key=lambda x: (x[0], rank.get(x[1].precision, 0), -abs(x[1].start - trig_char)))
    return best.value, best.precision, att == 0
