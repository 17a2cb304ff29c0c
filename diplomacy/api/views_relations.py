"""Relations: the meetings between two countries, an actor's counterparts, and the network.

Every number comes from diplomacy.selectors (the same reads as the HTML country-pair, actor and graph
pages), each in a fixed number of queries however many meetings there are.
"""
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse

from diplomacy import selectors
from diplomacy.api import serializers
from diplomacy.api.pagination import StandardPagination
from diplomacy.api.serializers_relations import (
    ActorCounterpartsSerializer, CountryRelationsSerializer, LimitSerializer, NetworkSerializer,
)
from diplomacy.filtersets import MeetingFilterSet
from diplomacy.models import Country

ISSUES_SHOWN, PARTICIPANTS_SHOWN = 50, 100


def _limit(request, name):
    params = LimitSerializer(data={name: request.query_params[name]} if name in request.query_params else {})
    params.is_valid(raise_exception=True)
    return params.validated_data[name]


def _meetings_url(request, **params) -> str:
    query = urlencode([(k, v) for k, values in params.items() for v in (values if isinstance(values, list) else [values])])
    return reverse("meeting-list", request=request) + f"?{query}"


def _with(base: dict, name: str, value) -> dict:
    params = {k: list(v) if isinstance(v, list) else [v] for k, v in base.items()}
    params.setdefault(name, []).append(value)
    return params


def counterpart_data(request, counterpart, **base) -> dict:
    """A selectors.Counterpart as the API shows it; `base` narrows its meetings_url (e.g. to an actor)."""
    if counterpart.actor_id:
        return {
            "type": "actor", "id": counterpart.actor_id, "name": counterpart.name, "slug": counterpart.slug,
            "country": counterpart.country_iso2 or None,
            "url": reverse("actor-detail", kwargs={"pk": counterpart.actor_id}, request=request),
            "meetings": counterpart.meetings,
            "meetings_url": _meetings_url(request, **_with(base, "actor", counterpart.actor_id)),
        }
    return {
        "type": "country", "id": None, "name": counterpart.name, "slug": None, "country": counterpart.country_iso2,
        "url": reverse("country-detail", kwargs={"iso2": counterpart.country_iso2.lower()}, request=request),
        "meetings": counterpart.meetings,
        "meetings_url": _meetings_url(request, **_with(base, "counterpart_country", counterpart.country_iso2)),
    }


class CountryRelationsMixin:
    """GET countries/<iso2>/relations/<iso2>/ on CountryViewSet."""

    @extend_schema(
        parameters=[
            OpenApiParameter("partner", str, OpenApiParameter.PATH, pattern="^[A-Za-z]{2}$",
                             description="The other country's ISO 3166-1 alpha-2 code, either case."),
            OpenApiParameter("page", int, description="Page of meetings (default 1)."),
            OpenApiParameter("page_size", int, description="Meetings per page (at most 500)."),
        ],
        responses={200: CountryRelationsSerializer},
        description="The public meetings between two countries (through their actors or themselves), newest "
                    "first and paginated, each with its sources and evidence; the issues discussed and who met, "
                    "with counts. 400 when both codes are the same.",
    )
    @action(detail=True, methods=["get"], url_path=r"relations/(?P<partner>[A-Za-z]{2})", pagination_class=None,
            filter_backends=[])
    def relations(self, request, iso2=None, partner=None):
        country = self.get_object()
        other = get_object_or_404(Country, iso2=partner.upper())
        if other.pk == country.pk:
            raise ValidationError({"partner": ["Choose a country other than the first one."]})
        meetings = selectors.country_meetings(country=country, partner=other)
        paginator = StandardPagination()
        page = paginator.paginate_queryset(meetings, request, view=self)
        context = self.get_serializer_context()
        pair = {"country": country.iso2, "counterpart_country": other.iso2}
        issues = selectors.meeting_issue_counts(meetings=meetings, limit=ISSUES_SHOWN)
        participants = selectors.meeting_participant_counts(meetings=meetings, limit=PARTICIPANTS_SHOWN)
        return Response({
            "country": serializers.CountrySerializer(country, context=context).data,
            "partner": serializers.CountrySerializer(other, context=context).data,
            "count": paginator.page.paginator.count,
            "next": paginator.get_next_link(),
            "previous": paginator.get_previous_link(),
            "results": serializers.MeetingSerializer(page, many=True, context=context).data,
            "issues": [{"id": i.id, "name": i.name, "slug": i.slug, "meetings": i.meetings,
                        "url": reverse("issue-detail", kwargs={"pk": i.id}, request=request)} for i in issues],
            "participants": [counterpart_data(request, c, **pair) for c in participants],
            "meetings_url": _meetings_url(request, **pair),
        })


class ActorCounterpartsMixin:
    """GET actors/<id>/counterparts/ on ActorViewSet."""

    @extend_schema(
        parameters=[OpenApiParameter("limit", int, description="How many to list (default 100, at most 1000).")],
        responses={200: ActorCounterpartsSerializer},
        description="Everyone the actor met in public meetings (actors, or countries met without a named person), "
                    "ranked by number of meetings, each with a link to those meetings.",
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def counterparts(self, request, pk=None):
        limit = _limit(request, "limit")
        actor = get_object_or_404(selectors.public_actors().select_related("country"), pk=pk)
        ranked = selectors.actor_counterparts(actor=actor)
        return Response({
            "actor": serializers.ActorBriefSerializer(actor, context=self.get_serializer_context()).data,
            "count": len(ranked),
            "results": [counterpart_data(request, c, actor=actor.pk) for c in ranked[:limit]],
        })


class NetworkViewSet(viewsets.GenericViewSet):
    """Who met whom among the meetings that match the filters (the meeting list's filter names)."""

    filterset_class = MeetingFilterSet
    filter_backends = [DjangoFilterBackend]
    pagination_class = None
    serializer_class = NetworkSerializer

    def get_queryset(self):
        return selectors.public_meetings()

    @extend_schema(
        parameters=[OpenApiParameter("max_edges", int, description="The heaviest edges kept (default 500, at most "
                                                                   "5000); `truncated` says whether more exist.")],
        responses={200: NetworkSerializer},
        description="Actors as nodes (weight: their meetings with the others shown) and pairs who met as edges "
                    "(weight: meetings together), for the meetings matching the filters.",
    )
    def list(self, request):
        max_edges = _limit(request, "max_edges")
        meetings = self.filter_queryset(self.get_queryset())
        graph = selectors.network(meetings=meetings, max_edges=max_edges)
        nodes = [{
            "id": a.pk, "name": a.name, "slug": a.slug, "kind": a.kind, "country": a.country.iso2 if a.country else None,
            "url": reverse("actor-detail", kwargs={"pk": a.pk}, request=request),
            "html_url": request.build_absolute_uri(a.get_absolute_url()), "weight": a.weight,
        } for a in graph.nodes]
        edges = [{"source": s, "target": t, "weight": n, "meetings_url": _meetings_url(request, actor=[s, t])}
                 for s, t, n in graph.edges]
        return Response({"nodes": nodes, "edges": edges, "truncated": graph.truncated})
