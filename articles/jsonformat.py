"""Reading the JSON article format of ../shared/eval/README.md (id, source, url, title, published, text).

Plain Python, shared by `manage.py extract` (no database) and ingestion.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path


class ArticleFormatError(ValueError):
    """A file is not an article in the JSON format; the message says why."""


@dataclass(frozen=True)
class ArticleDocument:
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: dt.date | None = None
    external_id: str = ""


def parse_published(value) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ArticleFormatError(f"'published' is not an ISO date: {value!r}") from exc


def document_from_mapping(data: dict, *, fallback_id: str = "") -> ArticleDocument:
    if not isinstance(data, dict):
        raise ArticleFormatError("expected a JSON object with at least a 'text' field")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleFormatError("the article has no 'text' (or it is empty)")
    return ArticleDocument(
        text=text,
        title=str(data.get("title") or ""),
        url=str(data.get("url") or ""),
        outlet=str(data.get("source") or data.get("outlet") or ""),
        published=parse_published(data.get("published")),
        external_id=str(data.get("id") or fallback_id),
    )


def read_json_documents(path: Path) -> list[ArticleDocument]:
    """One document from a .json file, or one per non-empty line of a .jsonl file."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(f"{path.name} is not UTF-8 text") from exc
    try:
        if path.suffix.lower() == ".jsonl":
            return [
                document_from_mapping(json.loads(line), fallback_id=f"{path.stem}:{n}")
                for n, line in enumerate(content.splitlines(), 1)
                if line.strip()
            ]
        return [document_from_mapping(json.loads(content), fallback_id=path.stem)]
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(f"{path.name} is not valid JSON: {exc}") from exc
