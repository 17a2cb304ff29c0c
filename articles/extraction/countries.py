"""Country mentions in parsed sentences, and the role/country of each person from the words around a name.

A country is found by name, short form, demonym or capital (gazetteer). Capitals count as the state only
when used as an actor (subject, possessive, object of a verb), not as a place after "in/at/to/from".
A name that is also a U.S. state ("Georgia") needs another sign of the country in the article.
Dependent territories are recognised (so "Hong Kong" is not mistaken) but never reported.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import gazetteer
from .actors import ROLE_HEADS, ROLE_MODIFIERS, ActorTable

PLACE_PREPS = {"in", "at", "to", "from", "into", "near", "via", "through", "toward", "towards", "across", "around"}
# words after which a country name is part of a geographic or document name, not the state
GEO_HEADS = {"sea", "strait", "strait's", "gulf", "ocean", "peninsula", "river", "basin", "agreement", "accord",
             "treaty", "declaration", "protocol", "act", "relations"}


@dataclass
class CountryMention:
    code: str
    how: str  # name | demonym | capital
    sent: int
    start: int  # token indices
    end: int
    text: str


def _max_form_tokens() -> int:
    return 6


def find_country_mentions(sent) -> list[CountryMention]:
    """Longest-match gazetteer lookup over the tokens of one sentence."""
    span, doc = sent.span, sent.span.doc
    out = []
    # Token texts, with and without their trailing space: a piece's text is built from them as Span.text
    # would give it, without making a Span for each of the up to six widths tried at each token.
    texts = [t.text for t in span]
    spaced = [t.text_with_ws for t in span]
    i = span.start
    while i < span.end:
        found = None
        k = i - span.start
        # A match must begin with a capital (checked below on the piece), so a token that does not cannot
        # start one: skipping those spares most of the lookups.
        widths = range(min(_max_form_tokens(), span.end - i, gazetteer.max_tokens_from(texts[k])), 0, -1) \
            if texts[k][:1].isupper() else ()
        for n in widths:
            text = "".join(spaced[k:k + n - 1]) + texts[k + n - 1]
            hit = gazetteer.lookup(text)
            if hit is None and text.endswith(("'s", "’s")):
                hit = gazetteer.lookup(text[:-2].strip())
            if hit and (text[:1].isupper()):
                found = (n, hit, text)
                break
        if not found:
            # "U.S.-China", "Australia-Iran": hyphenated compounds of two names
            tok = doc[i]
            if "-" in tok.text:
                for part in tok.text.split("-"):
                    hit = gazetteer.lookup(part)
                    if hit and part[:1].isupper() and hit[1] in ("name", "demonym"):
                        out.append(CountryMention(hit[0], hit[1], sent.index, i, i + 1, part))
            i += 1
            continue
        n, (code, how), text = found
        last = doc[i + n - 1]
        nxt = doc[i + n] if i + n < len(doc) else None
        if nxt is not None and nxt.text.lower() in GEO_HEADS and nxt.text[:1].isupper():
            i += n
            continue
        if how == "capital":
            head = doc[i].head if doc[i].dep_ != "compound" else last.head
            # a capital is the government only when it acts: subject, possessor, object of a verb
            dep = last.dep_
            if dep == "pobj" and last.head.text.lower() in PLACE_PREPS:
                i += n
                continue
            office = dep == "compound" and nxt is not None and nxt.lower_ in ROLE_HEADS  # "Kremlin spokesman"
            if dep not in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "conj", "appos") and not (
                    nxt is not None and nxt.text in ("'s", "’s")) and not office:
                i += n
                continue
            if dep == "pobj" and head.text.lower() not in ("by", "with", "of", "between", "for", "against"):
                i += n
                continue
        out.append(CountryMention(code, how, sent.index, i, i + n, text))
        i += n
    return out


def article_countries(mentions: list[CountryMention], title_mentions: list[CountryMention]) -> list[str]:
    """The sovereign states an article refers to, sorted."""
    allm = mentions + title_mentions
    codes = set()
    us_states = gazetteer.us_state_names()
    for m in allm:
        if not gazetteer.is_sovereign(m.code):
            continue
        if m.text in us_states:
            # "Georgia": count only with another sign of the country (demonym, capital or official name)
            if not any(o.code == m.code and o.text not in us_states for o in allm):
                continue
        codes.add(m.code)
    return sorted(codes)


def _role_from_tokens(toks, name_start: int | None = None) -> str | None:
    """The title in a run of tokens: a role head word with its capitalised modifiers and 'of/for X' tail. The
    head nearest before the name wins ("Prime Minister A, President B": B is the President); a lowercase head
    counts right before the name ("Soviet leader Mikhail Gorbachev", "Kenyan president William Ruto")."""
    words = [t for t in toks]
    before = [i for i, t in enumerate(words) if name_start is not None and t.i < name_start]
    order = list(reversed(before)) + [i for i in range(len(words)) if i not in before]
    for i in order:
        t = words[i]
        right_before = name_start is not None and (t.i + 1 == name_start or (
            t.i + 2 == name_start and t.nbor(1).text == ","))  # "a spokesman, Ned Price,"
        if t.text.lower() not in ROLE_HEADS or not (t.text[:1].isupper() or right_before):
            continue
        start = i
        while start > 0 and (words[start - 1].text[:1].isupper() or (
                words[start - 1].text.lower() in ROLE_MODIFIERS and start > 1 and words[start - 2].text[:1].isupper()
                and words[start - 2].text.lower() in ROLE_MODIFIERS)) and (
                words[start - 1].text.lower() in ROLE_MODIFIERS | ROLE_HEADS
                or (words[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and not gazetteer.lookup(words[start - 1].text)
                    and words[start - 1].ent_type_ not in ("PERSON", "GPE", "NORP", "ORG"))):
            start -= 1
        end = i + 1
        if end + 1 < len(words) and words[end].text in ("-", "–") and words[end + 1].i == words[end].i + 1 \
                and words[end + 1].text[:1].isupper():
            end += 2  # "Secretary - General" as the tokenizer splits it
        while end < len(words) and words[end].i == words[end - 1].i + 1 and words[end].text[:1].isupper() \
                and words[end].lower_ in ("general", "general's"):
            end += 1  # "Secretary General", "Under-Secretary General"
        while end + 1 < len(words) and words[end].i == words[end - 1].i + 1 and \
                words[end].text.lower() in ("of", "for", "and") and \
                words[end + 1].text[:1].isupper() and not gazetteer.lookup(words[end + 1].text) and \
                words[end + 1].ent_type_ not in ("PERSON", "GPE"):
            end += 2
            while end < len(words) and words[end].i == words[end - 1].i + 1 and len(words[end].text) > 1 \
                    and words[end].text[:1].isupper() and not gazetteer.lookup(words[end].text) \
                    and words[end].ent_type_ not in ("PERSON", "GPE") and words[end].pos_ != "PUNCT":
                end += 1
        while start < end and words[start].text.lower().rstrip(".") in ("former", "the", "he", "h.e", "dr", "mr", "ms",
                                                                      "mrs", "his", "her", "excellency"):
            start += 1
        title = " ".join(w.text for w in words[start:end])
        return title.replace(" - ", "-") if title else None
    return None


_TITLE_JOINERS = {"of", "for", "and"}


def _title_before_comma(doc, m_start):
    """'the Foreign Minister of Japan, Fumio Kishida': a title set off before the name by a comma, back to the
    previous comma, semicolon or dash, or a verb (a title has none: "... met the Director of the agency, X").
    Only a segment that holds a title word counts."""
    if m_start < 2 or doc[m_start - 1].text != ",":
        return []
    seg = []
    j = m_start - 2
    while j >= 0 and m_start - j <= 14 and doc[j].text not in (",", ";", "-", "–", ":", "(") \
            and doc[j].ent_type_ != "PERSON" and doc[j].pos_ not in ("VERB", "AUX"):
        seg.append(doc[j])
        j -= 1
    return seg if any(t.lower_ in ROLE_HEADS for t in seg) else []


def _role_context(doc, m_start, m_end):
    """Tokens describing a name: its left modifiers, appositions, and the noun it is in apposition to."""
    name_toks = set(range(m_start, m_end))
    head = doc[m_end - 1]
    while head.head.i in name_toks and head.head.i != head.i:
        head = head.head
    ctx = []
    for t in head.subtree:
        if t.i not in name_toks and t.i < m_start and t.i >= m_start - 10:
            ctx.append(t)
    for c in head.children:
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.text == "of" and c.i == m_end):
            ctx.extend(x for x in c.subtree if x.i not in name_toks)
    if head.dep_ == "appos" and head.head.i < m_start:
        ctx.extend(x for x in head.head.subtree if x.i < m_start and x.i not in name_toks and x.i >= m_start - 14)
    # the words immediately before the name even if the parse attached them elsewhere ("Foreign Minister X",
    # "British Secretary of State for Foreign and Commonwealth Affairs X": small words inside a title too)
    j = m_start - 1
    while j >= 0 and m_start - j <= 12 and doc[j].ent_type_ != "PERSON" and (doc[j].text[:1].isupper() or (
            doc[j].lower_ in _TITLE_JOINERS and j > 0 and doc[j - 1].text[:1].isupper()
            and not (doc[j].lower_ == "and" and gazetteer.lookup(doc[j - 1].text)))):
        # ("of Slovenia and HE Mr. X": an 'and' after a state ends the previous person's title)
        ctx.append(doc[j])
        j -= 1
    if j >= 0 and doc[j].text in ("'s", "’s") and j - 1 >= 0:
        ctx.append(doc[j - 1])
    ctx.extend(_title_before_comma(doc, m_start))
    seen, out = set(), []
    for t in sorted(ctx, key=lambda t: t.i):
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def assign_roles(table: ActorTable, sents_by_index: dict, counterpart_of: dict | None = None,
                 country_mentions: dict[int, list[CountryMention]] | None = None):
    """Fill role and country of each person from its mentions (first stated role wins).

    `country_mentions`: each sentence's find_country_mentions, when the caller has them already."""
    found = dict(country_mentions or {})  # the gazetteer pass over a sentence, once per sentence
    for m in sorted(table.mentions, key=lambda m: (m.sent if m.sent >= 0 else -1, m.start)):
        actor = table.get(m.actor)
        if actor.kind != "person":
            continue
        sent = sents_by_index.get(m.sent)
        if sent is None:
            continue
        doc = sent.span.doc
        ctx = _role_context(doc, m.start, m.end)
        if not ctx:
            continue
        if actor.role is None:
            role = _role_from_tokens(ctx, m.start)
            if role:
                actor.role = role
        if actor.country is None:
            if m.sent not in found:
                found[m.sent] = find_country_mentions(sent)
            actor.country = _tied_country(doc, m, ctx, table, sent, found[m.sent])


