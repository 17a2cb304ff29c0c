"""Persons and organisations: finding their mentions, joining name variants, roles and countries.

Mentions come from spaCy's named entities plus honorific/role cues ("Mr Straw", "President Lee") that catch
names the small model mislabels. Once a name form is known in the article every further occurrence of it
is a mention too. Variants are joined by surname (diacritics folded) and a fuzzy first-name match, so
"Anthony Blinken" joins "Antony Blinken" and "Çavuşoğlu" joins "Mevlüt Çavuşoğlu".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from . import gazetteer
from .orgs import canonical_org, is_government_org
from .sentences import is_footer

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "h.e.", "he", "sir", "dame", "prof",
              "prof.", "professor", "senator", "sen.", "rep.", "gen.", "general", "lord", "lady", "sheikh",
              "sheik", "excellency", "his", "her", "hon", "hon.", "honourable", "honorable", "rt"}
# words that head a title; "President", "Foreign Minister", "Secretary of State" all end or start with one
ROLE_HEADS = {"minister", "secretary", "president", "premier", "chancellor", "ambassador", "envoy", "senator",
              "king", "queen", "prince", "emir", "sultan", "governor", "adviser", "advisor", "chairman",
              "chair", "leader", "secretary-general", "spokesman", "spokesperson", "spokeswoman", "commissioner",
              "director-general", "vice-president", "mayor", "representative", "pope", "cardinal", "chief",
              "sheikh", "crown", "diplomat", "counsellor", "counselor", "councillor", "councilor", "speaker",
              "foreign secretary"}
ROLE_MODIFIERS = {"deputy", "vice", "prime", "foreign", "defence", "defense", "acting", "first", "general",
                  "external", "affairs", "trade", "finance", "interior", "home", "state", "principal",
                  "national", "security", "special", "senior", "chief", "crown", "former", "assistant",
                  "under", "permanent", "executive", "high", "united", "co-chair", "economic"}
_HONORIFIC_KEYS = {"mr", "mrs", "ms", "miss", "dr", "he", "h.e", "sir", "dame", "prof", "senator", "sen",
                   "excellency", "hon", "honourable", "honorable", "rt"}
_HEADLINE_VERBS = {"holds", "meets", "says", "calls", "visits", "speaks", "receives", "hosts",
                   "urges", "talks", "welcomes", "discusses", "arrives", "leaves", "signs", "phones",
                   "meet", "hold", "say", "discuss", "sign", "agree", "agrees", "visit", "talk"}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# a headline's verb or auxiliary in title case after a name: "Gorbachev Will Stop in Canada", "Lee Meets Xi"
_HEADLINE_WORDS = _HEADLINE_VERBS | {"will", "would", "to", "says", "said", "set", "may", "could", "must"}
# abbreviated titles written before a name in South Asian and wire copy ("EAM Jaishankar", "FM Khadka")
TITLE_ACRONYMS = {"PM", "FM", "EAM", "NSA", "SG", "UNSG", "VP", "DPM", "CM", "MP", "DG"}
KEEP_TITLE_IN_NAME = {"king", "queen", "prince", "pope", "emir", "sultan", "sheikh"}


@dataclass
class Actor:
    key: int
    kind: str
    forms: list[str] = field(default_factory=list)  # surface forms in order of appearance
    country: str | None = None
    role: str | None = None
    role_country: str | None = None

    @property
    def name(self) -> str:
        return best_form(self.forms, self.kind)

    def aliases(self) -> tuple[str, ...]:
        name = self.name
        seen, out = {fold(name)}, []
        for f in self.forms:
            if fold(f) not in seen and f != name:
                seen.add(fold(f))
                out.append(f)
        return tuple(out)


@dataclass
class Mention:
    actor: int
    sent: int  # Sentence.index; -1 for the title
    start: int  # token indices into the sentence's doc
    end: int
    text: str


def fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", unidecode(s or "").lower()).split())


@lru_cache(maxsize=8192)  # bounded: a worker's memory stays flat; a name form recurs in every comparison
def _name_tokens(form: str) -> tuple[str, ...]:
    toks = [t for t in re.split(r"[\s,]+", unidecode(form).lower().strip()) if t]
    toks = [t.strip(".") for t in toks if t not in NAME_SUFFIXES and t.strip(".")]
    # "al-abadi" compares as "abadi": a joined particle is not the surname itself
    toks = [re.sub(r"^(?:al|el|ad|as|ash|an|ul|bin|ibn|d|l)[-'’](?=\w)", "", t) for t in toks]
    # honorifics are not part of a name ("Mr. Pranab Mukherjee" is "Pranab Mukherjee")
    while len(toks) > 1 and toks[0] in _HONORIFIC_KEYS:
        toks = toks[1:]
    return tuple(toks)


def best_form(forms: list[str], kind: str) -> str:
    """The fullest form: most name tokens, then the earliest seen (the first mention is usually right)."""
    def score(item):
        idx, f = item
        upper = f.isupper() and len(f) > 5  # an all-caps header form loses to a normally cased one
        return (-len(_name_tokens(f)) if kind == "person" else -len(f), upper, idx)
    cands = [(i, f) for i, f in enumerate(forms)]
    if kind == "person":
        cands = [c for c in cands if not c[1].lower().startswith(("mr", "ms", "dr", "mrs", "president "))] or cands
    best = sorted(cands, key=score)[0][1]
    if best.isupper() and len(best) > 5 and kind == "person":
        return best.title()
    return best


def same_person(a: str, b: str) -> bool:
    """Whether two person name forms can denote one person (surname equal, first names compatible)."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        short, long_ = (ta, tb) if len(ta) == 1 else (tb, ta)
        # a single token matches the surname, or the family name written first ("Xi" of "Xi Jinping")
        return short[0] in (long_[-1], long_[0]) or (len(long_) == 1 and short[0] == long_[0])
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if short[0] in NAME_PARTICLES and long_[-len(short):] == short:
        return True  # "Van Klaveren" of "Alberto van Klaveren": the surname keeps its particle
    if ta[-1] != tb[-1]:
        if ta[0] == tb[0] and (ta[-1] in tb or tb[-1] in ta):
            return True  # "Abe Shinzo Abe" / "Shinzo Abe" and family-name-first orders
        return fuzz.ratio(" ".join(ta), " ".join(tb)) >= 90
    # first names: a variant spelling, an initial, or a short form sharing the initial ("Joe" / "Joseph")
    return fuzz.ratio(ta[0], tb[0]) >= 70 or ta[0][0] == tb[0][0] and (
        len(ta[0]) <= 2 or len(tb[0]) <= 2 or fuzz.ratio(ta[0], tb[0]) >= 60)


