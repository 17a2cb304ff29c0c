"""The admin: every page loads for staff, the review actions go through the services, others are kept out."""
import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article, Feed
from diplomacy.models import ActorMention, Meeting, MergeRecord, ReviewStatus
from tests.factories import (
    ActorFactory, ActorRoleFactory, IssueFactory, country, meeting_with,
)

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry if model._meta.app_label in ("diplomacy", "articles")]


@pytest.fixture
def rows():
    actor = ActorFactory(country=country("TR", "Turkey"))
    ActorRoleFactory(actor=actor, country=country("TR"))
    issue = IssueFactory()
    meeting = meeting_with(actor, ActorFactory(), country("RU", "Russia"), issues=[issue],
                           location_country=country("BE", "Belgium"))
    ActorMention.objects.create(actor=actor, article=meeting.sources.get().article, name_in_text=actor.name)
    Article.objects.update(status=Article.Status.FAILED, failure_reason="Could not parse the date line.")
    Feed.objects.create(url="https://news.example.org/rss", status=Feed.Status.FAILING, last_error="HTTP 503")
    MergeRecord.objects.create(kind=MergeRecord.Kind.ACTOR, survivor_id=actor.pk, survivor_label=actor.name,
                               merged_ids=[actor.pk + 1000], merged_labels=["A. Duplicate"])
    return {"actor": actor, "issue": issue, "meeting": meeting}


def test_every_knowledge_base_model_is_registered():
    names = {model.__name__ for model in MODELS}
    assert names >= {
        "Country", "Actor", "ActorAlias", "ActorRole", "ActorMention", "Issue", "IssueAlias", "Meeting",
        "MeetingParticipant", "MeetingIssue", "MeetingSource", "Article",
    }


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_and_change_page_load_for_staff(client, staff, rows, model):
    client.force_login(staff)
    opts = model._meta
    response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200
    obj = model.objects.first()
    assert obj is not None, f"no {model.__name__} row to open"
    response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert response.status_code == 200
    # Searching exercises search_fields, which a typo would turn into a FieldError.
    response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"), {"q": "a"})
    assert response.status_code == 200


def test_meeting_change_page_shows_inlines(client, staff, rows):
    client.force_login(staff)
    html = client.get(reverse("admin:diplomacy_meeting_change", args=[rows["meeting"].pk])).content.decode()
    assert "participants-TOTAL_FORMS" in html
    assert "issue_links-TOTAL_FORMS" in html
    assert "sources-TOTAL_FORMS" in html and "They met." in html


def test_article_admin_shows_extraction_state(client, staff, rows):
    client.force_login(staff)
    changelist = client.get(reverse("admin:articles_article_changelist"), {"status__exact": "failed"})
    assert changelist.status_code == 200 and changelist.context["cl"].result_count == 1
    article = Article.objects.get()
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Could not parse the date line." in html


def test_meeting_list_is_ordered_for_review(client, staff, rows):
    confident = meeting_with(confidence=0.9)
    doubtful = meeting_with(confidence=0.1)
    confirmed = meeting_with(confidence=0.05, review_status=ReviewStatus.CONFIRMED)
    client.force_login(staff)
    result = list(client.get(reverse("admin:diplomacy_meeting_changelist")).context["cl"].result_list)
    assert [m.pk for m in result] == [doubtful.pk, rows["meeting"].pk, confident.pk, confirmed.pk]


def test_meeting_changelist_query_count_does_not_grow(client, staff, rows, django_assert_max_num_queries):
    client.force_login(staff)
    url = reverse("admin:diplomacy_meeting_changelist")
    client.get(url)
    for _ in range(5):
        meeting_with(ActorFactory(), ActorFactory(), country("DE"))
    with django_assert_max_num_queries(12):
        client.get(url)


@pytest.mark.parametrize("action, status", [
    ("confirm_meetings", ReviewStatus.CONFIRMED), ("reject_meetings", ReviewStatus.REJECTED),
])
def test_review_actions(client, editor, rows, action, status):
    other = meeting_with(ActorFactory())
    untouched = meeting_with(ActorFactory())
    client.force_login(editor)
    response = client.post(reverse("admin:diplomacy_meeting_changelist"), {
        "action": action, "_selected_action": [rows["meeting"].pk, other.pk],
    }, follow=True)
    assert response.status_code == 200
    for meeting in (rows["meeting"], other):
        meeting.refresh_from_db()
        assert meeting.review_status == status
        assert meeting.reviewed_by == editor and meeting.reviewed_at is not None
    untouched.refresh_from_db()
    assert untouched.review_status == ReviewStatus.PROPOSED
    assert "2 meetings" in response.content.decode()


def test_rejected_in_admin_disappears_from_public_pages(client, staff, rows):
    client.force_login(staff)
    client.post(reverse("admin:diplomacy_meeting_changelist"),
                {"action": "reject_meetings", "_selected_action": [rows["meeting"].pk]})
    client.logout()
    assert client.get(rows["meeting"].get_absolute_url()).status_code == 404


def test_anonymous_is_sent_to_login(client, rows):
    for url in (reverse("admin:index"), reverse("admin:diplomacy_meeting_changelist")):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))


def test_reader_without_staff_flag_is_sent_to_login(client, reader, rows):
    client.force_login(reader)
    response = client.get(reverse("admin:diplomacy_meeting_changelist"))
    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))
    response = client.post(reverse("admin:diplomacy_meeting_changelist"),
                           {"action": "confirm_meetings", "_selected_action": [rows["meeting"].pk]})
    assert response.status_code == 302
    assert Meeting.objects.get(pk=rows["meeting"].pk).review_status == ReviewStatus.PROPOSED
