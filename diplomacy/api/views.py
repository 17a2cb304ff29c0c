"""API viewsets. Querysets come from selectors.py (rejected rows excluded, query shape declared there)
and filtering from filtersets.py, the same ones the HTML pages use. Relations are in views_relations.py,
editors' writes (review, correction, merges; diplomacy.curation's services) in views_curation.py."""
from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, extend_schema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action

from diplomacy.api.exports import meetings_export
from rest_framework.response import Response

from articles.api import ArticleSubmitSerializer, FeedSerializer
from articles.models import Article, Feed
from articles.services import article_ingest, article_ingest_url

from diplomacy import curation, denorm, selectors
from diplomacy.api import fast, serializers
from diplomacy.api.conditional import ConditionalRetrieveMixin
from diplomacy.api.pagination import CursorOrPagePagination
from diplomacy.api.permissions import WritePermissionsMixin
from diplomacy.api.serializers_writes import (
    ActorMergeResultSerializer, IssueMergeResultSerializer, MeetingMergeResultSerializer,
)
from diplomacy.api.views_curation import MeetingCurationMixin, MergeMixin, merge_action
from diplomacy.api.views_relations import ActorCounterpartsMixin, CountryRelationsMixin, NetworkViewSet  # noqa: F401
from diplomacy.filtersets import ActorFilterSet, CountryFilterSet, IssueFilterSet, MeetingFilterSet
from diplomacy.models import Actor, Issue, Meeting, MergeRecord


class ListDetailMixin:
    """Chooses `detail_serializer_class` for a single object and `serializer_class` for lists."""

    detail_serializer_class = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class


