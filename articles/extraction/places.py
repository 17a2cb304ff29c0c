"""Where a meeting took place, beyond its own sentence: the dateline of a wire story, and meetings that have
no place at all (calls and virtual meetings).

A wire dateline ("MOSCOW, April 13 -", "REYKJAVIK, ICELAND —", "Lima [Peru], May 3 :") names where the story
was filed, which is where the meetings it reports as held took place unless the text names another place.
A call or a video conference happens nowhere: the place of one side ("While in Ottawa, the Prime Minister
spoke by phone with ...") is not the meeting's.
"""
from __future__ import annotations

import functools
import re

from . import gazetteer

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
          r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*")
# an all-capitals place (optionally ", COUNTRY") followed by a date, a dash or a wire agency's tag; an
# aggregator's tag ("NEW DELHI (UrduPoint News / Sputnik ...") names its desk, not the story's place
_CAPS_LINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3})(?:,\s*[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*)?"
    rf"\s*(?:,\s*(?:{_MONTH})\b|[—–]|--|\s-\s|\((?:AFP|AP|Reuters|UPI|Xinhua|dpa|DPA|Kyodo|Yonhap|TASS|Tass|"
    r"Bernama|Anadolu)\))")
# a place with its country in brackets and a date: "Lima [Peru], May 3 :"; or a place and a date followed by
# the agency: "Colombo, Mar 29 (PTI)", "Ankara, October 2, AZERTAC"
_BRACKET_LINE = re.compile(
    rf"^\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s*(?:\[[A-Za-z .]+\],\s*(?:{_MONTH})\b|"
    rf",\s*(?:{_MONTH})\s*(?:\([A-Za-z]+\)|,\s*[A-Z]{{2,}}\b))")
# capitals that are words of a headline or an organisation, not a place
_NOT_PLACES = {"MEDIA", "RELEASE", "NEWS", "STATEMENT", "PRESS", "MINISTER", "UPDATE", "BREAKING", "EXCLUSIVE",
               "UNITED NATIONS", "UN", "EU", "NATO"}

REMOTE_WORDS = {"video", "virtual", "virtually", "online", "videoconference", "video-conference", "video-link",
                "videolink", "teleconference", "phone", "telephone", "telephoned", "phoned"}


def dateline_place(text: str | None) -> str | None:
    """The place of a wire dateline at the start of the text, title-cased ("MOSCOW" -> "Moscow"), or None."""
    if not text:
        return None
    head = text.lstrip()[:120]
    m = _CAPS_LINE.match(head) or _BRACKET_LINE.match(head)
    if not m:
        return None
    place = m.group("place").strip(" .-")
    if place.upper() in _NOT_PLACES or len(place) < 3:
        return None
    if place.isupper():
        place = " ".join(w.capitalize() if w.isalpha() else w.title() for w in place.split())
    return place


def is_remote(kind: str, trigger) -> bool:
    """Whether a meeting happened at no place: a call, or a meeting the text calls virtual or by video."""
    if kind in ("phone_call", "video_call"):
        return True
    near = [trigger, *trigger.children]
    if trigger.head.i != trigger.i:
        near += [trigger.head, *trigger.head.children]
    return any(t.lower_ in REMOTE_WORDS for t in near)


def is_country(place: str | None) -> bool:
    """Whether a meeting place names a whole state ("Peru", "the US"), not a city or a venue in it."""
    hit = gazetteer.lookup(place) if place else None
    return bool(hit) and hit[1] == "name"


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Region (state, province) name -> the one state it lies in, from countryinfo's province lists; a name
    that two states share is left out."""
    found: dict[str, set] = {}
    for code, infos in gazetteer._countryinfo_by_iso2().items():
        for info in infos:
            for region in info.get("provinces") or ():
                found.setdefault(region, set()).add(code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


def place_country(place: str | None, known: str | None = None) -> str | None:
    """The state a place lies in, where known: the one given, a state or capital by name, a region by name
    ("New York")."""
    if known or not place:
        return known
    hit = gazetteer.lookup(place)
    return hit[0] if hit else _regions().get(re.sub(r"^the\s+", "", place.strip(), flags=re.I))


def narrows(new: str | None, new_cc: str | None, old: str | None, old_cc: str | None, *,
            known_only: bool = False) -> bool:
    """Whether place `new` says more precisely where a meeting placed at `old` happened: a state is narrowed by
    a city or venue that is not known to lie in another state ("talks in Peru" ... "the meeting in Lima"), or,
    with `known_only`, that is known to lie in that state."""
    if not new or not old or not is_country(old) or is_country(new):
        return False
    where = place_country(new, new_cc)
    return where == gazetteer.lookup(old)[0] if known_only else where in (None, gazetteer.lookup(old)[0])
