"""The analyst's way through, in a real browser: from the home page to Çavuşoğlu by typing "cavusoglu",
his meetings with Blinken on a timeline, the Turkey–United States relations, and the evidence sentence;
the network; pages without JavaScript; and article text that tries to run code."""
import datetime as dt

import pytest

from diplomacy.models import Meeting, ReviewStatus
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EVIDENCE = "Foreign Minister Mevlüt Çavuşoğlu met Secretary of State Antony Blinken in Brussels on Monday."
HOSTILE = (
    "Officials said <script>window.__pwned = 'script'</script> nothing. "
    "<img src=x onerror=\"window.__pwned = 'img'\"> A call followed. "
    "\" onmouseover=\"window.__pwned = 'attr'\" x=\""
)


@pytest.fixture
def relations(transactional_db):
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr,
                             review_status=ReviewStatus.CONFIRMED)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    lavrov = ActorFactory(name="Sergey Lavrov", slug="sergey-lavrov", country=country("RU", "Russia"))
    syria = IssueFactory(name="Syrian civil war", slug="syrian-civil-war")
    article = ArticleFactory(title="Cavusoglu and Blinken meet in Brussels",
                             text=f"BRUSSELS (Example News) - {EVIDENCE} They discussed Syria.")
    meeting = meeting_with(cavusoglu, blinken, article=article, evidence=EVIDENCE, issues=[syria],
                           kind=Meeting.Kind.IN_PERSON, location_name="Brussels",
                           review_status=ReviewStatus.CONFIRMED, date=dt.date(2021, 3, 24))
    for month in (1, 6, 9):
        meeting_with(cavusoglu, blinken, date=dt.date(2022, month, 10), issues=[syria],
                     evidence=f"Çavuşoğlu and Blinken spoke by phone in month {month}.")
    meeting_with(cavusoglu, lavrov, date=dt.date(2021, 6, 30), location_name="Antalya",
                 evidence="Çavuşoğlu hosted Lavrov in Antalya.")
    return {"meeting": meeting, "article": article, "source": meeting.sources.get()}


def test_from_home_to_the_evidence(live_server, page, relations, screenshot_dir):
    page.goto(f"{live_server.url}/")
    page.screenshot(path=str(screenshot_dir / "home.png"), full_page=True)
    page.get_by_label("Find an actor, a country, an issue or an article").fill("cavusoglu")
    page.get_by_label("Find an actor, a country, an issue or an article").press("Enter")
    page.wait_for_load_state()
    assert "/search/?q=cavusoglu" in page.url
    page.screenshot(path=str(screenshot_dir / "search.png"), full_page=True)

    page.get_by_role("region", name="Actors").get_by_role("link", name="Mevlüt Çavuşoğlu").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Mevlüt Çavuşoğlu"
    # The timeline is drawn (uPlot from static/vendor) and its numbers are there as a table too.
    page.wait_for_selector("#actor-chart[data-drawn='true'] canvas")
    assert page.locator("details.chart-table").count() == 1
    page.screenshot(path=str(screenshot_dir / "actor-timeline.png"), full_page=True)

    page.get_by_role("link", name="4 meetings with Antony Blinken").click()
    page.wait_for_load_state()
    assert page.url.endswith("?with=antony-blinken")
    assert page.locator("article.meeting").count() == 4
    assert "Lavrov" not in page.locator("section[aria-labelledby='meetings-title']").inner_text()
    page.wait_for_selector("#actor-chart[data-drawn='true'] canvas")
    page.screenshot(path=str(screenshot_dir / "actor-with-blinken.png"), full_page=True)

    # Turkey, then its relations with the United States.
    page.get_by_role("banner").get_by_role("link", name="Countries").click()
    page.get_by_role("link", name="Türkiye").or_(page.get_by_role("link", name="Turkey")).first.click()
    page.wait_for_load_state()
    page.screenshot(path=str(screenshot_dir / "country.png"), full_page=True)
    page.get_by_role("link", name="United States").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/countries/tr/us/")
    assert page.locator("article.meeting").count() == 4
    assert "Syrian civil war" in page.get_by_role("region", name="Issues").inner_text()
    page.screenshot(path=str(screenshot_dir / "country-pair.png"), full_page=True)

    # From the relations page, the sentence is one click away (two from the actor page: the meeting's
    # card links straight to it).
    card = page.locator("article.meeting").filter(has_text="Brussels")
    card.get_by_role("link", name="Cavusoglu and Blinken meet in Brussels").click()
    page.wait_for_load_state()
    source = relations["source"]
    assert page.url.endswith(f"/articles/{relations['article'].pk}/#evidence-{source.pk}")
    mark = page.locator(f"mark#evidence-{source.pk}")
    assert mark.inner_text() == EVIDENCE and mark.evaluate("el => el.matches(':target')")