# a country after these words is where the person is sent or what they deal with, not their state
TARGET_PREPS = {"for", "to", "on", "in", "at", "toward", "towards", "with", "against", "from", "into", "over"}


def _tied_country(doc, m, ctx, table, sent, sentence_mentions: list[CountryMention]) -> str | None:
    """The state the words around one mention tie the person to: the closest country word in the context
    that is not separated from the name by another person's name and is not the object of 'to/for/in...'
    ("envoy to Afghanistan", "Minister of X Y, Minister of Z W": Z belongs to W, not to Y)."""
    ctx_ids = {t.i for t in ctx}
    lo, hi = min(ctx_ids | {m.start}), max(ctx_ids | {m.end - 1})
    if sent.span.start <= lo and hi < sent.span.end:
        # the sentence's own country mentions inside the context (found once per sentence)
        mentions = [cm for cm in sentence_mentions if cm.start <= hi and cm.end > lo]
    else:
        mentions = find_country_mentions(type("S", (), {"span": doc[lo:hi + 1], "index": m.sent}))
    others = [(o.start, o.end) for o in table.mentions
              if o.sent == m.sent and (o.start, o.end) != (m.start, m.end) and table.get(o.actor).kind == "person"]
    # PERSON-tagged words touching the name ("H.E. Lee Myung-bak") are part of it
    lo_name, hi_name = m.start, m.end
    while lo_name > 0 and doc[lo_name - 1].ent_type_ == "PERSON":
        lo_name -= 1
    while hi_name < len(doc) and doc[hi_name].ent_type_ == "PERSON":
        hi_name += 1
    after = _title_after_comma(doc, hi_name, {o_s for o_s, _ in others})
    # "Pablo Rojas of Peru", "President Ruto of the Republic of Kenya": the state right after the name
    k = hi_name + 1 + (hi_name + 1 < len(doc) and doc[hi_name + 1].lower_ == "the")
    if hi_name < len(doc) and doc[hi_name].lower_ == "of":
        own = next((cm.code for cm in sentence_mentions if cm.start == k and gazetteer.is_sovereign(cm.code)), None)
        if own:
            return own
    best = None
    for cm in mentions:
        if not gazetteer.is_sovereign(cm.code) or not any(i in ctx_ids for i in range(cm.start, cm.end)):
            continue
        a, b = (cm.end, m.start) if cm.end <= m.start else (m.end, cm.start)
        if any(a <= o_s and o_e <= b for o_s, o_e in others):
            continue  # another person stands between: the country is theirs
        if any(doc[k].ent_type_ == "PERSON" and not (lo_name <= k < hi_name) for k in range(a, b)):
            continue
        if cm.start >= m.end and _title_of_next(doc, cm.end, others):
            continue  # "..., Minister of Foreign Affairs of Bangladesh AK Abdul Momen": the next person's title
        last = doc[cm.end - 1]
        if last.dep_ == "pobj" and last.head.text.lower() in TARGET_PREPS:
            continue
        dist = m.start - cm.end if cm.end <= m.start else cm.start - m.end
        if cm.start in after:
            dist = -1  # "X, Foreign Minister of Algeria; Y, ...": the title the name itself is given
        if best is None or dist < best[0]:
            best = (dist, cm.code)
    return best[1] if best else None


