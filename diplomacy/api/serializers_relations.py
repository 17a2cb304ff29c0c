"""Answers of the relation endpoints: a country pair, an actor's counterparts, the network.

The views build plain dicts from the selectors' results; these serializers describe them (schema) and
are what schemathesis checks the answers against.
"""
from rest_framework import serializers

from diplomacy.api.serializers import ActorBriefSerializer, CountrySerializer, MeetingSerializer


class IssueCountSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    url = serializers.URLField()
    meetings = serializers.IntegerField(help_text="How many of the meetings discussed it.")


class CounterpartSerializer(serializers.Serializer):
    """Someone met: an actor (`id`, `slug` set), or a country met without a named person (`id` null)."""

    type = serializers.ChoiceField(choices=["actor", "country"])
    id = serializers.IntegerField(allow_null=True, help_text="The actor's id; null for a country.")
    name = serializers.CharField()
    slug = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_null=True, help_text="ISO code: the actor's country, or the country.")
    url = serializers.URLField(help_text="The actor's or the country's API resource.")
    meetings = serializers.IntegerField(help_text="Number of public meetings.")
    meetings_url = serializers.URLField(help_text="Those meetings in the meetings list.")


class CountryRelationsSerializer(serializers.Serializer):
    country = CountrySerializer()
    partner = CountrySerializer()
    count = serializers.IntegerField(help_text="Meetings between the two, in all pages.")
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = MeetingSerializer(many=True, help_text="A page of the meetings, newest first, with their sources.")
    issues = IssueCountSerializer(many=True, help_text="The issues discussed, most often first (up to 50).")
    participants = CounterpartSerializer(many=True, help_text="Who met, most often first (up to 100).")
    meetings_url = serializers.URLField(help_text="The same meetings in the meetings list, to filter further.")


class ActorCounterpartsSerializer(serializers.Serializer):
    actor = ActorBriefSerializer()
    count = serializers.IntegerField(help_text="Number of counterparts in all.")
    results = CounterpartSerializer(many=True, help_text="Ranked by number of meetings; up to `limit`.")


class NetworkNodeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField()
    country = serializers.CharField(allow_null=True)
    url = serializers.URLField()
    html_url = serializers.URLField()
    weight = serializers.IntegerField(help_text="The sum of the weights of its edges.")


class NetworkEdgeSerializer(serializers.Serializer):
    source = serializers.IntegerField(help_text="An actor id (a node).")
    target = serializers.IntegerField(help_text="An actor id (a node).")
    weight = serializers.IntegerField(help_text="Meetings the two had together.")
    meetings_url = serializers.URLField()


class NetworkSerializer(serializers.Serializer):
    nodes = NetworkNodeSerializer(many=True)
    edges = NetworkEdgeSerializer(many=True)
    truncated = serializers.BooleanField(help_text="True when there were more than `max_edges` edges.")


class LimitSerializer(serializers.Serializer):
    """Validates the size parameter of the relation endpoints."""

    limit = serializers.IntegerField(min_value=1, max_value=1000, default=100, required=False)
    max_edges = serializers.IntegerField(min_value=1, max_value=5000, default=500, required=False)

