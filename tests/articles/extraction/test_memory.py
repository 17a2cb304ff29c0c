"""Each article is processed inside spaCy's memory zone: the result is plain Python and the shared
vocabulary does not grow from article to article."""
import dataclasses
import datetime as dt

from articles.extraction import extract
from articles.extraction.sentences import get_nlp

TEXT = ("Foreign Minister Zorvath Quellin met President Amrisz Tovenko in Velgrad on Monday. "
        "The two leaders discussed the Brivask hydro dam dispute.")


def _plain(value):
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) in (tuple, list):
        return all(_plain(v) for v in value)
    if dataclasses.is_dataclass(value):
        return all(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False


def test_result_is_plain_python():
    res = extract(TEXT, published=dt.date(2023, 3, 1), title="Minister Zorvath Quellin in Velgrad")
    assert res.meetings
    assert _plain(res)
    # usable after the zone has ended
    assert res.meetings[0].evidence.startswith("Foreign Minister")
    assert res.to_gold_dict()["meetings"][0]["participants"]


def test_vocabulary_stays_flat_across_articles():
    nlp = get_nlp()
    extract(TEXT, published=dt.date(2023, 3, 1))
    before = len(nlp.vocab.strings)
    for i in range(5):
        extract(TEXT.replace("Quellin", f"Quellin{i}x").replace("Brivask", f"Brivask{i}q"),
                published=dt.date(2023, 3, 1))
    assert len(nlp.vocab.strings) <= before + 5
