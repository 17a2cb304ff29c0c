"""Titles in an article: which person a bare title ("the Foreign Minister", "EAM") stands for, and the
author of a first-person release."""
from __future__ import annotations

import re

from . import gazetteer
from .actors import ActorTable
from .orgs import canonical_org

_TITLE_HEADS = {"secretary-general", "general", "president", "minister", "secretary", "chancellor", "premier", "king",
                "queen", "emir", "envoy", "ambassador", "adviser", "advisor", "commissioner", "leader", "chairman"}
# titles of a government's own leaders and ministers (not envoys, advisers or generals)
_GOVERNMENT_HEADS = {"president", "minister", "secretary", "chancellor", "premier", "king", "queen", "emir"}
_TITLE_MODS = {"prime", "foreign", "external", "affairs", "deputy", "vice", "defence", "defense", "trade", "home",
               "finance", "general", "state", "national", "security", "special", "crown", "interior", "chief",
               "acting", "high", "federal", "first", "economy", "of"}


_LEADER_TITLES = {"leader", "president", "prime minister", "premier", "chancellor", "king", "queen", "emir"}


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
    # every content word counts, whatever its case in the text ("External affairs Minister" -> EAM)
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", role)
                   if w and (w[0].isupper() or (w[0].isalpha() and w.lower() not in _ACRONYM_SKIP)))


_ACRONYM_SKIP = {"of", "for", "and", "the", "on", "in", "to"}


def role_lookup_factory(table: ActorTable, home: str | None = None):
    """Bare titles resolve to the actor of this article who holds them: "the External Affairs Minister",
    "the Israeli prime minister", "The Secretary-General", an acronym of a stated title ("EAM", "PM").
    A government title that no named person of the article holds stands for that government, as its ISO code:
    the state of its demonym ("the Israeli prime minister"), else the publishing government of a release
    (`home`: "The President spoke with ..." on a White House page)."""

    def candidates(title_words, country):
        scored = []
        for a in table.actors:
            if a.kind != "person":
                continue
            sc = _role_matches(a.role, title_words)
            # in a government's release a bare title is its own official, not a foreign holder of the title
            if sc and country is None and home is not None and a.country not in (None, home):
                continue
            if sc and (country is None or a.country == country):
                scored.append((sc, a))
        if not scored:
            return _only_person_of(country, title_words)
        best = max(sc for sc, _ in scored)
        top = [a for sc, a in scored if sc == best]
        if len(top) == 1 or (country is not None and len({a.key for a in top}) == 1):
            return top[0].key
        # several holders of a generic title: only a specific (multi-word) title picks the first-named one
        return top[0].key if len(title_words) >= 2 and best == 2 else None

    def _only_person_of(country, title_words):
        """'the Soviet president' for 'Soviet leader Mikhail Gorbachev', 'the Israeli leader' for its Prime
        Minister: with no holder of the very title, the one person of that state whose title the text leaves
        open or gives as a leader's ("Foreign Minister" X is not "the Afghan Prime Minister")."""
        if country is None:
            return None
        leaders = _LEADER_TITLES if title_words[-1] == "leader" else {"leader"}
        found = [a.key for a in table.actors if a.kind == "person" and a.country == country
                 and (a.role is None or " ".join(_norm_role(a.role)[-2:]) in leaders
                      or _norm_role(a.role)[-1] in leaders)]
        return found[0] if len(found) == 1 else None

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
            after_of = end + 2 if end + 2 < len(toks) and end + 1 < len(toks) and toks[end + 1].lower_ == "the" \
                else end + 1  # "the Foreign Minister of the Netherlands X"
            if nxt is not None and nxt.lower_ in ("of", "for") and after_of < len(toks) \
                    and toks[after_of].text[:1].isupper():
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
            if key is None and title_words[-1] in _GOVERNMENT_HEADS and not (country is None and any(
                    a.kind == "person" and _role_matches(a.role, title_words[-1:])
                    and (home is None or a.country in (None, home)) for a in tab.actors)):
                state = country if country is not None else home
                key = state if state is not None and gazetteer.is_sovereign(state) else None
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


def article_author(table: ActorTable, sentences, title_sent):
    """The writer of a first-person release: a person named in an all-caps header or the title."""
    for m in table.mentions:
        if m.sent == -1 or (m.sent < len(sentences) and sentences[m.sent].para <= 1 and m.text.isupper()):
            a = table.get(m.actor)
            if a.kind == "person" and (m.text.isupper() or m.sent == -1):
                return a.key
    return None