def strip_honorifics(form: str) -> str:
    toks = form.split()
    while len(toks) > 1 and toks[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        toks = toks[1:]
    while len(toks) > 1 and toks[0].lower() in ROLE_HEADS | ROLE_MODIFIERS and toks[0].lower() not in KEEP_TITLE_IN_NAME:
        toks = toks[1:]
    form = " ".join(toks)
    return re.sub(r"^[\W_]+|[\W_]+$", "", form) if not form.endswith(".") else form.lstrip(",;:'\"(")


def is_role_word(tok_text: str) -> bool:
    low = tok_text.lower()
    if low.endswith("s") and low[:-1] in ROLE_HEADS:
        low = low[:-1]  # "Ministers", "Presidents"
    return low in ROLE_HEADS or low in ROLE_MODIFIERS


# an article starts no name; "A K Abdul Momen" starts with an initial
_BAD_PERSON = re.compile(r"^(?:[Tt]he|THE|[Aa]n|AN)\b|^a\b|^A(?:\s+[a-z]|$)|\d|@|[Hh][Tt][Tt][Pp][Ss]?:|www\.")


def plausible_person(form: str) -> bool:
    if not form or _BAD_PERSON.search(form) or len(form) > 60:
        return False
    toks = form.split()
    if all(t.lower().rstrip(".") in _HONORIFIC_KEYS or t.lower() in HONORIFICS for t in toks) \
            or "".join(toks).lower().rstrip(".") in _HONORIFIC_KEYS:
        return False  # "H.E.", "Hon." standing alone: the name follows
    if len(toks) == 1 and len(form) > 3 and form.isupper():
        return False  # one capitalised word in capitals is an acronym or an agency ("AZERTAC"), not a person
    if not all(t[0].isupper() or t.lower() in {"bin", "al", "de", "van", "von", "der", "da", "la", "le", "ibn", "el"}
               or t[0] in "'’-" or _particle_joined(t) for t in toks):
        return False
    if gazetteer.lookup(form) or all(is_role_word(t) for t in toks):
        return False
    # a name never ends in a title or an adjective of office ("Foreign Ministry Spokesperson", "Ministerial"),
    # nor in the kind of document or event a headline names ("Joint Readout", "Condolence Message"), nor in the
    # kind of a place ("Ho Chi Minh City")
    if toks[-1].lower() in ROLE_HEADS or toks[-1].lower() in _OFFICE_ADJECTIVES | _EVENT_WORDS | _PLACE_KINDS:
        return False
    if len(toks) > 1 and form in gazetteer.city_names():
        return False  # "Saint Petersburg", "San Salvador"
    return True


_EVENT_WORDS = {"talks", "readout", "message", "meeting", "meetings", "travel", "visit", "statement", "call",
                "calls", "trip", "remarks", "letter", "conference", "summit", "condolence", "condolences",
                "briefing", "interview", "speech", "press", "release", "communique", "dialogue"}


def _particle_joined(tok: str) -> bool:
    """'al-Abadi', "d'Estaing", 'el-Sisi': a lowercase particle joined to a capitalised name."""
    m = re.match(r"^([a-z]{1,3})[-'’](\w)", tok)
    return bool(m) and m.group(1) in NAME_PARTICLES | {"d", "l", "ul", "ad", "as", "ash", "an"} and m.group(2).isupper()


_PLACE_KINDS = {"city", "province", "island", "islands", "county", "district", "street", "avenue", "square", "palace",
                "airport", "port", "valley", "region"}
_OFFICE_ADJECTIVES = {"ministerial", "presidential", "governmental", "diplomatic", "official", "bilateral",
                      "multilateral", "parliamentary"}
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "bin", "ibn",
                  "al", "el", "ter", "ten"}


