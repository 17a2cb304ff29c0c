"""The extraction pipeline: sentences -> actors and countries -> meetings with issues -> ExtractionResult."""
from __future__ import annotations

import datetime as dt
from collections import Counter
import re
from typing import NamedTuple

from . import gazetteer
from .actors import ROLE_HEADS, ActorTable, collect, is_role_word
from .countries import (article_countries, assign_roles, destination_countries, find_country_mentions,
                        inherited_countries, organisation_countries, respective_countries)
from .issues import DISCUSS_VERBS, IssueBook, issues_in, refers_back
from .dates import find_dates, governing_verb, recounted
from .contacts import (ATTEND_VERBS, cede, delegated, forum_party, group_attends, hosts_a_contact, itinerary,
                       members_of, own_clause, per_visitor, second_contact_parties, state_of, states_in_name,
                       states_of, topic_only, venue_only, visit_destination, visitors_only)
from .meetings import (MULTI_NOUNS, TOPIC_HEADS, Draft, fronted_place, find_location, find_triggers, is_planned,
                       meeting_kind, pick_date)
from .drafts import GATHERING_NOUNS, about_meeting, absorb_visits, join_gathering, merge_into, split_separate
from .orgs import is_government_org
from .outlets import outlet_country, release_country
from .places import dateline_place, is_country, is_remote, narrows, place_country
from .participants import Discourse, resolve, title_holder
from .sentences import get_nlp, is_footer, parse_title, split_sentences
from .titles import article_author, role_lookup_factory
from .types import (ExtractedActor, ExtractedIssue, ExtractedMeeting, ExtractedRole, ExtractionResult)

EXTRACTOR_VERSION = "0.1.0"
MAX_TEXT = 300_000

# press contacts and release footers: names there are not participants of anything
_LETTER = re.compile(r"[^\W\d_]")


def extract(text: str, *, published: dt.date | None = None, title: str | None = None,
            url: str | None = None) -> ExtractionResult:
    try:
        nlp = get_nlp()
        zone = getattr(nlp, "memory_zone", None)
        if zone is None:  # spaCy < 3.8
            return _extract(text, published, title, url)
        # every Doc, Span and interned string of this article is freed when the zone ends, so a long-running
        # worker stays flat; the result holds only plain str/int/float values built inside the zone
        with zone():
            return _extract(text, published, title, url)
    except Exception as exc:  # never raise on odd input; report it instead
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=(f"extraction failed: {exc!r}",))


