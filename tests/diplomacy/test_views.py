"""The public HTML pages: what they show, what they hide, and how many queries they cost."""
import datetime as dt

import pytest
from django.urls import reverse

from articles.views import Segment, highlight_segments
from diplomacy import selectors
from diplomacy.views import ACTOR_PAGE_SIZE
from diplomacy.models import Meeting, ReviewStatus
from tests.factories import (
    ActorFactory, ActorRoleFactory, ArticleFactory, IssueFactory, country, meeting_with,
)

pytestmark = pytest.mark.django_db

ARTICLE_TEXT = (
    "Ankara, 12 April. Foreign Minister Mevlüt Çavuşoğlu met Secretary Antony Blinken in Brussels. "
    "They discussed <b>Syria</b> & the S-400 deal. Later, a call with NATO followed."
)
EVIDENCE = "Foreign Minister Mevlüt Çavuşoğlu met Secretary Antony Blinken in Brussels."


@pytest.fixture
def world():
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr,
                             review_status=ReviewStatus.CONFIRMED)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    nato = ActorFactory(name="NATO", slug="nato", kind="organization")
    ActorRoleFactory(actor=cavusoglu, title="Foreign Minister", country=tr,
                     first_seen=dt.date(2019, 1, 1), last_seen=dt.date(2021, 4, 12))
    syria = IssueFactory(name="Syrian civil war", slug="syrian-civil-war")
    article = ArticleFactory(title="Ministers meet in Brussels", text=ARTICLE_TEXT)
    confirmed = meeting_with(cavusoglu, blinken, article=article, evidence=EVIDENCE, issues=[syria],
                             kind=Meeting.Kind.IN_PERSON, location_name="Brussels",
                             review_status=ReviewStatus.CONFIRMED)
    proposed = meeting_with(cavusoglu, nato, article=article, evidence="Later, a call with NATO followed.",
                            date=dt.date(2021, 4, 1), date_precision=Meeting.DatePrecision.MONTH)
    rejected = meeting_with(cavusoglu, blinken, evidence="A rumoured secret dinner.",
                            review_status=ReviewStatus.REJECTED, location_name="Atlantis")
    return {
        "tr": tr, "us": us, "cavusoglu": cavusoglu, "blinken": blinken, "nato": nato, "syria": syria,
        "article": article, "confirmed": confirmed, "proposed": proposed, "rejected": rejected,
    }


def add_meetings(actor, n=3):
    """More meetings with new counterparts, new articles and new issues: a page must not cost more."""
    for _ in range(n):
        meeting_with(actor, ActorFactory(country=country("FR", "France")), country("DE", "Germany"),
                     issues=[IssueFactory()], location_country=country("BE", "Belgium"))


def test_home_shows_latest_meetings_and_counts(client, world):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    counts = response.context["counts"]
    assert counts == {"meetings": 2, "actors": 3, "countries": 2, "articles": 2}
    assert world["confirmed"].get_absolute_url() in html
    assert "Atlantis" not in html
    assert 'href="/api/v1/schema/"' in html


