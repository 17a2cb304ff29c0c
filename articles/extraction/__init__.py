"""Extraction of actors, countries, meetings and issues from diplomatic news text (pure Python, no Django).

    from articles.extraction import extract, EXTRACTOR_VERSION
    result = extract(text, published=date(2021, 4, 12), title="...")
"""
from .pipeline import EXTRACTOR_VERSION, extract


def warm_up() -> None:
    """Load what the first article would otherwise pay for: the spaCy model and the gazetteer's tables of
    states and towns. A worker calls it before forking its pool, so the processes share them."""
    from . import gazetteer
    from .sentences import get_nlp

    get_nlp()
    gazetteer.country_index()
    gazetteer.city_names()


__all__ = ["EXTRACTOR_VERSION", "extract", "warm_up"]
