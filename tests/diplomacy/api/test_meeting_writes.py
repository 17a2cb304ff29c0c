"""Editors' writes on /api/v1/meetings/: confirm, reject, correct (POST or PATCH) and merge, with the
permissions of each persona, the curation services' guarantees and the 409 answers of a bad merge."""
import datetime as dt

import pytest

from diplomacy.models import Meeting, MeetingParticipant, MergeRecord, ReviewStatus
from tests.diplomacy.api.conftest import WRITE_EXPECTATIONS, token_client
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/meetings/"


@pytest.fixture
def data():
    tr, us = country("TR", "Turkey"), country("US", "United States")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=us)
    syria = IssueFactory(name="Syria", slug="syria")
    call = meeting_with(cavusoglu, blinken, issues=[syria], date=dt.date(2021, 4, 12))
    again = meeting_with(cavusoglu, blinken, article=ArticleFactory(), date=dt.date(2021, 4, 13))
    return {"tr": tr, "us": us, "cavusoglu": cavusoglu, "blinken": blinken, "syria": syria,
            "call": call, "again": again}


@pytest.fixture
def curator(db):
    """A member of the editors group exactly as the data migration makes it (diplomacy/permissions.py)."""
    from diplomacy.permissions import editors_group_sync
    from tests.factories import UserFactory

    user = UserFactory(username="curator", is_staff=True)
    user.groups.add(editors_group_sync())
    return user


WRITES = [
    ("post", "{pk}/confirm/", {}),
    ("post", "{pk}/reject/", {"note": "Never happened."}),
    ("post", "{pk}/correct/", {"location_name": "Ankara"}),
    ("patch", "{pk}/", {"location_name": "Ankara"}),
    ("post", "merge/", "merge"),
]


@pytest.mark.parametrize("persona", WRITE_EXPECTATIONS)
@pytest.mark.parametrize("method, path, body", WRITES)
def test_who_may_write(api_client_for, data, persona, method, path, body):
    if body == "merge":
        body = {"survivor": data["call"].pk, "others": [data["again"].pk]}
    response = getattr(api_client_for(persona), method)(URL + path.format(pk=data["call"].pk), body, format="json")
    assert response.status_code == WRITE_EXPECTATIONS[persona], response.content
    if response.status_code == 401:
        assert response["WWW-Authenticate"].startswith("Token")
    changed = Meeting.objects.filter(pk=data["again"].pk).count() == 0 or Meeting.objects.get(
        pk=data["call"].pk).review_status != ReviewStatus.PROPOSED or Meeting.objects.get(pk=data["call"].pk).curated
    assert changed == (response.status_code == 200)


def test_confirm_answers_the_full_meeting_and_records_who(editor, data):
    response = token_client(editor).post(f"{URL}{data['call'].pk}/confirm/")
    body = response.json()
    assert body["id"] == data["call"].pk and body["review_status"] == "confirmed" and body["reviewed_at"]
    assert body["sources"][0]["evidence"] == "They met."
    meeting = Meeting.objects.get(pk=data["call"].pk)
    assert meeting.reviewed_by == editor
    assert meeting.history.first().history_user == editor and meeting.history.first().history_change_reason == "Confirmed"


def test_reject_with_a_note_hides_the_meeting_and_confirm_brings_it_back(editor, data, client):
    api = token_client(editor)
    response = api.post(f"{URL}{data['call'].pk}/reject/", {"note": "A planned call, never held."}, format="json")
    assert response.status_code == 200 and response.json()["review_status"] == "rejected"
    assert Meeting.objects.get(pk=data["call"].pk).review_note == "A planned call, never held."
    assert client.get(f"{URL}{data['call'].pk}/").status_code == 404
    assert api.post(f"{URL}{data['call'].pk}/confirm/").json()["review_status"] == "confirmed"
    assert client.get(f"{URL}{data['call'].pk}/").status_code == 200
    assert api.post(f"{URL}{data['call'].pk}/reject/", {"note": 5 * "x" * 1000}, format="json").status_code == 400


@pytest.mark.parametrize("method", ["patch", "post"])
def test_correct_fields(editor, data, method):
    path = f"{URL}{data['call'].pk}/" + ("correct/" if method == "post" else "")
    response = getattr(token_client(editor), method)(path, {
        "kind": "in_person", "date": "2021-03-23", "date_precision": "month",
        "location_name": "Brussels", "location_country": "be",
    }, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["kind"], body["date"], body["date_display"], body["location_country"]) == (
        "in_person", "2021-03-01", "2021-03", "BE")
    meeting = Meeting.objects.get(pk=data["call"].pk)
    assert meeting.curated and meeting.location_name == "Brussels"
    assert meeting.history.first().history_change_reason.startswith("Corrected date, date_precision, kind")


def test_correct_removing_the_date_makes_it_unknown(editor, data):
    body = token_client(editor).patch(f"{URL}{data['call'].pk}/", {"date": None}, format="json").json()
    assert (body["date"], body["date_precision"], body["date_display"]) == (None, "unknown", "")


