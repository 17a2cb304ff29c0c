"""Read-only API viewsets. Querysets come from selectors.py (rejected rows excluded, query shape
declared there) and filtering from filtersets.py, the same ones the HTML pages use."""
from rest_framework import viewsets

from diplomacy import selectors
from diplomacy.api import serializers
from diplomacy.filtersets import ActorFilterSet, CountryFilterSet, IssueFilterSet, MeetingFilterSet


class ListDetailMixin:
    """Chooses `detail_serializer_class` for a single object and `serializer_class` for lists."""

    detail_serializer_class = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class


class MeetingViewSet(ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Meetings: who met whom, when, where, about what, with the evidence of every source."""

    serializer_class = serializers.MeetingSerializer
    detail_serializer_class = serializers.MeetingDetailSerializer
    filterset_class = MeetingFilterSet
    ordering_fields = ["date", "id", "confidence"]
    ordering = ["-date", "-id"]

    def get_queryset(self):
        return selectors.meeting_queryset()


class ActorViewSet(ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """People and organisations taking part in meetings."""

    serializer_class = serializers.ActorSerializer
    detail_serializer_class = serializers.ActorDetailSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name", "id", "meeting_count"]
    ordering = ["name"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.actor_full_queryset()
        return selectors.actor_list()


class IssueViewSet(ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Topics discussed at meetings."""

    serializer_class = serializers.IssueSerializer
    detail_serializer_class = serializers.IssueDetailSerializer
    filterset_class = IssueFilterSet
    ordering_fields = ["name", "id", "meeting_count"]
    ordering = ["name"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.issue_full_queryset()
        return selectors.issue_list()


class CountryViewSet(viewsets.ReadOnlyModelViewSet):
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


class ArticleViewSet(ListDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Source articles; the detail has the text and the evidence it gave for each meeting."""

    serializer_class = serializers.ArticleSerializer
    detail_serializer_class = serializers.ArticleDetailSerializer
    ordering_fields = ["published_date", "id"]
    ordering = ["-published_date", "-id"]
    filterset_fields = ["status", "outlet", "published_date"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.article_with_evidence()
        return selectors.article_list()