def test_actor_page(client, world):
    response = client.get("/actors/mevlut-cavusoglu/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mevlüt Çavuşoğlu" in html
    assert "Foreign Minister" in html and "2019-01-01" in html
    # Counterparts link to their pages; the month-precise date is shown as a month.
    assert 'href="/actors/antony-blinken/"' in html and 'href="/actors/nato/"' in html
    assert ">2021-04</time>" in html
    # The evidence links to its place in the article.
    source = world["confirmed"].sources.get()
    assert f'href="/articles/{world["article"].pk}/#evidence-{source.pk}"' in html
    assert 'href="/issues/syrian-civil-war/"' in html
    # The rejected meeting is nowhere, nor counted among counterparts.
    assert "Atlantis" not in html and "secret dinner" not in html
    assert [(c.name, c.meetings) for c in response.context["counterparts"]] == [("Antony Blinken", 1), ("NATO", 1)]
    assert [m.pk for m in response.context["page"].object_list] == [world["confirmed"].pk, world["proposed"].pk]


def test_actor_page_marks_unreviewed_meetings_only(client, world):
    html = client.get("/actors/mevlut-cavusoglu/").content.decode()
    confirmed_card = html.split(f'id="meeting-{world["confirmed"].pk}-title"')[1].split("</h3>")[0]
    proposed_card = html.split(f'id="meeting-{world["proposed"].pk}-title"')[1].split("</h3>")[0]
    assert "Unreviewed" not in confirmed_card
    assert "Unreviewed" in proposed_card


def test_counterparts_ranked_by_number_of_meetings(client, world):
    meeting_with(world["cavusoglu"], world["nato"])
    meeting_with(world["cavusoglu"], world["nato"])
    counterparts = client.get("/actors/mevlut-cavusoglu/").context["counterparts"]
    assert [(c.name, c.meetings) for c in counterparts] == [("NATO", 3), ("Antony Blinken", 1)]


def test_rejected_actor_is_404_and_hidden_from_meetings(client, world):
    world["blinken"].review_status = ReviewStatus.REJECTED
    world["blinken"].save()
    assert client.get("/actors/antony-blinken/").status_code == 404
    html = client.get(world["confirmed"].get_absolute_url()).content.decode()
    assert 'href="/actors/antony-blinken/"' not in html
    assert 'href="/actors/mevlut-cavusoglu/"' in html
    assert client.get("/actors/no-such-actor/").status_code == 404


def test_meeting_detail(client, world):
    meeting = world["confirmed"]
    response = client.get(f"/meetings/{meeting.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Antony Blinken", "Mevlüt Çavuşoğlu", "Brussels", "Syrian civil war", "In person", "Held"):
        assert text in html
    source = meeting.sources.get()
    assert f"/articles/{source.article_id}/#evidence-{source.pk}" in html
    assert "Unreviewed" not in html.split("<main")[1].split("</h1>")[0]


def test_proposed_meeting_detail_is_marked(client, world):
    html = client.get(world["proposed"].get_absolute_url()).content.decode()
    assert "Unreviewed" in html.split("<main")[1].split("</h1>")[0]


def test_rejected_meeting_is_404(client, world):
    assert client.get(f"/meetings/{world['rejected'].pk}/").status_code == 404


def test_country_participant_links_to_country(client, world):
    meeting = meeting_with(world["cavusoglu"], country("RU", "Russia"))
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert 'href="/countries/ru/"' in html


def test_meeting_list_filters(client, world):
    response = client.get("/meetings/")
    assert {m.pk for m in response.context["page"]} == {world["confirmed"].pk, world["proposed"].pk}
    response = client.get("/meetings/", {"kind": "in_person"})
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    response = client.get("/meetings/", {"participant": "nato"})
    assert [m.pk for m in response.context["page"]] == [world["proposed"].pk]
    response = client.get("/meetings/", {"country": "us"})
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    response = client.get("/meetings/", {"q": "cavusoglu", "review_status": "proposed"})
    assert [m.pk for m in response.context["page"]] == [world["proposed"].pk]
    html = response.content.decode()
    assert '<label for="id_q">Search</label>' in html
    assert 'value="cavusoglu"' in html
    # Help text is tied to its field for screen readers.
    assert 'aria-describedby="id_q_helptext"' in html and 'id="id_q_helptext"' in html


def test_meeting_list_ignores_invalid_filter_values(client, world):
    response = client.get("/meetings/", {"date_after": "not-a-date", "kind": "in_person"})
    assert response.status_code == 200
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'id="id_date_after_error"' in html


def test_actor_list_and_filters(client, world):
    response = client.get("/actors/")
    # Ordered by name: the meeting-count aggregate would otherwise leave the page order undefined.
    assert [a.slug for a in response.context["page"]] == ["antony-blinken", "mevlut-cavusoglu", "nato"]
    actors = {a.slug: a for a in response.context["page"]}
    # The rejected meeting does not count.
    assert actors["mevlut-cavusoglu"].meeting_count == 2
    assert actors["antony-blinken"].meeting_count == 1
    response = client.get("/actors/", {"country": "tr"})
    assert [a.slug for a in response.context["page"]] == ["mevlut-cavusoglu"]
    response = client.get("/actors/", {"kind": "organization"})
    assert [a.slug for a in response.context["page"]] == ["nato"]


def test_issue_pages(client, world):
    rejected_issue = IssueFactory(name="Rejected topic", review_status=ReviewStatus.REJECTED)
    html = client.get("/issues/").content.decode()
    assert "Syrian civil war" in html and "Rejected topic" not in html
    response = client.get("/issues/syrian-civil-war/")
    assert response.status_code == 200
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    assert client.get(f"/issues/{rejected_issue.slug}/").status_code == 404


def test_country_page(client, world):
    response = client.get("/countries/us/")
    assert response.status_code == 200
    assert [a.slug for a in response.context["actors"]] == ["antony-blinken"]
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    assert client.get("/countries/zz/").status_code == 404
    assert reverse("diplomacy:country-detail", kwargs={"iso2": "TR"}) == "/countries/tr/"


def test_article_page_highlights_evidence_as_escaped_text(client, world):
    article = world["article"]
    source = world["confirmed"].sources.get()
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<mark id="evidence-{source.pk}" class="evidence-mark">{EVIDENCE}</mark>' in html
    # The article's own markup is shown as text, never interpreted.
    assert "&lt;b&gt;Syria&lt;/b&gt; &amp; the S-400" in html
    assert "<b>Syria</b>" not in html
    assert len(response.context["sources"]) == 2


def test_article_page_hides_evidence_of_rejected_meetings(client, world):
    source = world["rejected"].sources.get()
    html = client.get(f"/articles/{source.article_id}/").content.decode()
    assert "<mark" not in html
    assert "Atlantis" not in html


# Query counts: pinned, and the same with more rows --------------------------------------------------

PAGES = {
    # selectors.meeting_queryset costs 4 (meetings, participants, issues, sources); the paginator 1 more.
    # Pages whose aggregates are cached (diplomacy.denorm.cached; off in these tests, so every query
    # runs) read the data version (+1) and fetch a page's ids, then its rows by id (+1).
    "home": ("/", 4 + 4),  # + 4 home_counts
    "meeting-list": ("/meetings/", 1 + 5 + 1),
    # A `country` filter looks the countries' ids up first (+1).
    "meeting-list-filtered": ("/meetings/?country=tr&country=us&kind=in_person", 1 + 1 + 5 + 1),
    # actor+aliases+roles, version, a page of meetings, per month, counterparts, issues, articles
    "actor-detail": ("/actors/mevlut-cavusoglu/", 3 + 1 + 6 + 1 + 1 + 1 + 1),
    "actor-detail-with": ("/actors/mevlut-cavusoglu/?with=antony-blinken", 3 + 1 + 1 + 6 + 1 + 1 + 1 + 1),
    "actor-detail-page-2": ("/actors/mevlut-cavusoglu/?page=2", 3 + 1 + 6 + 1 + 1 + 1 + 1),
    "actor-list": ("/actors/", 2),
    "issue-list": ("/issues/", 2),
    # issue+aliases, a page of meetings, per month, who discussed it
    "issue-detail": ("/issues/syrian-civil-war/", 2 + 5 + 1 + 1),
    "country-list": ("/countries/", 2),
    # country, actors, partners (counts, countries), issues, per month, a page of meetings
    # (+1 for each of the two meeting sets filtered by country: partners', and the page's)
    "country-detail": ("/countries/tr/", 1 + 1 + 2 + 1 + 1 + 5 + 2),
    # two countries, who met, where, issues, per month, a page of meetings
    "country-pair": ("/countries/tr/us/", 2 + 1 + 1 + 1 + 1 + 1 + 6 + 1),
    "graph": ("/graph/", 2),  # edges, nodes
    "graph-filtered": ("/graph/?country=tr&issue=syrian-civil-war", 1 + 2),
    "graph-export": ("/graph/export.gexf", 2),
    # ids of actors, issues, countries; the actors found (no issue or country matches, so no query for
    # them); meetings (count + 4); articles. Two words also look up the actors each word names.
    "search": ("/search/?q=cavusoglu", 1 + 3 + 1 + 5 + 1),  # version + ...
    "search-typo": ("/search/?q=Antony+Blinkin", 1 + 3 + 2 + 1 + 5 + 1),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_query_count_does_not_grow(client, world, django_assert_num_queries, name):
    url, expected = PAGES[name]
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
    add_meetings(world["cavusoglu"])
    # More meetings with Blinken than fit on one actor page, so page 2 exists and is as cheap.
    for _ in range(ACTOR_PAGE_SIZE):
        meeting_with(world["cavusoglu"], world["blinken"], country("US"), issues=[world["syria"]])
    for issue in selectors.public_issues().exclude(pk=world["syria"].pk):
        meeting_with(world["cavusoglu"], ActorFactory(), issues=[issue, world["syria"]])
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


def test_meeting_detail_query_count(client, world, django_assert_num_queries):
    with django_assert_num_queries(4):
        client.get(world["confirmed"].get_absolute_url())


def test_article_page_query_count(client, world, django_assert_num_queries):
    # article, its sources, their meetings, participants, issues
    with django_assert_num_queries(5):
        client.get(world["article"].get_absolute_url())
    for _ in range(3):
        meeting_with(ActorFactory(country=country("FR")), ActorFactory(), issues=[IssueFactory()],
                     article=world["article"], evidence="Ankara, 12 April.")
    with django_assert_num_queries(5):
        client.get(world["article"].get_absolute_url())


# Highlighting, without the database ---------------------------------------------------------------

@pytest.mark.parametrize("spans, expected", [
    ([], [Segment("abcdef")]),
    ([(1, 2, 4, "cd")], [Segment("ab"), Segment("cd", (1,)), Segment("ef")]),
    ([(1, 0, 6, "abcdef")], [Segment("abcdef", (1,))]),
    # Overlapping evidence of two meetings merges into one mark that carries both ids.
    ([(2, 3, 5, "de"), (1, 1, 4, "bcd")], [Segment("a"), Segment("bcde", (1, 2)), Segment("f")]),
    # Stale offsets: found again by the evidence text.
    ([(1, 0, 2, "de")], [Segment("abc"), Segment("de", (1,)), Segment("f")]),
    # Evidence that is no longer in the text is not highlighted anywhere.
    ([(1, 0, 2, "xyz"), (2, 90, 99, "")], [Segment("abcdef")]),
])
@pytest.mark.django_db(False)
def test_highlight_segments(spans, expected):
    assert highlight_segments("abcdef", spans) == expected
    assert "".join(s.text for s in highlight_segments("abcdef", spans)) == "abcdef"


# Analyst pages: countries, relations, search, exports, the network ---------------------------------

def test_actor_page_timeline_and_meetings_with_one_counterpart(client, world):
    meeting_with(world["cavusoglu"], world["nato"], date=dt.date(2021, 6, 3))
    response = client.get("/actors/mevlut-cavusoglu/")
    # Every month from the first meeting to the last, empty ones included, for the chart.
    assert response.context["per_month"] == [
        {"month": "2021-04", "count": 2}, {"month": "2021-05", "count": 0}, {"month": "2021-06", "count": 1}]
    html = response.content.decode()
    assert 'id="actor-chart-data" type="application/json"' in html
    assert 'href="?with=antony-blinken"' in html
    response = client.get("/actors/mevlut-cavusoglu/", {"with": "antony-blinken"})
    assert [m.pk for m in response.context["page"].object_list] == [world["confirmed"].pk]
    assert response.context["per_month"] == [{"month": "2021-04", "count": 1}]
    assert client.get("/actors/mevlut-cavusoglu/", {"with": "no-one"}).status_code == 404


def test_actor_page_is_paginated(client, world):
    for _ in range(ACTOR_PAGE_SIZE):
        meeting_with(world["cavusoglu"], world["blinken"], date=dt.date(2020, 1, 1))
    first = client.get("/actors/mevlut-cavusoglu/")
    assert len(first.context["page"].object_list) == ACTOR_PAGE_SIZE
    assert first.context["page"].paginator.count == ACTOR_PAGE_SIZE + 2
    second = client.get("/actors/mevlut-cavusoglu/", {"page": 2})
    assert len(second.context["page"].object_list) == 2
    # Counts in the sidebar are over all meetings, not one page.
    assert [(c.name, c.meetings) for c in second.context["counterparts"]] == [
        ("Antony Blinken", ACTOR_PAGE_SIZE + 1), ("NATO", 1)]


def test_country_list_and_partners(client, world):
    response = client.get("/countries/")
    assert [(c.iso2, c.meeting_count) for c in response.context["countries"]] == [("TR", 2), ("US", 1)]
    response = client.get("/countries/tr/")
    assert [(c.iso2, c.meeting_count) for c in response.context["partners"]] == [("US", 1)]
    assert [(i.name, i.meetings) for i in response.context["issues"]] == [("Syrian civil war", 1)]
    assert 'href="/countries/tr/us/"' in response.content.decode()


def test_country_pair_page(client, world):
    response = client.get("/countries/tr/us/")
    assert response.status_code == 200
    assert [m.pk for m in response.context["page"].object_list] == [world["confirmed"].pk]
    assert [(c.name, c.meetings) for c in response.context["participants"]] == [
        ("Antony Blinken", 1), ("Mevlüt Çavuşoğlu", 1)]
    assert [(i.name, i.meetings) for i in response.context["issues"]] == [("Syrian civil war", 1)]
    assert response.context["places"] == [{"place": "Brussels", "country": "", "iso2": "", "meetings": 1}]
    html = response.content.decode()
    assert "Atlantis" not in html
    # The evidence sentence is one click away from the relations page.
    source = world["confirmed"].sources.get()
    assert f'/articles/{source.article_id}/#evidence-{source.pk}' in html
    assert client.get("/countries/tr/tr/").status_code == 404
    assert client.get("/countries/tr/zz/").status_code == 404


def test_meeting_list_actor_filter_and_repeated_parameters(client, world):
    response = client.get("/meetings/?actor=mevlut-cavusoglu&actor=antony-blinken")
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    response = client.get("/meetings/?country=tr&country=us")
    assert [m.pk for m in response.context["page"]] == [world["confirmed"].pk]
    response = client.get("/meetings/", {"participant": "nato"})  # the older name still works
    assert [m.pk for m in response.context["page"]] == [world["proposed"].pk]
    html = response.content.decode()
    assert 'href="/meetings/export.csv?participant=nato"' in html


def test_meeting_csv_export(client, world):
    world["confirmed"].location_name = "=HYPERLINK(\"http://evil\")"
    world["confirmed"].save()
    response = client.get("/meetings/export.csv", {"country": "us"})
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="meetings.csv"' in response["Content-Disposition"]
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["id"]) for r in rows] == [world["confirmed"].pk]
    row = rows[0]
    assert row["participants"] == "Mevlüt Çavuşoğlu; Antony Blinken"
    assert row["participant_countries"] == "TR; US"
    assert row["issues"] == "Syrian civil war" and row["evidence"] == EVIDENCE
    assert row["review_status"] == "confirmed"
    # A formula from article text stays text in a spreadsheet.
    assert row["location"].startswith("'=")
    everything = b"".join(client.get("/meetings/export.csv").streaming_content).decode()
    assert "secret dinner" not in everything and everything.count("\n") == 3


