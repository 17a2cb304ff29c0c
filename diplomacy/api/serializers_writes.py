"""Request bodies of the editors' writes (review, correction, merge) and the merge answer.

The bodies only check and convert input; the decisions are diplomacy.curation's, the same services the
admin calls.
"""
import datetime as dt

from rest_framework import serializers

from diplomacy import selectors
from diplomacy.api.serializers import ActorBriefSerializer, IssueBriefSerializer, MeetingSerializer
from diplomacy.models import Country, Meeting

MAX_MERGE = 100


class CountryCodeField(serializers.SlugRelatedField):
    """A country by ISO 3166-1 alpha-2 code, either case."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="iso2", queryset=Country.objects.all(), **kwargs)

    def to_internal_value(self, data):
        if isinstance(data, str):
            data = data.strip().upper()
        return super().to_internal_value(data)


def _pk_field(**kwargs):
    # Ids beyond a bigint are invalid input (400), not a database error.
    return serializers.IntegerField(min_value=1, max_value=2**63 - 1, **kwargs)


class MeetingRejectSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="",
                                 help_text="Why the meeting is rejected (kept with the decision).")


class ParticipantInputSerializer(serializers.Serializer):
    """One side: an actor by id, or a country by code where no person is named for it."""

    actor = serializers.PrimaryKeyRelatedField(queryset=selectors.public_actors(), required=False,
                                               pk_field=_pk_field())
    country = CountryCodeField(required=False)

    def validate(self, attrs):
        if ("actor" in attrs) == ("country" in attrs):
            raise serializers.ValidationError("Give either `actor` (an id) or `country` (an ISO code), not both.")
        return attrs["actor"] if "actor" in attrs else attrs["country"]


class MeetingCorrectSerializer(serializers.Serializer):
    """An editor's corrections: only the fields sent change. `participants` and `issues`, when sent,
    replace the meeting's sides and topics (rows that stay keep their source article)."""

    kind = serializers.ChoiceField(choices=Meeting.Kind.choices, required=False)
    status = serializers.ChoiceField(choices=Meeting.Status.choices, required=False)
    date = serializers.DateField(required=False, allow_null=True,
                                 help_text="Any day of the period; stored as its first day for month or year.")
    date_precision = serializers.ChoiceField(
        choices=Meeting.DatePrecision.choices, required=False,
        help_text="Defaults to `day` when a date is given to an undated meeting, `unknown` when the date is removed.")
    location_name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    location_country = CountryCodeField(required=False, allow_null=True)
    participants = ParticipantInputSerializer(many=True, required=False, allow_empty=False)
    issues = serializers.PrimaryKeyRelatedField(many=True, required=False, queryset=selectors.public_issues(),
                                                pk_field=_pk_field())

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError(f"Send at least one of: {', '.join(self.fields)}.")
        sides = attrs.get("participants")
        if sides is not None and len({(type(s), s.pk) for s in sides}) != len(sides):
            raise serializers.ValidationError({"participants": ["The same participant is listed twice."]})
        return attrs

    def changes_for(self, meeting: Meeting) -> dict:
        """The field values that differ from the meeting's, with the date and its precision kept consistent."""
        data = {k: v for k, v in self.validated_data.items() if k not in ("participants", "issues")}
        if "date" in data:
            if data["date"] is None:
                data.setdefault("date_precision", Meeting.DatePrecision.UNKNOWN)
            elif meeting.date_precision == Meeting.DatePrecision.UNKNOWN:
                data.setdefault("date_precision", Meeting.DatePrecision.DAY)
        precision = data.get("date_precision", meeting.date_precision)
        day = data.get("date", meeting.date)
        if isinstance(day, dt.date) and precision in (Meeting.DatePrecision.MONTH, Meeting.DatePrecision.YEAR):
            data["date"] = day.replace(day=1, month=1 if precision == Meeting.DatePrecision.YEAR else day.month)
        if (day is None) != (precision == Meeting.DatePrecision.UNKNOWN):
            raise serializers.ValidationError({"date_precision": [
                "A date needs the precision day, month or year; a meeting without a date has `unknown`."]})
        return {name: value for name, value in data.items() if getattr(meeting, name) != value}


class MergeSerializer(serializers.Serializer):
    survivor = _pk_field(help_text="The id that stays: everything of the others moves to it.")
    others = serializers.ListField(child=_pk_field(), min_length=1, max_length=MAX_MERGE,
                                   help_text="Ids merged into the survivor and then deleted.")


class _MergeResult(serializers.Serializer):
    merged_ids = serializers.ListField(child=serializers.IntegerField(), help_text="The ids merged away (now gone).")
    moved = serializers.DictField(child=serializers.IntegerField(),
                                  help_text="How many rows of each kind moved to the survivor.")
    merge_record = serializers.IntegerField(help_text="The id of the record of this merge.")
    merged_at = serializers.DateTimeField()


class ActorMergeResultSerializer(_MergeResult):
    survivor = ActorBriefSerializer()


class IssueMergeResultSerializer(_MergeResult):
    survivor = IssueBriefSerializer()


class MeetingMergeResultSerializer(_MergeResult):
    survivor = MeetingSerializer()
