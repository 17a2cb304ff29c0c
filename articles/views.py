"""The article page: its text with the evidence of each extracted meeting highlighted.

The text is never marked safe: it is cut into plain segments here and the template escapes each one,
wrapping the evidence segments in <mark>. Whatever an article contains, it cannot inject markup.
"""
from dataclasses import dataclass
from typing import Iterable

from django.shortcuts import render

from diplomacy import selectors


@dataclass(frozen=True)
class Segment:
    """A run of the article's text; `source_ids` name the MeetingSources whose evidence it is, if any."""

    text: str
    source_ids: tuple[int, ...] = ()

    @property
    def anchor(self) -> str:
        return f"evidence-{self.source_ids[0]}" if self.source_ids else ""

    @property
    def extra_anchors(self) -> list[str]:
        # Overlapping evidence of several meetings is one <mark>; the others still need a target.
        return [f"evidence-{source_id}" for source_id in self.source_ids[1:]]


def _locate(text: str, start: int, end: int, evidence: str) -> tuple[int, int] | None:
    """Where the evidence stands in the text: the stored offsets when they still point at it, else the
    first place it occurs (the text may have been re-cleaned since extraction), else nowhere."""
    if 0 <= start < end <= len(text) and " ".join(text[start:end].split()) == " ".join(evidence.split()):
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def highlight_segments(text: str, spans: Iterable[tuple[int, int, int, str]]) -> list[Segment]:
    """Cut `text` into plain and highlighted segments.

    `spans` are (source id, start, end, evidence). Overlapping spans merge into one highlighted segment
    that carries all their ids; spans that cannot be found in the text are left out.
    """
    located = []
    for source_id, start, end, evidence in spans:
        where = _locate(text, start, end, evidence)
        if where:
            located.append((where[0], where[1], source_id))
    located.sort()

    merged: list[list] = []  # [start, end, [ids]]
    for start, end, source_id in located:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(source_id)
        else:
            merged.append([start, end, [source_id]])

    segments, cursor = [], 0
    for start, end, ids in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], tuple(ids)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


def article_detail(request, pk: int):
    article = selectors.article_detail(pk=pk)
    sources = selectors.article_sources(article=article)
    segments = highlight_segments(
        article.text, [(s.pk, s.evidence_start, s.evidence_end, s.evidence) for s in sources]
    )
    return render(request, "articles/article_detail.html", {
        "article": article, "sources": sources, "segments": segments,
    })