def test_search_forgives_typos(live_server, page, relations, screenshot_dir):
    page.goto(f"{live_server.url}/meetings/")
    page.get_by_role("search", name="Site").get_by_label("Search").fill("Antony Blinkin")
    page.get_by_role("search", name="Site").get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    actors = page.get_by_role("region", name="Actors")
    assert actors.get_by_role("link", name="Antony Blinken").is_visible()
    assert "Meetings (4)" in page.get_by_role("heading", level=2, name="Meetings").inner_text()
    page.screenshot(path=str(screenshot_dir / "search-typo.png"), full_page=True)


def test_filter_meetings_and_export(live_server, page, relations):
    page.goto(f"{live_server.url}/meetings/")
    page.get_by_label("Country").fill("ru")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert page.locator("article.meeting").count() == 1
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these meetings as CSV").click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert "Sergey Lavrov" in text and "Antony Blinken" not in text


def test_network(live_server, page, relations, screenshot_dir):
    page.goto(f"{live_server.url}/graph/")
    page.wait_for_selector("#graph[data-drawn='true'] canvas")
    links = page.get_by_role("region", name="Links")
    assert links.get_by_role("link", name="Sergey Lavrov", exact=True).is_visible()
    page.screenshot(path=str(screenshot_dir / "graph.png"), full_page=True)
    page.get_by_label("Country").fill("ru")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_selector("#graph[data-drawn='true'] canvas")
    assert page.get_by_role("region", name="Links").locator("tbody tr").count() == 1
    with page.expect_download() as download:
        page.get_by_role("link", name="Download GEXF (Gephi)").click()
    assert "<gexf" in open(download.value.path(), encoding="utf-8").read()
    # Nodes link to actor pages: the one in the table, and the graph's own (through its data).
    page.get_by_role("region", name="Links").get_by_role("link", name="Sergey Lavrov", exact=True).click()
    page.wait_for_load_state()
    assert page.url.endswith("/actors/sergey-lavrov/")


def test_pages_work_without_javascript(live_server, chromium_browser, relations):
    context = chromium_browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/search/?q=cavusoglu")
        page.get_by_role("region", name="Actors").get_by_role("link", name="Mevlüt Çavuşoğlu").click()
        page.wait_for_load_state()
        assert page.locator("article.meeting").count() == 5
        page.locator("details.chart-table summary").click()
        assert page.locator("details.chart-table table").is_visible()
    finally:
        context.close()


def test_hostile_text_is_shown_and_never_runs(live_server, page, transactional_db, screenshot_dir):
    title = "<script>window.__pwned = 'title'</script><b onclick=\"x()\">Bold</b>"
    article = ArticleFactory(title=title, text=HOSTILE)
    evil = ActorFactory(name="</script><script>window.__pwned='name'</script>", slug="evil")
    meeting_with(evil, ActorFactory(name="<img src=x onerror=\"window.__pwned='actor'\">", slug="img"),
                 article=article, evidence=HOSTILE.split(" A call")[0], location_name="<svg onload=alert(1)>")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in (f"/articles/{article.pk}/", "/actors/evil/", "/meetings/", "/graph/", "/search/?q=script",
                 "/search/?q=<script>alert(1)</script>"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        page.mouse.move(200, 300)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("main script:not([type='application/json']), main img, main svg, main b").count() == 0, path
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    assert "<script>window.__pwned = 'script'</script>" in page.locator(".article-text").inner_text()
    assert page.get_by_role("heading", level=1).inner_text().startswith("<script>")
    page.screenshot(path=str(screenshot_dir / "hostile-article.png"), full_page=True)
    assert dialogs == []


@pytest.mark.parametrize("width", [375, 1280])
def test_analyst_pages_fit(live_server, chromium_browser, relations, screenshot_dir, width):
    context = chromium_browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        for name, path in (("actor", "/actors/mevlut-cavusoglu/"), ("pair", "/countries/tr/us/"),
                           ("search", "/search/?q=cavusoglu"), ("graph", "/graph/"), ("countries", "/countries/"),
                           ("meetings", "/meetings/")):
            page.goto(f"{live_server.url}{path}")
            page.wait_for_load_state("networkidle")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} scrolls sideways at {width}px by {overflow}px"
            if width < 500:
                page.screenshot(path=str(screenshot_dir / f"phone-{name}.png"), full_page=True)
    finally:
        context.close()
