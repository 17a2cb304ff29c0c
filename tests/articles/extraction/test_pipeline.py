"""The pipeline end to end: the seed article (copy in articles/samples) and sentences of our own."""
import datetime as dt
import json
from pathlib import Path

import pytest

from articles.extraction import EXTRACTOR_VERSION, extract

SEED = Path(__file__).resolve().parents[3] / "articles" / "samples" / "seed-cavusoglu-blinken.json"


@pytest.fixture(scope="module")
def seed():
    data = json.loads(SEED.read_text(encoding="utf-8"))
    return data, extract(data["text"], published=dt.date.fromisoformat(data["published"]), title=data["title"])


def _meeting(result, kind, date_prefix):
    return [m for m in result.meetings if m.kind == kind and (m.date or "").startswith(date_prefix)]


def test_seed_actors(seed):
    _, res = seed
    blinken = [a for a in res.actors if a.name == "Antony Blinken"]
    assert len(blinken) == 1
    assert "Anthony Blinken" in blinken[0].aliases and "Blinken" in blinken[0].aliases
    assert blinken[0].country == "US" and blinken[0].role.title == "Secretary of State"
    cav = [a for a in res.actors if a.name == "Mevlüt Çavuşoğlu"]
    assert len(cav) == 1 and cav[0].country == "TR" and cav[0].role.title == "Foreign Minister"
    assert {"US", "TR", "AF", "SY", "RU"} <= set(res.countries)


def test_seed_meetings(seed):
    data, res = seed
    pair = {"Mevlüt Çavuşoğlu", "Antony Blinken"}
    call = _meeting(res, "phone_call", "2021-04-12")
    assert call and set(call[0].participants) == pair and call[0].status == "held"
    brussels = _meeting(res, "in_person", "2021-03")
    assert brussels and set(brussels[0].participants) == pair and brussels[0].location == "Brussels"
    feb = _meeting(res, "phone_call", "2021-02")
    assert feb and set(feb[0].participants) == pair
    for m in res.meetings:
        assert data["text"][m.evidence_start:m.evidence_end] == m.evidence
        assert 0 <= m.confidence <= 1 and m.reason
    # the letter to Ghani is not a meeting with Ghani
    assert not any("Ashraf Ghani" in m.participants for m in res.meetings)


def test_seed_issues_tied_to_the_call(seed):
    _, res = seed
    call = _meeting(res, "phone_call", "2021-04-12")[0]
    assert any("Afghanistan peace process" in i for i in call.issues)
    assert any("Syria" in i for i in call.issues)


def _one(text, published=dt.date(2019, 6, 14), title=None):
    return extract(text, published=published, title=title)


def test_phone_call_with_object():
    res = _one("Norwegian Prime Minister Erna Solberg held a telephone conversation with Chilean President "
               "Sebastián Piñera on Tuesday.")
    (m,) = res.meetings
    assert set(m.participants) == {"Erna Solberg", "Sebastián Piñera"}
    assert m.kind == "phone_call" and m.date == "2019-06-11" and m.status == "held"
    assert {"NO", "CL"} <= set(res.countries)


def test_x_and_y_met_with_location_and_video():
    res = _one("Kenyan President Uhuru Kenyatta and Ghanaian President Nana Akufo-Addo met in Nairobi "
               "last week to discuss regional trade.")
    assert res.meetings and res.meetings[0].kind == "in_person" and res.meetings[0].location == "Nairobi"
    res = _one("Foreign Minister Marise Payne held a virtual meeting with her Indonesian counterpart "
               "Retno Marsudi on Monday.")
    assert res.meetings and res.meetings[0].kind == "video_call"


def test_planned_visit():
    res = _one("Spanish Prime Minister Pedro Sánchez will visit Morocco next month to meet King Mohammed VI.")
    assert res.meetings
    m = res.meetings[0]
    assert m.status == "planned" and m.date == "2019-07"
    assert "Pedro Sánchez" in m.participants


def test_group_phrase_and_follow_up_issues():
    text = ("Dutch Foreign Minister Stef Blok met Estonian Foreign Minister Urmas Reinsalu in The Hague on Monday.\n\n"
            "The two ministers discussed cyber security and the situation in Ukraine.")
    res = _one(text)
    assert len(res.meetings) == 1
    names = {i.lower() for i in res.meetings[0].issues}
    assert any("cyber" in n for n in names) and any("ukraine" in n for n in names)


def test_not_meetings():
    res = _one("The minister told a news conference in Geneva that the letter to President Macron was sent.")
    assert res.meetings == ()
    res = _one("In a statement, the Foreign Ministry condemned the attack.")
    assert res.meetings == ()


def test_summit_is_multilateral():
    res = _one("Leaders of Japan, China and South Korea gathered in Tokyo for a trilateral summit on Sunday, "
               "where Prime Minister Shinzo Abe hosted Premier Li Keqiang and President Moon Jae-in.")
    assert res.meetings and res.meetings[0].kind == "multilateral"


@pytest.mark.parametrize("odd", ["", "   \n\n  ", "#### 1234 ////", "Der Außenminister traf gestern seinen Kollegen.",
                                 "a" * 200_000, "Minister. " * 20000])
def test_never_raises(odd):
    res = extract(odd, published=None)
    assert res.extractor_version == EXTRACTOR_VERSION
    assert isinstance(res.meetings, tuple)


def test_to_gold_dict_shape(seed):
    _, res = seed
    d = res.to_gold_dict()
    assert set(d) == {"countries", "actors", "meetings", "issues"}
    assert d["countries"] == sorted(d["countries"])
