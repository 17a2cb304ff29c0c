"""The extraction pipeline: sentences -> actors and countries -> meetings with issues -> ExtractionResult."""
from __future__ import annotations

import datetime as dt
import re

from . import gazetteer
from .actors import ActorTable, collect
from .countries import article_countries, assign_roles, find_country_mentions
from .issues import IssueBook, issues_in
from .dates import find_dates
from .meetings import (Draft, fronted_place, find_location, find_triggers, is_planned, meeting_kind,
                       pick_date)
from .orgs import canonical_org, is_government_org
from .participants import Discourse, resolve
from .sentences import get_nlp, parse_title, split_sentences
from .types import (ExtractedActor, ExtractedIssue, ExtractedMeeting, ExtractedRole, ExtractionResult)

EXTRACTOR_VERSION = "0.1.0"
MAX_TEXT = 300_000

# press contacts and release footers: names there are not participants of anything
_FOOTER = re.compile(r"\b(?:Inquiries|Enquiries|Contact|Tel|Phone|Fax)\s*:|\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}")
_TITLE_HEADS = {"secretary-general", "general", "president", "minister", "secretary", "chancellor", "premier", "king",
                "queen", "emir", "envoy", "ambassador", "adviser", "advisor", "commissioner", "leader", "chairman"}
_TITLE_MODS = {"prime", "foreign", "external", "affairs", "deputy", "vice", "defence", "defense", "trade", "home",
               "finance", "general", "state", "national", "security", "special", "crown", "interior", "chief",
               "acting", "high", "federal", "first", "economy", "of"}