def _extract(text, published, title, url=None) -> ExtractionResult:
    warnings = []
    if not isinstance(text, str) or not text.strip():
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=("empty text",))
    if isinstance(published, dt.datetime):
        published = published.date()
    if len(text) > MAX_TEXT:
        warnings.append(f"text truncated to {MAX_TEXT} characters for extraction")
    letters = len(_LETTER.findall(text[:5000]))
    if letters < 20:
        return ExtractionResult(extractor_version=EXTRACTOR_VERSION, warnings=("no readable text",))
    sentences = split_sentences(text, max_chars=MAX_TEXT)
    title_sent = parse_title(title)
    table = collect(sentences, title_sent)
    by_index = {s.index: s for s in sentences}
    if title_sent:
        by_index[-1] = title_sent
    cm_by_sent = {s.index: find_country_mentions(s) for s in sentences}
    title_cms = find_country_mentions(title_sent) if title_sent else []
    assign_roles(table, by_index, country_mentions={**cm_by_sent, -1: title_cms})
    respective_countries(table, by_index, {**cm_by_sent, -1: title_cms})
    destination_countries(table, by_index, cm_by_sent)
    countries = article_countries([c for v in cm_by_sent.values() for c in v], title_cms)
    for a in table.actors:
        if a.country and not gazetteer.is_sovereign(a.country):
            a.country = None
    home = release_country(url)
    _release_subject_country(table, home or outlet_country(url), by_index)
    organisation_countries(table, by_index, home)
    inherited_countries(table, by_index)

    disc = Discourse(author=article_author(table, sentences, title_sent))
    first_person = bool(re.search(r"\b(?:I|my|we|our)\b", re.sub(r"[\"“][^\"”]*[\"”]", " ", text)))
    role_lookup = role_lookup_factory(table, home)
    drafts: list[Draft] = []
    issues = IssueBook()
    title_low = (title or "").lower()
    carried_place, carried_para = None, -1
    line = dateline_place(text)
    line_cc = place_country(line)
    scene = None  # the Scene of a meeting word whose parties its sentence does not name, or of an arrival
    opening = None  # the dated scene that opens the story before any meeting is reported
    last_touch = -99
    trips = []  # (sentence index, date, precision) of travel reported with a date
    destination = None  # (ISO code, sentence index) of the last state a visit was said to go to
    loose = []  # (sentence index, issue) of topics found outside any meeting's report
    prev_topics = (-99, [])  # the last sentence that named topics, for "these issues" after it
    for sent in sentences:
        trip = _trip_date(sent, published)
        if trip:
            trips.append((sent.index, *trip))
        dest = visit_destination(sent, cm_by_sent[sent.index])
        if dest:
            destination = (dest, sent.index)
        scene = _arrival_place(sent) or scene
        fp = fronted_place(sent)
        if fp:
            carried_place, carried_para = fp, sent.para
        elif sent.para != carried_para:
            carried_place = None
        triggers = [] if is_footer(sent.text) else find_triggers(sent.span)
        made = None
        implied = None
        second = None  # a gathering the sentence reports beside its first contact
        for trig in triggers[:3]:
            apart = made is not None and own_clause(trig, made.trigger) and not hosts_a_contact(trig)
            if made is not None and not _other_gathering(trig, made.trigger) and not apart:
                continue
            parts, named, notes = resolve(sent, trig, table, cm_by_sent[sent.index], disc, role_lookup)
            if apart:
                parts = second_contact_parties(parts, trig, made, sent, table, cm_by_sent[sent.index])
            parts = [p for p in parts if not _spokesperson(p, table, trig, sent) and not members_of(p, table, sent)
                     and not topic_only(p, trig, table, sent, cm_by_sent[sent.index])
                     and not venue_only(p, trig, table, sent)]
            if "title reference" not in notes and _unknown_subject(trig, sent, table, parts):
                continue  # "The Prime Minister then spoke to A, B and C" with no prime minister known
            if disc.author is not None and first_person and trig.lemma_.lower() in ("visit", "trip", "tour"):
                parts = _host_is_author(parts, disc.author, table)
            if delegated(trig):
                parts = states_of(parts, table)
            if len(parts) < 2 and disc.last_meeting and sent.index - disc.last_meeting_sent <= 6 \
                    and group_attends(trig):
                parts += [p for p in disc.last_meeting if p not in parts]  # "The leaders will ... attend the summit"
                notes.append("attendees from the last meeting")
            forum = forum_party(trig, parts, table, sent)
            if forum is not None:
                parts.append(forum)
            for code in states_in_name(trig, parts, table, cm_by_sent[sent.index]):
                parts.append(code)  # "attend the Australia New Zealand Foreign Ministers' Meeting"
            n_sides = len(parts)
            # the headline names the medium of the article's first (headline) meeting only; a trilateral needs
            # three sides, so people of one state count once ("Reagan and Bush will meet with Gorbachev")
            sides = _sides(parts, table, _stated_sides(sent, cm_by_sent[sent.index]))
            kind = meeting_kind(sent.span, trig, sides, "" if drafts else title_low)
            orgs = [p for p in parts if isinstance(p, int) and table.get(p).kind == "organization"]
            if forum is not None or orgs and _convened_by(trig, orgs[0], table, sent):
                kind = "multilateral"  # "an extraordinary meeting of the Council", "the G20 summit"
            elif kind == "multilateral" and n_sides == 2 and not orgs and _two_party_summit(trig) and not any(
                    d.kind == "multilateral" and set(map(str, parts)) & set(map(str, d.participants)) for d in drafts) \
                    and trig.head.lemma_.lower() not in ATTEND_VERBS:
                kind = "in_person"  # not a party joining a summit reported before ("joined at the summit by"), nor
                # a summit the two set out to attend
            if n_sides < 2 and not (kind == "multilateral" and n_sides >= 1 and orgs):
                scene = _mention_without_parties(sent, trig, kind, drafts, published) or scene
                if opening is None and not drafts and scene and scene.date:
                    opening = scene
                continue
            visitors = visitors_only(trig, parts, sent, table, cm_by_sent[sent.index])
            if visitors:
                # "Abe will make a state visit, while Park and the Indonesian President will come for working
                # visits": the visitors are not each other's hosts; each visits the state the text is about
                host = destination[0] if destination and sent.index - destination[1] <= 8 else None
                if host is None or any(state_of(v, table) == host for v in parts):
                    continue
                parts = parts + [host]
                notes.append("visitors of several states")
                n_sides = len(parts)
            if itinerary(trig) and sum(isinstance(p, int) for p in parts) < 2:
                continue  # "will be visiting Japan, Hong Kong and China": stops, met only through contacts named
            if any(w in sent.text.lower() for w in ("cancelled", "canceled", "called off", "postponed")):
                continue
            planned = is_planned(sent.span, trig, None, published)
            date, prec, weak = pick_date(sent, trig, published, planned,
                                         _story_day(drafts, trips, sent.index, published, by_index))
            if not planned and date and published and is_planned(sent.span, trig, date, published):
                planned = True
            loc, loc_cc = find_location(sent, trig, carried_place) if not is_remote(kind, trig) else (None, None)
            if loc is None and "them: the people listed before" in notes and not is_remote(kind, trig):
                loc, loc_cc = _place_of_listed(sent, by_index)
            if loc is None and scene and scene.place and 0 < sent.index - scene.index <= 2 and not planned \
                    and not is_remote(kind, trig):
                loc, loc_cc = scene.place, scene.country
            if line and (loc is None or is_country(loc)) and not is_remote(kind, trig) \
                    and any(t.lower_ == "here" for t in sent.span):
                loc, loc_cc = line, line_cc  # "met X here": the place of the dateline
            implied = _implied_date(sent, trig, drafts, trips, published, opening) \
                if not date and not planned else None
            conf = 0.45 + 0.1 * min(named, 2) + (0.1 if trig.pos_ == "VERB" else 0.05) - 0.1 * bool(notes)
            draft = Draft(sent, parts, kind, "planned" if planned else "held", date, prec, loc, loc_cc, [],
                          round(min(max(conf, 0.1), 0.95), 3),
                          f"{'verb' if trig.pos_ == 'VERB' else 'noun'} '{trig.text}'"
                          + (f" with {', '.join(dict.fromkeys(notes))}" if notes else "")
                          + f"; {named} named participant(s)", trig, named, list(notes), date_weak=weak)
            if made is not None:
                differs = set(map(str, parts)) != set(map(str, made.participants))
                if kind == "multilateral" and made.kind != "multilateral" and differs \
                        or apart and (differs or draft.status != made.status):
                    second = draft
                    if apart and cede(made, trig, sent, table, cm_by_sent[sent.index], _sides) is None:
                        made, second = draft, None
                break
            made = draft
            if not any(_other_gathering(t, trig) or own_clause(t, trig) for t in triggers[:3] if t.i != trig.i):
                break
        # issues: from the meeting's own sentence, or a follow-up sentence about the last meeting
        found = issues_in(sent.span)
        if made is not None and refers_back(sent.span) and sent.index - prev_topics[0] <= 2:
            found = prev_topics[1] + found  # "He also explored these issues in a meeting with ..."
        elif found:
            prev_topics = (sent.index, found)
        target = made
        if made is None and drafts and found:
            low = sent.text.lower()
            current = next((d for d in reversed(drafts) if not recounted(d.trigger, d.date, published)), drafts[-1])
            if sent.index - current.sent.index <= 2 and (
                    re.search(r"\b(they|the two|both|the leaders|the ministers|the sides|he|she)\b", low)
                    or sent.para == current.sent.para):
                target = current
            elif sent.index - last_touch <= 8 and about_meeting(sent, current, table):
                target = current
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
            pieces = [] if join_gathering(drafts, made) else (per_visitor(made, table) or split_separate(made, table))
            for piece in pieces:
                if not merge_into(drafts, piece, table):
                    if piece.date is None and implied and implied[0]:
                        piece.date, piece.precision, piece.date_weak = *implied, True
                    drafts.append(piece)
            for piece in (per_visitor(second, table) or [second]) if second is not None else ():
                if not merge_into(drafts, piece, table):
                    drafts.append(piece)
            disc.last_meeting = [p for p in made.participants if isinstance(p, int)
                                 and table.get(p).kind == "person"]
            disc.last_meeting_sent = sent.index
        disc.countries.extend(c.code for c in cm_by_sent[sent.index] if c.how != "capital")
        # a bare title as subject ("The Foreign Secretary highlighted ...") is who a later "he" refers to
        for key, t_start, t_end in role_lookup(sent, table) if sent.span.doc[sent.span.start].lower_ == "the" else ():
            if t_start == sent.span.start and sent.span.doc[t_end - 1].dep_ in ("nsubj", "nsubjpass"):
                disc.subjects.append(key)
        for m in table.mentions_in(sent.index):
            if table.get(m.actor).kind == "person":
                disc.persons.append(m.actor)
                tok = sent.span.doc[m.end - 1]
                # a spokesperson speaks of the contact: a later "he" is the one who acts, not them
                if (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass"))) \
                        and not _is_spokesperson(table.get(m.actor)):
                    disc.subjects.append(m.actor)

    title_place = _title_place(title_sent)
    last = None
    for d in drafts:  # a held meeting with no place of its own, reported right after one that has a place
        if d.status != "held" or d.kind not in ("in_person", "multilateral"):
            continue
        if d.location is None and last is not None and 0 <= d.sent.index - last.sent.index <= 4:
            d.location, d.location_country = last.location, last.location_country
        if d.location and not recounted(d.trigger, d.date, published):
            last = d  # background ("reciprocated his visit to X in 2019") places nothing after it
    _narrow_states(drafts, published)
    for place in (title_place, (line, line_cc) if line else None):
        for d in drafts if place else ():
            if d.location is None and d.kind in ("in_person", "multilateral") and d.status == "held" \
                    and not (d.trigger is not None and is_remote(d.kind, d.trigger)):
                d.location, d.location_country = place
    _attach_loose(loose, [d for d in drafts if not recounted(d.trigger, d.date, published)] or drafts)
    _drop_non_topics(issues, table, drafts)
    _delegation_leaders(table, drafts, sentences, cm_by_sent)
    _hosts_of_a_visit(table, drafts, sentences)
    _other_side_country(table, drafts, sentences, cm_by_sent, title_cms, home)
    drafts = absorb_visits(drafts, table)
    return _result(table, countries, drafts, issues, warnings)


class Scene(NamedTuple):
    """Where (and when) the story is at a sentence that names no parties: "discussed ... at a meeting in New
    York city", "X held a series of bilateral meetings on Wednesday", "arrived in New Delhi to ..."."""
    place: str | None
    country: str | None
    index: int
    date: str | None = None
    precision: str = "unknown"


def _mention_without_parties(sent, trig, kind, drafts, published):
    """A meeting word whose parties its sentence does not name still tells where and when the meeting it
    stands for took place: a definite re-mention ("The Downing Street talks covered ...", "calling Friday's
    talks constructive") places the meeting just reported if it had no place and dates it if it had no date of
    its own; an indefinite one in the main report ("discussed ... at a meeting in New York city", "held a
    series of bilateral meetings on Wednesday") sets the scene - its place and day - for the parties the next
    sentences name ("Taking part in the talks were ..."). Returns the scene."""
    if is_remote(kind, trig) or trig.lemma_.lower() in _TRIP_WORDS or is_planned(sent.span, trig, None, None):
        return None  # a journey or a planned meeting sets no scene
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children):
        prev = drafts[-1] if drafts else None
        if prev is None or prev.status != "held" or sent.index - prev.sent.index > 2 \
                or trig.lemma_.lower() in MULTI_NOUNS and prev.kind != "multilateral":
            return None  # "Thursday's summit" after a report of talks is another meeting
        loc, cc = find_location(sent, trig, None)
        if loc and prev.location is None and prev.kind in ("in_person", "multilateral"):
            prev.location, prev.location_country = loc, cc
        date, prec, weak = pick_date(sent, trig, published, False)
        if date and not weak and (prev.date is None or prev.date_weak):
            prev.date, prev.precision, prev.date_weak = date, prec, False
        return None
    if _in_side_clause(trig):
        return None  # a meeting named in passing ("the decisions taken at the summit held in X")
    loc, cc = find_location(sent, trig, None)
    date, prec, weak = pick_date(sent, trig, published, False)
    date, prec = (None, "unknown") if weak else (date, prec)
    return Scene(loc, cc, sent.index, date, prec) if loc or date else None