def _title_after_comma(doc, k, person_starts) -> set:
    """Token positions of a title set off by a comma right after a name ("X, Foreign Minister of Algeria;"),
    up to the next comma, semicolon, 'and' or verb; empty when no title word opens it, or when another name
    follows it ("A, the Foreign Minister of Japan, B": the title is B's)."""
    if k >= len(doc) or doc[k].text != ",":
        return set()
    seg = []
    j = k + 1
    while j < len(doc) and j - k <= 10 and doc[j].text not in (",", ";", ".", "(", ")") \
            and doc[j].lower_ not in ("and", "or") and doc[j].pos_ not in ("VERB", "AUX"):
        seg.append(doc[j])
        j += 1
    words = [t for t in seg if t.lower_ not in ("the", "a", "an")]
    if not words or not (words[0].lower_ in ROLE_HEADS or words[0].lower_ in ROLE_MODIFIERS):
        return set()
    if j + 1 < len(doc) and doc[j].text == "," and (j + 1 in person_starts or doc[j + 1].ent_type_ == "PERSON"):
        return set()
    return {t.i for t in seg}


def _title_of_next(doc, k, others) -> bool:
    """Whether the words from token k up to the next comma, semicolon or 'and' run into another person's name."""
    starts = {o_s for o_s, _ in others}
    end = min(len(doc), k + 8)
    while k < end:
        if k in starts or doc[k].ent_type_ == "PERSON":
            return True
        if doc[k].text in (",", ";", ".", "(", ")", ":") or doc[k].lower_ in ("and", "or") or doc[k].pos_ == "VERB":
            return False
        k += 1
    return False


