"""Ingesting files and uploads: each document saved, each failure kept, and a report of what happened."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from articles.documents import ArticleFormatError, documents_from_bytes, expand_paths, read_documents
from articles.models import Article
from articles.services import article_ingest, article_record_failure


@dataclass
class IngestReport:
    ingested: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)

    def summary(self) -> str:
        return f"{len(self.ingested)} ingested, {len(self.duplicates)} duplicates, {len(self.failed)} failed"


def _save(documents, report: IngestReport, *, source: str, source_name: str) -> None:
    for document in documents:
        article, created = article_ingest(document=document, source=source, source_name=source_name)
        if created and article.status == Article.Status.FAILED:
            report.failed.append((source_name, article.failure_reason))
        (report.ingested if created else report.duplicates).append(article.pk)


def ingest_paths(paths, *, report: IngestReport | None = None, on_file=None) -> IngestReport:
    """Ingest files and folders; `on_file(path)` is called after each file (for a progress bar)."""
    report = report or IngestReport()
    for path in expand_paths(paths):
        try:
            documents = read_documents(Path(path))
        except (ArticleFormatError, OSError) as exc:
            reason = str(exc)
            article_record_failure(source=Article.Source.FILE, source_name=str(path), reason=reason)
            report.failed.append((str(path), reason))
        else:
            _save(documents, report, source=Article.Source.FILE, source_name=str(path))
        if on_file:
            on_file(path)
    return report


def ingest_uploads(files, *, report: IngestReport | None = None) -> IngestReport:
    """Ingest uploaded files: (name, bytes) pairs, as the admin receives them."""
    report = report or IngestReport()
    for name, raw in files:
        try:
            documents = documents_from_bytes(raw, name=name)
        except ArticleFormatError as exc:
            article_record_failure(source=Article.Source.UPLOAD, source_name=name, reason=str(exc))
            report.failed.append((name, str(exc)))
            continue
        _save(documents, report, source=Article.Source.UPLOAD, source_name=name)
    return report
