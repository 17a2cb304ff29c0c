"""Editors' writes over the API: review and correct a meeting, merge actors, issues or meetings.

Each calls the diplomacy.curation service the admin calls, so the guarantees are the same: the user and
reason go into the history, corrected and merged rows become curated (extraction will not undo them),
merged names stay as aliases, and every merge leaves a MergeRecord.
"""
from django.db import transaction
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response

from diplomacy import curation, selectors
from diplomacy.api import serializers
from diplomacy.api.errors import Conflict
from diplomacy.api.serializers_writes import (
    MeetingCorrectSerializer, MeetingRejectSerializer, MergeSerializer,
)

_CORRECT_EXAMPLES = [
    OpenApiExample("Fix the date and the place", request_only=True, value={
        "date": "2021-04-12", "date_precision": "day", "location_name": "Ankara", "location_country": "TR"}),
    OpenApiExample("Replace the participants and issues", request_only=True, value={
        "kind": "phone_call", "participants": [{"actor": 12}, {"country": "US"}], "issues": [3]}),
]
_MERGE_EXAMPLE = [OpenApiExample("Merge two rows into a third", value={"survivor": 7, "others": [12, 15]},
                                 request_only=True)]
_CONFLICT = OpenApiResponse(description="The survivor is among `others`, or a row was already merged away "
                                        "(the message says into which).")


class MeetingCurationMixin:
    """confirm, reject and correct (POST .../correct/ or PATCH) for MeetingViewSet."""

    CURATION_ACTIONS = {"confirm": "review", "reject": "review", "correct": "change", "partial_update": "change"}

    def _curated_response(self, meeting):
        meeting = selectors.meeting_queryset(include_rejected=True).get(pk=meeting.pk)
        return Response(serializers.MeetingDetailSerializer(meeting, context=self.get_serializer_context()).data)

    @extend_schema(request=None, responses={200: serializers.MeetingDetailSerializer},
                   description="Confirm the meeting (also one rejected before). Needs `diplomacy.review_meeting`.")
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        meeting = curation.meeting_confirm(meeting=self.get_object(), user=request.user)
        return self._curated_response(meeting)

    @extend_schema(
        request=MeetingRejectSerializer, responses={200: serializers.MeetingDetailSerializer},
        examples=[OpenApiExample("With a reason", value={"note": "The article reports a planned call that "
                                                                 "never happened."}, request_only=True)],
        description="Reject the meeting: it leaves every public list and extraction never brings it back. "
                    "Needs `diplomacy.review_meeting`.")
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        meeting = self.get_object()
        body = MeetingRejectSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        meeting = curation.meeting_reject(meeting=meeting, user=request.user, note=body.validated_data["note"])
        return self._curated_response(meeting)

    @extend_schema(request=MeetingCorrectSerializer, responses={200: serializers.MeetingDetailSerializer},
                   examples=_CORRECT_EXAMPLES,
                   description="Correct the meeting: only the fields sent change; it becomes curated, so "
                               "extraction will not change it back. Needs `diplomacy.change_meeting`, and for "
                               "`participants` or `issues` the permissions on those rows.")
    @action(detail=True, methods=["post"])
    def correct(self, request, pk=None):
        return self._correct(request)

    @extend_schema(request=MeetingCorrectSerializer, responses={200: serializers.MeetingDetailSerializer},
                   examples=_CORRECT_EXAMPLES, description="The same as POST .../correct/.")
    def partial_update(self, request, pk=None):
        return self._correct(request)

    def _correct(self, request):
        meeting = self.get_object()
        body = MeetingCorrectSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        changes = body.changes_for(meeting)
        corrected = sorted(changes)
        links = {}
        for name, model in (("participants", "meetingparticipant"), ("issues", "meetingissue")):
            wanted = body.validated_data.get(name)
            if wanted is None:
                continue
            perms = [f"diplomacy.{verb}_{model}" for verb in ("add", "change", "delete")]
            if not request.user.has_perms(perms):
                raise PermissionDenied(f"Changing {name} needs the permissions {', '.join(perms)}.")
            if self._link_keys(meeting, name) != {self._key(row) for row in wanted}:
                links[name] = wanted
                corrected.append(name)
        if corrected:
            curation.meeting_correct(meeting=meeting, user=request.user, changes=changes,
                                     reason=f"Corrected {', '.join(corrected)}", **links)
        return self._curated_response(meeting)

    @staticmethod
    def _key(row):
        return (type(row).__name__, row.pk)

    @staticmethod
    def _link_keys(meeting, name):
        from diplomacy.models import MeetingIssue, MeetingParticipant

        if name == "issues":
            return {("Issue", pk) for pk in MeetingIssue.objects.filter(meeting=meeting).values_list("issue_id", flat=True)}
        return {("Actor", a) if a else ("Country", c)
                for a, c in MeetingParticipant.objects.filter(meeting=meeting).values_list("actor_id", "country_id")}


class MergeMixin:
    """POST <resource>/merge/ {"survivor": id, "others": [ids]}: the viewset sets `merge_kind`,
    `merge_service` (staticmethod) and `merge_result_serializer`."""

    merge_kind = None
    merge_service = None
    merge_result_serializer = None
    merge_survivor_serializer = None

    def merge_survivor_data(self, survivor):
        return self.merge_survivor_serializer(survivor, context=self.get_serializer_context()).data

    def _merge(self, request):
        body = MergeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        survivor_id = body.validated_data["survivor"]
        others_ids = list(dict.fromkeys(body.validated_data["others"]))
        model = self.write_model
        name = model._meta.verbose_name
        if survivor_id in others_ids:
            raise Conflict(f"The survivor {survivor_id} is also among `others`: a {name} cannot be merged into itself.")
        wanted = [survivor_id, *others_ids]
        with transaction.atomic():
            rows = {row.pk: row for row in model.objects.select_for_update().filter(pk__in=wanted)}
            missing = [pk for pk in wanted if pk not in rows]
            if missing:
                self._explain_missing(missing, survivor_id, name)
            record = type(self).merge_service(survivor=rows[survivor_id], others=[rows[pk] for pk in others_ids],
                                              user=request.user)
        data = {
            "survivor": self.merge_survivor_data(rows[survivor_id]), "merged_ids": record.merged_ids,
            "moved": record.moved, "merge_record": record.pk, "merged_at": record.merged_at,
        }
        return Response(data, status=status.HTTP_200_OK)  # shaped as `merge_result_serializer` (the schema)

    def _explain_missing(self, missing, survivor_id, name):
        gone = selectors.merged_into(kind=self.merge_kind, pks=missing)
        if gone:
            pk, record = next(iter(sorted(gone.items())))
            raise Conflict(f"The {name} {pk} was already merged into {record.survivor_id} on "
                           f"{record.merged_at:%Y-%m-%d}; use {record.survivor_id} instead.")
        if survivor_id in missing:
            raise NotFound(f"No {name} with id {survivor_id}.")
        raise ValidationError({"others": [f"No {name} with id {pk}." for pk in missing]})


def merge_action(result_serializer, noun):
    """The `merge` action for a viewset, documented with its body, answer and errors."""

    @extend_schema(
        request=MergeSerializer, examples=_MERGE_EXAMPLE,
        responses={200: result_serializer, 409: _CONFLICT},
        description=f"Merge {noun} into the survivor, as the admin does: their rows move, their names stay "
                    f"as the survivor's aliases where it has them, they are deleted and a merge record is kept. "
                    f"Needs the merge permission. 404 for an unknown survivor, 400 for unknown others.",
    )
    @action(detail=False, methods=["post"])
    def merge(self, request):
        return self._merge(request)

    return merge