def organisation_countries(table: ActorTable, sents_by_index: dict, home: str | None = None) -> None:
    """The state of a government body: the one its own name gives ("Russian Foreign Ministry", "Council for the
    Development of Cambodia", "China's People's Liberation Army"), else, in a government's release, the publishing
    government. Intergovernmental bodies (the known ones) belong to no state."""
    from .orgs import canonical_org, is_government_org
    for m in sorted(table.mentions, key=lambda m: (m.sent, m.start)):
        a = table.get(m.actor)
        if a.kind != "organization" or a.country or canonical_org(a.forms[0]):
            continue
        sent = sents_by_index.get(m.sent)
        if sent is None:
            continue
        a.country = _state_in_name(sent.span.doc, m.start, m.end)
    for a in table.actors:
        if a.kind == "organization" and not a.country and home and not canonical_org(a.forms[0]) \
                and is_government_org(a.forms[0]):
            a.country = home


def _state_in_name(doc, start, end) -> str | None:
    """A sovereign state named inside a span, or by the possessive or demonym just before it."""
    lo = start
    if lo >= 2 and doc[lo - 1].text in ("'s", "’s"):
        lo -= 2
    elif lo >= 1 and doc[lo - 1].ent_type_ in ("NORP", "GPE"):
        lo -= 1
    codes = set()
    for t in doc[lo:end]:
        hit = gazetteer.lookup(t.text) if t.text[:1].isupper() else None
        if hit and hit[1] in ("name", "demonym") and gazetteer.is_sovereign(hit[0]):
            codes.add(hit[0])
    return codes.pop() if len(codes) == 1 else None