def _in_side_clause(tok) -> bool:
    """Whether a word sits in a relative, adverbial or participle clause ("the decisions taken at the summit
    held in Vilnius") rather than in the sentence's main report."""
    return any(a.dep_ in ("relcl", "acl", "advcl") for a in [tok, *tok.ancestors])


def _narrow_states(drafts, published) -> None:
    """A meeting placed only in a state ("X, who is on a visit to the US, met ...") happened in the city of
    that state where one of its parties was last placed ("met Lavrov in New York"), when the city is known to
    lie there; a planned one, in the city of a planned meeting of theirs ("his trip to Kabul tomorrow")."""
    for i, d in enumerate(drafts):
        if not is_country(d.location):
            continue
        parties = set(map(str, d.participants))
        for e in reversed(drafts[:i]):
            if e.status != d.status or not e.location or is_country(e.location) or not parties & set(
                    map(str, e.participants)) or recounted(e.trigger, e.date, published):
                continue
            if narrows(e.location, e.location_country, d.location, d.location_country, known_only=True):
                d.location, d.location_country = e.location, place_country(e.location, e.location_country)
            break


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




def _other_gathering(trig, first) -> bool:
    """A summit or conference that is the subject of its own clause beside the contact reported first:
    "A summit of the leaders of A, B and C began ... as host X held talks with Y" reports both."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.lower_ not in ("summit", "conference", "ministerial", "forum") \
            or trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return first.i not in {t.i for t in trig.subtree} and trig.i not in {t.i for t in first.subtree}


def _convened_by(trig, org_key, table: ActorTable, sent) -> bool:
    """Whether a gathering noun names its convening organisation: "a meeting of the North Atlantic Council",
    "the G20 summit", "NATO's summit" - the organisation is then the party when attendees go unnamed."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.lower_ not in GATHERING_NOUNS:
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


