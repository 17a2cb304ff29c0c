"""Organisations that count as actors: intergovernmental bodies, government bodies, political movements.

A small gazetteer of well-known intergovernmental bodies (their acronyms are what NER misses most), plus a
keyword test for government bodies NER tags ORG ("Ministry of ...", "... Council"). Media, companies and
think tanks are rejected.
"""
from __future__ import annotations

import re

# canonical key -> surface forms. Only forms that occur in a text are ever reported.
KNOWN_ORGS = {
    "un": ("United Nations", "UN", "U.N.", "the United Nations", "UNO"),
    "nato": ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"),
    "eu": ("European Union", "EU", "E.U."),
    "asean": ("ASEAN", "Association of Southeast Asian Nations", "Asean"),
    "au": ("African Union",),
    "g7": ("G7", "G-7", "Group of Seven"), "g8": ("G8", "G-8", "Group of Eight"),
    "g20": ("G20", "G-20", "Group of 20", "Group of Twenty"),
    "osce": ("OSCE", "Organization for Security and Co-operation in Europe"),
    "oic": ("OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
    "caricom": ("CARICOM", "Caribbean Community"), "quad": ("Quad",),
    "sco": ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    "brics": ("BRICS", "BRICs"), "igad": ("IGAD", "Intergovernmental Authority on Development"),
    "ecowas": ("ECOWAS", "Economic Community of West African States"),
    "world bank": ("World Bank",), "imf": ("IMF", "International Monetary Fund"),
    "who": ("World Health Organization", "World Health Organisation"),
    "wto": ("WTO", "World Trade Organization"), "iaea": ("IAEA", "International Atomic Energy Agency"),
    "arab league": ("Arab League", "League of Arab States"), "gcc": ("GCC", "Gulf Cooperation Council"),
    "apec": ("APEC", "Asia-Pacific Economic Cooperation"), "saarc": ("SAARC",),
    "unsc": ("UN Security Council", "U.N. Security Council", "Security Council", "United Nations Security Council"),
    "unga": ("General Assembly", "UN General Assembly", "United Nations General Assembly"),
    "nac": ("North Atlantic Council", "NAC"), "wef": ("World Economic Forum",),
    "hamas": ("Hamas",), "fatah": ("Fatah",), "plo": ("PLO", "Palestine Liberation Organization"),
    "pa": ("Palestinian Authority",), "hezbollah": ("Hezbollah",), "taliban": ("Taliban",),
    "anc": ("ANC", "African National Congress"), "congress": ("Congress", "U.S. Congress", "US Congress"),
    "unhcr": ("UNHCR",), "unicef": ("UNICEF",), "unmiss": ("UNMISS",), "atmis": ("ATMIS",),
    "european commission": ("European Commission",), "european council": ("European Council",),
    "trilateral commission": ("Trilateral Commission",),
}
_FORM_TO_KEY = {}
for _k, _forms in KNOWN_ORGS.items():
    for _f in _forms:
        _FORM_TO_KEY[_f.lower()] = _k

GOV_WORDS = {"nations", "union", "council", "ministry", "department", "organization", "organisation",
             "congress", "parliament", "assembly", "commission", "authority", "committee", "secretariat",
             "alliance", "community", "forum", "party", "front", "movement", "group", "army", "forces",
             "senate", "cabinet", "coalition", "court", "mission", "agency", "office", "bureau", "league",
             "conference", "jirga", "duma", "knesset", "politburo", "legislature", "bank"}
REJECT_WORDS = {"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "company", "co.", "news", "times",
                "post", "press", "radio", "television", "tv", "reuters", "cnn", "bbc", "xinhua", "tass",
                "kyodo", "yonhap", "sputnik", "airlines", "airways", "university", "institute", "watch",
                "crisis", "foundation", "journal", "herald", "tribune", "daily", "magazine", "network",
                "broadcasting", "media", "photo", "images", "getty", "afp", "ap", "wire", "motors", "martin",
                "club", "correspondents", "summit", "meeting", "talks", "agreement", "treaty", "act",
                "initiative", "plan", "program", "programme", "policy", "communique", "statement", "declaration",
                "exchange", "chamber", "council's", "fund", "report", "development bank"}


def canonical_org(form: str) -> str | None:
    """The KNOWN_ORGS key of a surface form, if it is a well-known body."""
    f = re.sub(r"^the\s+", "", form.strip(), flags=re.IGNORECASE).lower()
    return _FORM_TO_KEY.get(f)


def is_government_org(form: str) -> bool:
    """A body NER tagged ORG that looks governmental or intergovernmental rather than a company/media."""
    toks = [t.lower().strip(",.()") for t in form.split()]
    if not toks or any(t in REJECT_WORDS for t in toks):
        return False
    if canonical_org(form):
        return True
    return any(t in GOV_WORDS for t in toks) and form[:1].isupper() and len(toks) <= 8