def _norm_role(role: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", role.lower().replace("secretary general", "secretary-general")) if w]


def _role_matches(role: str | None, title_words: list[str]) -> int:
    """How well an actor's role fits a bare title: 2 exact, 1 the title is the role's tail, 0 not."""
    if not role:
        return 0
    rw = [w for w in _norm_role(role) if w not in ("of", "for") or True]
    # drop an "of X"/"for X" tail from the role ("Minister for Foreign Affairs" keeps its words)
    if rw == title_words:
        return 2
    if len(title_words) <= len(rw) and rw[-len(title_words):] == title_words:
        return 1
    if len(rw) < len(title_words) and title_words[-len(rw):] == rw and len(rw) >= 1 and rw[-1] != "minister":
        return 1
    # "the Minister" for a "Minister of Foreign Affairs", "the Secretary" for a "Secretary of State"
    cut = next((i for i, w in enumerate(rw) if w in ("of", "for")), None)
    if cut and rw[:cut] == title_words:
        return 1
    return 0


def _initials(role: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", role) if w and w[0].isupper())


def _role_lookup_factory(table: ActorTable):
    """Bare titles resolve to the actor of this article who holds them: "the External Affairs Minister",
    "the Israeli prime minister", "The Secretary-General", an acronym of a stated title ("EAM", "PM")."""

    def candidates(title_words, country):
        scored = []
        for a in table.actors:
            if a.kind != "person":
                continue
            sc = _role_matches(a.role, title_words)
            if sc and (country is None or a.country == country):
                scored.append((sc, a))
        if not scored:
            return None
        best = max(sc for sc, _ in scored)
        top = [a for sc, a in scored if sc == best]
        if len(top) == 1 or (country is not None and len({a.key for a in top}) == 1):
            return top[0].key
        # several holders of a generic title: only a specific (multi-word) title picks the first-named one
        return top[0].key if len(title_words) >= 2 and best == 2 else None

    def lookup(sent, tab):
        out = []  # (actor key, start token, end token)
        span = sent.span
        toks = list(span)
        for i, t in enumerate(toks):
            if t.lower_ not in ("the", "both") or i + 1 >= len(toks):
                continue
            j = i + 1
            words, country = [], None
            while j < len(toks) and j - i <= 5:
                w = toks[j]
                low = w.lower_
                hit = gazetteer.lookup(w.text) if w.text[:1].isupper() else None
                if hit and not words and country is None and w.ent_type_ in ("NORP", "GPE", ""):
                    country = hit[0]
                elif low in ("-", "–") and words and j + 1 < len(toks) and toks[j + 1].lower_ == "general":
                    words[-1] = words[-1] + "-general"
                    j += 2
                    continue
                elif low in _TITLE_MODS or low in _TITLE_HEADS or low == "secretary-general":
                    words.append(low)
                else:
                    break
                j += 1
            while words and words[-1] not in _TITLE_HEADS:
                words.pop()
                j -= 1
            if words and words[-1] == "general" and len(words) >= 2 and words[-2] == "secretary":
                words[-2:] = ["secretary-general"]
            if not words:
                continue
            end = j
            nxt = toks[end] if end < len(toks) else None
            # "the Foreign Minister of Japan", "the President, Joe Biden": not bare
            if nxt is not None and nxt.lower_ in ("of", "for") and end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
                continue
            if nxt is not None and (nxt.ent_type_ == "PERSON" or (nxt.text == "," and end + 1 < len(toks)
                                                                 and toks[end + 1].ent_type_ == "PERSON")):
                continue
            if any(m.start <= toks[end - 1].i < m.end for m in tab.mentions_in(sent.index)):
                continue
            title_words = words
            if "secretary-general" in title_words or title_words[-2:] == ["secretary", "general"]:
                un_person = candidates(["secretary-general"], None)
                if un_person is not None:
                    out.append((un_person, toks[i].i, toks[end - 1].i + 1))
                    continue
                un = next((a for a in tab.actors if canonical_org(a.forms[0]) == "un"), None)
                if un is None:
                    un = tab.find_or_add("United Nations", "organization")
                out.append((un.key, toks[i].i, toks[end - 1].i + 1))
                continue
            key = candidates(title_words, country)
            if key is not None:
                out.append((key, toks[i].i, toks[end - 1].i + 1))
        # acronyms of a stated title: "EAM met ...", "the PM said"
        by_initials = {}
        for a in tab.actors:
            if a.kind == "person" and a.role and len(_initials(a.role)) >= 2:
                by_initials.setdefault(_initials(a.role), set()).add(a.key)
        for t in toks:
            if t.text.isupper() and 2 <= len(t.text) <= 5 and t.text in by_initials and len(by_initials[t.text]) == 1 \
                    and not gazetteer.lookup(t.text) and canonical_org(t.text) is None:
                out.append((next(iter(by_initials[t.text])), t.i, t.i + 1))
        seen, res = set(), []
        for k, a, b in out:
            if k not in seen:
                seen.add(k)
                res.append((k, a, b))
        return res
    return lookup


def _author(table: ActorTable, sentences, title_sent):
    """The writer of a first-person release: a person named in an all-caps header or the title."""
    for m in table.mentions:
        if m.sent == -1 or (m.sent < len(sentences) and sentences[m.sent].para <= 1 and m.text.isupper()):
            a = table.get(m.actor)
            if a.kind == "person" and (m.text.isupper() or m.sent == -1):
                return a.key
    return None


def extract(text: str, *, published: dt.date | None = None, title: str | None = None) -> ExtractionResult:
    try:
        nlp = get_nlp()
        zone = getattr(nlp, "memory_zone", None)
        if zone is None:  # spaCy < 3.8
            return _extract(text, published, title)
        # every Doc, Span and interned string of this article is freed when the zone ends, so a long-running
        # worker stays flat; the result holds only plain str/int/float values built inside the zone
        with zone():
            return _extract(text, published, title)
    except Exception as exc:  # never raise on odd input; report it instead
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=(f"extraction failed: {exc!r}",))


def _extract(text, published, title) -> ExtractionResult:
    warnings = []
    if not isinstance(text, str) or not text.strip():
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=("empty text",))
    if isinstance(published, dt.datetime):
        published = published.date()
    if len(text) > MAX_TEXT:
        warnings.append(f"text truncated to {MAX_TEXT} characters for extraction")
    letters = sum(ch.isalpha() for ch in text[:5000])
    if letters < 20:
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=("no readable text",))
    sentences = split_sentences(text, max_chars=MAX_TEXT)
    title_sent = parse_title(title)
    table = collect(sentences, title_sent)
    by_index = {s.index: s for s in sentences}
    if title_sent:
        by_index[-1] = title_sent
    assign_roles(table, by_index)
    cm_by_sent = {s.index: find_country_mentions(s) for s in sentences}
    title_cms = find_country_mentions(title_sent) if title_sent else []
    countries = article_countries([c for v in cm_by_sent.values() for c in v], title_cms)
    for a in table.actors:
        if a.country and not gazetteer.is_sovereign(a.country):
            a.country = None

    disc = Discourse(author=_author(table, sentences, title_sent))
    first_person = bool(re.search(r"\b(?:I|my|we|our)\b", re.sub(r"[\"“][^\"”]*[\"”]", " ", text)))
    role_lookup = _role_lookup_factory(table)
    drafts: list[Draft] = []
    issues = IssueBook()
    title_low = (title or "").lower()
    carried_place, carried_para = None, -1
    last_touch = -99
    trips = []  # (sentence index, date, precision) of travel reported with a date
    loose = []  # (sentence index, issue) of topics found outside any meeting's report
    for sent in sentences:
        trip = _trip_date(sent, published)
        if trip:
            trips.append((sent.index, *trip))
        fp = fronted_place(sent)
        if fp:
            carried_place, carried_para = fp, sent.para
        elif sent.para != carried_para:
            carried_place = None
        triggers = [] if _FOOTER.search(sent.text) else find_triggers(sent.span)
        made = None
        implied = None
        for trig in triggers[:3]:
            parts, named, notes = resolve(sent, trig, table, cm_by_sent[sent.index], disc, role_lookup)
            parts = [p for p in parts if not _spokesperson(p, table, trig, sent)]
            if disc.author is not None and first_person and trig.lemma_.lower() in ("visit", "trip", "tour"):
                parts = _host_is_author(parts, disc.author, table)
            n_sides = len(parts)
            # the headline names the medium of the article's first (headline) meeting only; a trilateral needs
            # three sides, so people of one state count once ("Reagan and Bush will meet with Gorbachev")
            kind = meeting_kind(sent.span, trig, _sides(parts, table, _stated_sides(sent, cm_by_sent[sent.index])),
                                "" if drafts else title_low)
            orgs = [p for p in parts if isinstance(p, int) and table.get(p).kind == "organization"]
            if n_sides == 1 and orgs and _convened_by(trig, orgs[0], table, sent):
                kind = "multilateral"  # "an extraordinary meeting of the Council", "the G20 summit"
            if n_sides < 2 and not (kind == "multilateral" and n_sides >= 1 and orgs):
                continue
            if any(w in sent.text.lower() for w in ("cancelled", "canceled", "called off", "postponed")):
                continue
            planned = is_planned(sent.span, trig, None, published)
            date, prec = pick_date(sent, trig, published, planned)
            if not planned and date and published and is_planned(sent.span, trig, date, published):
                planned = True
            loc, loc_cc = find_location(sent, trig, carried_place)
            implied = _implied_date(sent, trig, drafts, trips, published) if not date and not planned else None
            conf = 0.45 + 0.1 * min(named, 2) + (0.1 if trig.pos_ == "VERB" else 0.05) - 0.1 * bool(notes)
            made = Draft(sent, parts, kind, "planned" if planned else "held", date, prec, loc, loc_cc, [],
                         round(min(max(conf, 0.1), 0.95), 3),
                         f"{'verb' if trig.pos_ == 'VERB' else 'noun'} '{trig.text}'"
                         + (f" with {', '.join(dict.fromkeys(notes))}" if notes else "")
                         + f"; {named} named participant(s)", trig, named, list(notes))
            break
        # issues: from the meeting's own sentence, or a follow-up sentence about the last meeting
        found = issues_in(sent.span)
        target = made
        if made is None and drafts and found:
            low = sent.text.lower()
            if sent.index - drafts[-1].sent.index <= 2 and (
                    re.search(r"\b(they|the two|both|the leaders|the ministers|the sides|he|she)\b", low)
                    or sent.para == drafts[-1].sent.para):
                target = drafts[-1]
            elif sent.index - last_touch <= 8 and _about_meeting(sent, drafts[-1], table):
                target = drafts[-1]
        if target is not None and target is not made:
            last_touch = sent.index
        for name, surface in found:
            canon = issues.add(name, surface)
            if canon and target is not None and canon not in target.issues:
                target.issues.append(canon)
            elif canon and target is None and not _other_voice(sent):
                loose.append((sent.index, canon))
        if made is not None:
            last_touch = sent.index
            for piece in _split_separate(made, table):
                if not _merge_into(drafts, piece, table):
                    if piece.date is None and implied and implied[0]:
                        piece.date, piece.precision = implied
                    drafts.append(piece)
            disc.last_meeting = [p for p in made.participants if isinstance(p, int)
                                 and table.get(p).kind == "person"]
            disc.last_meeting_sent = sent.index
        for m in table.mentions_in(sent.index):
            if table.get(m.actor).kind == "person":
                disc.persons.append(m.actor)
                tok = sent.span.doc[m.end - 1]
                if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                    disc.subjects.append(m.actor)

    title_place = _title_place(title_sent)
    if title_place:
        for d in drafts:
            if d.location is None and d.kind in ("in_person", "multilateral") and d.status == "held":
                d.location, d.location_country = title_place
    _attach_loose(loose, drafts)
    _drop_non_topics(issues, table, drafts)
    return _result(table, countries, drafts, issues, warnings)


