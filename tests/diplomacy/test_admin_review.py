"""The review queue in the admin as editors use it: filters, evidence, buttons, merges, splits, history,
and who may do what (anonymous, reader, editor, staff)."""
import datetime as dt

import pytest
from django.urls import reverse

from diplomacy.models import Actor, Meeting, MeetingParticipant, MeetingSource, ReviewStatus
from diplomacy.permissions import editors_group_sync
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, UserFactory, country, meeting_with

pytestmark = pytest.mark.django_db

TEXT = "ANKARA (Example) - A first paragraph.\n\nThe ministers met in Ankara on Monday to talk trade.\n\nMore later."
EVIDENCE = "The ministers met in Ankara on Monday to talk trade."
CHANGELIST = reverse("admin:diplomacy_meeting_changelist")


@pytest.fixture
def editor(db):
    """An editor whose permissions are exactly those of the real `editors` group (the data migration's)."""
    user = UserFactory(username="real-editor", is_staff=True)
    user.groups.add(editors_group_sync())
    return user


@pytest.fixture
def queue():
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", country=us)
    trade = IssueFactory(name="Trade")
    article = ArticleFactory(title="Ministers meet in Ankara", text=TEXT, outlet="Daily Sabah")
    low = meeting_with(cavusoglu, blinken, article=article, evidence=EVIDENCE, issues=[trade], confidence=0.2,
                       kind=Meeting.Kind.IN_PERSON)
    mid = meeting_with(cavusoglu, country("RU", "Russia"), confidence=0.5, date=dt.date(2020, 1, 5))
    high = meeting_with(blinken, confidence=0.9, date=dt.date(2022, 2, 1))
    return {"low": low, "mid": mid, "high": high, "cavusoglu": cavusoglu, "blinken": blinken, "trade": trade}