def test_graph_and_gexf(client, world):
    response = client.get("/graph/")
    data = response.context["graph_data"]
    names = {n["id"]: n["label"] for n in data["nodes"]}
    assert sorted((*sorted([names[e["source"]], names[e["target"]]]), e["weight"]) for e in data["edges"]) == [
        ("Antony Blinken", "Mevlüt Çavuşoğlu", 1), ("Mevlüt Çavuşoğlu", "NATO", 1)]
    html = response.content.decode()
    assert 'id="graph-data" type="application/json"' in html and 'href="/actors/nato/"' in html
    # Filtered by the meetings' filters: only the Syria meeting.
    data = client.get("/graph/", {"issue": "syrian-civil-war"}).context["graph_data"]
    assert len(data["edges"]) == 1 and len(data["nodes"]) == 2

    from xml.etree import ElementTree as ET
    response = client.get("/graph/export.gexf", {"country": "us"})
    assert response["Content-Type"].startswith("application/gexf+xml")
    root = ET.fromstring(response.content)
    ns = {"g": "http://gexf.net/1.3"}
    labels = sorted(n.get("label") for n in root.findall(".//g:node", ns))
    assert labels == ["Antony Blinken", "Mevlüt Çavuşoğlu"]
    [edge] = root.findall(".//g:edge", ns)
    assert edge.get("weight") == "1"