def _stated_sides(sent, mentions) -> int:
    """How many sides the sentence itself states: the states it names, or any number at a gathering of
    several parties ("at the Leaders' Summit")."""
    if any(t.lower_ in ("summit", "conference", "ministerial", "forum", "trilateral", "plenary") for t in sent.span):
        return 99
    return len({c.code for c in mentions})


def _sides(parts, table: ActorTable, n_states: int = 0) -> int:
    """How many sides a contact has: a state and the people tied to it are one side; an organisation or a
    person of no known state is a side of its own."""
    sides, unplaced = set(), 0
    for p in parts:
        if isinstance(p, str):
            sides.add(p)
            continue
        a = table.get(p)
        if a.kind == "person" and not a.country:
            unplaced += 1  # may well belong to a side already counted
            continue
        sides.add(a.country if a.country and (a.kind == "person" or is_government_org(a.forms[0])) else f"#{p}")
    # people of no known state make up at most the sides still missing for a two-sided contact: three
    # unplaced names are more likely two sides (a leader with an aide) than a trilateral, unless the sentence
    # itself names as many states ("Leaders of A, B and C gathered ...")
    return len(sides) + min(unplaced, max(0, 2 - len(sides), n_states - len(sides)))


_GATHERING_NOUNS = {"meeting", "meetings", "session", "summit", "conference", "ministerial", "forum", "plenary",
                    "assembly", "gathering", "congress", "council"}


