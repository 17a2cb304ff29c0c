"""Pieces shared by the knowledge-base models."""
import unicodedata

from django.db import models
from unidecode import unidecode


class ReviewStatus(models.TextChoices):
    """Where an extracted fact stands with the editors.

    Extraction only ever creates or changes `proposed` rows; `confirmed` and `rejected` are editor
    decisions that later extraction never overwrites or brings back.
    """

    PROPOSED = "proposed", "Proposed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


def fold_name(value: str) -> str:
    """A form of a name for matching: no diacritics, no case, no punctuation, single spaces.

    "Mevlüt Çavuşoğlu", "Mevlut Cavusoglu" and "MEVLUT CAVUSOGLU" all fold to "mevlut cavusoglu".
    """
    text = unicodedata.normalize("NFKC", value or "").replace("’", "'")
    text = unidecode(text).casefold()
    text = "".join(ch if ch.isalnum() else " " for ch in text.replace("'s ", " "))
    return " ".join(text.split())


# Words that frame a topic without naming it: "the S-400 deal", "the S-400 issue" and "S-400" are one issue.
_ISSUE_FRAME_WORDS = frozenset({"the", "a", "an", "deal", "deals", "issue", "issues", "question", "matter", "topic"})


def issue_key(value: str) -> str:
    """The folded name of an issue without the words that only frame it, for matching across articles."""
    words = [w for w in fold_name(value).split() if w not in _ISSUE_FRAME_WORDS]
    return " ".join(words) or fold_name(value)


def surname_key(value: str) -> str:
    """The folded last word of a name, indexed so that spelling variants can be found without a scan."""
    parts = fold_name(value).split()
    return parts[-1] if parts else ""


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