class ActorTable:
    """The actors of one article and every mention of them."""

    def __init__(self):
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []

    def find_or_add(self, form: str, kind: str) -> Actor:
        if kind == "person" and len(_name_tokens(form)) == 1:
            # a bare surname two people share ("Khan said") is the one mentioned last
            matches = [a for a in self.actors if a.kind == "person" and any(same_person(form, f) for f in a.forms)]
            if len(matches) > 1:
                last = {m.actor: (m.sent, m.start) for m in self.mentions}
                best = max(matches, key=lambda a: last.get(a.key, (-2, -1)))
                best.forms.append(form)
                return best
        for a in self.actors:
            if a.kind != kind:
                continue
            if kind == "person" and any(same_person(form, f) for f in a.forms if len(_name_tokens(f)) > 1 or len(_name_tokens(form)) > 1):
                a.forms.append(form)
                return a
            if kind == "person" and any(_name_tokens(form) == _name_tokens(f) for f in a.forms):
                a.forms.append(form)
                return a
            if kind == "organization" and canonical_org(form) and canonical_org(form) == canonical_org(a.forms[0]):
                a.forms.append(form)
                return a
            if kind == "organization" and fold(form) in {fold(f) for f in a.forms}:
                a.forms.append(form)
                return a
        a = Actor(len(self.actors), kind, [form])
        self.actors.append(a)
        return a

    def add_mention(self, actor: Actor, sent: int, start: int, end: int, text: str):
        for m in self.mentions:
            if m.sent == sent and m.start < end and start < m.end:
                return
        self.mentions.append(Mention(actor.key, sent, start, end, text))

    def mentions_in(self, sent_index: int) -> list[Mention]:
        return sorted((m for m in self.mentions if m.sent == sent_index), key=lambda m: m.start)

    def get(self, key: int) -> Actor:
        return self.actors[key]