def _convened_by(trig, org_key, table: ActorTable, sent) -> bool:
    """Whether a gathering noun names its convening organisation: "a meeting of the North Atlantic Council",
    "the G20 summit", "NATO's summit" - the organisation is then the party when attendees go unnamed."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.lower_ not in _GATHERING_NOUNS:
        return False
    spans = [(m.start, m.end) for m in table.mentions_in(sent.index) if m.actor == org_key]
    inside = lambda t: any(a <= t.i < b for a, b in spans)
    for c in trig.children:
        if c.dep_ in ("compound", "poss", "nmod") and inside(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(inside(o) for o in c.subtree):
                return True
    return any(inside(t) for t in trig.lefts)


def _spokesperson(p, table, trig, sent) -> bool:
    """A spokesperson or press secretary reports a contact; they are a party only when the meeting word
    takes them as its object ("met the spokesman")."""
    if not isinstance(p, int):
        return False
    a = table.get(p)
    if a.kind != "person" or not a.role or not re.search(r"spokes|press secretary", a.role, re.I):
        return False
    for m in table.mentions_in(sent.index):
        if m.actor == p:
            tok = sent.span.doc[m.end - 1]
            if tok.head.i == trig.i and tok.dep_ in ("dobj",) or (
                    tok.dep_ == "pobj" and tok.head.head.i == trig.i and tok.head.lower_ == "with"):
                return False
    return True


def _host_is_author(parts, author, table):
    """In a minister's own release, "X visited Australia" is a visit the author hosted: the visited state
    stands for the author."""
    codes = [p for p in parts if isinstance(p, str)]
    people = [p for p in parts if isinstance(p, int) and table.get(p).kind == "person"]
    if len(codes) != 1 or author in parts or not people:
        return parts
    if any(table.get(p).country == codes[0] for p in people):
        return parts
    return [author if p == codes[0] else p for p in parts]


def _title_place(title_sent):
    """'... Meetings of the Minister in New York', 'Leaders Meet at Camp David': the headline's place is
    where the article's in-person meetings happened unless the text says otherwise."""
    if title_sent is None:
        return None
    span = title_sent.span
    for ent in span.ents:
        if ent.label_ not in ("GPE", "FAC", "LOC") or ent.start == 0:
            continue
        prev = span.doc[ent.start - 1]
        if prev.lower_ == "the" and ent.start >= 2:
            prev = span.doc[ent.start - 2]
        if prev.lower_ in ("in", "at"):
            hit = gazetteer.lookup(ent.text)
            return ent.text, hit[0] if hit else None
    return None


