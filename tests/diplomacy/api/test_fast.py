"""diplomacy/api/fast.py writes exactly what DRF's MeetingSerializer fields would, for every shape of
meeting: actor and country sides, actors without a country, no date, a host country, several sources
and issues, an article without a date or URL."""
import datetime as dt

import pytest
from rest_framework import serializers as drf
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from diplomacy import selectors
from diplomacy.api.serializers import MeetingSerializer
from diplomacy.models import Meeting, MeetingSource
from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings():
    tr = country("TR", "Turkey")
    a = ActorFactory(name="Ayşe Öz", slug="ayse-oz", country=tr)
    b = ActorFactory(name="No Country", slug="no-country", country=None)
    plain = meeting_with(a, b, issues=[IssueFactory(), IssueFactory()], location_name="Ankara",
                         location_country=tr)
    MeetingSource.objects.create(meeting=plain, article=ArticleFactory(published_date=None, url=None),
                                 evidence="They met.", evidence_start=0, evidence_end=9, confidence=0.25)
    undated = meeting_with(a, country("US", "United States"), date=None, date_precision="unknown",
                           kind=Meeting.Kind.MULTILATERAL, status=Meeting.Status.PLANNED)
    month = meeting_with(b, country("FR"), date=dt.date(2021, 3, 1), date_precision="month")
    return [plain, undated, month]


def test_fast_representation_equals_drf(meetings):
    request = Request(APIRequestFactory().get("/api/v1/meetings/"))
    serializer = MeetingSerializer(context={"request": request})
    rows = list(selectors.meeting_queryset().filter(pk__in=[m.pk for m in meetings]))
    assert len(rows) == 3
    for row in rows:
        fast = serializer.to_representation(row)
        slow = drf.ModelSerializer.to_representation(serializer, row)
        assert fast == slow
        assert list(fast) == list(slow)  # same key order too


def test_list_endpoint_uses_it(client, meetings):
    body = client.get("/api/v1/meetings/").json()
    assert {row["id"] for row in body["results"]} == {m.pk for m in meetings}
    undated = next(row for row in body["results"] if row["id"] == meetings[1].pk)
    assert undated["date"] is None and undated["participants"][1] == {"country": "US"}


def test_page_from_values_equals_drf(meetings):
    """The list endpoint's path: the page's rows read as values, not prefetched instances."""
    from diplomacy.api import fast
    from diplomacy.models import ReviewStatus

    # Rejected actors and issues are left out on both paths.
    hidden = meetings[0].issues.first()
    hidden.review_status = ReviewStatus.REJECTED
    hidden.save()
    gone = meetings[2].participants.get(actor__isnull=False).actor
    gone.review_status = ReviewStatus.REJECTED
    gone.save()
    request = Request(APIRequestFactory().get("/api/v1/meetings/"))
    serializer = MeetingSerializer(context={"request": request})
    rows = list(selectors.meeting_queryset().filter(pk__in=[m.pk for m in meetings]).order_by("id"))
    page = fast.meeting_page(list(selectors.meeting_rows().filter(pk__in=[m.pk for m in meetings]).order_by("id")),
                             fast.Urls(request))
    assert page == [drf.ModelSerializer.to_representation(serializer, row) for row in rows]
    assert len(page[0]["issues"]) == 1 and len(page[0]["sources"]) == 2
    assert page[2]["participants"] == [{"country": "FR"}]


def test_list_queries_do_not_grow_with_the_page(client, meetings, django_assert_max_num_queries):
    from diplomacy.models import Meeting as M

    with django_assert_max_num_queries(6) as small:
        client.get("/api/v1/meetings/?page_size=1")
    for n in range(10):
        meeting_with(ActorFactory(), country("DE"), date=dt.date(2020, 1, n + 1))
    assert M.objects.count() == 13
    with django_assert_max_num_queries(len(small.captured_queries)):
        body = client.get("/api/v1/meetings/?page_size=13").json()
    assert len(body["results"]) == 13


def test_article_brief_equals_drf():
    from diplomacy.api.serializers import ArticleBriefSerializer

    request = Request(APIRequestFactory().get("/api/v1/actors/"))
    serializer = ArticleBriefSerializer(context={"request": request})
    for article in (ArticleFactory(), ArticleFactory(published_date=None, url=None, title="")):
        fast = serializer.to_representation(article)
        slow = drf.ModelSerializer.to_representation(serializer, article)
        assert fast == slow and list(fast) == list(slow)


def test_detail_representation_equals_drf(meetings):
    from django.utils import timezone

    from diplomacy.api.serializers import MeetingDetailSerializer

    reviewed = meetings[0]
    reviewed.reviewed_at = timezone.now()
    reviewed.reason = "verb 'met' with two named sides"
    reviewed.save()
    request = Request(APIRequestFactory().get("/api/v1/meetings/1/"))
    serializer = MeetingDetailSerializer(context={"request": request})
    for row in selectors.meeting_queryset().filter(pk__in=[m.pk for m in meetings]):
        fast = serializer.to_representation(row)
        slow = drf.ModelSerializer.to_representation(serializer, row)
        assert fast == slow and list(fast) == list(slow)
    assert serializer.to_representation(selectors.meeting_queryset().get(pk=reviewed.pk))["reviewed_at"].endswith("Z")