@pytest.mark.parametrize("payload, field", [
    ({}, "non_field_errors"),
    ({"kind": "dinner"}, "kind"),
    ({"date": "2021-04-12", "date_precision": "unknown"}, "date_precision"),
    ({"date_precision": "unknown"}, "date_precision"),
    ({"location_country": "ZZ"}, "location_country"),
    ({"participants": []}, "participants"),
    ({"participants": [{"actor": 999999}]}, "participants"),
    ({"participants": [{"actor": 1, "country": "TR"}]}, "participants"),
    ({"participants": [{"country": "TR"}, {"country": "tr"}]}, "participants"),
    ({"issues": [999999]}, "issues"),
    ({"issues": "syria"}, "issues"),
])
def test_bad_corrections_are_400_and_change_nothing(editor, data, payload, field):
    response = token_client(editor).patch(f"{URL}{data['call'].pk}/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]
    assert not Meeting.objects.get(pk=data["call"].pk).curated


def test_correct_participants_and_issues_needs_their_permissions(curator, data):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    payload = {"participants": [{"actor": data["cavusoglu"].pk}, {"country": "us"}], "issues": []}
    kept = MeetingParticipant.objects.get(meeting=data["call"], actor=data["cavusoglu"])
    # May change a meeting's fields but not delete its participant rows: the admin would refuse too.
    changer = UserFactory(username="changer")
    changer.user_permissions.add(Permission.objects.get(codename="change_meeting"))
    assert token_client(changer).patch(f"{URL}{data['call'].pk}/", {"location_name": "Ankara"},
                                       format="json").status_code == 200
    denied = token_client(changer).patch(f"{URL}{data['call'].pk}/", payload, format="json")
    assert denied.status_code == 403 and "delete_meetingparticipant" in denied.json()["detail"]
    response = token_client(curator).patch(f"{URL}{data['call'].pk}/", payload, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["participants"][0]["id"] == data["cavusoglu"].pk and {"country": "US"} in body["participants"]
    assert body["issues"] == []
    # The row that stayed is the same row (with its source article); the new one is the editor's.
    assert MeetingParticipant.objects.get(meeting=data["call"], actor=data["cavusoglu"]).pk == kept.pk
    assert MeetingParticipant.objects.get(meeting=data["call"], country=data["us"]).article is None
    assert Meeting.objects.get(pk=data["call"].pk).curated


def test_correct_with_nothing_different_changes_nothing(editor, data):
    response = token_client(editor).patch(f"{URL}{data['call'].pk}/", {"kind": "phone_call"}, format="json")
    assert response.status_code == 200 and not Meeting.objects.get(pk=data["call"].pk).curated


def test_writes_on_a_missing_meeting_are_404(editor):
    api = token_client(editor)
    assert api.post(f"{URL}999999/confirm/").status_code == 404
    assert api.patch(f"{URL}999999/", {"kind": "phone_call"}, format="json").status_code == 404


def test_merge_answers_the_survivor_and_what_moved(editor, data):
    response = token_client(editor).post(f"{URL}merge/", {"survivor": data["call"].pk,
                                                          "others": [data["again"].pk]}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["survivor"]["id"] == data["call"].pk and len(body["survivor"]["sources"]) == 2
    assert body["merged_ids"] == [data["again"].pk]
    assert body["moved"] == {"sources": 1, "participants": 0, "issues": 0}
    assert MergeRecord.objects.get(pk=body["merge_record"]).merged_by == editor
    assert not Meeting.objects.filter(pk=data["again"].pk).exists()
    assert Meeting.objects.get(pk=data["call"].pk).curated


def test_conflicting_merges_are_409(editor, data):
    api = token_client(editor)
    call, again = data["call"].pk, data["again"].pk
    itself = api.post(f"{URL}merge/", {"survivor": call, "others": [again, call]}, format="json")
    assert itself.status_code == 409 and itself.json()["code"] == "conflict"
    assert "itself" in itself.json()["detail"]
    assert api.post(f"{URL}merge/", {"survivor": call, "others": [again]}, format="json").status_code == 200
    gone = api.post(f"{URL}merge/", {"survivor": again, "others": [call]}, format="json")
    assert gone.status_code == 409 and f"already merged into {call}" in gone.json()["detail"]
    other = meeting_with(data["cavusoglu"]).pk
    assert api.post(f"{URL}merge/", {"survivor": other, "others": [again]}, format="json").status_code == 409
    assert Meeting.objects.filter(pk__in=[call, other]).count() == 2


@pytest.mark.parametrize("payload, status, field", [
    ({"survivor": 999999, "others": ["call"]}, 404, None),
    ({"survivor": "call", "others": [999999]}, 400, "others"),
    ({"survivor": "call", "others": []}, 400, "others"),
    ({"survivor": "call"}, 400, "others"),
    ({"survivor": "x", "others": ["again"]}, 400, "survivor"),
    ({"survivor": "call", "others": [2**70]}, 400, "others"),
])
def test_bad_merges(editor, data, payload, status, field):
    def resolve(value):
        return data[value].pk if value in ("call", "again") else value

    payload = {k: [resolve(v) for v in val] if isinstance(val, list) else resolve(val) for k, val in payload.items()}
    response = token_client(editor).post(f"{URL}merge/", payload, format="json")
    assert response.status_code == status, response.content
    if field:
        assert field in response.json()["errors"]
    assert Meeting.objects.count() == 2