_TRIP_WORDS = {"travel", "visit", "tour", "trip", "arrive", "journey", "fly"}


def _trip_date(sent, published):
    """The date of a journey the sentence reports as made ("travelled to X and Y on 4-5 May", "arrived in
    X on Monday"), for the meetings held during it."""
    trav = [t for t in sent.span if t.lemma_.lower() in _TRIP_WORDS and t.pos_ in ("VERB", "NOUN")]
    if not trav:
        return None
    mentions = find_dates(sent.text, published)
    if not mentions:
        return None
    t = trav[0]
    best = min(mentions, key=lambda d: abs(d.start - (t.idx - sent.span.start_char)))
    if published and best.value > published.isoformat()[:len(best.value)]:
        return None
    return best.value, best.precision


def _implied_date(sent, trig, drafts, trips, published):
    """A held meeting with no date of its own: the date of the meeting reported just before it in the same
    paragraph ("The council also held a session with ..."), the date of the journey it took place on, or
    the publication date when the report is of the day (present perfect "has met", "have held talks")."""
    prev = drafts[-1] if drafts else None
    if prev is not None and prev.date and prev.status == "held" and prev.sent.para == sent.para:
        return prev.date, prev.precision
    if trips and 0 < sent.index - trips[-1][0] <= 12:
        return trips[-1][1], trips[-1][2]
    if published is not None:
        verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s")
                                      for c in verb.children):
            return published.isoformat(), "day"
    return None, "unknown"


_MEETING_REFS = {"talks", "meeting", "call", "conversation", "visit", "discussions", "summit", "session",
                 "consultations", "exchange", "dialogue", "meetings", "calls", "conference"}


def _about_meeting(sent, d: Draft, table: ActorTable) -> bool:
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