class MeetingViewSet(WritePermissionsMixin, MeetingCurationMixin, MergeMixin, ConditionalRetrieveMixin,
                     ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Meetings: who met whom, when, where, about what, with the evidence of every source.

    Editors confirm, reject, correct (PATCH or POST .../correct/) and merge them with a token."""

    write_model = Meeting
    write_permissions = {**MeetingCurationMixin.CURATION_ACTIONS, "merge": "merge"}
    merge_kind = MergeRecord.Kind.MEETING
    merge_service = staticmethod(curation.meeting_merge)
    merge_result_serializer = MeetingMergeResultSerializer
    merge = merge_action(MeetingMergeResultSerializer, "meetings (one real event reported several times)")

    pagination_class = CursorOrPagePagination
    serializer_class = serializers.MeetingSerializer
    detail_serializer_class = serializers.MeetingDetailSerializer
    filterset_class = MeetingFilterSet
    ordering_fields = ["date", "id", "confidence"]
    ordering = ["-date", "-id"]

    def get_queryset(self):
        if self.action == "list":
            return selectors.meeting_rows()  # fast.meeting_page reads the rest of a page as values
        # Editors may act on a rejected meeting (confirm it again, merge it); the public never sees one.
        return selectors.meeting_queryset(include_rejected=self.action in self.write_permissions)

    def list(self, request, *args, **kwargs):
        """MeetingSerializer's representation, written by diplomacy/api/fast.py from 4 queries a page."""
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        rows = fast.meeting_page(list(queryset) if page is None else page, fast.Urls(request))
        return Response(rows) if page is None else self.get_paginated_response(rows)

    def merge_survivor_data(self, survivor):
        meeting = selectors.meeting_queryset(include_rejected=True).get(pk=survivor.pk)
        return serializers.MeetingSerializer(meeting, context=self.get_serializer_context()).data

    @extend_schema(
        parameters=[OpenApiParameter("file_format", str, enum=["csv", "jsonl"], default="csv",
                                     description="csv: one row a meeting; jsonl: the list representation, one a line")],
        responses={(200, "text/csv"): OpenApiTypes.STR, (200, "application/x-ndjson"): OpenApiTypes.STR},
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def export(self, request):
        """Every meeting that matches the filters, as CSV or JSON Lines (no pagination; streamed)."""
        fmt = request.query_params.get("file_format", "csv")
        if fmt not in ("csv", "jsonl"):
            from rest_framework.exceptions import ValidationError

            raise ValidationError({"file_format": f"Use csv or jsonl, not {fmt!r}."})
        queryset = self.filter_queryset(self.get_queryset())
        return meetings_export(queryset, serializer_class=serializers.MeetingSerializer,
                               context=self.get_serializer_context(), fmt=fmt)


class ActorViewSet(WritePermissionsMixin, MergeMixin, ActorCounterpartsMixin, ConditionalRetrieveMixin,
                   ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """People and organisations taking part in meetings; the detail lists the articles naming them."""

    write_model = Actor
    write_permissions = {"merge": "merge"}
    merge_kind = MergeRecord.Kind.ACTOR
    merge_service = staticmethod(curation.actor_merge)
    merge_result_serializer = ActorMergeResultSerializer
    merge_survivor_serializer = serializers.ActorBriefSerializer
    merge = merge_action(ActorMergeResultSerializer, "actors (one person or organisation spelt several ways)")

    serializer_class = serializers.ActorSerializer
    detail_serializer_class = serializers.ActorDetailSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name", "id", "meeting_count"]
    ordering = ["name"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.actor_with_provenance()
        return selectors.actor_list()

    def get_object(self):
        actor = super().get_object()
        if self.action == "retrieve":
            # 7,600 index probes for the busiest actor at 1M meetings: kept until the data changes.
            actor.meeting_count = denorm.cached(("actor-meetings", actor.pk),
                                                lambda: selectors.actor_meeting_count(actor=actor),
                                                version=denorm.data_version())
            actor.recent_mentions = selectors.actor_recent_mentions(actor=actor)
        return actor


class IssueViewSet(WritePermissionsMixin, MergeMixin, ConditionalRetrieveMixin, ListDetailMixin,
                   viewsets.ReadOnlyModelViewSet):
    """Topics discussed at meetings."""

    write_model = Issue
    write_permissions = {"merge": "merge"}
    merge_kind = MergeRecord.Kind.ISSUE
    merge_service = staticmethod(curation.issue_merge)
    merge_result_serializer = IssueMergeResultSerializer
    merge_survivor_serializer = serializers.IssueBriefSerializer
    merge = merge_action(IssueMergeResultSerializer, "issues (one topic under several names)")

    serializer_class = serializers.IssueSerializer
    detail_serializer_class = serializers.IssueDetailSerializer
    filterset_class = IssueFilterSet
    ordering_fields = ["name", "id", "meeting_count"]
    ordering = ["name"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.issue_full_queryset()
        return selectors.issue_list()


class CountryViewSet(CountryRelationsMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Countries by ISO 3166-1 alpha-2 code (either case in the URL)."""

    serializer_class = serializers.CountrySerializer
    filterset_class = CountryFilterSet
    lookup_field = "iso2"
    lookup_value_regex = "[A-Za-z]{2}"
    ordering_fields = ["name", "iso2"]
    ordering = ["name"]

    def get_queryset(self):
        return selectors.country_list()

    def get_object(self):
        self.kwargs[self.lookup_field] = self.kwargs[self.lookup_field].upper()
        return super().get_object()


class ArticleViewSet(ConditionalRetrieveMixin, ListDetailMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Source articles; the detail has the text and the evidence it gave for each meeting.

    POST submits an article (a URL to fetch, or the text itself) for extraction: it answers 202 with
    the article and its status URL; poll that until `status` is `done` or `failed`. Needs a token (or
    session) of a user allowed to add articles.
    """

    permission_classes = [permissions.DjangoModelPermissionsOrAnonReadOnly]
    pagination_class = CursorOrPagePagination

    serializer_class = serializers.ArticleSerializer
    detail_serializer_class = serializers.ArticleDetailSerializer
    ordering_fields = ["published_date", "id"]
    ordering = ["-published_date", "-id"]
    filterset_fields = ["status", "outlet", "published_date"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.article_with_evidence()
        return selectors.article_list()

    @extend_schema(
        request=ArticleSubmitSerializer,
        responses={202: serializers.ArticleSerializer, 200: serializers.ArticleSerializer},
        examples=[
            OpenApiExample("A URL to fetch", value={"url": "https://www.example.org/news/fm-call"}, request_only=True),
            OpenApiExample("The text itself", request_only=True, value={
                "title": "Foreign ministers speak by phone", "published": "2021-04-12",
                "text": "Foreign Minister A held a phone call with his counterpart B on Monday.",
            }),
        ],
        description="202 when a new article was queued; 200 with the existing article when the same URL or "
                    "text was submitted before (nothing new is created).",
    )
    def create(self, request, *args, **kwargs):
        submitted = ArticleSubmitSerializer(data=request.data)
        submitted.is_valid(raise_exception=True)
        if submitted.validated_data.get("text"):
            article, created = article_ingest(document=submitted.document(), source=Article.Source.API)
        else:
            article, created = article_ingest_url(url=submitted.validated_data["url"], source=Article.Source.API)
        article = selectors.article_list().get(pk=article.pk)
        data = serializers.ArticleSerializer(article, context=self.get_serializer_context()).data
        location = request.build_absolute_uri(reverse("article-detail", kwargs={"pk": article.pk}))
        return Response(data, status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
                        headers={"Location": location})


class FeedViewSet(ConditionalRetrieveMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """RSS and Atom feeds that are polled for new articles; POST follows a new feed."""

    queryset = Feed.objects.all()
    serializer_class = FeedSerializer
    permission_classes = [permissions.DjangoModelPermissionsOrAnonReadOnly]
    filterset_fields = ["status", "active"]
    ordering_fields = ["url", "last_polled_at", "id"]
    ordering = ["url"]
