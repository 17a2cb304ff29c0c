"""The government publishing a release, from its address, and what it implies for the release's own
official. Addresses and sentences are our own."""
import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.outlets import release_country

PUB = dt.date(2022, 10, 7)


@pytest.mark.parametrize("url, code", [
    ("https://www.mea.gov.in/press-releases.htm?dtl/123", "IN"),
    ("https://www.mofa.go.kr/eng/brd/m_5676/view.do", "KR"),
    ("https://www.mofa.go.jp/press/release/page4e_001.html", "JP"),
    ("https://www.gov.uk/government/news/foreign-secretary-call", "GB"),
    ("https://pm.gc.ca/en/news/readouts/2019/01/01/prime-minister-call", "CA"),
    ("https://www.whitehouse.gov/briefing-room/statements-releases/2023/01/01/readout/", "US"),
    ("https://obamawhitehouse.archives.gov/the-press-office/readout", "US"),
    ("http://za.chineseembassy.org/eng/zxxx/t1.htm", "CN"),
    ("https://www.diplomatie.gouv.fr/en/french-foreign-policy/", "FR"),
    ("https://www.gob.mx/sre/prensa/llamada", "MX"),
    ("http://en.kremlin.ru/events/president/news/123", "RU"),
    # news outlets and international organisations are no government
    ("https://www.dawn.com/news/1905062/fm-dar-visit", None),
    ("https://www.japantimes.co.jp/news/2020/01/01/", None),
    ("https://www.un.org/sg/en/content/sg/readouts/2014-01-15/readout", None),
    ("https://www.nato.int/cps/en/natohq/news.htm", None),
    ("", None),
    (None, None),
    ("not an address", None),
])
def test_release_country(url, code):
    assert release_country(url) == code


def _countries(text, url):
    return {a.name: a.country for a in extract(text, published=PUB, url=url).actors if a.kind == "person"}


def test_release_subject_takes_the_publishing_state():
    text = ("Prime Minister Alan Reid spoke today with President Marta Ruiz of Argentina. The leaders discussed "
            "trade and energy cooperation.")
    got = _countries(text, "https://pm.gc.ca/en/news/readouts/2019/call")
    assert got["Alan Reid"] == "CA" and got["Marta Ruiz"] == "AR"


def test_only_the_release_subject_takes_it():
    text = ("Foreign Minister Kenji Mori held talks with Secretary Dana Holt. They discussed the fisheries "
            "agreement.")
    got = _countries(text, "https://www.mofa.go.jp/press/release/page.html")
    assert got["Kenji Mori"] == "JP" and got["Dana Holt"] is None


def test_stated_state_beats_the_outlet():
    text = "Turkish Foreign Minister Emre Kaya met Ambassador Anna Berg in Ankara."
    got = _countries(text, "https://www.gov.uk/government/news/meeting")
    assert got["Emre Kaya"] == "TR"


def test_news_outlet_gives_no_state():
    text = "Prime Minister Alan Reid spoke today with President Marta Ruiz of Argentina."
    assert _countries(text, "https://www.dawn.com/news/1")["Alan Reid"] is None


def test_extract_command_passes_the_address(tmp_path):
    import io
    import json

    from django.core.management import call_command

    doc = {"id": "r1", "url": "https://pm.gc.ca/en/news/readouts/call", "title": "Readout", "published": "2022-10-07",
           "text": "Prime Minister Alan Reid spoke today with President Marta Ruiz of Argentina."}
    (tmp_path / "r1.json").write_text(json.dumps(doc), encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(tmp_path / "r1.json"), stdout=out)
    actors = {a["name"]: a["country"] for a in json.loads(out.getvalue())["actors"]}
    assert actors["Alan Reid"] == "CA"