def _split_separate(d: Draft, table: ActorTable) -> list[Draft]:
    """'had bilateral meetings with A, B and C', 'spoke separately with A and B': one entry per
    counterpart, since they belong to different governments."""
    low = d.sent.text.lower()
    # a list of counterparts met one by one: "bilateral meetings with", "spoke separately", "met several
    # delegates, including A, B and C", "held talks with counterparts from X, Y and Z"
    if len(d.participants) < 3 or not re.search(
            r"\b(?:bilateral|separately|separate|including|counterparts|several|a number of|series of)\b", low) \
            or d.trigger.lower_ in ("summit", "summits", "conference", "ministerial", "forum", "trilateral") \
            or any(w in low for w in ("trilateral", "summit", "joint statement", "together")):
        return [d]
    subj = d.participants[:1]
    others = [p for p in d.participants if p not in subj]
    countries = {table.get(p).country if isinstance(p, int) else p for p in others}
    if len(countries - {None}) < 2 or (isinstance(subj[0], int) and table.get(subj[0]).country
                                         and table.get(subj[0]).country in countries):
        return [d]
    out = []
    for o in others:
        out.append(Draft(d.sent, subj + [o], "in_person" if d.kind == "multilateral" else d.kind, d.status,
                         d.date, d.precision, d.location, d.location_country, list(d.issues), d.confidence,
                         d.reason + "; split per counterpart", d.trigger, d.named, d.notes))
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
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their", "his", "her", "its")
               for c in trig.children)


_FOLLOW_UP_VERBS = {"discuss", "exchange", "talk", "speak", "agree", "review", "address", "raise", "focus", "touch",
                    "confer", "express", "reaffirm", "stress", "underline", "emphasise", "emphasize"}


def _follow_up(new: Draft) -> bool:
    """'The two leaders also exchanged views on ...', 'They discussed ...': a sentence whose parties come only
    from a group phrase or pronoun, with a verb of discussion and no date or medium of its own, continues
    the meeting reported before it."""
    trig = new.trigger
    if trig is None or new.date or trig.pos_ != "VERB":
        return False
    if new.named > 0 and not any(n in ("group phrase", "pronoun", "author") for n in new.notes):
        return False
    if trig.lemma_.lower() not in _FOLLOW_UP_VERBS:
        return False
    return not _EXPLICIT_MEDIUM.search(" ".join(t.text for t in trig.subtree))


def _merge_into(drafts, new: Draft, table=None) -> bool:
    """One meeting mentioned twice: same participants and compatible dates; a later mention without a date
    or medium of its own ("the two leaders also discussed ...") is the same meeting whatever its kind."""
    if drafts and _follow_up(new):
        d = drafts[-1]
        ds, ns = set(map(str, d.participants)), set(map(str, new.participants))
        near = new.sent.index - d.sent.index <= 6
        if (near and (ds & ns or not ns) and new.named == 0) or (ns and ns <= ds):
            for i in new.issues:
                if i not in d.issues:
                    d.issues.append(i)
            return True
    if _anaphoric(new):
        ns = set(map(str, new.participants))
        trig = new.trigger
        for d in reversed(drafts):
            ds = set(map(str, d.participants))
            if new.sent.index - d.sent.index > 12:
                break
            same_event = trig.lower_ in _GATHERING_NOUNS and d.kind == "multilateral" == new.kind \
                and d.status == new.status
            if same_event and ds & ns:
                # "The Prime Minister will be joined at the summit by ...": more parties of the same event
                for p in new.participants:
                    if p not in d.participants:
                        d.participants.append(p)
                ns = ds
            if ns <= ds or (ds <= ns and len(ns - ds) <= 1 and len(ds) >= 2):
                for i in new.issues:
                    if i not in d.issues:
                        d.issues.append(i)
                if not d.location and new.location:
                    d.location, d.location_country = new.location, new.location_country
                return True
    for d in reversed(drafts):
        if set(map(str, d.participants)) != set(map(str, new.participants)) or d.status != new.status:
            continue
        if d.kind != new.kind and (new.date or _EXPLICIT_MEDIUM.search(new.sent.text)):
            continue
        if d.date and new.date and not (d.date.startswith(new.date) or new.date.startswith(d.date)):
            continue
        if new.sent.index - d.sent.index > 4 and not (d.date and new.date):
            continue
        if not d.date and new.date:
            d.date, d.precision = new.date, new.precision
        if not d.location and new.location and d.kind == new.kind:
            d.location, d.location_country = new.location, new.location_country
        for i in new.issues:
            if i not in d.issues:
                d.issues.append(i)
        return True
    return False


