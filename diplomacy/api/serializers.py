"""API representations.

Nested objects use *brief* serializers (NetBox's `brief_fields`): enough to name the object and follow
its `url`. Detail endpoints use the full serializer. Every serializer reads only what the selector for
its viewset prefetched, so none of them issues a query per row.
"""
from functools import cached_property

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from articles.models import Article
from diplomacy.api import fast
from diplomacy.models import Actor, ActorMention, ActorRole, Country, Issue, Meeting, MeetingParticipant, MeetingSource


def _absolute(field, path: str) -> str:
    request = field.context.get("request")
    return request.build_absolute_uri(path) if request else path


@extend_schema_field(OpenApiTypes.URI)
class HtmlURLField(serializers.Field):
    """The object's public web page (its `get_absolute_url`), absolute like the API's own `url`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return _absolute(self, obj.get_absolute_url())


class CountryURLField(serializers.HyperlinkedIdentityField):
    # Lowercase codes, as on the web pages (/countries/tr/); the viewset accepts either case.
    def get_url(self, obj, view_name, request, format):
        return self.reverse(view_name, kwargs={"iso2": obj.iso2.lower()}, request=request, format=format)


class CountrySerializer(serializers.ModelSerializer):
    url = CountryURLField(view_name="country-detail")
    html_url = HtmlURLField()

    class Meta:
        model = Country
        fields = [
            "iso2", "iso3", "name", "official_name", "other_names", "demonyms", "capitals", "sovereign",
            "historical", "url", "html_url",
        ]


class ActorBriefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="actor-detail")
    country = serializers.SlugRelatedField(slug_field="iso2", read_only=True, allow_null=True)

    class Meta:
        model = Actor
        fields = ["id", "name", "slug", "kind", "country", "url"]


class CountryParticipantSerializer(serializers.Serializer):
    """A country taking part without a named person."""

    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")


class IssueBriefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="issue-detail")

    class Meta:
        model = Issue
        fields = ["id", "name", "slug", "url"]


class HandWritten:
    """A serializer whose output diplomacy/api/fast.py writes directly (same output as DRF's fields, checked
    in tests/diplomacy/api/test_fast.py). Only a class that sets `fast_writer` itself uses it: a subclass
    that adds fields without its own writer goes through DRF."""

    def to_representation(self, instance):
        writer = type(self).__dict__.get("fast_writer")
        if writer is None:
            return super().to_representation(instance)
        return writer(instance, self._urls)

    @cached_property
    def _urls(self) -> fast.Urls:
        return fast.Urls(self.context.get("request"))


class ArticleBriefSerializer(HandWritten, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="article-detail")
    html_url = HtmlURLField()
    source_url = serializers.URLField(source="url", read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "published_date", "source_url", "url", "html_url"]

    # An actor's detail nests up to 100 of these. The article list and detail (subclasses) go through DRF.
    fast_writer = staticmethod(fast.article_brief)


class MeetingSourceSerializer(serializers.ModelSerializer):
    """An article's report of a meeting: the evidence sentence and where it stands in the text."""

    article = ArticleBriefSerializer(read_only=True)
    evidence_url = serializers.SerializerMethodField(help_text="The article page, scrolled to the evidence.")

    class Meta:
        model = MeetingSource
        fields = ["id", "article", "evidence", "evidence_start", "evidence_end", "evidence_url", "confidence"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_evidence_url(self, obj) -> str:
        path = reverse("articles:article-detail", kwargs={"pk": obj.article_id})
        return _absolute(self, f"{path}#evidence-{obj.pk}")


_participant_schema = PolymorphicProxySerializer(
    component_name="Participant",
    serializers=[ActorBriefSerializer, CountryParticipantSerializer],
    resource_type_field_name=None,
    many=True,
)


class MeetingSerializer(HandWritten, serializers.ModelSerializer):
    """A meeting in a list: participants and issues brief, and every source with its evidence."""

    url = serializers.HyperlinkedIdentityField(view_name="meeting-detail")
    html_url = HtmlURLField()
    date_display = serializers.CharField(read_only=True)
    location_country = serializers.SlugRelatedField(slug_field="iso2", read_only=True, allow_null=True)
    participants = serializers.SerializerMethodField()
    issues = IssueBriefSerializer(many=True, read_only=True)
    sources = MeetingSourceSerializer(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id", "url", "html_url", "kind", "status", "date", "date_precision", "date_display",
            "location_name", "location_country", "review_status", "participants", "issues", "sources",
        ]

    fast_writer = staticmethod(fast.meeting)  # 3x faster than DRF's fields, same output

    @extend_schema_field(_participant_schema)
    def get_participants(self, obj) -> list:
        return [self._participant(p) for p in obj.participants.all()]

    def _participant(self, participant: MeetingParticipant) -> dict:
        if participant.actor_id:
            return self._actor_brief.to_representation(participant.actor)
        return {"country": participant.country.iso2}

    @cached_property
    def _actor_brief(self) -> ActorBriefSerializer:
        # One serializer for every participant of every row: building one (a deep copy of its fields)
        # per participant was 60% of a 50-meeting page's time.
        return ActorBriefSerializer(context=self.context)


class MeetingDetailSerializer(MeetingSerializer):
    """A meeting on its own: also the extractor's confidence and cue, and when it was reviewed."""

    fast_writer = staticmethod(fast.meeting_detail)

    class Meta(MeetingSerializer.Meta):
        fields = MeetingSerializer.Meta.fields + ["confidence", "reason", "reviewed_at", "created_at", "updated_at"]


class ActorRoleSerializer(serializers.ModelSerializer):
    country = serializers.SlugRelatedField(slug_field="iso2", read_only=True, allow_null=True)
    article = ArticleBriefSerializer(read_only=True, allow_null=True, help_text="The article that first gave this role.")

    class Meta:
        model = ActorRole
        fields = ["title", "country", "first_seen", "last_seen", "article"]


class ActorMentionSerializer(serializers.ModelSerializer):
    """An article naming the actor, and the name it used."""

    article = ArticleBriefSerializer(read_only=True)

    class Meta:
        model = ActorMention
        fields = ["name_in_text", "article"]


class AliasSourceSerializer(serializers.Serializer):
    """A name seen for the object, and the article it was first seen in (none when an editor added it)."""

    name = serializers.CharField()
    article = ArticleBriefSerializer(read_only=True, allow_null=True)


class ActorSerializer(ActorBriefSerializer):
    html_url = HtmlURLField()
    meeting_count = serializers.IntegerField(read_only=True)

    class Meta(ActorBriefSerializer.Meta):
        fields = ActorBriefSerializer.Meta.fields + ["review_status", "html_url", "meeting_count"]


class ActorDetailSerializer(ActorSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    roles = ActorRoleSerializer(many=True, read_only=True)
    mentions = ActorMentionSerializer(source="recent_mentions", many=True, read_only=True,
                                      help_text="The latest articles (up to 100) that name this actor.")
    meetings = serializers.SerializerMethodField(help_text="This actor's meetings in the meetings list.")
    counterparts = serializers.SerializerMethodField(help_text="Everyone this actor met, ranked.")

    class Meta(ActorSerializer.Meta):
        fields = ActorSerializer.Meta.fields + [
            "aliases", "roles", "mentions", "meetings", "counterparts", "created_at", "updated_at",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_counterparts(self, obj) -> str:
        return reverse("actor-counterparts", kwargs={"pk": obj.pk}, request=self.context.get("request"))

    @extend_schema_field(OpenApiTypes.URI)
    def get_meetings(self, obj) -> str:
        return reverse("meeting-list", request=self.context.get("request")) + f"?participant={obj.pk}"


class IssueSerializer(IssueBriefSerializer):
    html_url = HtmlURLField()
    meeting_count = serializers.IntegerField(read_only=True)

    class Meta(IssueBriefSerializer.Meta):
        fields = IssueBriefSerializer.Meta.fields + ["review_status", "html_url", "meeting_count"]


class IssueDetailSerializer(IssueSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    alias_sources = AliasSourceSerializer(source="aliases", many=True, read_only=True,
                                          help_text="Each name with the article it was first seen in.")
    meetings = serializers.SerializerMethodField()

    class Meta(IssueSerializer.Meta):
        fields = IssueSerializer.Meta.fields + ["aliases", "alias_sources", "meetings"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_meetings(self, obj) -> str:
        return reverse("meeting-list", request=self.context.get("request")) + f"?issue={obj.pk}"


class ArticleSerializer(ArticleBriefSerializer):
    class Meta(ArticleBriefSerializer.Meta):
        fields = ArticleBriefSerializer.Meta.fields + [
            "language", "status", "failure_reason", "source", "canonical_url", "duplicate_of",
            "extractor_version", "created_at", "extracted_at",
        ]


class ArticleEvidenceSerializer(serializers.ModelSerializer):
    """What an article says about one meeting, seen from the article."""

    meeting = serializers.HyperlinkedRelatedField(view_name="meeting-detail", read_only=True)

    class Meta:
        model = MeetingSource
        fields = ["id", "meeting", "evidence", "evidence_start", "evidence_end", "confidence"]


class ArticleDetailSerializer(ArticleSerializer):
    text = serializers.CharField(read_only=True)
    evidence = serializers.SerializerMethodField()

    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["text", "evidence"]

    @extend_schema_field(ArticleEvidenceSerializer(many=True))
    def get_evidence(self, obj) -> list:
        # Only evidence for public meetings; the viewset attaches it so rejected meetings stay hidden.
        return ArticleEvidenceSerializer(obj.public_sources, many=True, context=self.context).data
