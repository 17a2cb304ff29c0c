"""Turning files into article documents: .txt, .html and the JSON article format of
../shared/eval/README.md (id, source, url, title, published, text), one object per .json file or per
line of a .jsonl file.

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
    author: str = ""


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


def json_documents(raw: bytes, *, name: str) -> list[ArticleDocument]:
    """One document from a .json file, or one per non-empty line of a .jsonl file."""
    content = _decode(raw, name)
    stem = Path(name).stem
    try:
        if name.lower().endswith(".jsonl"):
            return [
                document_from_mapping(json.loads(line), fallback_id=f"{stem}:{n}")
                for n, line in enumerate(content.splitlines(), 1)
                if line.strip()
            ]
        return [document_from_mapping(json.loads(content), fallback_id=stem)]
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(f"{name} is not valid JSON: {exc}") from exc


SUPPORTED_SUFFIXES = (".json", ".jsonl", ".txt", ".html", ".htm")


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:4096]:
        raise ArticleFormatError(f"{name} looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(f"{name} is not UTF-8 text (byte {exc.start} cannot be decoded)") from exc


def document_from_text(raw: bytes, *, name: str) -> ArticleDocument:
    """A plain-text article: the first line is the title when a blank line follows it."""
    content = _decode(raw, name).replace("\r\n", "\n").strip()
    if not content:
        raise ArticleFormatError(f"{name} is empty")
    head, sep, rest = content.partition("\n\n")
    if sep and "\n" not in head and len(head) < 300 and rest.strip():
        return ArticleDocument(text=rest.strip(), title=head.strip(), external_id=name)
    return ArticleDocument(text=content, external_id=name)


# A web page whose main text is shorter than this is a menu, an index or an error page, not an article.
MIN_PAGE_WORDS = 25


def document_from_html(raw: bytes, *, name: str, url: str = "", charset: str | None = None) -> ArticleDocument:
    """The main text and metadata of a web page, pulled out with trafilatura.

    A page fetched from the web is decoded with the charset its server declared; a file must be UTF-8.
    """
    import trafilatura

    if charset:
        try:
            html = raw.decode(charset, errors="replace")
        except LookupError:
            html = _decode(raw, name)
    else:
        html = _decode(raw, name)
    text = trafilatura.extract(html, url=url or None, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise ArticleFormatError(f"{name}: no article text found in the page")
    words = len(text.split())
    if words < MIN_PAGE_WORDS:
        raise ArticleFormatError(f"{name}: no article text found in the page (only {words} words of text)")
    meta = trafilatura.extract_metadata(html, default_url=url or None)
    published = None
    if meta is not None and meta.date:
        try:
            published = parse_published(meta.date)
        except ArticleFormatError:
            published = None
    # trafilatura separates paragraphs by one newline; the pipeline reads a blank line as a break.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return ArticleDocument(
        text=text,
        title=(meta.title if meta and meta.title else ""),
        # The page's own canonical link (or og:url) when it has one; else the address it was fetched from.
        url=(meta.url if meta and meta.url else "") or url or "",
        outlet=(meta.sitename if meta and meta.sitename else ""),
        published=published,
        external_id=name,
        author=(meta.author if meta and meta.author else "")[:300],
    )


# A file bigger than this is refused before it is read: no news article is anywhere near it.
MAX_FILE_BYTES = 20_000_000


def read_documents(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[ArticleDocument]:
    """The documents in one file, by its suffix."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleFormatError(f"{path.name} is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB limit")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise ArticleFormatError(f"{path.name}: unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})")
    return documents_from_bytes(path.read_bytes(), name=path.name)


def documents_from_bytes(raw: bytes, *, name: str) -> list[ArticleDocument]:
    """The documents in the content of a file called `name` (a path or an upload), by its suffix."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl"):
        return json_documents(raw, name=name)
    if suffix == ".txt":
        return [document_from_text(raw, name=name)]
    if suffix in (".html", ".htm"):
        return [document_from_html(raw, name=name)]
    raise ArticleFormatError(f"{name}: unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})")


def expand_paths(paths) -> list[Path]:
    """Files named, and the supported files inside folders named, in a stable order."""
    files = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            files.append(path)
    return files