def change_url(meeting, **query):
    url = reverse("admin:diplomacy_meeting_change", args=[meeting.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def form_data(client, meeting):
    """The change form as the browser would post it, unchanged."""
    response = client.get(change_url(meeting))
    form = response.context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items() if name in form.fields}
    data["location_country"] = meeting.location_country_id or ""
    for formset in response.context["inline_admin_formsets"]:
        fs = formset.formset
        data[f"{fs.prefix}-TOTAL_FORMS"] = fs.total_form_count()
        data[f"{fs.prefix}-INITIAL_FORMS"] = fs.initial_form_count()
        for i, f in enumerate(fs.forms):
            for name, field in f.fields.items():
                value = f.initial.get(name, field.initial)
                data[f"{fs.prefix}-{i}-{name}"] = getattr(value, "pk", value) if value is not None else ""
    return data


def result_ids(response):
    return [m.pk for m in response.context["cl"].result_list]


def test_queue_rows_show_evidence_and_title(client, editor, queue):
    client.force_login(editor)
    response = client.get(CHANGELIST)
    assert result_ids(response)[:3] == [queue["low"].pk, queue["mid"].pk, queue["high"].pk]
    html = response.content.decode()
    assert EVIDENCE in html and "Ministers meet in Ankara" in html


@pytest.mark.parametrize("query, expected", [
    ({"kind__exact": "in_person"}, ["low"]),
    ({"country": "RU"}, ["mid"]),
    ({"country": "US"}, ["low", "high"]),
    ({"confidence": "low"}, ["low"]),
    ({"date__gte": "2021-01-01", "date__lte": "2021-12-31"}, ["low"]),
    ({"sources__article__outlet": "Daily Sabah"}, ["low"]),
])
def test_queue_filters(client, editor, queue, query, expected):
    client.force_login(editor)
    response = client.get(CHANGELIST, query)
    assert response.status_code == 200
    assert result_ids(response) == [queue[name].pk for name in expected]


def test_queue_filters_by_participant_and_issue(client, editor, queue):
    client.force_login(editor)
    by_actor = client.get(CHANGELIST, {"participants__actor__id__exact": queue["blinken"].pk})
    assert set(result_ids(by_actor)) == {queue["low"].pk, queue["high"].pk}
    by_issue = client.get(CHANGELIST, {"issues__id__exact": queue["trade"].pk})
    assert result_ids(by_issue) == [queue["low"].pk]


def test_meeting_page_highlights_evidence_in_context(client, editor, queue):
    client.force_login(editor)
    html = client.get(change_url(queue["low"])).content.decode()
    assert f"<mark>{EVIDENCE}</mark>" in html
    assert "A first paragraph." not in html.split("<mark>")[0][-200:]  # only the evidence's own paragraph
    assert "Confirm and next" in html and 'id="review-reject-next"' in html
    assert "admin/diplomacy/review.js" in html


def test_confirm_and_next_follows_the_queue_and_its_filters(client, editor, queue):
    client.force_login(editor)
    response = client.post(change_url(queue["low"]), {**form_data(client, queue["low"]), "_confirm_next": "1"})
    assert response.status_code == 302 and response.url == change_url(queue["mid"])
    queue["low"].refresh_from_db()
    assert queue["low"].review_status == ReviewStatus.CONFIRMED and queue["low"].reviewed_by == editor
    assert not queue["low"].curated  # confirming without a correction is not a correction

    # Under a filter, "next" stays inside it: from the US queue, mid (RU) is skipped.
    url = change_url(queue["high"], _changelist_filters="country%3DUS")
    response = client.post(url, {**form_data(client, queue["high"]), "_confirm_next": "1"})
    assert response.status_code == 302 and response.url == CHANGELIST + "?country=US"


def test_reject_with_reason_from_the_meeting_page(client, editor, queue):
    client.force_login(editor)
    data = {**form_data(client, queue["mid"]), "review_note": "A speech, not a meeting.", "_reject_next": "1"}
    response = client.post(change_url(queue["mid"]), data)
    assert response.status_code == 302
    queue["mid"].refresh_from_db()
    assert queue["mid"].review_status == ReviewStatus.REJECTED
    assert queue["mid"].review_note == "A speech, not a meeting."


def test_reject_with_reason_action_asks_then_rejects(client, editor, queue):
    client.force_login(editor)
    chosen = [queue["low"].pk, queue["high"].pk]
    ask = client.post(CHANGELIST, {"action": "reject_with_reason", "_selected_action": chosen})
    assert ask.status_code == 200 and 'name="note"' in ask.content.decode()
    done = client.post(CHANGELIST, {"action": "reject_with_reason", "_selected_action": chosen, "apply": "1",
                                    "note": "Duplicate report"}, follow=True)
    assert "Rejected 2 meetings" in done.content.decode()
    assert set(Meeting.objects.filter(review_note="Duplicate report").values_list("pk", flat=True)) == set(chosen)
    assert Meeting.objects.get(pk=queue["mid"].pk).review_status == ReviewStatus.PROPOSED


def test_correcting_a_date_marks_the_meeting_curated_with_history(client, editor, queue):
    client.force_login(editor)
    data = {**form_data(client, queue["mid"]), "date": "2020-01-06", "_continue": "1"}
    assert client.post(change_url(queue["mid"]), data).status_code == 302
    meeting = Meeting.objects.get(pk=queue["mid"].pk)
    assert meeting.date == dt.date(2020, 1, 6) and meeting.curated
    assert meeting.history.first().history_user == editor
    history = client.get(reverse("admin:diplomacy_meeting_history", args=[meeting.pk])).content.decode()
    assert "real-editor" in history and "Corrected date" in history


def test_removing_a_participant_inline_marks_curated(client, editor, queue):
    client.force_login(editor)
    data = form_data(client, queue["mid"])
    data["participants-1-DELETE"] = "on"
    assert client.post(change_url(queue["mid"]), data).status_code == 302
    meeting = Meeting.objects.get(pk=queue["mid"].pk)
    assert meeting.participants.count() == 1 and meeting.curated


def test_revert_from_the_history_page(client, editor, queue):
    client.force_login(editor)
    client.post(change_url(queue["mid"]), {**form_data(client, queue["mid"]), "location_name": "Moscow"})
    meeting = Meeting.objects.get(pk=queue["mid"].pk)
    assert meeting.location_name == "Moscow"
    original = meeting.history.earliest()
    url = reverse("admin:diplomacy_meeting_simple_history", args=[meeting.pk, original.history_id])
    page = client.get(url)
    assert page.status_code == 200 and "Revert" in page.content.decode()
    data = {**form_data(client, meeting), "location_name": "", "_save": "Revert"}
    assert client.post(url, data).status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).location_name == ""


def test_merge_actors_shows_what_moves_then_merges(client, editor, queue):
    dup = ActorFactory(name="Anthony Blinken", country=queue["blinken"].country)
    meeting_with(dup, queue["cavusoglu"])
    client.force_login(editor)
    changelist = reverse("admin:diplomacy_actor_changelist")
    redirect = client.post(changelist, {"action": "merge_selected", "_selected_action": [queue["blinken"].pk, dup.pk]})
    assert redirect.status_code == 302 and "/merge/?ids=" in redirect.url
    preview = client.get(redirect.url + f"&survivor={queue['blinken'].pk}").content.decode()
    assert 'id="merge-moves"' in preview and "Anthony Blinken" in preview and "Participations" in preview
    assert Actor.objects.filter(pk=dup.pk).exists()  # nothing happened yet
    done = client.post(reverse("admin:diplomacy_actor_merge"),
                       {"ids": f"{queue['blinken'].pk},{dup.pk}", "survivor": queue["blinken"].pk, "merge": "1"})
    assert done.status_code == 302
    assert not Actor.objects.filter(pk=dup.pk).exists()
    assert "Anthony Blinken" in set(queue["blinken"].aliases.values_list("name", flat=True))