def _is_spokesperson(actor) -> bool:
    return bool(actor.kind == "person" and actor.role and re.search(r"spokes|press secretary", actor.role, re.I))


def _spokesperson(p, table, trig, sent) -> bool:
    """A spokesperson or press secretary reports a contact; they are a party only when the meeting word
    takes them as its object ("met the spokesman")."""
    if not isinstance(p, int):
        return False
    if not _is_spokesperson(table.get(p)):
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
            head = prev.head
            if head.pos_ == "NOUN" and head.lemma_.lower() in TOPIC_HEADS or head.lemma_.lower() in DISCUSS_VERBS \
                    and any(c.dep_ == "dobj" and c.i < prev.i for c in head.children):
                continue  # "Council discusses situation in Georgia": the place of the topic, not of a meeting
            hit = gazetteer.lookup(ent.text)
            return ent.text, hit[0] if hit else None
    return None


_TRIP_WORDS = {"travel", "visit", "tour", "trip", "arrive", "journey", "fly"}


def _unknown_subject(trig, sent, table: ActorTable, parts) -> bool:
    """The verb's subject is a bare title ("The Prime Minister", "the Secretary") that names no one the article
    knows (the caller checks that no title was resolved), and no state stands in for it: the people it spoke
    to or met did not meet each other, so the contact is better left out than reported between its objects."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.lower_.rstrip("s") not in ROLE_HEADS or any(isinstance(p, str) for p in parts):
        return False
    words = list(subj.subtree)
    if not all(w.dep_ == "det" or is_role_word(w.text) for w in words):
        return False
    inside = {m.actor for m in table.mentions_in(sent.index) if words[0].i <= m.start <= words[-1].i}
    return not inside & {p for p in parts if isinstance(p, int)}


def _trip_date(sent, published):
    """The date of a journey the sentence reports as made ("travelled to X and Y on 4-5 May", "arrived in
    X on Monday"), for the meetings held during it."""
    if not _TRIP_WORDS & sent.words:
        return None
    trav = [t for t in sent.span if t.lemma_.lower() in _TRIP_WORDS and t.pos_ in ("VERB", "NOUN")]
    if not trav:
        return None
    t = trav[0]
    if is_planned(sent.span, t, None, None):
        return None  # "will fly to Camp David on Saturday": a journey still to come
    mentions = find_dates(sent.text, published)
    if not mentions:
        return None
    best = min(mentions, key=lambda d: abs(d.start - (t.idx - sent.span.start_char)))
    if published and best.value > published.isoformat()[:len(best.value)]:
        return None
    return best.value, best.precision


def _story_day(drafts, trips, index: int, published, by_index) -> dt.date | None:
    """The day the story is telling: the last one given to a meeting or a journey reported so far, which "the
    same day" or "the next day" count from, and after which a planned "on Saturday" falls ("will begin on
    Wednesday, May 30 ... a state dinner Thursday ... On Saturday, the two leaders will fly to Camp David"). A
    day still to come holds only while the sentences keep telling days: a new thread of the story counts from
    publication again."""
    told = [(d.sent.index, d.date) for d in drafts if d.date and len(d.date) == 10]
    told += [(i, value) for i, value, _ in trips if len(value) == 10]
    if not told:
        return None
    at, value = max(told)
    day = dt.date.fromisoformat(value)
    if published is None or day <= published or index - at <= 2:
        return day
    recent = (by_index.get(i) for i in (index - 1, index - 2))
    return day if any(s is not None and find_dates(s.text, published) for s in recent) else None


_ARRIVALS = {"arrive", "travel", "fly", "reach"}


def _arrival_place(sent):
    """'Lavrov had arrived in New Delhi to take part in ...', 'The minister flew to Oslo on Monday': where a
    journey the sentence reports as made led, the scene of the meetings told right after it."""
    if not _ARRIVALS & sent.words:
        return None
    for t in sent.span:
        if t.pos_ == "VERB" and t.lemma_.lower() in _ARRIVALS \
                and t.tag_ in ("VBD", "VBN") and not is_planned(sent.span, t, None, None):
            loc, cc = find_location(sent, t, None)
            if loc:
                return Scene(loc, cc, sent.index)
    return None


def _implied_date(sent, trig, drafts, trips, published, opening=None):
    """A held meeting with no date of its own: the date of the meeting reported just before it in the same
    paragraph ("The council also held a session with ..."), or the date of the journey it took place on, or,
    in a report of the day's events, the day of its opening (its first meeting, or a first sentence such as
    "X held a series of bilateral meetings on Wednesday") for a meeting the text tells as part of the story
    ("... and then Netanyahu met with Harris"), unless the sentence places it in a journey of unstated days
    ("X, who is on a visit to Y, met ...") or sets it against a time long past ("met Y, who had led the
    relief in March"). Background the article recounts (a meeting or trip dated long before publication,
    "since his visit last year") dates nothing after it."""
    if _set_apart(trig):
        return None, "unknown"  # "following up from the meeting between X and Y": an earlier one, of no day
    current = [d for d in drafts if not recounted(d.trigger, d.date, published)]
    prev = current[-1] if current else None
    if prev is not None and prev.date and prev.status == "held" and (
            prev.sent.para == sent.para or _refers_back(sent)):
        return prev.date, prev.precision
    trip = next((t for t in reversed(trips) if not recounted(None, t[1], published)), None)
    lead = next((d for d in current if d.status == "held"), None)
    if opening is not None and (lead is None or opening.index < lead.sent.index):
        day = opening.date, opening.precision
    else:
        day = (lead.date, lead.precision) if lead is not None and not lead.date_weak else (None, "unknown")
    story_day = _same_day_news(day[0], published) and _told_in_past(trig) and not any(
        t.lemma_.lower() in _TRIP_WORDS for t in sent.span) and not any(
        recounted(None, d.value, published) for d in find_dates(sent.text, published))
    # a day's story after an arrival ("arrived on Wednesday ... met on Thursday"): the story's day wins
    if story_day and (trip is None or trip[2] == "day" and trip[1] < day[0]):
        return day
    # the journey dates the meetings reported soon after it, and any later one told as an event of the story
    if trip and (0 < sent.index - trip[0] <= 12 or sent.index > trip[0] and _told_in_past(trig)):
        return trip[1], trip[2]
    if story_day:
        return day
    if lead is None and opening is None and published is not None and _told_in_past(trig) and not trips:
        # a readout or news item of one contact, told in the past and dated nowhere: the day it was issued
        return published.isoformat(), "day"
    return None, "unknown"


def _set_apart(trig) -> bool:
    """Whether the meeting word is told as the occasion another event comes from or follows ("following up
    from the meeting between X and Y", "since their talks", "after the summit"): an earlier meeting."""
    return trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ in (
        "from", "since", "after", "following", "before")


def _same_day_news(day: str | None, published) -> bool:
    """Whether the article reports the day's events: it opens with a day the text itself gives, the day of
    publication or the day before. A story of a day tells its other meetings as that day's; a report days
    later may gather meetings of several days."""
    if not day or published is None or len(day) != 10:
        return False
    return 0 <= (published - dt.date.fromisoformat(day)).days <= 1


def _told_in_past(trig) -> bool:
    """Whether a meeting is told as an event of the story in the simple past ("met", "held talks", "was
    received"), not as background ("had met", "have met before", "since they met")."""
    verb = governing_verb(trig)  # "took part in a meeting", "held talks", "was received by"
    passive = verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    if verb is None or verb.tag_ != "VBD" and not passive or verb.lemma_.lower() == "be":
        return False  # "It was the second meeting ...": a description, not the event
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children) \
        and not recounted(trig, None, None)


