"""Ingesting files: each file read, each document saved, and a report of what happened to each."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from articles.documents import ArticleFormatError, expand_paths, read_documents
from articles.services import article_ingest


@dataclass
class IngestReport:
    ingested: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)

    def summary(self) -> str:
        return f"{len(self.ingested)} ingested, {len(self.duplicates)} duplicates, {len(self.failed)} failed"


def ingest_paths(paths, *, report: IngestReport | None = None) -> IngestReport:
    report = report or IngestReport()
    for path in expand_paths(paths):
        try:
            documents = read_documents(Path(path))
        except (ArticleFormatError, OSError) as exc:
            report.failed.append((str(path), str(exc)))
            continue
        for document in documents:
            article, created = article_ingest(document=document)
            (report.ingested if created else report.duplicates).append(article.pk)
    return report
