"""Which language a text is in (py3langid ships its model in the package: nothing is downloaded)."""
from __future__ import annotations

import pycountry

# Below this many letters a guess is noise; such texts are taken as they come.
MIN_LETTERS = 40


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when the text is too short to tell."""
    sample = (text or "")[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    import py3langid

    code, _score = py3langid.classify(sample)
    return code


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code) if code else None
    return language.name if language else (code or "unknown")
