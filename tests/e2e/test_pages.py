"""The pages people use, in a real browser: from an actor to the sentence that proves a meeting."""
import datetime as dt

import pytest

from diplomacy.models import Meeting, ReviewStatus
from tests.factories import ActorFactory, ActorRoleFactory, ArticleFactory, IssueFactory, country, meeting_with

# live_server's thread sees only committed rows, hence a transactional database.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "ANKARA, April 12 (Example News) - Turkey's foreign minister spoke to reporters on Monday.\n\n"
    "Foreign Minister Mevlüt Çavuşoğlu met U.S. Secretary of State Antony Blinken in Brussels on Monday, "
    "where the two discussed the war in Syria.\n\n"
    "Officials said a <script>alert('x')</script> follow-up call with NATO was planned for May."
)
EVIDENCE = (
    "Foreign Minister Mevlüt Çavuşoğlu met U.S. Secretary of State Antony Blinken in Brussels on Monday, "
    "where the two discussed the war in Syria."
)


@pytest.fixture
def story(transactional_db):
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr,
                             review_status=ReviewStatus.CONFIRMED)
    ActorRoleFactory(actor=cavusoglu, title="Foreign Minister", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    nato = ActorFactory(name="NATO", slug="nato", kind="organization")
    article = ArticleFactory(title="Cavusoglu and Blinken meet in Brussels", text=TEXT)
    meeting = meeting_with(cavusoglu, blinken, article=article, evidence=EVIDENCE,
                           issues=[IssueFactory(name="Syrian civil war", slug="syrian-civil-war")],
                           kind=Meeting.Kind.IN_PERSON, location_name="Brussels",
                           review_status=ReviewStatus.CONFIRMED, date=dt.date(2021, 4, 12))
    meeting_with(cavusoglu, nato, article=article, evidence="follow-up call with NATO was planned for May",
                 status=Meeting.Status.PLANNED, date=dt.date(2021, 5, 1), date_precision=Meeting.DatePrecision.MONTH)
    return {"meeting": meeting, "article": article, "source": meeting.sources.get()}


def test_actor_to_evidence(live_server, page, story, screenshot_dir):
    page.goto(f"{live_server.url}/actors/mevlut-cavusoglu/")
    assert page.title().startswith("Mevlüt Çavuşoğlu")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Mevlüt Çavuşoğlu"
    # The planned NATO call is unreviewed and says so; the confirmed meeting does not.
    cards = page.locator("article.meeting")
    assert cards.count() == 2
    assert "Unreviewed" in cards.filter(has_text="NATO").inner_text()
    assert "Unreviewed" not in cards.filter(has_text="Antony Blinken").inner_text()
    page.screenshot(path=str(screenshot_dir / "actor.png"), full_page=True)

    card = cards.filter(has_text="Antony Blinken")
    card.get_by_role("link", name="Cavusoglu and Blinken meet in Brussels").click()
    page.wait_for_load_state()

    source = story["source"]
    assert page.url == f"{live_server.url}/articles/{story['article'].pk}/#evidence-{source.pk}"
    mark = page.locator(f"mark#evidence-{source.pk}")
    assert mark.inner_text() == EVIDENCE
    assert mark.evaluate("el => el.matches(':target')")
    assert mark.is_visible()
    # Highlighted in a colour the reader can tell from the page.
    background = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    # The article's markup is text, not code.
    assert "<script>alert('x')</script>" in page.locator(".article-text").inner_text()
    assert page.locator(".article-text script").count() == 0
    page.screenshot(path=str(screenshot_dir / "article-evidence.png"), full_page=True)

    assert (screenshot_dir / "actor.png").stat().st_size > 0
    assert (screenshot_dir / "article-evidence.png").stat().st_size > 0


def test_meeting_list_filter_form(live_server, page, story, screenshot_dir):
    page.goto(f"{live_server.url}/meetings/")
    assert page.locator("article.meeting").count() == 2
    page.get_by_label("Kind").select_option("in_person")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert "kind=in_person" in page.url
    assert page.locator("article.meeting").count() == 1
    assert "Antony Blinken" in page.locator("article.meeting").inner_text()
    page.screenshot(path=str(screenshot_dir / "meetings-filtered.png"), full_page=True)


def test_pages_fit_a_phone(live_server, chromium_browser, story, screenshot_dir):
    context = chromium_browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    try:
        for name, path in (("home", "/"), ("meeting", story["meeting"].get_absolute_url())):
            page.goto(f"{live_server.url}{path}")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} scrolls sideways on a phone by {overflow}px"
            assert page.get_by_role("navigation", name="Main").is_visible()
            page.screenshot(path=str(screenshot_dir / f"phone-{name}.png"), full_page=True)
    finally:
        context.close()