def test_duplicate_meetings_page_merges_with_one_click(client, editor, queue):
    twin = meeting_with(queue["cavusoglu"], queue["blinken"], date=dt.date(2021, 4, 13))
    client.force_login(editor)
    page = client.get(reverse("admin:diplomacy_meeting_duplicates"))
    assert page.status_code == 200
    [suggestion] = page.context["suggestions"]
    assert {m.pk for m in suggestion.rows} == {queue["low"].pk, twin.pk}
    assert client.post(reverse("admin:diplomacy_meeting_merge"),
                       {"ids": suggestion.ids, "survivor": queue["low"].pk, "merge": "1"}).status_code == 302
    assert not Meeting.objects.filter(pk=twin.pk).exists()
    assert Meeting.objects.get(pk=queue["low"].pk).sources.count() == 2


def test_split_a_source_off(client, editor, queue):
    extra = MeetingSource.objects.create(meeting=queue["low"], article=ArticleFactory(), evidence="They spoke.",
                                         evidence_start=0, evidence_end=11)
    client.force_login(editor)
    url = reverse("admin:diplomacy_meeting_split", args=[queue["low"].pk, extra.pk])
    assert url in client.get(change_url(queue["low"])).content.decode()
    assert "They spoke." in client.get(url).content.decode()
    response = client.post(url)
    new = Meeting.objects.get(split_from=queue["low"])
    assert response.status_code == 302 and response.url == change_url(new)
    assert list(new.sources.all()) == [extra]


# --- permissions per persona -----------------------------------------------------------------------


def admin_urls(queue):
    low = queue["low"]
    return [
        reverse("admin:index"), CHANGELIST, change_url(low),
        reverse("admin:diplomacy_meeting_merge") + f"?ids={low.pk},{queue['mid'].pk}",
        reverse("admin:diplomacy_meeting_duplicates"), reverse("admin:diplomacy_actor_duplicates"),
        reverse("admin:diplomacy_meeting_history", args=[low.pk]),
    ]


def test_anonymous_never_reaches_the_admin(client, queue):
    for url in admin_urls(queue):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login")), url
    client.post(change_url(queue["low"]), {"_confirm": "1"})
    assert Meeting.objects.get(pk=queue["low"].pk).review_status == ReviewStatus.PROPOSED


def test_reader_reads_public_pages_but_not_the_admin(client, reader, queue):
    client.force_login(reader)
    for url in admin_urls(queue):
        assert client.get(url).status_code == 302, url
    client.post(reverse("admin:diplomacy_meeting_merge"), {"ids": f"{queue['low'].pk},{queue['mid'].pk}", "merge": "1"})
    assert Meeting.objects.count() == 3
    assert client.get(reverse("diplomacy:meeting-list")).status_code == 200


def test_editor_reviews_and_merges_but_cannot_delete(client, editor, queue):
    client.force_login(editor)
    for url in admin_urls(queue):
        assert client.get(url).status_code == 200, url
    actions = client.get(CHANGELIST).context["action_form"].fields["action"].choices
    names = {name for name, _ in actions}
    assert {"confirm_meetings", "reject_meetings", "reject_with_reason", "merge_selected"} <= names
    assert "delete_selected" not in names
    assert client.get(reverse("admin:diplomacy_meeting_delete", args=[queue["low"].pk])).status_code == 403
    assert client.get(reverse("admin:diplomacy_actor_delete", args=[queue["blinken"].pk])).status_code == 403


def test_staff_without_the_editors_group_cannot_review_or_merge(client, queue):
    clerk = UserFactory(username="clerk", is_staff=True)
    client.force_login(clerk)
    assert client.get(CHANGELIST).status_code == 403
    merge = reverse("admin:diplomacy_meeting_merge") + f"?ids={queue['low'].pk},{queue['mid'].pk}"
    assert client.get(merge).status_code == 403


def test_staff_may_delete(client, staff, queue):
    client.force_login(staff)
    response = client.post(reverse("admin:diplomacy_meeting_delete", args=[queue["high"].pk]), {"post": "yes"})
    assert response.status_code == 302 and not Meeting.objects.filter(pk=queue["high"].pk).exists()
    assert MeetingParticipant.objects.filter(meeting_id=queue["high"].pk).count() == 0