def _name_part(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.replace("-", "").replace(".", "").isalpha() \
        and not is_role_word(tok.text) and tok.lower_.rstrip(".") not in _HONORIFIC_KEYS \
        and not gazetteer.lookup(tok.text) and tok.lower_ not in _ORG_WORDS and tok.ent_type_ in ("", "PERSON")


def _widen_name(ent) -> tuple[int, int]:
    """The tagger's person span, widened to the name parts it left out that the parser joins to the name:
    a first name before a middle initial ("Antony J. Blinken" tagged "J. Blinken"), a surname after a
    particle ("Jean-Yves Le Drian" tagged "Jean-Yves Le")."""
    doc, start, end = ent.doc, ent.start, ent.end
    sent_start = ent.sent.start
    if re.fullmatch(r"[A-Z]\.", doc[start].text) and start > sent_start and _name_part(doc[start - 1]) \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end:
        start -= 1  # a span that starts at a middle initial lost its first name
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and _name_part(doc[end]):
        end += 1
    return start, end


def _person_span_from_ent(ent):
    """Trim honorifics/roles from a PERSON entity; returns (start, end, form) in doc tokens or None."""
    start, end = _widen_name(ent)
    doc = ent.doc
    while start < end - 1 and (doc[start].lower_ == "the" or doc[start].text in TITLE_ACRONYMS
                               or doc[start].text.lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}
                               or (doc[start].text.lower() in ROLE_HEADS | ROLE_MODIFIERS
                                   and doc[start].text.lower() not in KEEP_TITLE_IN_NAME)):
        start += 1
    cut = next((k for k in range(start + 1, end) if doc[k].text in ("'s", "’s") or (
        doc[k].text[:1].isupper() and doc[k].lower_ in _HEADLINE_WORDS)), None)
    if cut is not None:
        end = cut  # "Joe Biden's Meeting with ...", "Gorbachev Will Stop in ...": the name ends there
    while end > start and (doc[end - 1].text in {"'s", "’s", ",", "(", ")", "-"} or (
            end - start >= 2 and doc[end - 1].lower_ in _HEADLINE_VERBS and doc[end - 1].text[:1].isupper())):
        end -= 1  # a headline verb swallowed by the entity: "Wang Yi Holds", "Lee Meets"
    if end <= start:
        return None
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in NAME_SUFFIXES:
        end += 2  # "Joseph R. Biden, Jr.": the tagger leaves the suffix out of the name
    form = doc[start:end].text
    if doc[end - 1].text.lower() in NAME_SUFFIXES and end - 2 > start and doc[end - 2].text == ",":
        form = doc[start:end].text  # keep "Joseph R. Biden, Jr." whole
    return start, end, form


_INITIALS = re.compile(r"[A-Z]{1,2}\.?")


def _state_possessed_name(ent) -> bool:
    """An entity right after a state's possessive ("Bangladesh's AK Abdul Momen") made only of two to four
    capitalised name words or initials, none of them an organisation, title or state word."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s") or not gazetteer.lookup(doc[ent.start - 2].text):
        return False
    toks = list(ent)
    return 2 <= len(toks) <= 4 and any(not _INITIALS.fullmatch(t.text) for t in toks) and all(
        _INITIALS.fullmatch(t.text) or (t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                                         and not is_role_word(t.text) and t.lower_ not in _ORG_WORDS
                                         and not gazetteer.lookup(t.text)) for t in toks)


def _honorific_led(ent) -> bool:
    """An entity whose first word (after "the") is a personal honorific and whose rest is two or three
    capitalised words: a person, whatever the tagger's label."""
    toks = [t for t in ent if t.lower_ != "the"]
    if len(toks) < 3 or toks[0].lower_.rstrip(".") not in _HONORIFIC_KEYS - {"he"}:
        return False
    rest = toks[1:]
    return len(rest) <= 3 and all(t.text[:1].isupper() and not is_role_word(t.text) and t.lower_ not in _ORG_WORDS
                                  for t in rest)


def _city_not_person(table: ActorTable, form: str) -> bool:
    """A lone word the tagger calls a person that is the name of a city ("struck Tabriz and Ahar"), unless a
    person of the article already bears it as a name ("Jackson" after "Jesse Jackson")."""
    if " " in form or form not in gazetteer.city_names():
        return False
    return not any(a.kind == "person" and any(form in f.split() for f in a.forms) for a in table.actors)