_BACK_NOUNS = {"meeting", "meetings", "talks", "bilaterals", "discussions", "consultations", "visit", "session",
               "sessions", "call", "calls", "conversation", "conversations", "summit", "engagements"}


def _refers_back(sent) -> bool:
    """'Apart from these bilateral meetings, ...', 'After those talks, ...': the sentence continues the
    meetings just reported, in a new paragraph too."""
    toks = list(sent.span)
    for i, t in enumerate(toks):
        if t.lower_ in ("these", "those", "the same") or (t.lower_ == "same" and i and toks[i - 1].lower_ == "the"):
            if any(w.lower_ in _BACK_NOUNS for w in toks[i + 1:i + 4]):
                return True
    return False


_PARTY_NOUNS = {"sides", "leaders", "ministers", "presidents", "parties", "delegations", "men", "talks", "meeting",
                "call", "conversation", "visit", "discussions", "countries", "minister", "president", "secretary",
                "governments", "government", "statement", "readout", "summit", "nations", "counterparts"}


def _two_party_summit(trig) -> bool:
    """A summit of two leaders is their bilateral meeting ("will hold a summit meeting with Putin", "the
    summit in Yamaguchi" of both leaders); a forum or conference both attend stays a gathering of many."""
    return "summit" in (trig.lower_, *(c.lower_ for c in trig.children if c.dep_ == "compound"))


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
        bare_forms = all(fold(re.sub(r"^the\s+", "", f, flags=re.I)) == fold(bare) for f in forms)
        if fold(bare) in actor_forms or (hit and hit[1] == "name" and hit[0] in sides and bare_forms):
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


