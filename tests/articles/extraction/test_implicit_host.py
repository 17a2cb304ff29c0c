"""Agentless passive meetings ("Bilateral discussions were also held with A, B and C"): the host is the
subject the discourse is about, and counterparts of different states are split. Our own sentences."""
import datetime as dt

from articles.extraction import extract

PUB = dt.date(2022, 9, 8)


def _pairs(text):
    return [set(m.participants) for m in extract(text, published=PUB).meetings]


def test_passive_bilateral_list_gets_host_and_is_split():
    pairs = _pairs("Foreign Minister Lena Okafor of Ghana arrived in Vienna for the assembly. Bilateral discussions "
                   "were also held with Chilean Foreign Minister Tomas Varga, Polish Deputy Minister Ivan Petrov and "
                   "Kenyan Trade Minister Ana Wanjiru.")
    assert {"Lena Okafor", "Tomas Varga"} in pairs
    assert {"Lena Okafor", "Ivan Petrov"} in pairs


def test_passive_meetings_conducted_with_two_counterparts():
    pairs = _pairs("Prime Minister Jonas Berg of Norway travelled to Madrid on Monday. Separate meetings were "
                   "conducted with Spanish Prime Minister Carla Ruiz and Portuguese President Rui Matos.")
    assert {"Jonas Berg", "Carla Ruiz"} in pairs
    assert {"Jonas Berg", "Rui Matos"} in pairs


def test_passive_with_agent_keeps_named_parties():
    pairs = _pairs("Prime Minister Jonas Berg of Norway spoke to reporters. Talks were held by Spanish Prime "
                   "Minister Carla Ruiz with Portuguese President Rui Matos in Lisbon.")
    assert all("Jonas Berg" not in p for p in pairs)