def inherited_countries(table: ActorTable, sents_by_index: dict) -> None:
    """A person titled by someone else's office has that office's state: "Putin spokesman Dmitry Peskov",
    "Orlov's adviser Yuri Lenko", "Foreign Ministry spokesperson X" when the ministry's state is known."""
    for m in sorted(table.mentions, key=lambda m: (m.sent, m.start)):
        a = table.get(m.actor)
        if a.kind != "person" or a.country:
            continue
        sent = sents_by_index.get(m.sent)
        if sent is None:
            continue
        doc = sent.span.doc
        j = m.start - 1
        if j < sent.span.start or doc[j].lower_ not in ROLE_HEADS:
            continue  # the word right before the name is the title: "... spokesman X"
        j -= 1
        while j >= sent.span.start and doc[j].lower_ in ROLE_MODIFIERS:
            j -= 1
        if j >= sent.span.start and doc[j].text in ("'s", "’s"):
            j -= 1
        owner = next((o for o in table.mentions_in(m.sent) if o.start <= j < o.end and o.actor != a.key), None)
        if owner is not None and table.get(owner.actor).country:
            a.country = table.get(owner.actor).country


_LIST_GLUE = {",", "and", "the"}


def respective_countries(table: ActorTable, sents_by_index: dict, country_mentions: dict) -> None:
    """'the foreign ministers of Russia, Germany, France and Ukraine - Sergey Lavrov, Frank-Walter Steinmeier,
    Laurent Fabius and Pavel Klimkin': a list of states set against a list of as many names, in order."""
    for idx, sent in sents_by_index.items():
        doc = sent.span.doc
        cms = [c for c in country_mentions.get(idx, []) if gazetteer.is_sovereign(c.code)]
        people = [m for m in table.mentions_in(idx) if table.get(m.actor).kind == "person"]
        if len(cms) < 2 or len(people) < 2:
            continue
        run = [cms[0]]
        for cm in cms[1:] + [None]:
            if cm is not None and all(t.lower_ in _LIST_GLUE for t in doc[run[-1].end:cm.start]):
                run.append(cm)
                continue
            if len(run) >= 2:
                _pair_in_order(run, people, doc, table)
            run = [cm] if cm is not None else []


def _pair_in_order(run, people, doc, table: ActorTable) -> None:
    k = run[-1].end
    if k >= len(doc) or doc[k].text not in ("-", "–", "—", ":", "("):
        return
    names, pos = [], k + 1
    for m in people:
        if m.start < pos:
            continue
        if not all(t.lower_ in _LIST_GLUE for t in doc[pos:m.start]):
            break
        names.append(m)
        pos = m.end
        if len(names) == len(run):
            break
    if len(names) == len(run):
        for cm, m in zip(run, names):
            table.get(m.actor).country = cm.code


_TRAVEL_VERBS = {"travel", "visit", "fly", "go", "head", "arrive", "come", "tour", "journey"}
_MEET_VERBS = {"meet", "see", "call", "hold", "receive", "brief", "consult"}


def destination_countries(table: ActorTable, sents_by_index: dict, country_mentions: dict) -> None:
    """Someone met on a journey to one state is of that state when the text gives no other: "will visit Panama
    on August 11 to meet with newly elected President Ricardo Martinelli", "I will travel to Fiji to meet Prime
    Minister X"."""
    for m in sorted(table.mentions, key=lambda m: (m.sent, m.start)):
        a = table.get(m.actor)
        sent = sents_by_index.get(m.sent)
        if a.kind != "person" or a.country or sent is None:
            continue
        doc = sent.span.doc
        tok = doc[m.end - 1]
        while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i and tok.head.i >= sent.span.start:
            tok = tok.head  # "to meet X and Y": Y as much as X
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            else None
        if verb is None or verb.lemma_.lower() not in _MEET_VERBS or verb.dep_ not in ("xcomp", "advcl", "conj"):
            continue
        trip = verb.head
        if trip.lemma_.lower() not in _TRAVEL_VERBS:
            continue
        places = {t.i for c in trip.children
                  for t in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                            if c.dep_ == "prep" and c.lower_ in ("to", "in") else [])
                  for t in [t, *[x for x in t.subtree if x.dep_ == "conj"]]}
        codes = {cm.code for cm in country_mentions.get(m.sent, []) if cm.how == "name"
                 and gazetteer.is_sovereign(cm.code) and any(i in places for i in range(cm.start, cm.end))}
        if len(codes) == 1:
            a.country = codes.pop()