def collect(sentences, title_sent) -> ActorTable:
    """Find every person and organisation mention in title + sentences."""
    table = ActorTable()
    all_sents = ([title_sent] if title_sent else []) + list(sentences)
    for s in all_sents:
        if is_footer(s.text):
            continue  # press contacts are not actors of the story
        span = s.span
        doc = span.doc
        taken = _names_after_affiliation(table, s)
        taken += _persons_in_apposition(table, s, taken)
        taken += _names_after_plural_title(table, s, taken)
        for ent in span.ents:
            if any(a < ent.end and ent.start < b for a, b in taken):
                continue  # the name was already found whole behind its title ("of Somalia Abshir Omar Jama")
            if ent.label_ in ("ORG", "PRODUCT") and _state_possessed_name(ent):
                # "Bangladesh's AK Abdul Momen" tagged as a product: a state's person
                a = table.find_or_add(ent.text, "person")
                table.add_mention(a, s.index, ent.start, ent.end, ent.text)
                continue
            if ent.label_ in ("ORG", "GPE", "FAC") and _honorific_led(ent):
                got = _person_span_from_ent(ent)  # "the Hon Losa Vaai" tagged as an organisation
                if got and plausible_person(got[2]):
                    a = table.find_or_add(got[2], "person")
                    table.add_mention(a, s.index, got[0], got[1], got[2])
                continue
            if ent.label_ == "PERSON":
                got = _person_span_from_ent(ent)
                if got and plausible_person(got[2]) and not _city_not_person(table, got[2]):
                    a = table.find_or_add(got[2], "person")
                    table.add_mention(a, s.index, got[0], got[1], got[2])
            elif ent.label_ in ("ORG", "NORP", "GPE", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"):
                if not _person_among_persons(table, s, ent):
                    _org_from_ent(table, s, ent)
        # honorific / title cues the model may have missed: "Mr Vaile", "President Lee", "Dr. Barnett"
        for tok in span:
            low = tok.text.lower()
            if low.rstrip(".") in {"mr", "mrs", "ms", "dr", "senator", "counterpart"} or (
                    low in {"president", "minister", "secretary", "chancellor", "premier", "councillor", "councilor",
                            "ambassador", "envoy", "commissioner", "governor", "chairman", "chairwoman", "speaker"}
                    and tok.text[0].isupper()):
                j = tok.i + 1
                if j < span.end and doc[j].text == ".":
                    j += 1
                k = j
                while k < span.end and (doc[k].pos_ == "PROPN" or _INITIALS.fullmatch(doc[k].text)) \
                        and doc[k].text[:1].isupper() and k - j < 4 \
                        and not gazetteer.lookup(doc[k].text) and not is_role_word(doc[k].text):
                    k += 1  # "his counterpart A K Abdul Momen": initials lead the name
                if k > j and doc[j].ent_type_ not in ("GPE", "NORP", "DATE", "FAC"):
                    form = doc[j:k].text
                    if plausible_person(form) and not is_government_org(form) and not any(m.sent == s.index and m.start <= j < m.end for m in table.mentions):
                        a = table.find_or_add(form, "person")
                        table.add_mention(a, s.index, j, k, form)
    _caps_header_names(table, sentences)
    _spread_known_forms(table, all_sents)
    return table


_ORG_WORDS = {"ministry", "council", "commission", "committee", "office", "department", "agency", "bank",
              "fund", "organisation", "organization", "union", "forum", "assembly", "group", "house", "affairs",
              "party", "university", "institute", "center", "centre", "programme", "program", "cooperation",
              "relations", "republic", "kingdom", "summit", "conference", "meeting", "day", "week"}


def _names_after_affiliation(table: ActorTable, s) -> list[tuple[int, int]]:
    """'the Prime Minister of Bangladesh Sheikh Hasina', 'Foreign Minister of Armenia Ararat Mirzoyan', 'the
    Regional Director of the UNDP Kanni Wignarajah': a title, 'of', a state or body, then the holder's name.
    The small model often merges the state into the name or tags the run as an organisation; the
    construction itself marks the capitalised run after the affiliation as a person. Returns the spans found."""
    span, doc = s.span, s.span.doc
    found = []
    if "of" not in s.words:
        return found
    toks = list(span)
    for n, of in enumerate(toks):
        if n == 0 or of.lower_ != "of":
            continue
        # a title word shortly before "of": "Minister of ...", "Director for the Asia Pacific of ..."
        if not any(t.lower_ in ROLE_HEADS or t.lower_ in ("director", "head", "chief") for t in toks[max(0, n - 3):n]) \
                and not any(t.lower_ in ROLE_HEADS | {"director"} for t in toks[max(0, n - 8):n]
                            if t.text[:1].isupper() and t.lower_ not in ("state",)):
            continue
        j = n + 1
        if j < len(toks) and toks[j].lower_ == "the":
            j += 1
        # the affiliation: a state name (one to four tokens) or an acronym of a body
        aff_end = None
        for k in range(min(len(toks), j + 5), j, -1):
            text = doc[toks[j].i:toks[k - 1].i + 1].text
            if gazetteer.lookup(text) or (k == j + 1 and text.isupper() and 2 <= len(text) <= 6
                                           and text.isalpha()):
                aff_end = k
                break
        if aff_end is None:
            continue
        k = aff_end
        if k < len(toks) and toks[k].text in ("[", "("):
            k += 1
        start = k
        while k < len(toks) and k - start < 5:
            t = toks[k]
            if t.text in ("-", "–") and k > start and not toks[k - 1].whitespace_ and k + 1 < len(toks):
                k += 2  # "Kim Sung-hwan"
                continue
            if not (t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha()) \
                    or t.text.isupper() and len(t.text) > 3 or (is_role_word(t.text) and not (
                        k == start and t.lower_ in KEEP_TITLE_IN_NAME)) \
                    or gazetteer.lookup(t.text) or t.lower_ in _ORG_WORDS or t.lower_ in HONORIFICS - {"sheikh"}:
                if t.lower_ in ("bin", "al", "van", "von", "de", "der", "ibn", "el") and k > start:
                    k += 1
                    continue
                break
            k += 1
        if k - start < 2 or (k < len(toks) and toks[k].text[:1].isupper() and toks[k].lower_ not in ("and",)
                              and toks[k].text not in ("]", ")")):
            continue
        a_i, b_i = toks[start].i, toks[k - 1].i + 1
        form = doc[a_i:b_i].text
        if not plausible_person(form) or is_government_org(form) or \
                any(m.sent == s.index and m.start < b_i and a_i < m.end for m in table.mentions):
            continue
        a = table.find_or_add(form, "person")
        table.add_mention(a, s.index, a_i, b_i, form)
        found.append((a_i, b_i))
    return found


_PERSON_NOUNS = {"colleague", "counterpart", "deputy", "successor", "predecessor", "host", "guest", "envoy"}


def _persons_in_apposition(table: ActorTable, s, taken) -> list[tuple[int, int]]:
    """A name in apposition to a person noun, which the small model often tags as an organisation or misses:
    "my colleague, the Minister for Trade Mark Vaile", "his deputy, Ana Ruiz". The name is the appositive
    head with its compound first names; it must look like a personal name (two or three capitalised words,
    none of them a title, state or organisation word). Returns the spans found."""
    doc = s.span.doc
    found = []
    for last in s.span:
        if last.dep_ != "appos" or last.pos_ != "PROPN" or not (
                last.head.lower_ in _PERSON_NOUNS or last.head.lower_ in ROLE_HEADS):
            continue
        start = last.i
        while start - 1 >= s.span.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == last.i:
            start -= 1
        while start < last.i and doc[start].lower_.rstrip(".") in _HONORIFIC_KEYS:
            start += 1  # "the Hon Jane Roe": the honorific is not part of the name
        words = list(doc[start:last.i + 1])
        if not 2 <= len(words) <= 3 or last.ent_type_ == "PERSON" or any(
                not (t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()) or is_role_word(t.text)
                or gazetteer.lookup(t.text) or t.lower_ in _ORG_WORDS for t in words):
            continue
        if any(a < last.i + 1 and start < b for a, b in taken):
            continue
        form = doc[start:last.i + 1].text
        if not plausible_person(form) or is_government_org(form) or canonical_org(form):
            continue
        a = table.find_or_add(form, "person")
        table.add_mention(a, s.index, start, last.i + 1, form)
        found.append((start, last.i + 1))
    return found


_PLURAL_TITLES = {"ministers", "presidents", "leaders", "premiers", "secretaries", "chancellors", "counterparts",
                  "ambassadors", "envoys"}


def _names_after_plural_title(table: ActorTable, s, taken) -> list[tuple[int, int]]:
    """'Foreign Ministers Ana Soto of Chile, Pablo Rojas of Peru and Juan Mamani of Bolivia', 'Presidents X and
    Y': a plural title heads a list of names, each maybe followed by 'of <state>'. The small model tags only
    some of them. A name is two or three capitalised words, none a title, state or organisation word."""
    doc, end = s.span.doc, s.span.end
    found = []
    for tok in s.span:
        if tok.lower_ not in _PLURAL_TITLES:
            continue
        k = tok.i + 1
        while k < end:
            j = k
            while j < end and j - k < 3 and doc[j].text[:1].isupper() and doc[j].text.replace("-", "").isalpha() \
                    and not doc[j].text.isupper() and not is_role_word(doc[j].text) \
                    and not gazetteer.lookup(doc[j].text) and doc[j].lower_ not in _ORG_WORDS:
                j += 1
            if j - k < 2:
                break
            form = doc[k:j].text
            if plausible_person(form) and not any(a < j and k < b for a, b in taken) and not any(
                    m.sent == s.index and m.start < j and k < m.end for m in table.mentions):
                a = table.find_or_add(form, "person")
                table.add_mention(a, s.index, k, j, form)
                found.append((k, j))
            if j + 1 < end and doc[j].lower_ == "of" and gazetteer.lookup(doc[j + 1].text):
                j += 2  # "... of Chile"
            before_sep = j
            while j < end and (doc[j].text == "," or doc[j].lower_ == "and"):
                j += 1
            if j == before_sep:
                break  # the list ends where no comma or 'and' goes on
            k = j
    return found


def _caps_header_names(table: ActorTable, sentences):
    """Release headers are set in capitals ("MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS JANE DOE"), where the
    small model finds no names: parse a title-cased copy of such a line and take its PERSON entities (the
    name is title-cased, the capitals form kept as an alias)."""
    from .sentences import get_nlp
    for s in sentences:
        if s.para > 2:
            break
        letters = [ch for ch in s.text if ch.isalpha()]
        if len(letters) < 8 or sum(ch.isupper() for ch in letters) < 0.9 * len(letters):
            continue
        cased = s.text.title()
        if len(cased) != len(s.text):
            continue
        doc = get_nlp()(cased)
        span, base = s.span, s.span.start_char
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            toks = [t for t in span if ent.start_char <= t.idx - base < ent.end_char]
            # drop leading honorifics and title words the entity swallowed ("Minister Jane Doe")
            while len(toks) > 2 and (toks[0].lower_ in ROLE_HEADS | ROLE_MODIFIERS | HONORIFICS
                                     or toks[0].lower_ in ("for", "of", "the", "and", "hon", "release", "media")):
                toks = toks[1:]
            if len(toks) < 2 or len(toks) > 4 or any(not t.text.isalpha() for t in toks):
                continue
            caps = span.doc[toks[0].i:toks[-1].i + 1].text
            form = caps.title()
            if not plausible_person(form) or any(m.sent == s.index and m.start <= toks[0].i < m.end
                                                 for m in table.mentions):
                continue
            a = table.find_or_add(form, "person")
            if caps not in a.forms:
                a.forms.append(caps)
            table.add_mention(a, s.index, toks[0].i, toks[-1].i + 1, caps)


def _person_among_persons(table: ActorTable, s, ent) -> bool:
    """A name the model tagged as something else inside a list of people: "the foreign ministers of Russia,
    Germany, France and Ukraine - Sergey Lavrov, Frank-Walter Steinmeier, Laurent Fabius and Pavel Klimkin". The
    entity is a conjunct or apposition of a PERSON entity and, once a leading state and dash are cut off, looks
    like a personal name (two or three capitalised words, none a title, state or organisation word)."""
    if len(ent) < 2:
        return False  # a single word ("Ukraine" in a list of states) is no two-word name
    root = ent.root
    if root.dep_ not in ("conj", "appos"):
        return False
    # the cheap checks of the words first: most entities in lists are states or bodies
    toks = list(ent)
    while toks and (toks[0].text in ("-", "–", ",") or toks[0].lower_ == "the" or gazetteer.lookup(toks[0].text)):
        toks = toks[1:]
    if not 2 <= len(toks) <= 3 or any(
            not (t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.text.isupper())
            or is_role_word(t.text) or gazetteer.lookup(t.text) or t.lower_ in _ORG_WORDS for t in toks):
        return False
    if canonical_org(ent.text) or is_government_org(ent.text):
        return False
    top = root
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    chain, todo = [], [top]  # the whole list the entity is a member of
    while todo:
        t = todo.pop()
        chain.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    if not any(k.ent_type_ == "PERSON" for k in chain):
        return False
    form = s.span.doc[toks[0].i:toks[-1].i + 1].text
    if not plausible_person(form):
        return False
    a = table.find_or_add(form, "person")
    table.add_mention(a, s.index, toks[0].i, toks[-1].i + 1, form)
    return True


def _org_from_ent(table: ActorTable, s, ent):
    doc = ent.doc
    end = ent.end
    # an entity cut after a function word: "the Group of" + "20"
    while doc[end - 1].lower_ in ("of", "for", "on") and end < s.span.end and end - ent.end < 2 and (
            doc[end].like_num or doc[end].pos_ == "PROPN"):
        end += 1
    if end != ent.end:
        from spacy.tokens import Span
        ent = Span(doc, ent.start, end, label=ent.label_)
    text = ent.text
    acronym = None
    # "the Shanghai Cooperation Organization (SCO": the bracketed acronym is an alias, not part of the name
    m = re.search(r"\s*\(([A-Z][A-Za-z&+\-]{1,9})\)?$", text)
    if m:
        acronym, text = m.group(1), text[:m.start()]
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    text = re.sub(r"(?:'s|’s)$", "", text).strip(" ,.-")
    if not text or not (canonical_org(text) or (ent.label_ == "ORG" and is_government_org(text))):
        return
    if gazetteer.lookup(text):
        return
    a = table.find_or_add(text, "organization")
    if acronym and acronym not in a.forms:
        a.forms.append(acronym)
    table.add_mention(a, s.index, ent.start, ent.end, text)


def _spread_known_forms(table: ActorTable, sents):
    """Every occurrence of a known single-token surname or full form is a mention, whatever NER said."""
    keys, shared = {}, set()
    for a in table.actors:
        if a.kind != "person":
            continue
        for f in list(a.forms):
            toks = f.split()
            keys.setdefault(f, a)
            if len(toks) >= 2 and toks[-1].lower().strip(".") not in NAME_SUFFIXES:
                last = toks[-1].rstrip(",")
                if keys.setdefault(last, a) is not a:
                    shared.add(last)  # two people named Khan: a bare "Khan" is neither for sure
    for last in shared:
        keys.pop(last, None)
    for s in sents:
        span = s.span
        doc = span.doc
        for tok in span:
            a = keys.get(tok.text)
            if a is None or not tok.text[:1].isupper():
                continue
            if any(m.sent == s.index and m.start <= tok.i < m.end for m in table.mentions):
                continue
            start = tok.i
            # include a directly preceding honorific for the alias ("Mr Straw")
            form = tok.text
            if start > span.start and doc[start - 1].text.lower().rstrip(".") in {"mr", "mrs", "ms", "dr"}:
                form = doc[start - 1:tok.i + 1].text
            a.forms.append(form)
            table.add_mention(a, s.index, tok.i, tok.i + 1, form)
