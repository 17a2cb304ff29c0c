"""An editor works a small review queue in the admin, in a real browser: confirm, reject with a reason,
confirm and next from the keyboard, then merges two duplicate actors after seeing what will move."""
import datetime as dt

import pytest

from diplomacy.models import Actor, Meeting, ReviewStatus
from diplomacy.permissions import editors_group_sync
from tests.factories import ActorFactory, ArticleFactory, UserFactory, country, meeting_with

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"
TEXT = "ANKARA (Example) - Background.\n\nÇavuşoğlu met Blinken in Brussels on Monday.\n\nMore."


@pytest.fixture
def small_queue(transactional_db, countries):
    editor = UserFactory(username="editor-e2e", is_staff=True)
    editor.groups.add(editors_group_sync())
    tr, us = country("TR"), country("US")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    twin = ActorFactory(name="Anthony Blinken", slug="anthony-blinken", country=us)
    article = ArticleFactory(title="Ministers meet in Brussels", text=TEXT)
    first = meeting_with(cavusoglu, blinken, article=article, evidence="Çavuşoğlu met Blinken in Brussels on Monday.",
                         confidence=0.1, kind=Meeting.Kind.IN_PERSON)
    second = meeting_with(cavusoglu, twin, confidence=0.2, date=dt.date(2021, 2, 1))
    third = meeting_with(blinken, country("RU"), confidence=0.3)
    fourth = meeting_with(twin, country("DE"), confidence=0.4)
    return {"editor": editor, "meetings": [first, second, third, fourth], "blinken": blinken, "twin": twin}


def status(meeting):
    return Meeting.objects.get(pk=meeting.pk).review_status


def test_editor_works_the_queue_and_merges(live_server, page, small_queue, screenshot_dir):
    first, second, third, fourth = small_queue["meetings"]
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor-e2e")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/admin/diplomacy/meeting/?review_status__exact=proposed")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 4
    assert "Ministers meet in Brussels" in rows.first.inner_text()
    page.screenshot(path=str(screenshot_dir / "admin-queue.png"), full_page=True)

    # Open the least confident: the evidence is marked in its paragraph. Confirm it.
    rows.first.locator("th a").click()
    page.wait_for_load_state()
    assert page.locator(".meeting-source mark").inner_text() == "Çavuşoğlu met Blinken in Brussels on Monday."
    page.screenshot(path=str(screenshot_dir / "admin-meeting-review.png"), full_page=True)
    page.click("#review-confirm-next")
    page.wait_for_load_state()
    assert status(first) == ReviewStatus.CONFIRMED
    assert f"/meeting/{second.pk}/change/" in page.url  # the next in the queue, without the list

    # Reject with a reason, and on to the next.
    page.fill("#id_review_note", "A phone call in February, reported twice.")
    page.click("#review-reject-next")
    page.wait_for_load_state()
    assert status(second) == ReviewStatus.REJECTED
    assert Meeting.objects.get(pk=second.pk).review_note == "A phone call in February, reported twice."
    assert f"/meeting/{third.pk}/change/" in page.url

    # Confirm and next from the keyboard.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("c")
    page.wait_for_url(f"**/meeting/{fourth.pk}/change/**")
    assert status(third) == ReviewStatus.CONFIRMED

    # Merge the two Blinkens: the preview shows what moves before anything happens.
    page.goto(f"{live_server.url}/admin/diplomacy/actor/duplicates/")
    assert page.locator("#duplicate-suggestions tr.suggestion").count() == 1
    page.screenshot(path=str(screenshot_dir / "admin-duplicates.png"), full_page=True)
    page.get_by_role("link", name="Preview").click()
    page.wait_for_load_state()
    moves = page.locator("#merge-moves").inner_text()
    assert "Anthony Blinken" in moves and "Participations" in moves
    assert Actor.objects.filter(pk=small_queue["twin"].pk).exists()
    page.screenshot(path=str(screenshot_dir / "admin-merge-preview.png"), full_page=True)
    page.locator("input[name=merge]").click()
    page.wait_for_load_state()
    assert not Actor.objects.filter(pk=small_queue["twin"].pk).exists()
    blinken = small_queue["blinken"]
    assert "Anthony Blinken" in set(blinken.aliases.values_list("name", flat=True))
    assert Meeting.objects.get(pk=fourth.pk).participants.filter(actor=blinken).exists()
    assert "Merged 1 into" in page.locator(".messagelist").inner_text()
    page.screenshot(path=str(screenshot_dir / "admin-merged.png"), full_page=True)