def _release_subject_country(table: ActorTable, home: str | None, by_index=None):
    """A government's release is about its own official: the first titled person it names, when the text ties
    them to no state, belongs to the publishing government ("Prime Minister Harper" on pm.gc.ca). Not when the
    release speaks as "I" or "we" there: the first person named is then whom the author meets."""
    if home is None:
        return
    firsts = sorted((m.sent if m.sent >= 0 else -1, m.start, m.actor) for m in table.mentions)
    for sent_index, _, key in firsts:
        a = table.get(key)
        if a.kind == "person":
            sent = (by_index or {}).get(sent_index)
            first_person = sent is not None and any(
                t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in sent.span)
            if a.country is None and a.role and not first_person and not _international_official(a):
                a.country = home  # (the UN Secretary-General a Prime Minister meets is nobody's)
            return


def _delegation_leaders(table: ActorTable, drafts, sentences, cm_by_sent) -> None:
    """'... the Pakistan-Afghanistan Joint Coordination Committee meeting in Kabul. Pakistan's delegation was
    led by Ambassador X': a state met at government level is its delegation's named leader."""
    for sent in sentences:
        cms = cm_by_sent.get(sent.index, [])
        for m in table.mentions_in(sent.index):
            tok = sent.span.doc[m.end - 1]
            if table.get(m.actor).kind != "person" or tok.dep_ != "pobj" or tok.head.dep_ != "agent" \
                    or tok.head.head.lemma_.lower() not in ("lead", "head"):
                continue
            verb = tok.head.head
            group = verb.head if verb.dep_ == "acl" else next(
                (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if group is None or group.lemma_.lower() != "delegation":
                continue
            codes = {c.code for c in cms if any(c.start <= t.i < c.end for t in group.children)}
            if len(codes) != 1:
                continue
            code = codes.pop()
            for d in reversed(drafts):
                if 0 <= sent.index - d.sent.index <= 2 and code in d.participants and m.actor not in d.participants:
                    d.participants[d.participants.index(code)] = m.actor
                    if table.get(m.actor).country is None:
                        table.get(m.actor).country = code
                    break


_VISIT_WORDS = {"visit", "trip", "travel", "tour", "arrive", "fly"}


def _hosts_of_a_visit(table: ActorTable, drafts, sentences) -> None:
    """'X visited Phnom Penh, Cambodia ... X and his delegation met with King A, Prime Minister B and C': the
    people a visitor meets right after a visit to one state, when the text ties them to none, are that state's."""
    officials = None
    for i, d in enumerate(drafts):
        codes = [p for p in d.participants if isinstance(p, str)]
        visitors = {p for p in d.participants if isinstance(p, int)}
        if len(codes) != 1 or not visitors or d.trigger is None or d.trigger.lemma_.lower() not in _VISIT_WORDS:
            continue
        for e in drafts[i + 1:]:
            if e.sent.index - d.sent.index > 4:
                break
            if not visitors & set(e.participants):
                continue
            if officials is None:
                officials = _officials_of_bodies(table, sentences)
            for p in e.participants:
                a = table.get(p) if isinstance(p, int) else None
                if a is not None and p not in visitors and a.kind == "person" and not a.country \
                        and not _international_official(a, officials):
                    a.country = codes[0]


def _state_pairs(sentences, cm_by_sent) -> Counter:
    """Pairs of states the text sets against each other, weighted: "relations between Russia and the US" (2)
    says more about the two sides than a compound such as "U.S.-China talks" or "the Russia-Ukraine war" (1)."""
    pairs = Counter()
    for sent in sentences:
        cms = [c for c in cm_by_sent.get(sent.index, []) if gazetteer.is_sovereign(c.code)]
        doc = sent.span.doc
        for a, b in zip(cms, cms[1:]):
            if a.code == b.code:
                continue
            between = [t.lower_ for t in doc[a.end:b.start]]
            if a.start == b.start or between in (["-"], ["–"]):  # "U.S.-China", "Russian-American"
                pairs[frozenset((a.code, b.code))] += 1
            elif between in (["and"], ["and", "the"]) and a.start > 0 and any(
                    t.lower_ == "between" for t in doc[max(0, a.start - 3):a.start]):
                pairs[frozenset((a.code, b.code))] += 2
    return pairs


def _other_side_country(table: ActorTable, drafts, sentences, cm_by_sent, title_cms=(), home=None) -> None:
    """In a meeting of two people, one tied to state A and one tied to none, the second person is of the state
    the text sets against A: the only other state of a pair it names ("relations between Russia and the US"),
    else the state the article names most after A (a report of a US-Israel meeting speaks of "US officials"
    again and again). An international official ("the Secretary-General") is left without a state."""
    pairs = _state_pairs(sentences, cm_by_sent)
    counts = Counter(c.code for cms in [*cm_by_sent.values(), title_cms] for c in cms
                     if gazetteer.is_sovereign(c.code))
    stated = {a.key: a.country for a in table.actors}  # no chains: only states the text itself gave
    officials = _officials_of_bodies(table, sentences)
    found: dict = {}
    for d in drafts:
        people = [p for p in d.participants if isinstance(p, int) and table.get(p).kind == "person"]
        if len(people) != 2 or len(d.participants) != 2:
            continue
        known = [stated[p] for p in people if stated[p]]
        bare = [p for p in people if not stated[p] and not _international_official(table.get(p), officials)]
        if len(known) != 1 or len(bare) != 1:
            continue
        # in a government's release the unplaced side of a contact with a foreigner is its own official
        other = (home if home and home != known[0] else None) or _strongest_partner(known[0], pairs) \
            or _most_named_besides(known[0], counts)
        if other and _office_taken(table.get(bare[0]), other, table):
            other = None  # "President Xi" is not of Russia when Putin is its President in the same text
        if other:
            found.setdefault(bare[0], set()).add(other)
    for key, codes in found.items():
        if len(codes) == 1:  # met people of two different states: no single answer
            table.get(key).country = codes.pop()


def _strongest_partner(code, pairs: Counter) -> str | None:
    """The state the text pairs with `code` most strongly, when one stands out."""
    weights = Counter()
    for pair, w in pairs.items():
        if code in pair:
            weights.update({c: w for c in pair if c != code})
    ranked = weights.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _most_named_besides(code, counts) -> str | None:
    """The state named most often apart from `code`, when it clearly dominates: three times at least, and
    twice as often as any other (a state named as often may be the topic: "the war in Ukraine")."""
    ranked = sorted(((n, c) for c, n in counts.items() if c != code), reverse=True)
    if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
        return ranked[0][1]
    return None


def _office_taken(actor, code, table: ActorTable) -> bool:
    """Whether another person of state `code` holds the very title `actor` holds ("President")."""
    role = actor.role.lower() if actor.role else None
    return role is not None and any(a.key != actor.key and a.kind == "person" and a.country == code and a.role
                                    and a.role.lower() == role for a in table.actors)


def _officials_of_bodies(table: ActorTable, sentences) -> set:
    """People whose title names an organisation of no state ("CARICOM Secretary-General Dr. Carla Barnett")."""
    by_index = {s.index: s for s in sentences}
    out = set()
    for m in table.mentions:
        a = table.get(m.actor)
        if a.kind == "organization" and not a.country and m.sent in by_index:
            holder = title_holder(m, by_index[m.sent].span.doc, table, m.sent)
            if holder is not None:
                out.add(holder)
    return out


def _international_official(actor, officials=()) -> bool:
    return actor.key in officials or bool(actor.role and re.search(
        r"secretary[- ]general|high representative|commissioner|director[- ]general", actor.role, re.I))


def _place_of_listed(sent, by_index):
    """'... and Josep Borrell in Jakarta. He also spoke to them': a contact with the people listed in the
    sentence before happens where that sentence has them."""
    prev = by_index.get(sent.index - 1)
    if prev is None or prev.para != sent.para:
        return None, None
    root = next((t for t in prev.span if t.dep_ == "ROOT"), None)
    return find_location(prev, root, None) if root is not None else (None, None)