_PARTY_NOUNS = {"sides", "leaders", "ministers", "presidents", "parties", "delegations", "men", "talks", "meeting",
                "call", "conversation", "visit", "discussions", "countries", "minister", "president", "secretary",
                "governments", "government", "statement", "readout", "summit", "nations", "counterparts"}


def _other_voice(sent) -> bool:
    """A sentence whose main subject is an outsider named by a common noun ("Analysts said ...", "Critics
    fear ..."): its topics are not what the parties discussed."""
    for t in sent.span:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            return t.pos_ == "NOUN" and t.lower_ not in _PARTY_NOUNS and t.lemma_.lower() not in _PARTY_NOUNS
    return False


def _attach_loose(loose, drafts) -> None:
    """A topic the article raises outside any sentence tied to a meeting: in a report of one held meeting
    the whole text is about that meeting ("Mr X also raised ..." paragraphs later), so its topics are the
    meeting's; with several meetings it goes to the meeting reported last before it."""
    if not loose or not drafts:
        return
    held = [d for d in drafts if d.status == "held"]
    for idx, canon in loose:
        before = [d for d in drafts if d.sent.index <= idx]
        if len(held) == 1 and len(drafts) <= 2:
            target = held[0]
        elif before:
            target = before[-1]
        else:
            continue
        if canon not in target.issues:
            target.issues.append(canon)


def _drop_non_topics(issues: IssueBook, table: ActorTable, drafts) -> None:
    """An issue that is only the name of a party is no topic: an actor ("the AU"), or a state that is a side
    of a meeting in the article ("the US" in a US-Israel call). Other places stand for their situation
    ("discussed Syria") and stay."""
    from .actors import fold
    actor_forms = {fold(f) for a in table.actors for f in a.forms}
    sides = set()
    for d in drafts:
        for p in d.participants:
            if isinstance(p, str):
                sides.add(p)
            elif table.get(p).country:
                sides.add(table.get(p).country)
    drop = set()
    for name, forms in issues.entries:
        bare = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
        hit = gazetteer.lookup(bare.rstrip(".") if bare.endswith(".") else bare) or gazetteer.lookup(bare)
        if fold(bare) in actor_forms or (hit and hit[1] == "name" and hit[0] in sides):
            drop.add(name)
    if not drop:
        return
    issues.entries = [(n, f) for n, f in issues.entries if n not in drop]
    for d in drafts:
        d.issues = [i for i in d.issues if i not in drop]


def _result(table, countries, drafts, issues, warnings) -> ExtractionResult:
    used = {p for d in drafts for p in d.participants if isinstance(p, int)}
    actors = []
    for a in table.actors:
        country = a.country if a.kind == "person" or a.country else None
        actors.append(ExtractedActor(
            name=a.name, kind=a.kind, aliases=a.aliases(), country=country,
            role=ExtractedRole(a.role, country) if a.role else None))
    meetings = []
    for d in drafts:
        parts = []
        for p in d.participants:
            nm = table.get(p).name if isinstance(p, int) else p
            if nm not in parts:
                parts.append(nm)
        ev = d.sent.text
        meetings.append(ExtractedMeeting(
            participants=tuple(parts), kind=d.kind, status=d.status, evidence=ev,
            evidence_start=d.sent.start, evidence_end=d.sent.end, date=d.date,
            date_precision=d.precision if d.date else "unknown", location=d.location,
            location_country=d.location_country, issues=tuple(d.issues), confidence=d.confidence,
            reason=d.reason))
    del used
    return ExtractionResult(
        extractor_version=EXTRACTOR_VERSION, countries=tuple(countries), actors=tuple(actors),
        meetings=tuple(meetings),
        issues=tuple(ExtractedIssue(name=n, aliases=tuple(s for s in forms if s != n)) for n, forms in issues.entries),
        warnings=tuple(warnings))
