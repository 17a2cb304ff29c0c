"""Date expressions in a sentence, resolved against the publication date.

Written by hand because dateparser resolves news phrasings wrongly ("said Monday" -> the week before,
"23-25 April" -> 1925). Every mention resolves to ("YYYY[-MM[-DD]]", precision); relative mentions need
`published`, otherwise they resolve to nothing. `future=True` means the sentence reports a planned event,
so a bare weekday or month points forward from publication instead of backward.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAYN = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAYN2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE_SEP = r"\s*(?:-|–|—|to|and|until|through)\s*"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# order matters: longer/more specific patterns first; matched spans are not reused
_PATTERNS = [
    ("range_dm", rf"\b(?:from\s+)?{_DAYN}{_RANGE_SEP}{_DAYN2}\s+{_MON}(?:,?\s+{_YEAR})?\b"),
    ("range_md", rf"\b{_MON}\s+{_DAYN}{_RANGE_SEP}{_DAYN2}(?:,?\s+{_YEAR})?\b"),
    ("two_months", rf"\b(?:late|early|mid-?)?\s*{_MON}\s+or\s+(?:late|early|mid-?)?\s*{_MON2}\b"),
    ("wd_date", rf"\b{_WD},?\s+(?:{_MON}\s+{_DAYN}|{_DAYN2}\s+{_MON2})(?:,?\s+{_YEAR})?\b"),
    ("mdy", rf"\b{_MON}\s+{_DAYN},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAYN}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b"),
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("md", rf"\b{_MON}\s+{_DAYN}\b(?!\s*(?:,\s*)?\d)"),
    ("dm", rf"\b{_DAYN}\s+(?:of\s+)?{_MON}\b"),
    # "on the 23rd": a day of the month of publication (or of the month before or after, by tense)
    ("ordinal_day", r"\bon the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
    ("my", rf"\b{_MON},?\s+{_YEAR}\b"),
    ("month_ry", rf"\b{_MON}\s+(?P<ry>this|next|last)\s+year\b"),
    ("month", rf"\b(?:in|since|during|of|by|until|before|after|early|late|mid-?|last|next|this|on)\s+(?:early\s+|late\s+|mid-?)?{_MON}\b"),
    # "the same day", "the next day", "earlier that day": a day counted from the one the story is telling
    ("anaphoric_day", r"\b(?P<ana>(?:earlier|later) that (?:day|morning|afternoon|evening)|that (?:same )?"
                      r"(?:day|morning|afternoon|evening|night)|the same day|the (?:next|following|previous) "
                      r"(?:day|morning|evening)|the day (?:before|after))\b"),
    ("rel_day", r"\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b"),
    ("weekday", rf"\b(?:(?P<dir>last|next|this|on|on\s+last)\s+)?{_WD}\b"),
    ("rel_week", r"\b(?P<dir>last|next|this|earlier this|later this|the previous|the following|the coming)\s+week(?:end)?\b"),
    ("rel_month", r"\b(?P<dir>last|next|this|earlier this|later this|early this|the previous|the following|the coming)\s+month\b"),
    ("rel_year", r"\b(?P<dir>last|next|this|earlier this|later this|the previous|the following|the coming)\s+year\b"),
    ("year", rf"\b(?:in|since|of|during|by)\s+(?:early\s+|late\s+|mid-?)?{_YEAR}\b"),
]
_COMPILED = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERNS]
# What each pattern cannot match without (a month name, a weekday, a digit: in every pattern these parts are
# required, never optional), so a sentence without them skips the pattern; most sentences hold no date.
_NEEDS = {name: ("(?P<mon>" in rx, "(?P<wd>" in rx, r"\d" in rx) for name, rx in _PATTERNS}
_HAS_MONTH = re.compile(r"\b" + _MON.replace("?P<mon>", "?:"), re.IGNORECASE)
_HAS_WEEKDAY = re.compile(_WD.replace("?P<wd>", "?:"), re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
_CASE_SENSITIVE_MONTH = {"may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str
    relative: bool


def _fmt(d: dt.date, precision: str) -> str:
    return {DAY: d.isoformat(), MONTH: d.isoformat()[:7], YEAR: str(d.year)}[precision]


def _month_of(mon: str) -> int:
    key = mon.lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[key[:3]]


def _year_for_month(month: int, published: dt.date | None, future: bool) -> int | None:
    """The year of a month named without one: the most recent such month not after publication (or the
    next one not before it, for a planned event)."""
    if published is None:
        return None
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, published: dt.date | None, future: bool, anchor: dt.date | None = None):
    g = m.groupdict()
    month = 0
    if g.get("mon"):
        raw = g["mon"]
        # "May" / "march" as ordinary words: only accept capitalised month names
        if not raw[0].isupper():
            return None
        month = _month_of(raw)
    if kind in ("range_dm", "range_md"):
        year = int(g["year"]) if g.get("year") else _year_for_month(month, published, future)
        if year is None or int(g["day"]) > 31 or int(g["day2"]) > 31:
            return None
        return _fmt(dt.date(year, month, 1), MONTH), MONTH, not g.get("year")
    if kind == "two_months":
        if not g["mon2"][0].isupper():
            return None
        year = _year_for_month(month, published, future)
        return (str(year), YEAR, True) if year else None
    if kind == "wd_date":
        if g.get("mon2"):
            if not g["mon2"][0].isupper():
                return None
            month, g["day"] = _month_of(g["mon2"]), g["day2"]
        year = int(g["year"]) if g.get("year") else _year_for_month(month, published, future)
        if year and not g.get("year"):
            # "Sunday, June 3": the year, of those around publication, in which that day is that weekday
            wd = WEEKDAYS[g["wd"].lower()]
            year = next((y for y in (year, year + 1, year - 1) if (_safe_date(y, month, int(g["day"])) or
                                                                  dt.date.min).weekday() == wd), year)
        d = _safe_date(year, month, int(g["day"])) if year else None
        return (_fmt(d, DAY), DAY, not g.get("year")) if d else None
    if kind in ("mdy", "dmy"):
        d = _safe_date(int(g["year"]), month, int(g["day"]))
        return (_fmt(d, DAY), DAY, False) if d else None
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return (_fmt(d, DAY), DAY, False) if d else None
    if kind in ("md", "dm"):
        year = _year_for_month(month, published, future)
        d = _safe_date(year, month, int(g["day"])) if year else None
        return (_fmt(d, DAY), DAY, True) if d else None
    if kind == "ordinal_day":
        if published is None:
            return None
        day, (y, mo) = int(g["day"]), (published.year, published.month)
        if future and day < published.day or not future and day > published.day:
            y, mo = (y + (mo == 12), mo % 12 + 1) if future else (y - (mo == 1), (mo - 2) % 12 + 1)
        d = _safe_date(y, mo, day)
        return (_fmt(d, DAY), DAY, True) if d else None
    if kind == "my":
        return f"{int(g['year']):04d}-{month:02d}", MONTH, False
    if kind == "month_ry":
        if published is None:
            return None
        year = published.year + {"this": 0, "next": 1, "last": -1}[g["ry"].lower()]
        return f"{year:04d}-{month:02d}", MONTH, True
    if kind == "month":
        year = _year_for_month(month, published, future)
        text = m.group(0).lower()
        if text.startswith("last "):
            year = year if month < (published.month if published else 13) else (year or 0) - 1
        elif text.startswith("next ") and published:
            year = published.year if month > published.month else published.year + 1
        return (f"{year:04d}-{month:02d}", MONTH, True) if year else None
    if kind == "year":
        return g["year"], YEAR, False
    if published is None:
        return None
    if kind == "anaphoric_day":
        ana = g["ana"].lower()
        delta = -1 if ("previous" in ana or ana.endswith("before")) else \
            1 if ("next" in ana or "following" in ana or ana.endswith("after")) else 0
        return _fmt((anchor or published) + dt.timedelta(days=delta), DAY), DAY, True
    if kind == "rel_day":
        rel = g["rel"].lower()
        delta = -1 if rel == "yesterday" else 1 if rel == "tomorrow" else 0
        return _fmt(published + dt.timedelta(days=delta), DAY), DAY, True
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        if not g["wd"][0].isupper():
            return None
        direction = (g.get("dir") or "").lower()
        back = (published.weekday() - wd) % 7
        if future and direction in ("", "on") and anchor is not None and anchor > published:
            # a plan told day by day: "Saturday" after "Wednesday, May 30" is the Saturday after it
            day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
        elif direction == "next" or (future and direction != "last"):
            fwd = (wd - published.weekday()) % 7
            day = published + dt.timedelta(days=fwd or (7 if direction == "next" else 0))
        else:
            day = published - dt.timedelta(days=back or (7 if direction == "last" else 0))
        return _fmt(day, DAY), DAY, True
    direction = g["dir"].lower()
    sign = -1 if direction in ("last", "the previous") else 1 if direction in ("next", "the following", "the coming") else 0
    if kind == "rel_week":
        return _fmt(published + dt.timedelta(days=7 * sign), MONTH), MONTH, True
    if kind == "rel_month":
        y, mo = published.year, published.month + sign
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
        return f"{y:04d}-{mo:02d}", MONTH, True
    if kind == "rel_year":
        return str(published.year + sign), YEAR, True
    return None


def find_dates(text: str, published: dt.date | None = None, *, future: bool = False,
               anchor: dt.date | None = None) -> list[DateMention]:
    """All date mentions in `text`, left to right, non-overlapping, most specific pattern first. `anchor` is
    the day the story is telling, which "the same day" or "the next day" count from (else publication), and
    after which a planned bare weekday falls when it is still to come."""
    return list(_find_dates(text, published, future, anchor))


@functools.lru_cache(maxsize=2048)  # bounded: one sentence is searched by several rules in a row
def _find_dates(text: str, published, future: bool, anchor) -> tuple[DateMention, ...]:
    taken: list[tuple[int, int]] = []
    out = []
    has = (bool(_HAS_MONTH.search(text)), bool(_HAS_WEEKDAY.search(text)), bool(_HAS_DIGIT.search(text)))
    for kind, rx in _COMPILED:
        if any(need and not there for need, there in zip(_NEEDS[kind], has)):
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            try:
                res = _resolve(kind, m, published, future, anchor)
            except (KeyError, ValueError, TypeError):
                res = None
            if res is None:
                continue
            taken.append((s, e))
            out.append(DateMention(s, e, res[0], res[1], res[2]))
    out.sort(key=lambda d: d.start)
    return tuple(out)


def resolve_date(phrase: str, published: dt.date | None = None, *, future: bool = False):
    """(value, precision) of the first date mention in `phrase`, or (None, "unknown")."""
    found = find_dates(phrase, published, future=future)
    if not found:
        return None, "unknown"
    return found[0].value, found[0].precision


def is_future(value: str | None, published: dt.date | None) -> bool:
    """Whether a resolved date lies after publication (at its own precision)."""
    if not value or not published:
        return False
    return value > _fmt(published, {10: DAY, 7: MONTH, 4: YEAR}[len(value)])


# --- dates inside a parsed sentence ---------------------------------------------------------------------
# verbs of reporting: a date that modifies one dates the report ("..., the ministry said Friday"), not the event
# reported in its complement clause
REPORT_VERBS = {"say", "announce", "tell", "report", "confirm", "state", "add", "disclose", "reveal", "note",
                "declare", "claim", "write", "tweet", "inform"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PERFECT_AUX = {"has", "have", "had", "'ve", "'d", "'s"}


def governing_verb(tok):
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def clause_tense(tok) -> bool | None:
    """Whether the verb a date token hangs off reports a future event (True: "will meet on Friday", "shall
    visit next month"), a past one (False: "said Friday", "met on Monday", "had talks", "was held on Monday"),
    or does not say (None: "is due to meet Friday", a present tense, no verb)."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in auxes):
        return True
    if "to" in auxes or any(a in ("would", "could", "might", "may", "should", "must", "can") for a in auxes):
        return None
    if verb.tag_ == "VBD":
        return False
    if verb.tag_ == "VBN" and any(a in _PERFECT_AUX | {"was", "were"} for a in auxes):
        return False
    return None


def dates_in_span(span, published: dt.date | None = None, *, future: bool = False,
                  anchor: dt.date | None = None) -> list[DateMention]:
    """`find_dates` over a parsed sentence, each relative mention resolved by the tense of its own clause: in
    "X said Friday that he will visit Y", "Friday" lies before publication even though the visit is planned.
    `future` is the sentence's default where the clause does not say."""
    text = span.text
    found = find_dates(text, published, future=future, anchor=anchor)
    if published is None or not any(d.relative for d in found):
        return found
    other = {(d.start, d.end): d for d in find_dates(text, published, future=not future, anchor=anchor)}
    base = span.start_char
    out = []
    for d in found:
        if d.relative and (d.start, d.end) in other:
            tok = next((t for t in reversed(span) if d.start <= t.idx - base < d.end), None)
            tense = clause_tense(tok) if tok is not None else None
            if tense is not None and tense != future:
                d = other[(d.start, d.end)]
        out.append(d)
    return out


def follows_report_verb(first) -> bool:
    """'X said on Monday he would meet Y', 'announced Friday that ...': a date right after a verb of saying
    dates the saying, whatever the parser attached it to."""
    prev = first.nbor(-1) if first.i > first.sent.start else None
    if prev is not None and prev.lower_ in ("on", "last", "this") and prev.i > first.sent.start:
        prev = prev.nbor(-1)
    return prev is not None and prev.pos_ == "VERB" and prev.lemma_.lower() in REPORT_VERBS


def dates_a_report(tok, trigger) -> bool:
    """Whether a date token dates the report of a meeting rather than the meeting: it modifies a verb of
    saying whose complement clause holds the meeting word ("X and Y have held talks, the ministry said
    Friday"). Such a date is only a fallback: the report is often of the day, but another date in the
    sentence is the meeting's. A meeting in a phrase of that verb ("said Friday after his talks") shares its
    date."""
    if any(a.i == trigger.i for a in tok.ancestors):
        return False  # "said his talks next month ...": the date is the meeting's own
    verb = governing_verb(tok)
    if verb is None or verb.lemma_.lower() not in REPORT_VERBS or verb.i == trigger.i:
        return False
    cur = trigger
    while cur.head.i != cur.i:
        if cur.head.i == verb.i:
            return cur.dep_ in ("ccomp", "parataxis", "xcomp", "dobj")
        cur = cur.head
    return False


def recounted(trigger, value: str | None, published: dt.date | None, *, days: int = 45) -> bool:
    """Whether a meeting is background the article recounts rather than its news: one in a "since" clause
    ("progress since Premier X visited Britain", "the first time since his trip to Israel") or one dated well
    before publication ("last year's summit", "in May last year"). Topics of later sentences belong to the
    article's current meeting, not to such a one."""
    cur = trigger
    for _ in range(6 if trigger is not None else 0):
        if any(c.dep_ in ("mark", "prep") and c.lower_ == "since" for c in cur.children) or (
                cur.dep_ == "pobj" and cur.head.lower_ == "since"):
            return True
        if cur.head.i == cur.i or cur.dep_ in ("ROOT",):
            break
        cur = cur.head
    if not value or published is None:
        return False
    y, m, d = (value.split("-") + ["", ""])[:3]
    try:
        if d:
            last = dt.date(int(y), int(m), int(d))
        elif m:
            last = dt.date(int(y) + (int(m) == 12), int(m) % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            last = dt.date(int(y), 12, 31)
    except ValueError:
        return False
    return (published - last).days > days
