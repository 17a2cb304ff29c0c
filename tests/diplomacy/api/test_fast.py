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
