"""What the extraction pipeline returns: frozen dataclasses, no Django.

Participants of a meeting refer to actors by their canonical `name` within the same result, or to a
country by its ISO 3166-1 alpha-2 code when the text names no person for that side. Character offsets
are into the article `text` the pipeline was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PERSON = "person"
ORGANIZATION = "organization"
ACTOR_KINDS = (PERSON, ORGANIZATION)

PHONE_CALL = "phone_call"
VIDEO_CALL = "video_call"
IN_PERSON = "in_person"
MULTILATERAL = "multilateral"
MEETING_KINDS = (PHONE_CALL, VIDEO_CALL, IN_PERSON, MULTILATERAL)

HELD = "held"
PLANNED = "planned"
MEETING_STATUSES = (HELD, PLANNED)

DAY = "day"
MONTH = "month"
YEAR = "year"
UNKNOWN = "unknown"
DATE_PRECISIONS = (DAY, MONTH, YEAR, UNKNOWN)


@dataclass(frozen=True)
class ExtractedRole:
    """A title the text gives an actor ("Foreign Minister"), and the state it is held for."""

    title: str
    country: str | None = None


@dataclass(frozen=True)
class ExtractedActor:
    name: str  # the fullest form in the text
    kind: str  # PERSON or ORGANIZATION
    aliases: tuple[str, ...] = ()  # other surface forms seen in the text, misspellings included
    country: str | None = None  # ISO alpha-2 of the state the text ties the actor to
    role: ExtractedRole | None = None


@dataclass(frozen=True)
class ExtractedIssue:
    name: str  # short canonical name
    aliases: tuple[str, ...] = ()  # surface forms seen in the text


@dataclass(frozen=True)
class ExtractedMeeting:
    participants: tuple[str, ...]  # actor names of this result, or ISO alpha-2 codes
    kind: str  # one of MEETING_KINDS
    status: str  # HELD or PLANNED
    evidence: str  # the sentence that reports the meeting, exactly as in the text
    evidence_start: int  # offsets of `evidence` in the text: text[start:end] == evidence
    evidence_end: int
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text allows
    date_precision: str = UNKNOWN
    location: str | None = None  # a city, venue or country name, as the text gives it
    location_country: str | None = None  # ISO alpha-2 of the location, when known
    issues: tuple[str, ...] = ()  # names of issues of this result discussed at this meeting
    confidence: float = 0.5  # 0..1, for editors to sort the review queue by
    reason: str = ""  # which cue found the meeting, in a few words


@dataclass(frozen=True)
class ExtractionResult:
    extractor_version: str
    countries: tuple[str, ...] = ()  # ISO alpha-2 codes of states referred to, sorted
    actors: tuple[ExtractedActor, ...] = ()
    meetings: tuple[ExtractedMeeting, ...] = ()
    issues: tuple[ExtractedIssue, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_gold_dict(self) -> dict:
        """The result in the schema of ../shared/eval/README.md (without the "id" key)."""
        return {
            "countries": sorted(set(self.countries)),
            "actors": [
                {
                    "name": a.name,
                    "aliases": list(a.aliases),
                    "kind": a.kind,
                    "country": a.country,
                    "role": a.role.title if a.role else None,
                }
                for a in self.actors
            ],
            "meetings": [
                {
                    "participants": list(m.participants),
                    "kind": m.kind,
                    "status": m.status,
                    "date": m.date,
                    "location": m.location,
                    "issues": list(m.issues),
                    "evidence": m.evidence,
                    "confidence": round(m.confidence, 3),
                    "reason": m.reason,
                }
                for m in self.meetings
            ],
            "issues": [{"name": i.name, "aliases": list(i.aliases)} for i in self.issues],
        }