def test_graph_leaves_out_rejected_actors(client, world):
    world["nato"].review_status = ReviewStatus.REJECTED
    world["nato"].save()
    data = client.get("/graph/").context["graph_data"]
    assert "NATO" not in {n["label"] for n in data["nodes"]}


def test_search_page(client, world):
    response = client.get("/search/", {"q": "cavusoglu"})
    results = response.context["results"]
    assert [a.slug for a in results.actors] == ["mevlut-cavusoglu"]
    assert {m.pk for m in results.meetings} == {world["confirmed"].pk, world["proposed"].pk}
    html = response.content.decode()
    assert 'href="/actors/mevlut-cavusoglu/"' in html and "Atlantis" not in html
    response = client.get("/search/", {"q": "Antony Blinkin"})
    assert [a.slug for a in response.context["results"].actors] == ["antony-blinken"]
    assert "Nothing matches" in client.get("/search/", {"q": "qqqzzz"}).content.decode()
    assert client.get("/search/").status_code == 200


def test_pages_have_no_inline_scripts(client, world):
    # A Content-Security-Policy will forbid inline code: only JSON data and <script src> are allowed.
    import re
    for url in ("/", "/actors/mevlut-cavusoglu/", "/countries/tr/", "/countries/tr/us/", "/graph/",
                "/search/?q=nato", "/issues/syrian-civil-war/", f"/articles/{world['article'].pk}/"):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert not re.search(r"\son[a-z]+\s*=", html), url
