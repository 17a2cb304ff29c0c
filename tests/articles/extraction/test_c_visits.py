"""A visit to a state and the meeting held with that state's people during it are one contact (NOTES: "a
visit to a country and a meeting with its minister"). Sentences of our own; names invented."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2003, 5, 14)


def test_a_visit_and_the_meeting_with_the_host_are_one_meeting():
    res = extract("Foreign Minister Karl Dahl of Norway visited Chile on 12 May. In Santiago, Mr Dahl held talks "
                  "with Chilean Foreign Minister Rosa Vidal on trade and fisheries.", published=PUB)
    assert len(res.meetings) == 1
    assert set(res.meetings[0].participants) == {"Karl Dahl", "Rosa Vidal"}
    assert res.meetings[0].date == "2003-05-12"


def test_a_visit_stays_when_no_host_of_that_state_is_met():
    res = extract("Foreign Minister Karl Dahl of Norway visited Chile on 12 May. On 14 May he met Peruvian Foreign Minister "
                  "Luis Soto in Lima.", published=PUB)
    parts = {frozenset(m.participants) for m in res.meetings}
    assert frozenset({"Karl Dahl", "CL"}) in parts


def test_a_meeting_on_another_date_does_not_take_the_visit():
    res = extract("Foreign Minister Karl Dahl of Norway visited Chile in March. He met Chilean Foreign Minister "
                  "Rosa Vidal again in Oslo on 12 May.", published=PUB)
    assert len(res.meetings) == 2


def test_a_counterpart_named_only_by_state_yields_to_the_named_meeting():
    res = extract("Foreign Minister Karl Dahl of Norway on Tuesday held bilateral meetings with his counterparts from "
                  "Chile, Peru and Ecuador in Lima. Mr Dahl met Chilean Foreign Minister Rosa Vidal on Tuesday to "
                  "discuss fisheries.", published=PUB)
    parts = {frozenset(m.participants) for m in res.meetings}
    assert frozenset({"Karl Dahl", "Rosa Vidal"}) in parts
    assert frozenset({"Karl Dahl", "CL"}) not in parts
    assert frozenset({"Karl Dahl", "PE"}) in parts


def test_a_later_mention_of_a_gathering_is_not_split_per_counterpart():
    res = extract("Foreign Minister Wei Lan of China on Tuesday hosted Foreign Minister Omar Haddad of Jordan and "
                  "Foreign Minister Rami Saleh of Lebanon for a trilateral meeting in Beijing. Ms Wei met her two "
                  "counterparts from Jordan and Lebanon to discuss regional security.", published=PUB)
    assert len(res.meetings) == 1
    assert set(res.meetings[0].participants) == {"Wei Lan", "Omar Haddad", "Rami Saleh"}
