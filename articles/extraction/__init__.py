"""Extraction of actors, countries, meetings and issues from diplomatic news text (pure Python, no Django).

    from articles.extraction import extract, EXTRACTOR_VERSION
    result = extract(text, published=date(2021, 4, 12), title="...")
"""
from .pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
